package ai.sergik.options;

import ai.sergik.data.DataDir;
import ai.sergik.data.DataDirLock;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What every command that writes into the data directory shares (a picocli mixin): {@code --data DIR}, {@code
 * --no-wait}, the lock it holds while it writes, the console it reports to, and the clock of the command line (the
 * one the composition root passes in, so that a test can set the time).
 *
 * <p>Without {@code --no-wait} a command waits for another writer to finish, saying who it waits for on stderr; with
 * it, it stops at once with exit code 1 and names the holder.
 */
public final class WritableData {
  // the command this is mixed into: a mixin's own mixins would get the mixin, not the command
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Mixin
  DataOptions data;

  @Option(
      names = "--no-wait",
      defaultValue = "false",
      description =
          "If another sergik command is writing to the data directory, stop (exit 1) instead of waiting for it.")
  boolean noWait;

  private final Clock clock;

  public WritableData(Clock clock) {
    this.clock = clock;
  }

  /** The data directory named by {@code --data}, else the default one ({@link DataOptions#dataDir()}). */
  public DataDir dir() {
    return data.dataDir();
  }

  /** Takes the data directory's lock for {@code command}, waiting or failing as {@code --no-wait} says. */
  public DataDirLock acquire(String command) throws IOException, InterruptedException {
    DataDirLock.Events events = events();
    return noWait
        ? DataDirLock.tryAcquire(dir(), command, events, clock)
        : DataDirLock.acquire(dir(), command, events, clock);
  }

  /** Work done while the data directory's lock is held. */
  @FunctionalInterface
  public interface Locked<T> {
    T run() throws Exception;
  }

  /** Does {@code work} holding the data directory's lock for {@code command}, and releases it after. */
  public <T> T whileLocked(String command, Locked<T> work) throws Exception {
    DataDirLock held = acquire(command);
    try {
      return work.run();
    } finally {
      held.close();
    }
  }

  /** What the lock tells the user on stderr while it is being taken. */
  public DataDirLock.Events events() {
    return events(err());
  }

  /** Tells the user on {@code err} why a command pauses, or whose stale lock it took over. */
  private static DataDirLock.Events events(PrintWriter err) {
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
      public void removedStaleTemporaries(Path dir, List<Path> files) {
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

  public Clock clock() {
    return clock;
  }

  public PrintWriter out() {
    return spec.commandLine().getOut();
  }

  public PrintWriter err() {
    return spec.commandLine().getErr();
  }
}
