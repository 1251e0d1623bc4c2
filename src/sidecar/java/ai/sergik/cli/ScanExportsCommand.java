package ai.sergik.cli;

import ai.sergik.analysis.ExportScanner;
import ai.sergik.options.DataOptions;
import ai.sergik.options.WriteLock;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scan exports <folder>}: audio exports from their headers into all_exports.csv. */
@Command(
    name = "exports",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the audio files under FOLDER from their headers alone (no decoding): path, format, bit depth, "
          + "sample rate, channels, duration, size, modification date.",
      "Writes <data>/catalog/exports/all_exports.csv and updates <data>/manifests/tracks.csv."
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:every header was read",
      "1:the command failed",
      "2:usage error",
      "3:some headers could not be read (their rows carry an error cell)"
    })
public final class ScanExportsCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  DataOptions data;

  @Mixin
  WriteLock lock;

  @Parameters(
      index = "0",
      paramLabel = "FOLDER",
      description = "Folder holding exported audio (searched recursively).")
  Path folder;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ExportScanner.Report report;
    try (var held = lock.acquire(data.dataDir(), "scan exports")) {
      report = new ExportScanner(data.dataDir()).scan(folder);
    }
    for (String e : report.errors()) err.println("error: " + e);
    out.printf(
        Locale.ROOT,
        "%d files, %d with unreadable headers -> %s%n",
        report.files(),
        report.failed(),
        data.dataDir().allExports());
    return report.failed() > 0 ? AnalyzeCommand.SOME_FILES_FAILED : 0;
  }
}
