package ai.sergik.cli;

import ai.sergik.data.DataDir;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option every command shares (as a picocli mixin). */
public final class DataOptions {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "${env:SERGIK_DATA:-data}",
      description = "Data directory that every file is read from and written to (default: ${DEFAULT-VALUE}).")
  Path dir;

  public DataDir dataDir() {
    return new DataDir(dir);
  }
}
