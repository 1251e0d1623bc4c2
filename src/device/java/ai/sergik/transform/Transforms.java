package ai.sergik.transform;

import ai.sergik.music.Note;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The clip transforms, like Live 12's MIDI Transform tools: strum, legato (span), quantize, velocity,
 * ornament, recombine, connect and transpose (within the key). Each is a pure function of notes,
 * settings and seed.
 */
public final class Transforms {
  private Transforms() {}

  private static final List<NoteTransform> ALL =
      Collections.unmodifiableList(Arrays.<NoteTransform>asList(
          new Strum(),
          new Legato("legato"),
          new Quantize(),
          new VelocityShape(),
          new Ornament(),
          new Recombine(),
          new Connect(),
          new TransposeInKey()));

  /** Every transform, in menu order. */
  public static List<NoteTransform> all() {
    return ALL;
  }

  /** The names, in menu order: strum, legato, quantize, velocity, ornament, recombine, connect, transpose. */
  public static List<String> names() {
    String[] names = new String[ALL.size()];
    for (int i = 0; i < names.length; i++) names[i] = ALL.get(i).name();
    return Collections.unmodifiableList(Arrays.asList(names));
  }

  /** The transform with this name ("span" is legato, "velocity-shaper" is velocity, "transpose-in-key" is transpose). */
  public static NoteTransform named(String name) {
    String s = name == null ? "" : name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    if (s.equals("span")) s = "legato";
    if (s.equals("velocity-shaper") || s.equals("velocities")) s = "velocity";
    if (s.equals("transpose-in-key")) s = "transpose";
    if (s.equals("ornaments")) s = "ornament";
    for (NoteTransform t : ALL) if (t.name().equals(s)) return t;
    StringBuilder sb = new StringBuilder();
    for (String n : names()) sb.append(sb.length() == 0 ? "" : ", ").append(n);
    throw new IllegalArgumentException("unknown transform \"" + name + "\"; use one of " + sb);
  }

  /** Applies a transform by name. */
  public static Transformed apply(
      String name, List<Note> notes, TransformSettings settings, long seed) {
    return named(name).apply(notes, settings, seed);
  }
}
