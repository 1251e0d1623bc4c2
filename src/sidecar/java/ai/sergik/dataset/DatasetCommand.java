package ai.sergik.dataset;

import ai.sergik.cli.DataOptions;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code sergik dataset build}: the merged track table and fine-tuning JSONL. */
@Command(name = "dataset", mixinStandardHelpOptions = true, description = "ML-ready datasets from the catalogs.",
    subcommands = {DatasetCommand.Build.class, CommandLine.HelpCommand.class})
public final class DatasetCommand implements Runnable {
  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Name a dataset command: build.");
  }

  @Command(name = "build", mixinStandardHelpOptions = true,
      description = {"Merge tracks, exports, analysis and projects by track id into datasets/tracks_merged.csv,",
          "and write fine-tuning examples (OpenAI chat JSONL) to datasets/finetune_train.jsonl and finetune_validation.jsonl."})
  static final class Build implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin DataOptions data;
    @Mixin ai.sergik.cli.WriteLock lock;

    @Override
    public Integer call() throws Exception {
      DatasetBuilder.Result r;
      try (var held = lock.acquire(data.dataDir(), "dataset build")) {
        r = new DatasetBuilder(data.dataDir()).build();
      }
      PrintWriter out = spec.commandLine().getOut();
      r.files().forEach(f -> out.println("wrote " + f));
      out.println("merge:");
      r.mergeStats().forEach((k, v) -> out.printf(Locale.ROOT, "  %-26s %d%n", k, v));
      out.println("fine-tuning examples (every line validated):");
      r.examplesByKind().forEach((k, v) -> out.printf(Locale.ROOT, "  %-26s %d%n", k, v));
      out.printf(Locale.ROOT, "  %-26s %d%n  %-26s %d%n  %-26s %d%n  %-26s %.0f%n", "train", r.train(), "validation", r.validation(),
          "duplicate questions dropped", r.duplicates(), "mean characters", r.meanCharacters());
      out.flush();
      return 0;
    }
  }
}
