package ai.sergik.data;

import ai.sergik.io.AtomicFiles;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One writer at a time per data directory. Commands that rewrite files under the data directory (scan, analyze,
 * dna build, dataset build, sync) hold this lock while they write, so two of them cannot interleave their
 * read-modify-write cycles and lose rows.
 *
 * <p>The lock is an operating-system lock on {@code <data>/.sergik.lock}, which also holds who has it (pid, host,
 * start time, command) so that a waiting or refused command can name the holder. The operating system releases the
 * lock when the holder's process ends, however it ends, so a lock left by a killed command is taken over at once;
 * the file itself is never deleted (deleting a lock file that another process has open would let two holders in).
 * Inside one JVM a reentrant lock per directory comes first, since the operating system lock is per process; the
 * same thread may take the lock again (a command that locks and then calls a scanner that locks too).
 *
 * <p>Whoever takes the lock first also deletes the temporary files of {@link AtomicFiles} writes that were killed
 * before their rename (named {@code .<file>.<digits>.tmp}, untouched for {@link #STALE_TEMPORARY_AGE}).
 */
public final class DataDirLock implements AutoCloseable {
  public static final String FILE_NAME = ".sergik.lock";

  /** Temporary files untouched for this long belong to writes that will never finish. */
  public static final java.time.Duration STALE_TEMPORARY_AGE = java.time.Duration.ofMinutes(60);

  private static final Map<Path, Entry> HELD = new ConcurrentHashMap<>();

  /** Who holds (or held) the lock, as written in the lock file. */
  public record Holder(long pid, String host, Instant since, String command) {
    /** Whether the holder's process still runs; only knowable for a holder on this host. */
    public boolean alive() {
      return !host.equals(thisHost())
          || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    @Override
    public String toString() {
      return "'" + command + "' (pid " + pid + " on " + host + ", since " + since + ")";
    }

    static Optional<Holder> parse(String text) {
      long pid = -1;
      String host = "?", command = "?";
      Instant since = Instant.EPOCH;
      for (String line : text.lines().toList()) {
        int eq = line.indexOf('=');
        if (eq < 0) continue;
        String value = line.substring(eq + 1).trim();
        try {
          switch (line.substring(0, eq).trim()) {
            case "pid" -> pid = Long.parseLong(value);
            case "host" -> host = value;
            case "since" -> since = Instant.parse(value);
            case "command" -> command = value;
            default -> {}
          }
        } catch (NumberFormatException | DateTimeParseException unreadable) {
          return Optional.empty();
        }
      }
      return pid < 0 ? Optional.empty() : Optional.of(new Holder(pid, host, since, command));
    }

    String text() {
      return "pid=" + pid + "\nhost=" + host + "\nsince=" + since + "\ncommand=" + command + "\n";
    }
  }

  /** What the lock tells its caller while it is being taken. */
  public interface Events {
    Events NONE = new Events() {};

    /** Another command holds the lock; this one waits until it is released. */
    default void waiting(Path dir, Optional<Holder> holder) {}

    /** The lock file named a process that no longer runs; its lock was taken over. */
    default void tookOverStale(Path dir, Holder stale) {}

    /** Temporary files of writes that were interrupted long ago were deleted. */
    default void removedStaleTemporaries(Path dir, List<Path> files) {}
  }

  /** Thrown by {@link #tryAcquire} when another command holds the lock. */
  public static final class HeldException extends IOException {
    private final transient Optional<Holder> holder;

    HeldException(Path dir, Optional<Holder> holder) {
      super("another sergik command is writing to " + dir + ": "
          + holder.map(Holder::toString).orElse("(holder unknown)")
          + "; run this again when it has finished, or leave out --no-wait to wait for it");
      this.holder = holder;
    }

    public Optional<Holder> holder() {
      return holder;
    }
  }

  /** The lock of one directory within this JVM. */
  private static final class Entry {
    final ReentrantLock inProcess = new ReentrantLock(true);
    FileChannel channel;
    FileLock osLock;
  }

  private final Entry entry;
  private boolean closed;

  private DataDirLock(Entry entry) {
    this.entry = entry;
  }

  /** Takes the lock, waiting as long as another command holds it; the time is the system's. */
  public static DataDirLock acquire(DataDir dir, String command, Events events)
      throws IOException, InterruptedException {
    return acquire(dir, command, events, Clock.systemUTC());
  }

  /**
   * Takes the lock, waiting as long as another command holds it; {@code clock} dates the lock and tells which
   * temporary files are stale.
   */
  public static DataDirLock acquire(DataDir dir, String command, Events events, Clock clock)
      throws IOException, InterruptedException {
    return take(dir, command, events, clock, true);
  }

  /** Takes the lock, or throws {@link HeldException} naming the holder when another command has it. */
  public static DataDirLock tryAcquire(DataDir dir, String command, Events events, Clock clock)
      throws IOException {
    try {
      return take(dir, command, events, clock, false);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while taking the lock of " + dir.root(), e);
    }
  }

  /** Who holds the lock of {@code dir} now, as the lock file says; empty when nobody does or it cannot be read. */
  public static Optional<Holder> holder(DataDir dir) {
    try {
      return Holder.parse(Files.readString(lockFile(dir), StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException unreadable) {
      return Optional.empty();
    }
  }

  public static Path lockFile(DataDir dir) {
    return dir.root().resolve(FILE_NAME);
  }

  private static DataDirLock take(
      DataDir dir, String command, Events events, Clock clock, boolean wait)
      throws IOException, InterruptedException {
    Path root = dir.root();
    Files.createDirectories(root);
    // keyed by the real path: two spellings of one directory (a symbolic link) must meet at the
    // same in-process lock
    Entry entry = HELD.computeIfAbsent(root.toRealPath(), r -> new Entry());
    if (!entry.inProcess.tryLock()) {
      if (!wait) throw new HeldException(root, holder(dir));
      events.waiting(root, holder(dir));
      entry.inProcess.lockInterruptibly();
    }
    if (entry.inProcess.getHoldCount() > 1) {
      return new DataDirLock(entry); // this thread holds it already
    }
    try {
      Path file = lockFile(dir);
      FileChannel channel = FileChannel.open(
          file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock os;
      try {
        os = channel.tryLock();
        if (os == null) {
          if (!wait) throw new HeldException(root, holder(dir));
          events.waiting(root, holder(dir));
          os = channel.lock(); // blocks until the holder ends or releases; Ctrl-C ends the wait
        }
      } catch (IOException | RuntimeException | Error e) {
        channel.close();
        throw e;
      }
      Optional<Holder> previous = Holder.parse(readAll(channel));
      previous.filter(h -> !h.alive()).ifPresent(h -> events.tookOverStale(root, h));
      Holder me = new Holder(ProcessHandle.current().pid(), thisHost(), clock.instant(), command);
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(me.text().getBytes(StandardCharsets.UTF_8)), 0);
      channel.force(false);
      entry.channel = channel;
      entry.osLock = os;
      removeStaleTemporaries(root, events, clock);
      return new DataDirLock(entry);
    } catch (IOException | RuntimeException | Error e) {
      entry.inProcess.unlock();
      throw e;
    }
  }

  /**
   * A writer that was killed between writing a temporary file and renaming it left the file behind. With the lock held
   * no other command writes here; the age limit spares a write of the sidecar's HTTP API that is under way.
   */
  private static void removeStaleTemporaries(Path root, Events events, Clock clock) {
    try {
      List<Path> removed =
          AtomicFiles.removeStaleTemporaries(root, STALE_TEMPORARY_AGE, clock.instant());
      if (!removed.isEmpty()) events.removedStaleTemporaries(root, removed);
    } catch (IOException | RuntimeException e) {
      // cleaning is a courtesy; the command's own work must not fail for it
    }
  }

  private static String readAll(FileChannel channel) throws IOException {
    long size = Math.min(channel.size(), 4096);
    ByteBuffer buf = ByteBuffer.allocate((int) size);
    while (buf.hasRemaining() && channel.read(buf, buf.position()) > 0) {
      // read until full or end
    }
    return new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8);
  }

  /** Releases the lock; the holder lines are cleared so that nobody is named after the release. */
  @Override
  public void close() throws IOException {
    if (closed) return;
    closed = true;
    try {
      if (entry.inProcess.getHoldCount() == 1 && entry.channel != null) {
        try (FileChannel channel = entry.channel) {
          channel.truncate(0);
          entry.osLock.release();
        } finally {
          entry.channel = null;
          entry.osLock = null;
        }
      }
    } finally {
      entry.inProcess.unlock();
    }
  }

  static String thisHost() {
    return ThisHost.NAME;
  }

  /** Looked up once: a host name lookup can take seconds on a laptop without DNS. */
  private static final class ThisHost {
    static final String NAME = lookUp();

    private static String lookUp() {
      try {
        return InetAddress.getLocalHost().getHostName();
      } catch (IOException e) {
        return Optional.ofNullable(System.getenv("HOSTNAME")).orElse("localhost");
      }
    }
  }
}
