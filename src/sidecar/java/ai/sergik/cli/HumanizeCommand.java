package ai.sergik.cli;

import ai.sergik.humanize.Groove;
import ai.sergik.humanize.HumanizeSettings;
import ai.sergik.humanize.Humanizer;
import ai.sergik.midifile.MidiFile;
import ai.sergik.midifile.MidiFiles;
import ai.sergik.midifile.MidiTrack;
import ai.sergik.music.Note;
import ai.sergik.options.DataOptions;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sergik humanize in.mid -o out.mid --timing 15 --velocity 10 --swing 56}. */
@Command(
    name = "humanize",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Humanizes every track of a MIDI file: swing, timing and velocity variance, slow drift,",
      "and optionally the groove of another MIDI file. Chords stay together, note order is kept."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the file was written", "1:it could not be read or written", "2:a bad option"
    })
public final class HumanizeCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  DataOptions data;

  @Parameters(index = "0", paramLabel = "IN.mid", description = "the MIDI file to humanize")
  Path input;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT.mid",
      description = "where to write (default: IN-humanized.mid)")
  Path output;

  @Option(
      names = "--timing",
      defaultValue = "0",
      description = "timing variance in ms, 0..100 (default: ${DEFAULT-VALUE})")
  double timing;

  @Option(
      names = "--velocity",
      defaultValue = "0",
      description = "velocity variance, 0..64 (default: ${DEFAULT-VALUE})")
  int velocity;

  @Option(
      names = "--swing",
      defaultValue = "50",
      description = "swing 50 (straight)..75 %% (default: ${DEFAULT-VALUE})")
  double swing;

  @Option(
      names = "--grid",
      defaultValue = "16",
      description = "swing 8th (8) or 16th (16) notes (default: ${DEFAULT-VALUE})")
  int grid;

  @Option(
      names = "--drift",
      defaultValue = "0",
      description = "slow timing drift in ms, 0..100 (default: ${DEFAULT-VALUE})")
  double drift;

  @Option(
      names = "--seed",
      defaultValue = "0",
      description = "same seed, same result (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(
      names = "--tempo",
      description = "BPM for converting ms to beats (default: the file's tempo)")
  Double tempo;

  @Option(
      names = "--groove",
      paramLabel = "REF.mid",
      description = "apply the timing and accents of this MIDI file's groove")
  Path groove;

  @Option(
      names = "--groove-amount",
      defaultValue = "1",
      description = "how much of the groove, 0..1 (default: ${DEFAULT-VALUE})")
  double grooveAmount;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(input)) {
      throw new ParameterException(spec.commandLine(), "no MIDI file at " + input);
    }
    MidiFile file = MidiFiles.read(input);
    HumanizeSettings settings;
    try {
      settings = HumanizeSettings.builder()
          .timingMs(timing)
          .velocity(velocity)
          .swing(swing)
          .swingGrid(grid)
          .driftMs(drift)
          .seed(seed)
          .tempo(tempo != null ? tempo : file.tempo())
          .build();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    Groove template = null;
    if (groove != null) {
      if (!(grooveAmount >= 0 && grooveAmount <= 1)) {
        throw new ParameterException(
            spec.commandLine(), "--groove-amount must be 0..1, got " + grooveAmount);
      }
      List<Note> reference = MidiFiles.read(groove).allNotes();
      if (reference.isEmpty())
        throw new ParameterException(
            spec.commandLine(), groove + " has no notes to take a groove from");
      template = Groove.extract(reference);
    }
    List<MidiTrack> tracks = new ArrayList<>();
    int count = 0;
    for (MidiTrack t : file.tracks()) {
      List<Note> notes = t.notes();
      if (template != null) notes = template.apply(notes, grooveAmount);
      notes = Humanizer.humanize(notes, settings);
      count += notes.size();
      tracks.add(new MidiTrack(t.name(), t.channel(), notes, t.program()));
    }
    if (tracks.isEmpty())
      throw new IllegalArgumentException(input + " has no note tracks to humanize");
    Path out = output != null ? output : sibling(input);
    MidiFiles.write(out, tracks, file.tempo(), file.numerator(), file.denominator());
    PrintWriter w = spec.commandLine().getOut();
    w.println("humanized " + count + " notes in " + tracks.size()
        + (tracks.size() == 1 ? " track" : " tracks")
        + " (timing \u00b1" + fmt(timing) + " ms, velocity \u00b1" + velocity + ", swing "
        + fmt(swing) + " % on 1/" + grid
        + (drift > 0 ? ", drift " + fmt(drift) + " ms" : "")
        + (template != null
            ? ", groove of " + groove.getFileName() + " at " + fmt(grooveAmount * 100) + " %"
            : "")
        + ")");
    w.println("wrote " + out);
    w.flush();
    return 0;
  }

  private static Path sibling(Path in) {
    String name = in.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    return in.resolveSibling(stem + "-humanized.mid");
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }
}
