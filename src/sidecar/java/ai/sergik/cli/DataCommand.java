package ai.sergik.cli;

import ai.sergik.data.DataDir;
import ai.sergik.data.DataLocations;
import ai.sergik.io.FileTrees;
import ai.sergik.options.DataOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sergik data}: says which data directory the commands use, creates it with its folders, and with
 * {@code --demo} copies the demo dataset into it (an empty one only, so a library is never mixed with demo rows).
 */
@Command(
    name = "data",
    mixinStandardHelpOptions = true,
    description = {
      "Show (and create) the data directory: --data DIR, else $SERGIK_DATA, else ~/SERGIK.",
      "With --demo, copy the small demo dataset into it, to try the commands before scanning your own library."
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:done",
      "1:the directory already holds data (for --demo), or no demo dataset was found",
      "2:usage error"
    })
public final class DataCommand implements Callable<Integer> {
  static final List<String> FOLDERS = List.of(
      "manifests", "catalog/ableton_projects", "catalog/exports", "analysis/bpm_key", "profiles");

  @Mixin
  DataOptions data;

  @Spec
  CommandSpec spec;

  @Option(
      names = "--demo",
      description = "Copy the demo dataset (the repository's data/) into the data directory.")
  boolean demo;

  @Override
  public Integer call() throws IOException {
    DataDir dir = data.dataDir();
    PrintWriter out = spec.commandLine().getOut();
    if (demo) {
      Path source = DataLocations.demoDir()
          .orElseThrow(
              () -> new IllegalStateException(
                  "no demo dataset found: run this through scripts/sergik from a checkout (it holds the demo in data/)"));
      if (DataLocations.holdsData(dir.root())) {
        throw new IllegalStateException(
            dir.root() + " already holds data; the demo goes only into an empty data"
                + " directory (try --data /tmp/sergik-demo)");
      }
      FileTrees.copy(source, dir.root());
      out.printf(Locale.ROOT, "copied the demo dataset from %s into %s%n", source, dir.root());
    }
    for (String folder : FOLDERS) {
      Files.createDirectories(dir.resolve(folder));
    }
    out.printf(
        Locale.ROOT,
        "data directory: %s%s%n",
        dir.root(),
        DataLocations.holdsData(dir.root())
            ? ""
            : " (empty: run `sergik"
                + " analyze <folder>`, `sergik scan als <folder>` or `sergik scan exports <folder>` to fill it)");
    return 0;
  }
}
