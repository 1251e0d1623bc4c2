package ai.sergik.analysis;

import ai.sergik.data.DataDir;
import ai.sergik.data.Settings;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The folders the HTTP API may read audio from, so that a request cannot make the sidecar open any
 * file on the machine. From (first found) the environment variable {@code SERGIK_LIBRARY_ROOTS}, the
 * property {@code library.roots} in the sidecar's properties file, or the default {@code <data>/audio};
 * several roots are separated by the platform's path separator ({@code :} or {@code ;}).
 */
public record LibraryRoots(List<Path> roots) {
  public static final String ENVIRONMENT = "SERGIK_LIBRARY_ROOTS";
  public static final String PROPERTY = "library.roots";

  public LibraryRoots {
    roots = List.copyOf(roots);
  }

  public static LibraryRoots resolve(
      DataDir data, Optional<Path> propertiesFile, String environmentValue) throws IOException {
    Map<String, String> env =
        environmentValue == null ? Map.of() : Map.of(ENVIRONMENT, environmentValue);
    String spec = Settings.load(Map.of(), env, propertiesFile.orElse(data.config()))
        .get(PROPERTY, ENVIRONMENT)
        .orElse(null);
    List<Path> roots = new ArrayList<>();
    if (spec == null || spec.isBlank()) {
      roots.add(data.resolve("audio"));
    } else {
      for (String part : spec.split(Pattern.quote(File.pathSeparator), -1)) {
        if (!part.isBlank())
          roots.add(data.root().resolve(part.strip()).toAbsolutePath().normalize());
      }
    }
    return new LibraryRoots(roots);
  }

  /**
   * The real file for a requested path: absolute, or relative to a root (the first root holding it).
   * The file's real location (symbolic links followed, {@code ..} resolved) must lie under a root.
   * Whether a path outside the roots is refused is decided from the path alone, before the file system is asked,
   * so the answer never tells whether a file exists outside the roots.
   *
   * @throws java.nio.file.NoSuchFileException when the file does not exist under any root
   * @throws SecurityException when the path lies outside every root (whether or not such a file exists)
   */
  public Path locate(String requested) throws IOException {
    Path asGiven = Path.of(requested);
    List<Path> candidates = new ArrayList<>();
    if (asGiven.isAbsolute()) {
      candidates.add(asGiven.normalize());
    } else {
      for (Path root : roots) candidates.add(root.resolve(asGiven).normalize());
    }
    List<Path> allowed = new ArrayList<>(roots);
    for (Path root : roots) {
      if (Files.isDirectory(root)) allowed.add(root.toRealPath());
    }
    candidates.removeIf(candidate -> allowed.stream().noneMatch(candidate::startsWith));
    if (candidates.isEmpty()) {
      throw outside(requested);
    }
    for (Path candidate : candidates) {
      if (!Files.isRegularFile(candidate)) continue;
      Path real = candidate.toRealPath();
      for (Path root : roots) {
        if (Files.isDirectory(root) && real.startsWith(root.toRealPath())) return real;
      }
      throw outside(requested);
    }
    throw new java.nio.file.NoSuchFileException(
        requested, null, "no such file under the library roots " + roots);
  }

  private SecurityException outside(String requested) {
    return new SecurityException(requested + " is outside the library roots " + roots
        + "; add its folder to " + PROPERTY + " in sergik.properties or to " + ENVIRONMENT);
  }
}
