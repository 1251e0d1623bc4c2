package ai.sergik.dataset;

import ai.sergik.data.Settings;
import ai.sergik.options.WritableData;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code sergik dataset build}: the merged track table and fine-tuning JSONL. */
@Command(
    name = "dataset",
    mixinStandardHelpOptions = true,
    description = "ML-ready datasets from the catalogs.",
    subcommands = {DatasetCommand.Build.class, CommandLine.HelpCommand.class})
public final class DatasetCommand implements Runnable {
  @Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Name a dataset command: build.");
  }

  @Command(
      name = "build",
      mixinStandardHelpOptions = true,
      description = {
        "Merge tracks, exports, analysis and projects by track id into datasets/tracks_merged.csv,",
        "and write fine-tuning examples (OpenAI chat JSONL) to datasets/finetune_train.jsonl and finetune_validation.jsonl."
      })
  static final class Build implements Callable<Integer> {
    @Mixin
    WritableData data;

    @CommandLine.Option(
        names = "--artist",
        paramLabel = "NAME",
        description = "The producer the examples speak of"
            + " (default: $SERGIK_ARTIST, else artist.name in <data>/sergik.properties, else "
            + ExampleWriter.DEFAULT_ARTIST + ").")
    String artist;

    @Override
    public Integer call() throws Exception {
      ai.sergik.data.DataDir dir = data.dir();
      DatasetBuilder.Result r = data.whileLocked(
          "dataset build",
          () -> new DatasetBuilder(dir, artistName(artist, System.getenv(), dir.config())).build());
      PrintWriter out = data.out();
      r.files().forEach(f -> out.println("wrote " + f));
      out.println("merge:");
      r.mergeStats().forEach((k, v) -> out.printf(Locale.ROOT, "  %-26s %d%n", k, v));
      out.println("fine-tuning examples (every line validated):");
      r.examplesByKind().forEach((k, v) -> out.printf(Locale.ROOT, "  %-26s %d%n", k, v));
      out.printf(
          Locale.ROOT,
          "  %-26s %d%n  %-26s %d%n  %-26s %d%n  %-26s %.0f%n",
          "train",
          r.train(),
          "validation",
          r.validation(),
          "duplicate questions dropped",
          r.duplicates(),
          "mean characters",
          r.meanCharacters());
      out.flush();
      return 0;
    }
  }

  /** The artist name: the flag, else {@code $SERGIK_ARTIST}, else {@code artist.name} in the settings file, else the default. */
  static String artistName(
      String flag, java.util.Map<String, String> env, java.nio.file.Path settings)
      throws java.io.IOException {
    java.util.Map<String, String> flags =
        flag == null ? java.util.Map.of() : java.util.Map.of("artist.name", flag);
    return Settings.load(flags, env, settings)
        .get("artist.name", "SERGIK_ARTIST")
        .orElse(ExampleWriter.DEFAULT_ARTIST);
  }
}
