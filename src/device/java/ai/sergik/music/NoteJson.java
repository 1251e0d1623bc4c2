package ai.sergik.music;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleFunction;

/**
 * Notes as Live's notes dictionary: {@code {"notes":[{"pitch":60,"start_time":0.0,"duration":1.0,
 * "velocity":100,"mute":0}, ...]}}, the form {@code call add_new_notes} takes and the HTTP API returns.
 *
 * <p>The device has no JSON library, so this class writes the form itself and reads it with the small
 * {@link JsonReader}. Reading accepts the dictionary or a bare array, {@code mute} as 0/1 or
 * true/false, and missing {@code mute}/{@code velocity} (unmuted, velocity 100).
 */
public final class NoteJson {
  private NoteJson() {}

  /** The velocity a note gets when its JSON object names none. */
  public static final int DEFAULT_VELOCITY = 100;

  /** {@code {"notes":[...]}}. */
  public static String toJson(List<Note> notes) {
    StringBuilder sb = new StringBuilder(32 + notes.size() * 80);
    sb.append("{\"notes\":");
    appendArray(sb, notes, JAVA_DOUBLES);
    return sb.append('}').toString();
  }

  /** Just the array {@code [...]}. */
  public static String toJsonArray(List<Note> notes) {
    return toJsonArray(notes, JAVA_DOUBLES);
  }

  /**
   * The array, with times off the grid written by {@code offGrid}, which must give a JSON number that reads back as
   * the same double: the sidecar passes its JSON library's faster shortest-form writer.
   */
  public static String toJsonArray(List<Note> notes, DoubleFunction<String> offGrid) {
    StringBuilder sb = new StringBuilder(2 + notes.size() * 96);
    appendArray(sb, notes, offGrid);
    return sb.toString();
  }

  private static final DoubleFunction<String> JAVA_DOUBLES = new DoubleFunction<String>() {
    @Override
    public String apply(double d) {
      return number(d);
    }
  };

  /**
   * Appends the array {@code [{"pitch":60,"start_time":0.0,"duration":1.0,"velocity":100,"mute":0},...]}:
   * the one place the notes' JSON is written, for the device, the HTTP answers and the CLI.
   */
  private static void appendArray(
      StringBuilder sb, List<Note> notes, DoubleFunction<String> offGrid) {
    sb.append('[');
    for (int i = 0; i < notes.size(); i++) {
      if (i > 0) sb.append(',');
      Note n = notes.get(i);
      sb.append("{\"pitch\":").append(n.pitch()).append(",\"start_time\":");
      appendBeats(sb, n.start(), offGrid);
      sb.append(",\"duration\":");
      appendBeats(sb, n.duration(), offGrid);
      sb.append(",\"velocity\":")
          .append(n.velocity())
          .append(",\"mute\":")
          .append(n.mute() ? 1 : 0)
          .append('}');
    }
    sb.append(']');
  }

  /** Steps per beat whose positions are written from a table (1/64 beat: every grid and triplet-free position). */
  private static final int STEPS = 64;

  private static final String[] FRACTIONS = new String[STEPS];

  static {
    for (int i = 0; i < STEPS; i++) {
      FRACTIONS[i] =
          Double.toString(i / (double) STEPS).substring(1); // ".0", ".015625", ... ".984375"
    }
  }

  /**
   * A time in beats, as {@link #number} writes it: grid positions (multiples of 1/64 beat, below 10^6) come
   * from a table, since most notes sit on the grid and this is the hot loop of every answer.
   */
  private static void appendBeats(StringBuilder sb, double beats, DoubleFunction<String> offGrid) {
    double scaled = beats * STEPS;
    if (beats >= 0 && beats < 1e6 && scaled == Math.rint(scaled)) {
      long steps = (long) scaled;
      sb.append(steps / STEPS).append(FRACTIONS[(int) (steps % STEPS)]);
    } else {
      sb.append(offGrid.apply(beats));
    }
  }

  /** A finite double in JSON form; Java's shortest round-tripping representation. */
  static String number(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return ((long) d) + ".0";
    }
    String text = Double.toString(d);
    return text.indexOf('E') < 0
        ? text
        : text.toLowerCase(Locale.ROOT); // "1.0e-4": one copy only when needed
  }

  /**
   * Reads {@code {"notes":[...]}} or a bare {@code [...]} of note objects.
   *
   * @throws IllegalArgumentException naming the note index, the field and what was expected
   */
  public static List<Note> parse(String json) {
    return read(JsonReader.parse(json));
  }

  /**
   * The notes of a JSON value already read by {@link JsonReader}: the {@code notes} of an object, or an array, for a
   * reader that also wants the object's other fields.
   *
   * @throws IllegalArgumentException naming the note index, the field and what was expected
   */
  public static List<Note> read(Object root) {
    List<?> array;
    if (root instanceof Map) {
      Object notes = ((Map<?, ?>) root).get("notes");
      if (!(notes instanceof List)) {
        throw new IllegalArgumentException("expected {\"notes\":[...]} but the object has "
            + (notes == null
                ? "no \"notes\" field"
                : "\"notes\" of type " + JsonReader.typeName(notes)));
      }
      array = (List<?>) notes;
    } else if (root instanceof List) {
      array = (List<?>) root;
    } else {
      throw new IllegalArgumentException(
          "expected {\"notes\":[...]} or a JSON array of notes, got a "
              + JsonReader.typeName(root));
    }
    List<Note> out = new ArrayList<Note>(array.size());
    for (int i = 0; i < array.size(); i++) {
      out.add(note(array.get(i), i));
    }
    return Collections.unmodifiableList(out);
  }

  private static Note note(Object o, int index) {
    if (!(o instanceof Map)) {
      throw new IllegalArgumentException("notes[" + index + "] must be an object like "
          + "{\"pitch\":60,\"start_time\":0.0,\"duration\":1.0,\"velocity\":100,\"mute\":0}, got a "
          + JsonReader.typeName(o));
    }
    Map<?, ?> m = (Map<?, ?>) o;
    int pitch = integer(m, "pitch", index, null);
    double start = decimal(m, "start_time", index);
    double duration = decimal(m, "duration", index);
    int velocity = integer(m, "velocity", index, DEFAULT_VELOCITY);
    boolean mute = bool(m, "mute", index);
    try {
      return new Note(pitch, start, duration, velocity, mute);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("notes[" + index + "]: " + e.getMessage(), e);
    }
  }

  private static int integer(Map<?, ?> m, String field, int index, Integer fallback) {
    Object v = m.get(field);
    if (v == null) {
      if (fallback != null) return fallback;
      throw missing(field, index);
    }
    if (!(v instanceof Number)) throw wrongType(field, index, "a number", v);
    double d = ((Number) v).doubleValue();
    if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "notes[" + index + "]." + field + " must be a whole number, got " + v);
    }
    return (int) d;
  }

  private static double decimal(Map<?, ?> m, String field, int index) {
    Object v = m.get(field);
    if (v == null) throw missing(field, index);
    if (!(v instanceof Number)) throw wrongType(field, index, "a number of beats", v);
    return ((Number) v).doubleValue();
  }

  private static boolean bool(Map<?, ?> m, String field, int index) {
    Object v = m.get(field);
    if (v == null) return false;
    if (v instanceof Boolean) return (Boolean) v;
    if (v instanceof Number) {
      double d = ((Number) v).doubleValue();
      if (d == 0) return false;
      if (d == 1) return true;
    }
    throw wrongType(field, index, "0, 1, true or false", v);
  }

  private static IllegalArgumentException missing(String field, int index) {
    return new IllegalArgumentException("notes[" + index + "] has no \"" + field + "\" field");
  }

  private static IllegalArgumentException wrongType(
      String field, int index, String expected, Object v) {
    return new IllegalArgumentException("notes[" + index + "]." + field + " must be " + expected
        + ", got " + JsonReader.typeName(v) + (v instanceof String ? " \"" + v + "\"" : ""));
  }
}
