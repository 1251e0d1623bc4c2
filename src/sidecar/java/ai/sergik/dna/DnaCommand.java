package ai.sergik.dna;

import ai.sergik.music.Key;
import ai.sergik.options.DataOptions;
import ai.sergik.options.KeyOption;
import ai.sergik.options.WritableData;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sergik dna build|compare}: the artist's DNA profile. */
@Command(
    name = "dna",
    mixinStandardHelpOptions = true,
    description = "Build the artist DNA profile from the catalogs, or score a track against it.",
    subcommands = {DnaCommand.Build.class, DnaCommand.Compare.class, CommandLine.HelpCommand.class})
public final class DnaCommand implements Runnable {
  @Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Name a dna command: build or compare.");
  }

  /** Audio analysis for {@code dna compare FILE}; the composition root may replace it. */
  private static final TrackAnalyzer ANALYZER = AudioTraits.ANALYZER;

  @Command(
      name = "build",
      mixinStandardHelpOptions = true,
      description =
          "Write profiles/master_profile.json from the catalogs, every number with its source and rule.")
  static final class Build implements Callable<Integer> {
    @Mixin
    WritableData data;

    @Option(
        names = "--png",
        description = "Also draw dna_bpm.png, dna_keys.png and dna_energy.png beside the profile.")
    boolean png;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = data.out();
      DnaService.BuildResult result = data.whileLocked(
          "dna build",
          () -> new DnaService(data.dir(), ANALYZER).build(data.clock().instant(), png));
      DnaProfile p = result.profile();
      out.printf(
          Locale.ROOT,
          "wrote %s from %d analysed tracks%n",
          result.file(),
          p.catalog().getOrDefault("analyzed_tracks", 0L));
      out.println("  bpm zones:   " + shares(p.bpmZones()));
      out.println("  keys:        " + shares(p.keyPreferences()));
      out.printf(
          Locale.ROOT,
          "  energy:      sweet spot %d-%d holds %.1f%% of tracks%n",
          p.energy().sweetSpotLow(),
          p.energy().sweetSpotHigh(),
          p.energy().sweetSpotShare() * 100);
      out.println("  genres:      " + shares(p.genreDna()));
      out.println("  catalog:     " + p.catalog());
      result.charts().forEach(chart -> out.println("  chart:       " + chart));
      result.notes().forEach(note -> out.println("  note: " + note));
      out.flush();
      return 0;
    }

    private static String shares(Map<String, Double> shares) {
      StringBuilder text = new StringBuilder();
      shares.entrySet().stream()
          .limit(8)
          .forEach(e -> text.append(text.length() == 0 ? "" : ", ")
              .append(e.getKey())
              .append(' ')
              .append(String.format(Locale.ROOT, "%.1f%%", e.getValue() * 100)));
      return text.length() == 0 ? "(none)" : text.toString();
    }
  }

  @Command(
      name = "compare",
      mixinStandardHelpOptions = true,
      description = {
        "Score a track 0-100 against the profile and say what would bring it closer.",
        "TRACK is a track_id from manifests/tracks.csv, a file name from analysis/bpm_key/analyzed_tracks.csv,",
        "or an audio file; --bpm/--key/--energy give or override values."
      })
  static final class Compare implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DataOptions data;

    @Parameters(
        arity = "0..1",
        paramLabel = "TRACK",
        description = "Track id, analysed file name, or audio file.")
    String track;

    @Option(names = "--bpm", paramLabel = "BPM", description = "Tempo in BPM.")
    Double bpm;

    @Option(
        names = "--key",
        paramLabel = "KEY",
        description = "Key: Camelot (10B, 7A) or a name (D major, F#m).")
    String key;

    @Option(names = "--energy", paramLabel = "LEVEL", description = "Energy level 1..10.")
    Integer energy;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      if (track == null && bpm == null && key == null && energy == null) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "Name a TRACK or give --bpm, --key and/or --energy.");
      }
      DnaService service = new DnaService(data.dataDir(), ANALYZER);
      Key given = KeyOption.parse(spec, key);
      Key parsedKey = given == null ? null : given.onWheel();
      TrackTraits traits = track == null
          ? TrackTraits.of("given values", bpm, parsedKey, energy)
          : service.resolve(track).overriddenBy(bpm, parsedKey, energy);
      DnaMatch match = service.compare(traits);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        out.println(new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .writeValueAsString(DnaJson.match(match, traits)));
      } else {
        out.printf(
            Locale.ROOT,
            "%s: DNA match %d/100 (%s)%n",
            match.track(),
            match.score(),
            traits.source());
        for (DnaMatch.Part part : match.parts()) {
          out.printf(
              Locale.ROOT,
              "  %-12s %2d/%d  %-9s %s%n",
              part.name(),
              part.points(),
              part.max(),
              part.verdict(),
              part.detail());
        }
        if (match.suggestions().isEmpty()) out.println("  fits your DNA as it is");
        match.suggestions().forEach(s -> out.println("  → " + s));
      }
      out.flush();
      return 0;
    }
  }
}
