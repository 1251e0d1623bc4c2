package ai.sergik.generate;

import ai.sergik.music.PitchClass;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reads the voicing controls typed as text: top-note targets ("E5 D5 C5") and bars per chord ("2,1,1"). */
final class NoteNames {
  /** What may stand between the items of a list: spaces, commas or bars. */
  private static final Pattern SEPARATORS = Pattern.compile("[\\s,|]+");

  private NoteNames() {}

  /** The most bars one chord may last. */
  static final double MAX_CHORD_BARS = 64;

  /**
   * Note names separated by spaces, commas, dashes or '|': a letter, an optional # or b, and an
   * optional octave (C4 = 60, C-1 is not accepted). A name without octave becomes -(pc + 1).
   */
  static int[] parseTargets(String text) {
    String[] tokens = SEPARATORS.split(text.trim(), -1); // empty tokens are skipped below
    int[] out = new int[tokens.length];
    int n = 0;
    for (String token : tokens) {
      if (token.isEmpty()) continue;
      out[n++] = parseTarget(token, text);
    }
    if (n == 0)
      throw new IllegalArgumentException(
          "top note \"" + text + "\" names no note; use names such as E5 or \"E5 D5 C5 B4\"");
    return java.util.Arrays.copyOf(out, n);
  }

  private static int parseTarget(String token, String text) {
    String t = token.replace('\u266f', '#').replace('\u266d', 'b');
    char letter = Character.toUpperCase(t.charAt(0));
    if (letter < 'A' || letter > 'G') throw bad(token, text);
    int pc = PitchClass.ofLetter(letter);
    int i = 1;
    while (i < t.length() && (t.charAt(i) == '#' || t.charAt(i) == 'b')) {
      pc += t.charAt(i) == '#' ? 1 : -1;
      i++;
    }
    if (i == t.length()) return -(PitchClass.normalize(pc) + 1);
    int octave;
    try {
      octave = Integer.parseInt(t.substring(i));
    } catch (NumberFormatException e) {
      throw bad(token, text);
    }
    int midi = (octave + 1) * 12 + pc;
    if (octave < 0 || midi < 0 || midi > 127) throw bad(token, text);
    return midi;
  }

  private static IllegalArgumentException bad(String token, String text) {
    return new IllegalArgumentException(
        "top note \"" + token + "\" in \"" + text
            + "\" is not a note; use a letter A-G, optional # or b, and an octave 0-9 (C4 = middle C), e.g. E5 or \"E5 D5 C5 B4\"");
  }

  /** Bars per chord: positive numbers in quarter bars (a beat), e.g. "2,1,1" or "1 0.5 0.5 2". */
  static double[] parseLengths(String text) {
    String[] tokens = SEPARATORS.split(text.trim(), -1); // empty tokens are skipped below
    double[] out = new double[tokens.length];
    int n = 0;
    for (String token : tokens) {
      if (token.isEmpty()) continue;
      double bars;
      try {
        bars = Double.parseDouble(token.toLowerCase(Locale.ROOT));
      } catch (NumberFormatException e) {
        bars = Double.NaN;
      }
      if (!(bars > 0 && bars <= MAX_CHORD_BARS)
          || Math.abs(bars * 4 - Math.rint(bars * 4)) > 1e-9) {
        throw new IllegalArgumentException(
            "chord length \"" + token + "\" in \"" + text + "\" must be bars in whole beats, 0.25.."
                + (int) MAX_CHORD_BARS + " (e.g. 2,1,1 or 1 0.5 0.5 2)");
      }
      out[n++] = bars;
    }
    if (n == 0)
      throw new IllegalArgumentException(
          "chord lengths \"" + text + "\" name no length; use bars per chord such as 2,1,1");
    return java.util.Arrays.copyOf(out, n);
  }
}
