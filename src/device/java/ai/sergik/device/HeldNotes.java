package ai.sergik.device;

import ai.sergik.generate.Generation;
import ai.sergik.generate.Generators;
import ai.sergik.generate.Part;
import ai.sergik.humanize.Humanizer;
import ai.sergik.music.Note;
import ai.sergik.transform.NoteTransform;
import ai.sergik.transform.TransformSettings;
import ai.sergik.transform.Transformed;
import ai.sergik.transform.Transforms;
import com.cycling74.max.Atom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The notes the device holds, with their length and one line saying what they are: made by generate, humanize
 * and transform, or taken from the sidecar and from Fit to; played as a loop, written into clips, cleared. Used
 * under the device's lock only.
 */
final class HeldNotes {
  private final Parameters parameters;
  private final Playback playback;
  private final Display display;

  private List<Note> notes = Collections.emptyList();
  private double lengthBeats;
  private String summary = "";

  HeldNotes(Parameters parameters, Playback playback, Display display) {
    this.parameters = parameters;
    this.playback = playback;
    this.display = display;
  }

  List<Note> notes() {
    return notes;
  }

  double lengthBeats() {
    return lengthBeats;
  }

  /** What the notes are, empty when there are none. */
  String summary() {
    return summary;
  }

  /** {@code generate [part]}: the part (else the Part parameter's) from the parameters. */
  void generate(Atom[] args) {
    Settings settings = parameters.settings();
    Part part = settings.part;
    if (args.length > 0) {
      part = Part.parse(Args.choice("generate", args, Parameters.PARTS));
    }
    Generation g = Generators.generate(settings.request(part, playback.tempo()));
    take(g.notes(), g.lengthBeats(), g.summary());
  }

  void humanize() {
    if (notes.isEmpty()) {
      throw new IllegalArgumentException("humanize: nothing to humanize yet; send generate first");
    }
    List<Note> humanized =
        Humanizer.humanize(notes, parameters.settings().humanize(playback.tempo()));
    take(
        humanized,
        lengthBeats,
        summary.endsWith(" · humanized") ? summary : summary + " · humanized");
  }

  /**
   * {@code transform <name> [setting value ...]}: one clip transform ({@link Transforms}) over the held notes,
   * seeded by the Seed parameter; {@code write} then puts the result into the clip.
   */
  void transform(Atom[] args) {
    if (args.length == 0) {
      throw new IllegalArgumentException(
          "transform needs a name: " + Args.join(Transforms.names()));
    }
    String name = args[0].isInt()
        ? Args.choice("transform", new Atom[] {args[0]}, Transforms.names())
        : args[0].toString();
    if ((args.length - 1) % 2 != 0) {
      throw new IllegalArgumentException(
          "transform " + name + " settings come in pairs (name value), got "
              + Args.describe(Arrays.copyOfRange(args, 1, args.length)));
    }
    String[] pairs = new String[args.length - 1];
    for (int i = 1; i < args.length; i++) pairs[i - 1] = args[i].toString();
    TransformSettings transformSettings = TransformSettings.pairs(pairs);
    NoteTransform transform = Transforms.named(name);
    if (notes.isEmpty()) {
      throw new IllegalArgumentException(
          "transform: nothing to transform yet; send generate first");
    }
    Transformed made = transform.apply(notes, transformSettings, parameters.settings().seed);
    double length = lengthBeats;
    for (Note n : made.notes()) length = Math.max(length, Math.ceil(n.end() / 4 - 1e-9) * 4);
    take(made.notes(), length, made.summary());
  }

  /** Holds {@code newNotes} from now on (a loop that plays goes on with them) and shows what they are. */
  void take(List<Note> newNotes, double length, String newSummary) {
    this.notes = Collections.unmodifiableList(new ArrayList<Note>(newNotes));
    this.lengthBeats = length;
    this.summary = newSummary;
    display.status(newSummary);
    playback.replace(notes, lengthBeats);
  }

  void play() {
    if (notes.isEmpty()) {
      throw new IllegalArgumentException("play: nothing to play yet; send generate first");
    }
    playback.play(notes, lengthBeats);
    display.status((playback.running()
            ? "playing from the next bar: "
            : "armed, plays when Live's transport starts: ")
        + summary);
  }

  void stop() {
    boolean was = playback.playing();
    playback.stop();
    if (was) {
      display.status("stopped");
    }
  }

  void clear() {
    playback.stop();
    notes = Collections.emptyList();
    lengthBeats = 0;
    summary = "";
    display.status("cleared");
  }
}
