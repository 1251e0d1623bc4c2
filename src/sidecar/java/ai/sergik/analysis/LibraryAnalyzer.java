package ai.sergik.analysis;

import ai.sergik.audio.AudioFiles;
import ai.sergik.audio.UnreadableAudioException;
import ai.sergik.concurrent.DaemonThreads;
import ai.sergik.data.DataDir;
import ai.sergik.io.CsvTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Analyses a library: every audio file under the given paths, on all cores, skipping files whose
 * size, modification time and edge hash are unchanged since the row already in
 * {@code analyzed_tracks.csv}. One bad file becomes a row with an {@code error} cell; it never stops
 * the batch. The table is rewritten atomically every 30 s while the batch runs and at the end, so an
 * interrupted run keeps what it finished; {@code tracks.csv} is brought up to date at the end.
 */
public final class LibraryAnalyzer {
  private static final long CHECKPOINT_MILLIS = 30_000;
  /** Serialises table updates within one JVM (a batch and HTTP requests may both write). */
  private static final Object TABLE_LOCK = new Object();

  /** Called from the batch's own thread; implementations need not be thread-safe. */
  public interface Listener {
    Listener NONE = new Listener() {};

    default void started(int files, int toAnalyze) {}

    default void finished(Path file, FeatureExtractor.Analysis analysis, String error) {}

    default void skipped(Path file) {}
  }

  public record Report(int files, int analyzed, int skipped, int failed, List<String> errors) {}

  private final DataDir data;
  private final int threads;
  private final Clock clock;
  private final FeatureExtractor extractor = new FeatureExtractor();

  /** {@code clock} times the checkpoints of the table while a batch runs. */
  public LibraryAnalyzer(DataDir data, int threads, Clock clock) {
    if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    this.data = data;
    this.threads = threads;
    this.clock = clock;
  }

  /** Every audio file under the inputs (files are taken as given), sorted, without duplicates. */
  public static List<Path> collect(List<Path> inputs) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path in : inputs) {
      Path p = in.toAbsolutePath().normalize();
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile).filter(AudioFiles::isAudioFile).forEach(files::add);
        } catch (UncheckedIOException e) {
          throw e.getCause();
        }
      } else if (Files.isRegularFile(p)) {
        files.add(p);
      } else {
        throw new IOException(in + ": no such file or folder");
      }
    }
    return files.stream().distinct().sorted().toList();
  }

  public Report analyze(List<Path> inputs, boolean force, Listener listener)
      throws IOException, InterruptedException {
    List<Path> files = collect(inputs);
    Path table = data.analyzedTracks();
    List<Map<String, String>> rows;
    synchronized (TABLE_LOCK) {
      rows = CsvTable.readMaps(table);
    }
    Map<String, Map<String, String>> byPath = new HashMap<>();
    for (Map<String, String> r : rows) {
      String path = r.getOrDefault("path", "");
      if (!path.isEmpty()) byPath.put(path, r);
    }
    List<Path> todo = new ArrayList<>();
    Map<Path, FileFingerprint> prints = new HashMap<>();
    Map<String, Map<String, String>> results = new LinkedHashMap<>();
    List<String> errors = new ArrayList<>();
    int skipped = 0;
    for (Path f : files) {
      FileFingerprint fp;
      try {
        fp = FileFingerprint.of(f);
      } catch (IOException e) {
        results.put(
            f.toString(),
            AnalysisTable.errorRow(f.toString(), null, "cannot read: " + e.getMessage()));
        errors.add(f + ": " + e.getMessage());
        continue;
      }
      prints.put(f, fp);
      Map<String, String> old = byPath.get(f.toString());
      if (!force
          && old != null
          && old.getOrDefault("error", "").isEmpty()
          && AnalysisTable.matches(old, fp)) {
        skipped++;
        listener.skipped(f);
      } else {
        todo.add(f);
      }
    }
    listener.started(files.size(), todo.size());

    ExecutorService pool = Executors.newFixedThreadPool(threads, DaemonThreads.named("analysis"));
    int analyzed = 0;
    try {
      CompletionService<Outcome> done = new ExecutorCompletionService<>(pool);
      for (Path f : todo) done.submit(() -> analyzeOne(f));
      long lastWrite = clock.millis();
      for (int i = 0; i < todo.size(); i++) {
        Future<Outcome> future = done.take();
        Outcome o;
        try {
          o = future.get();
        } catch (ExecutionException e) {
          throw new IllegalStateException(
              "analysis task failed outside its own error handling", e.getCause());
        }
        FileFingerprint fp = prints.get(o.file());
        if (o.analysis() != null) {
          results.put(o.file().toString(), AnalysisTable.row(o.analysis().features(), fp));
          analyzed++;
        } else {
          results.put(
              o.file().toString(), AnalysisTable.errorRow(o.file().toString(), fp, o.error()));
          errors.add(o.error());
        }
        listener.finished(o.file(), o.analysis(), o.error());
        if (clock.millis() - lastWrite > CHECKPOINT_MILLIS) {
          writeTable(results);
          lastWrite = clock.millis();
        }
      }
    } finally {
      pool.shutdownNow();
      writeTable(results);
    }
    updateManifest(results.values());
    return new Report(files.size(), analyzed, skipped, errors.size(), errors);
  }

  private record Outcome(Path file, FeatureExtractor.Analysis analysis, String error) {}

  private Outcome analyzeOne(Path file) {
    try {
      return new Outcome(file, extractor.analyze(file), null);
    } catch (UnreadableAudioException e) {
      return new Outcome(file, null, e.getMessage());
    } catch (IOException e) {
      return new Outcome(
          file,
          null,
          file + ": could not be read (" + e + ")"); // some messages are null or omit the file
    } catch (RuntimeException | StackOverflowError e) {
      // A decoder bug on one odd file must not end the batch; the message names the file and the
      // cause.
      return new Outcome(file, null, file + ": analysis failed (" + e + ")");
    }
  }

  /** Merges rows into the table on disk: same path replaces in place, new paths are appended in path order. */
  private void writeTable(Map<String, Map<String, String>> results) throws IOException {
    if (results.isEmpty()) return;
    synchronized (TABLE_LOCK) {
      List<Map<String, String>> rows = CsvTable.readMaps(data.analyzedTracks());
      Map<String, Map<String, String>> pending = new LinkedHashMap<>(results);
      for (int i = 0; i < rows.size(); i++) {
        Map<String, String> r = rows.get(i);
        String path = r.getOrDefault("path", "");
        Map<String, String> replacement =
            path.isEmpty() ? replaceByName(r, pending) : pending.remove(path);
        if (replacement != null) rows.set(i, replacement);
      }
      List<Map<String, String>> added = new ArrayList<>(pending.values());
      added.sort(Comparator.comparing(r -> r.get("path")));
      rows.addAll(added);
      CsvTable.writeMaps(data.analyzedTracks(), AnalysisTable.COLUMNS, rows);
    }
  }

  /** A row of the earlier tool has a filename but no path: a new result for that file name takes its place. */
  private static Map<String, String> replaceByName(
      Map<String, String> old, Map<String, Map<String, String>> pending) {
    String name = old.getOrDefault("filename", "");
    for (var it = pending.values().iterator(); it.hasNext(); ) {
      Map<String, String> row = it.next();
      if (name.equals(row.get("filename"))) {
        it.remove();
        return row;
      }
    }
    return null;
  }

  private void updateManifest(Iterable<Map<String, String>> rows) throws IOException {
    List<TrackManifest.Entry> entries = new ArrayList<>();
    for (Map<String, String> r : rows) {
      boolean ok = java.util.Objects.requireNonNullElse(r.get("error"), "").isEmpty();
      entries.add(new TrackManifest.Entry(
          r.get("path"),
          parseLong(r.get("size_bytes")),
          r.get("format"),
          parseDouble(r.get("duration_s")),
          parseFloat(r.get("sample_rate_hz")),
          parseInt(r.get("bit_depth")),
          parseInt(r.get("channels")),
          parseDouble(r.get("bpm")),
          emptyToNull(r.get("key")),
          emptyToNull(r.get("mood")),
          ok));
    }
    synchronized (TABLE_LOCK) {
      TrackManifest.update(data.tracksManifest(), entries);
    }
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  private static long parseLong(String s) {
    return s == null || s.isEmpty() ? 0 : Long.parseLong(s);
  }

  private static Integer parseInt(String s) {
    return s == null || s.isEmpty() ? null : Integer.valueOf(s);
  }

  private static Double parseDouble(String s) {
    return s == null || s.isEmpty() ? null : Double.valueOf(s);
  }

  private static Float parseFloat(String s) {
    return s == null || s.isEmpty() ? null : Float.valueOf(s);
  }
}
