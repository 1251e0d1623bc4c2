package ai.sergik.cli;

import ai.sergik.analysis.ExportScanner;
import ai.sergik.options.WritableData;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

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
  @Mixin
  WritableData data;

  @Parameters(
      index = "0",
      paramLabel = "FOLDER",
      description = "Folder holding exported audio (searched recursively).")
  Path folder;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = data.out();
    PrintWriter err = data.err();
    ExportScanner.Report report =
        data.whileLocked("scan exports", () -> new ExportScanner(data.dir()).scan(folder));
    for (String e : report.errors()) err.println("error: " + e);
    out.printf(
        Locale.ROOT,
        "%d files, %d with unreadable headers -> %s%n",
        report.files(),
        report.failed(),
        data.dir().allExports());
    return report.failed() > 0 ? AnalyzeCommand.SOME_FILES_FAILED : 0;
  }
}
