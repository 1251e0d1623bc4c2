package ai.sergik.device;

import com.cycling74.max.Atom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what Live answers the device: canonical paths ({@code getpath}: {@code live_set tracks 1 clip_slots 2}),
 * ids ({@code id 42}), numbers, and a volume as Live shows it ({@code -3.0 dB}). The one place that takes Live's
 * words apart.
 */
final class LiveAnswers {
  private static final Pattern TRACK = Pattern.compile("tracks (\\d+)");
  private static final Pattern SLOT = Pattern.compile("tracks (\\d+) clip_slots (\\d+)");
  private static final Pattern SCENE = Pattern.compile("scenes (\\d+)");
  private static final Pattern DECIBELS =
      Pattern.compile("(-?inf|[-+]?[0-9]+(?:\\.[0-9]+)?)\\s*dB");

  private LiveAnswers() {}

  /** The track index in a canonical path ({@code live_set tracks 1 …} → 1), or -1. */
  static int trackOf(Atom[] path) {
    return number(TRACK, path, 1);
  }

  /** The scene row of a canonical clip slot path ({@code live_set tracks 1 clip_slots 2} → 2), or -1. */
  static int slotRowOf(Atom[] path) {
    return number(SLOT, path, 2);
  }

  /** The index of a canonical scene path ({@code live_set scenes 3} → 3), or -1. */
  static int sceneOf(Atom[] path) {
    return number(SCENE, path, 1);
  }

  private static int number(Pattern pattern, Atom[] path, int group) {
    Matcher m = pattern.matcher(Atom.toOneString(path).replace("\"", ""));
    return m.find() ? Integer.parseInt(m.group(group)) : -1;
  }

  /** The id in an answer such as {@code create_midi_clip}'s {@code id 42}, or 0 (Live's "nothing"). */
  static int idOf(Atom[] answer) {
    return answer.length == 2 && "id".equals(answer[0].toString()) ? answer[1].toInt() : 0;
  }

  /** The number a {@code get} answers; a missing or text answer fails the step, naming what came. */
  static double number(Atom[] value) {
    if (value.length == 0 || value[0].isString()) {
      throw new IllegalArgumentException("Live gave no number (" + Atom.toOneString(value) + ")");
    }
    return value[0].toDouble();
  }

  /** The dB in Live's display text for the volume ({@code "-3.0 dB"}, {@code "-inf dB"}), or NaN. */
  static double decibels(String display) {
    Matcher m = DECIBELS.matcher(display);
    if (!m.find()) {
      return Double.NaN;
    }
    return m.group(1).endsWith("inf") ? Double.NEGATIVE_INFINITY : Double.parseDouble(m.group(1));
  }
}
