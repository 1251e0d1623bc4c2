package ai.sergik.sync;

import ai.sergik.data.DataDir;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/**
 * Measurements for scripts/bench-sync (run outside the tests):
 * {@code hash DIR [threads]} hashes every file under DIR (cache ignored) and prints the throughput;
 * {@code nochange DIR} records a version if needed, then times repeated syncs that find nothing changed.
 */
public final class SyncBench {
  private SyncBench() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[1]);
    switch (args[0]) {
      case "hash" -> {
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        DatasetSync sync = new DatasetSync(new DataDir(dir), Clock.systemUTC(), threads);
        double best = Double.MAX_VALUE;
        long bytes = 0;
        for (int run = 0; run < 3; run++) {
          long start = System.nanoTime();
          DatasetSync.Snapshot s = sync.snapshot(true);
          double seconds = (System.nanoTime() - start) / 1e9;
          bytes = s.bytesHashed();
          best = Math.min(best, seconds);
          System.out.printf(Locale.ROOT, "  run %d: %d files, %.3f GB in %.3f s = %.3f GB/s%n", run + 1, s.hashed(), bytes / 1e9, seconds, bytes / 1e9 / seconds);
        }
        System.out.printf(Locale.ROOT, "java sha256 (%d threads): best %.3f s = %.3f GB/s%n", threads, best, bytes / 1e9 / best);
      }
      case "nochange" -> {
        DatasetSync sync = new DatasetSync(new DataDir(dir), Clock.systemUTC());
        long start = System.nanoTime();
        DatasetSync.Recorded first = sync.record(false);
        System.out.printf(Locale.ROOT, "  first sync: %d files, hashed %d, %.3f s%n", first.version().manifest().files().size(),
            first.snapshot().hashed(), (System.nanoTime() - start) / 1e9);
        double best = Double.MAX_VALUE;
        for (int run = 0; run < 5; run++) {
          start = System.nanoTime();
          DatasetSync.Recorded r = sync.record(false);
          double seconds = (System.nanoTime() - start) / 1e9;
          if (r.added() || r.snapshot().hashed() != 0) throw new IllegalStateException("expected no change, got " + r);
          best = Math.min(best, seconds);
          System.out.printf(Locale.ROOT, "  no-change sync %d: %d files from the cache, %.3f s%n", run + 1, r.snapshot().cached(), seconds);
        }
        System.out.printf(Locale.ROOT, "no-change sync (warm JVM): best %.3f s%n", best);
      }
      default -> throw new IllegalArgumentException("usage: SyncBench hash DIR [threads] | nochange DIR");
    }
  }
}
