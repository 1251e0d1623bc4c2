package ai.sergik.cli;

import ai.sergik.als.AlsParser;
import ai.sergik.catalog.AlsScanner;
import ai.sergik.catalog.AlsWatcher;
import ai.sergik.data.DataDirLock;
import ai.sergik.options.WritableData;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sergik scan als <folder>}: parses every Live set under a folder into the catalog. */
@Command(
    name = "als",
    mixinStandardHelpOptions = true,
    description = {
      "Parse every Live set (.als) under FOLDER into data/catalog/projects_als.csv, its side tables",
      "(tracks.csv, devices.csv, clips.csv, samples.csv) and data/catalog/ableton_projects/all_projects.csv.",
      "Rescans skip unchanged sets and drop rows of deleted ones; an interrupted scan resumes.",
      "Live's automatic backups are listed (backup=true) in all_projects.csv but not parsed unless --include-backups."
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:the catalog is current (sets that could not be read have an error row)",
      "1:the scan failed",
      "2:usage error"
    })
public final class ScanAlsCommand implements Callable<Integer> {
  @Mixin
  WritableData data;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FOLDER", description = "Folder to scan recursively for .als files.")
  Path folder;

  @Option(
      names = "--threads",
      defaultValue = "${sys:sergik.threads:-0}",
      description = "Parse threads; 0 means one per core (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(
      names = "--include-backups",
      defaultValue = "false",
      description =
          "Also parse Live's automatic backups ([YYYY-MM-DD HHMMSS] names, Backup/ folders) into projects_als.csv.")
  boolean includeBackups;

  @Option(
      names = "--zone",
      paramLabel = "ZONE",
      description = "Time zone for the modified date and year (default: this machine's time zone).")
  String zone;

  @Option(
      names = "--no-progress",
      defaultValue = "false",
      description = "Do not draw the progress bar.")
  boolean noProgress;

  @Option(
      names = "--watch",
      defaultValue = "false",
      description =
          "After the scan, keep watching FOLDER and rescan whenever a set is saved, until interrupted.")
  boolean watch;

  @Option(
      names = "--settle",
      defaultValue = "2s",
      description =
          "With --watch: quiet time after the last change before rescanning, e.g. 500ms, 2s (default: ${DEFAULT-VALUE}).")
  String settle;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    AlsScanner.Options options = new AlsScanner.Options(
        threads > 0 ? threads : Runtime.getRuntime().availableProcessors(),
        includeBackups,
        zoneId());
    AlsScanner scanner = new AlsScanner(data.dir(), new AlsParser(), options, data.clock());
    // the scanner locks each scan itself; taking the lock here first is what makes --no-wait refuse
    // at once
    AlsScanner.Summary summary = data.whileLocked("scan als", () -> scanWithProgress(scanner));
    out.println(summary);
    out.flush();
    if (!watch) {
      return 0;
    }
    out.println("watching " + folder.toAbsolutePath().normalize() + " (Ctrl-C to stop)");
    out.flush();
    DataDirLock.Events lockEvents = data.events();
    new AlsWatcher(scanner, folder, parseDuration(settle))
        .run(
            s -> {
              out.println(s);
              out.flush();
            },
            new AlsScanner.Listener() { // a rescan that waits for another writer says so
              @Override
              public void waiting(Path dir, java.util.Optional<DataDirLock.Holder> holder) {
                lockEvents.waiting(dir, holder);
              }

              @Override
              public void tookOverStale(Path dir, DataDirLock.Holder stale) {
                lockEvents.tookOverStale(dir, stale);
              }

              @Override
              public void removedStaleTemporaries(Path dir, java.util.List<Path> files) {
                lockEvents.removedStaleTemporaries(dir, files);
              }
            });
    return 0;
  }

  private AlsScanner.Summary scanWithProgress(AlsScanner scanner) throws Exception {
    if (noProgress) {
      return scanner.scan(folder, AlsScanner.Listener.NONE);
    }
    PrintStream err = new PrintStream(
        new WriterOutputStream(spec.commandLine().getErr()), true, StandardCharsets.UTF_8);
    ProgressBar[] bar = new ProgressBar[1];
    try {
      return scanner.scan(folder, new AlsScanner.Listener() {
        @Override
        public void planned(int sets, int toRead) {
          if (toRead > 0) {
            bar[0] = new ProgressBarBuilder()
                .setTaskName("scan als")
                .setInitialMax(toRead)
                .setUnit(" sets", 1)
                .setConsumer(new ConsoleProgressBarConsumer(err))
                .build();
          }
        }

        @Override
        public void read(Path set, String error) {
          if (bar[0] != null) {
            bar[0].step();
          }
        }
      });
    } finally {
      if (bar[0] != null) {
        bar[0].close();
      }
      err.flush();
    }
  }

  private ZoneId zoneId() {
    if (zone == null || zone.isBlank()) {
      return ZoneId.systemDefault();
    }
    try {
      return ZoneId.of(zone);
    } catch (java.time.DateTimeException e) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(),
          "--zone: unknown time zone '" + zone
              + "'; use a region like Europe/Berlin or an offset like +01:00");
    }
  }

  private Duration parseDuration(String text) {
    String t = text.trim().toLowerCase(java.util.Locale.ROOT);
    try {
      if (t.endsWith("ms"))
        return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
      if (t.endsWith("s"))
        return Duration.ofMillis(
            Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 1000));
    } catch (NumberFormatException ignored) {
      // fall through to the usage error
    }
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), "--settle: expected a duration like 500ms or 2s, got '" + text + "'");
  }

  /** Lets the progress bar (which wants a PrintStream) draw on picocli's error writer. */
  private static final class WriterOutputStream extends java.io.OutputStream {
    private final PrintWriter writer;

    WriterOutputStream(PrintWriter writer) {
      this.writer = writer;
    }

    @Override
    public void write(int b) {
      writer.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      writer.write(new String(b, off, len, StandardCharsets.UTF_8));
    }

    @Override
    public void flush() {
      writer.flush();
    }
  }
}
