package ai.sergik.cli;

import ai.sergik.analysis.FeatureExtractor;
import ai.sergik.analysis.LibraryAnalyzer;
import ai.sergik.analysis.TrackFeatures;
import ai.sergik.analysis.TrackPicture;
import ai.sergik.data.DataDir;
import ai.sergik.io.CsvTable;
import ai.sergik.io.Digests;
import ai.sergik.options.WritableData;
import java.io.Console;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code analyze <file|folder>...}: tempo, key, loudness, energy and timbre into analyzed_tracks.csv. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Analyses audio files (WAV, AIFF, MP3, FLAC; other formats through ffmpeg when installed): BPM, key "
          + "(Camelot), LUFS, energy 1-10 and timbre.",
      "Writes <data>/analysis/bpm_key/analyzed_tracks.csv and updates <data>/manifests/tracks.csv. Files whose size, "
          + "modification time and hash are unchanged since the last run are skipped."
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:every file was analysed or unchanged",
      "1:the command failed (nothing matched, the data directory is not writable ...)",
      "2:usage error",
      "3:some files could not be analysed (their rows carry an error cell)"
    })
public final class AnalyzeCommand implements Callable<Integer> {
  static final int SOME_FILES_FAILED = 3;

  @Mixin
  WritableData data;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE|FOLDER",
      description = "Audio files or folders (searched recursively).")
  List<Path> inputs = new ArrayList<>();

  @Option(
      names = "--threads",
      paramLabel = "N",
      defaultValue = "0",
      description = "Files analysed in parallel; 0 = one per core (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--force", description = "Analyse every file again, even when unchanged.")
  boolean force;

  @Option(
      names = "--png",
      description = "Also draw a one-page picture per analysed file "
          + "(waveform, loudness over time, chroma, beat grid) into <data>/analysis/pictures/.")
  boolean png;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = data.out();
    PrintWriter err = data.err();
    DataDir dir = data.dir();
    int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    LibraryAnalyzer analyzer = new LibraryAnalyzer(dir, n, data.clock());
    List<TrackFeatures> single = new ArrayList<>();
    List<String> pictureErrors = new ArrayList<>();
    boolean console = onTerminal();
    LibraryAnalyzer.Listener listener = new LibraryAnalyzer.Listener() {
      ProgressBar bar;

      @Override
      public void started(int files, int toAnalyze) {
        if (console && toAnalyze > 1) {
          bar = new ProgressBarBuilder()
              .setTaskName("Analysing")
              .setInitialMax(toAnalyze)
              .setStyle(ProgressBarStyle.ASCII)
              .setUpdateIntervalMillis(250)
              .continuousUpdate()
              .build();
        }
      }

      @Override
      public void finished(Path file, FeatureExtractor.Analysis analysis, String error) {
        if (bar != null) {
          bar.step();
          bar.setExtraMessage(file.getFileName().toString());
        }
        if (error != null) {
          if (bar != null) bar.pause();
          err.println("error: " + error);
          err.flush();
          if (bar != null) bar.resume();
        }
        if (analysis != null) {
          single.add(analysis.features());
          if (png) {
            Path picture = pictureFor(dir, file);
            try {
              TrackPicture.write(analysis, picture);
            } catch (java.io.IOException | RuntimeException e) {
              pictureErrors.add(file + ": picture not written (" + e.getMessage() + ")");
            }
          }
        }
        if (bar != null && bar.getCurrent() == bar.getMax()) bar.close();
      }
    };
    LibraryAnalyzer.Report report = data.whileLocked("analyze", () -> {
      ai.sergik.analysis.DemoAudio.renderMissing(dir);
      return analyzer.analyze(inputs, force, listener);
    });
    if (report.files() == 0) {
      err.println(
          "error: no audio files (.wav .aif .aiff .mp3 .flac .m4a .ogg ...) found in " + inputs);
      return 1;
    }
    if (report.files() == 1 && single.size() == 1) out.println(summary(single.get(0)));
    else out.print(table(rowsFor(dir, inputs)));
    for (String e : pictureErrors) err.println("error: " + e);
    out.printf(
        Locale.ROOT,
        "%d files: %d analysed, %d unchanged, %d failed -> %s%n",
        report.files(),
        report.analyzed(),
        report.skipped(),
        report.failed(),
        dir.analyzedTracks());
    if (png && report.analyzed() > 0) out.println("pictures: " + dir.resolve("analysis/pictures"));
    return report.failed() > 0 ? SOME_FILES_FAILED : 0;
  }

  /** The rows of analyzed_tracks.csv for the files under {@code inputs}, analysed now or unchanged since before. */
  static List<java.util.Map<String, String>> rowsFor(DataDir dir, List<Path> inputs)
      throws java.io.IOException {
    List<Path> wanted = inputs.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    List<java.util.Map<String, String>> rows = new ArrayList<>();
    CsvTable.forEachIn(dir.analyzedTracks(), record -> {
      String path = record.get("path");
      if (path.isEmpty()) return;
      Path file = Path.of(path).toAbsolutePath().normalize();
      if (wanted.stream().anyMatch(file::startsWith)) {
        rows.add(record.toMap());
      }
    });
    rows.sort(java.util.Comparator.comparing(r -> r.getOrDefault("path", "")));
    return rows;
  }

  /** One line per track: file, BPM, key with its confidence, LUFS, energy (or why it failed). */
  static String table(List<java.util.Map<String, String>> rows) {
    if (rows.isEmpty()) return "";
    int width = Math.min(
        48, Math.max(4, rows.stream().mapToInt(r -> name(r).length()).max().orElse(4)));
    StringBuilder sb = new StringBuilder();
    String format = "%-" + width + "s  %6s  %-18s  %6s  %6s%n";
    sb.append(
        String.format(Locale.ROOT, format, "file", "BPM", "key (confidence)", "LUFS", "energy"));
    for (var r : rows) {
      String name = name(r);
      if (name.length() > width) name = name.substring(0, width - 1) + "\u2026";
      String error = r.getOrDefault("error", "");
      if (!error.isEmpty()) {
        sb.append(String.format(Locale.ROOT, "%-" + width + "s  failed: %s%n", name, error));
        continue;
      }
      String key = r.getOrDefault("camelot", "").isEmpty()
          ? "-"
          : r.get("camelot") + " " + r.getOrDefault("key", "")
              + (r.getOrDefault("confidence", "").isEmpty()
                  ? ""
                  : " (" + r.get("confidence") + ")");
      sb.append(String.format(
          Locale.ROOT,
          format,
          name,
          orDash(r.get("bpm")),
          key,
          orDash(r.get("lufs")),
          orDash(r.get("energy"))));
    }
    return sb.toString();
  }

  private static String name(java.util.Map<String, String> r) {
    String f = r.getOrDefault("filename", "");
    return f.isEmpty() ? Path.of(r.getOrDefault("path", "?")).getFileName().toString() : f;
  }

  private static String orDash(String s) {
    return s == null || s.isEmpty() ? "-" : s;
  }

  /**
   * Whether the output is a terminal, where a progress bar can redraw its line. From JDK 22 {@link System#console()}
   * is there even when the output is piped, and {@code Console.isTerminal()} (JDK 22) tells; before, it is null then.
   */
  @SuppressWarnings(
      "SystemConsoleNull") // null is how JDK 17-21 say "not a terminal"; 22+ ask isTerminal()
  static boolean onTerminal() {
    Console console = System.console();
    if (console == null) return false;
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (NoSuchMethodException beforeJdk22) {
      return true;
    } catch (ReflectiveOperationException | RuntimeException unknown) {
      return false;
    }
  }

  static Path pictureFor(DataDir dir, Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = (dot > 0 ? name.substring(0, dot) : name).replaceAll("[^A-Za-z0-9._ -]", "_");
    String id = Digests.trackId(file.toString());
    return dir.resolve("analysis/pictures").resolve(stem + "_" + id + ".png");
  }

  static String summary(TrackFeatures f) {
    StringBuilder sb = new StringBuilder();
    sb.append(f.filename()).append('\n');
    sb.append(String.format(
        Locale.ROOT,
        "  tempo   %s BPM (confidence %s%s)%n",
        f.bpm() == null ? "-" : f.bpm(),
        f.bpmConfidence() == null ? "-" : f.bpmConfidence(),
        f.bpmAlternative() == null ? "" : ", or " + f.bpmAlternative()));
    sb.append(String.format(
        Locale.ROOT,
        "  key     %s (%sconfidence %s, runner-up %s)%n",
        f.key() == null ? "-" : f.key().camelot() + " " + f.key().sharpName(),
        f.keyUnsure() ? "unsure: " : "",
        f.keyConfidence() == null ? "-" : f.keyConfidence(),
        f.keyRunnerUp() == null ? "-" : f.keyRunnerUp().camelot()));
    sb.append(String.format(
        Locale.ROOT,
        "  loud    %s LUFS, LRA %s LU, true peak %s dBTP%n",
        dash(f.lufs()),
        dash(f.loudnessRange()),
        dash(f.truePeakDbtp())));
    sb.append(String.format(
        Locale.ROOT,
        "  energy  %s/10, mood %s%n",
        f.energyLevel() == null ? "-" : f.energyLevel(),
        f.mood() == null ? "-" : f.mood()));
    if (!f.notes().isEmpty())
      sb.append("  notes   ").append(String.join("; ", f.notes())).append('\n');
    return sb.toString().stripTrailing();
  }

  private static String dash(Double d) {
    return d == null ? "-" : d.toString();
  }
}
