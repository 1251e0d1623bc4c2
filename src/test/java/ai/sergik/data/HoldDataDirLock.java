package ai.sergik.data;

import ai.sergik.cli.ChildJvm;
import java.nio.file.Path;
import java.util.List;

/**
 * Another sergik process that writes to a data directory, for the lock tests: takes the lock of {@code args[0]} as
 * command {@code args[1]}, prints {@code held}, and keeps it until its standard input closes (or it is killed).
 */
public final class HoldDataDirLock {
  private HoldDataDirLock() {}

  public static void main(String[] args) throws Exception {
    try (DataDirLock lock =
        DataDirLock.acquire(new DataDir(Path.of(args[0])), args[1], DataDirLock.Events.NONE)) {
      System.out.println("held");
      System.out.flush();
      System.in.transferTo(java.io.OutputStream.nullOutputStream());
    }
  }

  /** Starts the holder in a child JVM and returns once it holds the lock. */
  public static Process start(Path data, String command) throws java.io.IOException {
    Process p = new ProcessBuilder(
            ChildJvm.command(List.of("-Xmx32m"), HoldDataDirLock.class, data.toString(), command))
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    var in = new java.io.BufferedReader(
        new java.io.InputStreamReader(p.getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
    String line = in.readLine();
    if (!"held".equals(line)) {
      p.destroyForcibly();
      throw new IllegalStateException("the lock holder did not start: " + line);
    }
    return p;
  }
}
