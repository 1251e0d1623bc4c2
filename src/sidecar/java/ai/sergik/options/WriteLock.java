package ai.sergik.options;

import ai.sergik.data.DataDir;
import ai.sergik.data.DataDirLock;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --no-wait} option of the commands that write into the data directory, and the lock they hold while
 * they do (a picocli mixin). Without the option a command waits for another writer to finish, saying who it waits
 * for on stderr; with it, it stops at once with exit code 1 and names the holder.
 */
public final class WriteLock {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--no-wait",
      defaultValue = "false",
      description =
          "If another sergik command is writing to the data directory, stop (exit 1) instead of waiting for it.")
  boolean noWait;

  /** Takes the data directory's lock for {@code command}, waiting or failing as the option says. */
  public DataDirLock acquire(DataDir dir, String command) throws IOException, InterruptedException {
    DataDirLock.Events events = events(spec.commandLine().getErr());
    return noWait
        ? DataDirLock.tryAcquire(dir, command, events)
        : DataDirLock.acquire(dir, command, events);
  }

  /** Tells the user on {@code err} why a command pauses, or whose stale lock it took over. */
  public static DataDirLock.Events events(PrintWriter err) {
    return new DataDirLock.Events() {
      @Override
      public void waiting(Path dir, Optional<DataDirLock.Holder> holder) {
        err.println("waiting: another sergik command is writing to " + dir + ": "
            + holder.map(DataDirLock.Holder::toString).orElse("(holder unknown)")
            + "; this one goes on when it has finished"
            + " (Ctrl-C to stop, --no-wait to stop at once)");
        err.flush();
      }

      @Override
      public void removedStaleTemporaries(Path dir, java.util.List<Path> files) {
        err.println("note: removed " + files.size() + " temporary file(s) left in " + dir
            + " by writes interrupted more than " + DataDirLock.STALE_TEMPORARY_AGE.toMinutes()
            + " minutes ago, e.g. " + dir.relativize(files.get(0)));
        err.flush();
      }

      @Override
      public void tookOverStale(Path dir, DataDirLock.Holder stale) {
        err.println("note: took over the lock of " + dir + " left by " + stale
            + ", which is no longer running");
        err.flush();
      }
    };
  }
}
