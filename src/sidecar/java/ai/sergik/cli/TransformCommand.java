package ai.sergik.cli;

import ai.sergik.midifile.MidiFile;
import ai.sergik.midifile.MidiFiles;
import ai.sergik.midifile.MidiTrack;
import ai.sergik.transform.NoteTransform;
import ai.sergik.transform.TransformOption;
import ai.sergik.transform.TransformSettings;
import ai.sergik.transform.Transformed;
import ai.sergik.transform.Transforms;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sergik transform NAME IN.mid -o OUT.mid [--SETTING VALUE ...]}: one clip transform over every
 * track of a MIDI file. Each transform's settings are its own options; {@code transform NAME --help} lists them.
 */
@Command(
    name = "transform",
    sortOptions = false,
    description = {
      "Applies a clip transform to every track of a MIDI file (drum tracks only with --drums):",
      "strum, legato (span), quantize, velocity, ornament, recombine, connect, transpose (within the key).",
      "Settings follow as --NAME VALUE (or --NAME=VALUE); 'transform NAME --help' lists a transform's settings."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the file was written",
      "1:it could not be read or written",
      "2:a bad transform, setting or option"
    })
public final class TransformCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(
      paramLabel = "NAME IN.mid [--SETTING VALUE ...]",
      arity = "0..*",
      description = "the transform, the MIDI file, then the transform's settings")
  List<String> words = new ArrayList<>();

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT.mid",
      description = "where to write (default: IN-NAME.mid)")
  Path output;

  @Option(
      names = "--seed",
      defaultValue = "0",
      description = "same seed, same result (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--drums", description = "also transform tracks on the drum channel (10)")
  boolean drums;

  @Option(
      names = {"-h", "--help"},
      description = "this help, or a transform's settings after its name")
  boolean help;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (words.isEmpty()) {
      if (!help)
        throw new ParameterException(
            spec.commandLine(), "Name a transform: " + String.join(", ", Transforms.names()));
      spec.commandLine().usage(out);
      out.println();
      list(out);
      out.flush();
      return 0;
    }
    NoteTransform transform = transform(words.get(0));
    if (help) {
      help(out, transform);
      out.flush();
      return 0;
    }
    if (words.size() < 2 || words.get(1).startsWith("--")) {
      throw new ParameterException(
          spec.commandLine(),
          "transform " + transform.name() + " needs a MIDI file after its name");
    }
    Path input = Paths.get(words.get(1));
    if (!Files.isRegularFile(input))
      throw new ParameterException(spec.commandLine(), "no MIDI file at " + input);
    TransformSettings settings = settings(transform, words.subList(2, words.size()));
    MidiFile file = MidiFiles.read(input);
    List<MidiTrack> tracks = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    for (MidiTrack t : file.tracks()) {
      if (t.channel() == MidiTrack.DRUM_CHANNEL && !drums) {
        tracks.add(t);
        lines.add(t.name() + ": drums, left as they were (--drums transforms them)");
        continue;
      }
      Transformed made;
      try {
        made = transform.apply(t.notes(), settings, seed);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage(), e);
      }
      tracks.add(new MidiTrack(t.name(), t.channel(), made.notes()));
      lines.add(t.name() + ": " + made.summary() + " (" + t.notes().size() + " notes in, "
          + made.notes().size() + " out)");
    }
    if (tracks.isEmpty())
      throw new IllegalArgumentException(input + " has no note tracks to transform");
    Path target = output != null ? output : sibling(input, transform.name());
    MidiFiles.write(target, tracks, file.tempo(), file.numerator(), file.denominator());
    for (String line : lines) out.println(line);
    out.println("wrote " + target);
    out.flush();
    return 0;
  }

  private NoteTransform transform(String name) {
    try {
      return Transforms.named(name);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  /** Reads {@code --name value} and {@code --name=value} pairs. */
  private TransformSettings settings(NoteTransform transform, List<String> rest) {
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < rest.size(); i++) {
      String word = rest.get(i);
      if (!word.startsWith("--")) {
        throw new ParameterException(
            spec.commandLine(),
            "expected a setting such as --" + transform.options().get(0).name()
                + " after the file, got \"" + word + "\"; 'transform " + transform.name()
                + " --help' lists them");
      }
      int eq = word.indexOf('=');
      if (eq > 0) {
        values.put(word.substring(2, eq), word.substring(eq + 1));
      } else if (i + 1 < rest.size()) {
        values.put(word.substring(2), rest.get(++i));
      } else {
        throw new ParameterException(spec.commandLine(), word + " needs a value");
      }
    }
    TransformSettings s = TransformSettings.of(values);
    try {
      transform.apply(List.of(), s, seed); // checks names and values before any file is read
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    return s;
  }

  static void list(PrintWriter out) {
    out.println("Transforms:");
    for (NoteTransform t : Transforms.all())
      out.printf(Locale.ROOT, "  %-10s %s%n", t.name(), t.description());
  }

  static void help(PrintWriter out, NoteTransform t) {
    out.println("Usage: sergik transform " + t.name()
        + " IN.mid [-o OUT.mid] [--seed N] [--drums] [--SETTING VALUE ...]");
    out.println(t.description());
    out.println("Settings:");
    for (TransformOption o : t.options()) {
      out.printf(
          Locale.ROOT,
          "  --%-12s %s%s%n",
          o.name(),
          o.accepted(),
          o.defaultValue() == null ? "" : " (default: " + o.defaultValue() + ")");
    }
  }

  private static Path sibling(Path in, String name) {
    String file = in.getFileName().toString();
    int dot = file.lastIndexOf('.');
    return in.resolveSibling((dot > 0 ? file.substring(0, dot) : file) + "-" + name + ".mid");
  }
}
