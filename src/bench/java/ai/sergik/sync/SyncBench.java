package ai.sergik.sync;

import ai.sergik.data.DataDir;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
        // sha256sum and this hasher take turns on the same files, so both see the same machine load
        int threads = args.length > 2
            ? Integer.parseInt(args[2])
            : Runtime.getRuntime().availableProcessors();
        DatasetSync sync = new DatasetSync(new DataDir(dir), Clock.systemUTC(), threads);
        List<String> command = new ArrayList<>(List.of("sha256sum"));
        for (DatasetFiles.LocalFile f : DatasetFiles.scan(dir))
          command.add(f.file().toString());
        sync.snapshot(true); // warm-up: JIT and page cache
        List<Double> ratios = new ArrayList<>();
        for (int run = 0; run < 5; run++) {
          long start = System.nanoTime();
          Process p = new ProcessBuilder(command)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
          if (p.waitFor() != 0) throw new IllegalStateException("sha256sum failed");
          double reference = (System.nanoTime() - start) / 1e9;
          start = System.nanoTime();
          DatasetSync.Snapshot s = sync.snapshot(true);
          double ours = (System.nanoTime() - start) / 1e9;
          double gb = s.bytesHashed() / 1e9;
          ratios.add(reference / ours);
          System.out.printf(
              Locale.ROOT,
              "  round %d: sha256sum %.3f s (%.3f GB/s), java %d threads %.3f s (%.3f GB/s): %.2fx%n",
              run + 1,
              reference,
              gb / reference,
              threads,
              ours,
              gb / ours,
              reference / ours);
        }
        Collections.sort(ratios);
        System.out.printf(
            Locale.ROOT,
            "java sha256 on %d threads vs sha256sum: median %.2fx (min %.2fx, max %.2fx)%n",
            threads,
            ratios.get(2),
            ratios.get(0),
            ratios.get(4));
      }
      case "nochange" -> {
        DatasetSync sync = new DatasetSync(new DataDir(dir), Clock.systemUTC());
        long start = System.nanoTime();
        DatasetSync.Recorded first = sync.record(false);
        System.out.printf(
            Locale.ROOT,
            "  first sync: %d files, hashed %d, %.3f s%n",
            first.version().manifest().files().size(),
            first.snapshot().hashed(),
            (System.nanoTime() - start) / 1e9);
        double best = Double.MAX_VALUE;
        for (int run = 0; run < 5; run++) {
          start = System.nanoTime();
          DatasetSync.Recorded r = sync.record(false);
          double seconds = (System.nanoTime() - start) / 1e9;
          if (r.added() || r.snapshot().hashed() != 0)
            throw new IllegalStateException("expected no change, got " + r);
          best = Math.min(best, seconds);
          System.out.printf(
              Locale.ROOT,
              "  no-change sync %d: %d files from the cache, %.3f s%n",
              run + 1,
              r.snapshot().cached(),
              seconds);
        }
        System.out.printf(Locale.ROOT, "no-change sync (warm JVM): best %.3f s%n", best);
      }
      default ->
        throw new IllegalArgumentException("usage: SyncBench hash DIR [threads] | nochange DIR");
    }
  }
}
