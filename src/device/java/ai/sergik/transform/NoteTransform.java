package ai.sergik.transform;

import ai.sergik.listen.ClipListener;
import ai.sergik.music.Key;
import ai.sergik.music.Note;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A clip transform: a pure function of notes, settings and a seed. The same input always gives the
 * same output, on any thread; the input list is never changed. Every transform says what it reads
 * ({@link #options()}) and refuses settings it does not know.
 */
public abstract class NoteTransform {
  private final String name;
  private final String description;
  private final List<TransformOption> options;

  NoteTransform(String name, String description, TransformOption... options) {
    this.name = name;
    this.description = description;
    List<TransformOption> list = new ArrayList<TransformOption>();
    Collections.addAll(list, options);
    this.options = Collections.unmodifiableList(list);
  }

  /** "strum", "legato", "quantize" ... */
  public final String name() {
    return name;
  }

  /** One sentence: what it does and what it keeps. */
  public final String description() {
    return description;
  }

  public final List<TransformOption> options() {
    return options;
  }

  /**
   * Applies the transform.
   *
   * @throws IllegalArgumentException naming the setting and what it accepts, when a setting is bad
   */
  public final Transformed apply(List<Note> notes, TransformSettings settings, long seed) {
    if (notes == null) throw new IllegalArgumentException(name + ": notes are missing (null)");
    TransformSettings s = settings == null ? TransformSettings.NONE : settings;
    s.checkNames(name, options);
    List<Note> sorted = new ArrayList<Note>(notes);
    Collections.sort(sorted, Note.BY_START_THEN_PITCH);
    Transformed t = transform(Collections.unmodifiableList(sorted), s, seed);
    List<Note> out = new ArrayList<Note>(t.notes());
    Collections.sort(out, Note.BY_START_THEN_PITCH);
    return new Transformed(Collections.unmodifiableList(out), t.summary());
  }

  /** The work, on notes sorted by start then pitch. */
  abstract Transformed transform(List<Note> notes, TransformSettings s, long seed);

  /** The notes grouped by start (a chord is one group), in time order; each group sorted by pitch. */
  static List<List<Note>> onsets(List<Note> sorted) {
    List<List<Note>> groups = new ArrayList<List<Note>>();
    List<Note> current = null;
    for (Note n : sorted) {
      if (current == null || n.start() - current.get(0).start() > ONSET_TOLERANCE) {
        current = new ArrayList<Note>();
        groups.add(current);
      }
      current.add(n);
    }
    return groups;
  }

  /** The grids a grid setting accepts, as help and errors name them; see {@link #grid}. */
  static final String GRIDS = "1/4, 1/8, 1/16, 1/32, 1/8t, 1/16t";

  /** A grid setting: one of {@link #GRIDS}, 1/16 when not given ({@link Quantize#step} gives its length). */
  final String grid(TransformSettings s, String setting) {
    return s.choice(name(), setting, "1/16", "1/4", "1/8", "1/16", "1/32", "1/8t", "1/16t");
  }

  /** The {@code key} setting, read by {@link #key(TransformSettings, List)}; {@code use} says what the key is for. */
  static TransformOption keyOption(String use) {
    return new TransformOption("key", null, use + " (default: read from the notes)");
  }

  /** The key the {@code key} setting names, else the key the notes are in ({@link #keyOf}). */
  final Key key(TransformSettings s, List<Note> notes) {
    Key given = s.key(name());
    return given != null ? given : keyOf(notes);
  }

  /**
   * The key the notes are in, for transforms that work in a key when none is given: among the keys whose
   * scale holds the most note time (so a transform adds no note the clip's own scale lacks), the one
   * {@link ClipListener} hears (Temperley's profiles, the opening chord as home), else the one whose tonic
   * sounds longest. C major when there are no notes.
   */
  static Key keyOf(List<Note> notes) {
    if (notes.isEmpty()) return Key.of(0, false);
    double[] weight = new double[12];
    for (Note n : notes) weight[n.pitch() % 12] += n.duration();
    double most = -1;
    List<Key> covering = new ArrayList<Key>();
    for (Key k : Key.all()) {
      double inScale = 0;
      for (int pc = 0; pc < 12; pc++) if (k.contains(pc)) inScale += weight[pc];
      inScale = Math.round(inScale * 1e6) / 1e6;
      if (inScale > most) {
        most = inScale;
        covering.clear();
      }
      if (inScale == most) covering.add(k);
    }
    Key heard = ClipListener.hear(notes, 0, 4, false).key();
    if (covering.contains(heard)) return heard;
    Key best = covering.get(0);
    for (Key k : covering) if (weight[k.tonic()] > weight[best.tonic()]) best = k;
    return best;
  }

  /** Notes starting closer than this (beats; a 1/960 tick is 0.00104) count as one onset. */
  static final double ONSET_TOLERANCE = 0.0005;

  static String plain(double d) {
    double r = Math.round(d * 1000) / 1000.0;
    return r == Math.rint(r) ? Long.toString((long) r) : Double.toString(r);
  }

  @Override
  public String toString() {
    return name;
  }
}
