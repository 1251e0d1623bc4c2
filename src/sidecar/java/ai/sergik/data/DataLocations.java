package ai.sergik.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the data directory is when none is named. The producer's own library goes to a per-user folder,
 * {@code ~/SERGIK} (the system property {@value #USER_DIR_PROPERTY} names another), so that it never mixes with the
 * demo dataset that ships in the repository's {@code data/}. {@code --data DIR} and {@code $SERGIK_DATA} always win.
 * The server, given neither, serves the per-user folder once it holds data, and the demo before that (a fresh clone
 * serves the demo, as the README's run command promises).
 */
public final class DataLocations {
  public static final String ENV = "SERGIK_DATA";
  public static final String USER_DIR_PROPERTY = "sergik.userData";
  /** Set by {@code scripts/sergik} to the checkout's {@code data/}: the demo dataset. */
  public static final String DEMO_DIR_PROPERTY = "sergik.demo";

  private DataLocations() {}

  /** The per-user data folder: {@code ~/SERGIK} unless {@value #USER_DIR_PROPERTY} says otherwise. */
  public static Path userDir() {
    String configured = System.getProperty(USER_DIR_PROPERTY);
    if (configured != null && !configured.isBlank()) {
      return Paths.get(configured);
    }
    return Paths.get(System.getProperty("user.home")).resolve("SERGIK");
  }

  /** The demo dataset of the checkout the program runs from, if it is known and present. */
  public static Optional<Path> demoDir() {
    String demo = System.getProperty(DEMO_DIR_PROPERTY);
    if (demo == null || demo.isBlank() || !Files.isDirectory(Paths.get(demo))) {
      return Optional.empty();
    }
    return Optional.of(Paths.get(demo));
  }

  /** {@code $SERGIK_DATA} when set. */
  public static Optional<Path> fromEnvironment(Map<String, String> env) {
    String value = env.get(ENV);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(Paths.get(value));
  }

  /** Whether {@code dir} holds any catalog, analysis, manifest or profile: a library, not just an empty tree. */
  public static boolean holdsData(Path dir) {
    DataDir d = new DataDir(dir);
    for (Path p : List.of(
        d.projectsAls(),
        d.allProjects(),
        d.allExports(),
        d.analyzedTracks(),
        d.tracksManifest(),
        d.masterProfile())) {
      if (Files.isRegularFile(p)) {
        return true;
      }
    }
    return false;
  }
}
