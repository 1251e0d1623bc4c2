package ai.sergik.options;

import ai.sergik.data.DataDir;
import ai.sergik.data.DataLocations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --data DIR} option every command shares (as a picocli mixin). Without it: {@code $SERGIK_DATA}, else the
 * per-user folder {@code ~/SERGIK}, created on first use ({@link DataLocations}).
 */
public final class DataOptions {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "Data directory that every file is read from and written to (default: $SERGIK_DATA, else ~/SERGIK,"
              + " created on first use).")
  Path dir;

  /** The named data directory, or the per-user one (created if missing). */
  public DataDir dataDir() {
    Path named = named();
    if (named != null) {
      return new DataDir(named);
    }
    Path user = DataLocations.userDir();
    try {
      Files.createDirectories(user);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot create the data directory " + user + ": " + e.getMessage()
              + " (name another with --data DIR or SERGIK_DATA)",
          e);
    }
    return new DataDir(user);
  }

  /**
   * What {@code serve} and {@code mcp} serve: the named directory, else the per-user one once it holds data, else the
   * checkout's demo dataset.
   */
  public DataDir servedDataDir() {
    Path named = named();
    if (named != null) {
      return new DataDir(named);
    }
    Path user = DataLocations.userDir();
    if (DataLocations.holdsData(user)) {
      return new DataDir(user);
    }
    return DataLocations.demoDir().map(DataDir::new).orElseGet(this::dataDir);
  }

  private Path named() {
    return dir != null ? dir : DataLocations.fromEnvironment(System.getenv()).orElse(null);
  }
}
