package ai.sergik.music;

import java.util.Locale;

/** Chord qualities as intervals above the root, with the suffix used in chord names (Bm7, Gmaj7, C#m7b5). */
public enum ChordQuality {
  MAJOR("", 0, 4, 7),
  MINOR("m", 0, 3, 7),
  DIMINISHED("dim", 0, 3, 6),
  AUGMENTED("aug", 0, 4, 8),
  SUS2("sus2", 0, 2, 7),
  SUS4("sus4", 0, 5, 7),
  SIX("6", 0, 4, 7, 9),
  MINOR_SIX("m6", 0, 3, 7, 9),
  DOMINANT_SEVEN("7", 0, 4, 7, 10),
  MAJOR_SEVEN("maj7", 0, 4, 7, 11),
  MINOR_SEVEN("m7", 0, 3, 7, 10),
  MINOR_MAJOR_SEVEN("mMaj7", 0, 3, 7, 11),
  HALF_DIMINISHED("m7b5", 0, 3, 6, 10),
  DIMINISHED_SEVEN("dim7", 0, 3, 6, 9),
  SEVEN_SUS4("7sus4", 0, 5, 7, 10),
  ADD9("add9", 0, 4, 7, 14),
  MINOR_ADD9("madd9", 0, 3, 7, 14),
  DOMINANT_NINE("9", 0, 4, 7, 10, 14),
  MAJOR_NINE("maj9", 0, 4, 7, 11, 14),
  MINOR_NINE("m9", 0, 3, 7, 10, 14),
  DOMINANT_ELEVEN("11", 0, 4, 7, 10, 14, 17),
  MINOR_ELEVEN("m11", 0, 3, 7, 10, 14, 17),
  DOMINANT_THIRTEEN("13", 0, 4, 7, 10, 14, 21),
  MINOR_THIRTEEN("m13", 0, 3, 7, 10, 14, 21);

  private final String suffix;

  @SuppressWarnings(
      "ImmutableEnumChecker") // private and never handed out: intervals() returns a copy
  private final int[] intervals;

  ChordQuality(String suffix, int... intervals) {
    this.suffix = suffix;
    this.intervals = intervals;
  }

  /** What follows the root in a chord name: "", "m", "maj7", "m7b5". */
  public String suffix() {
    return suffix;
  }

  /** Semitones above the root, ascending; extensions above the octave keep their compound size (9th = 14). */
  public int[] intervals() {
    return intervals.clone();
  }

  public int size() {
    return intervals.length;
  }

  /** Whether the chord has a minor third (and no major third). */
  public boolean isMinorThird() {
    return has(3) && !has(4);
  }

  public boolean has(int interval) {
    for (int i : intervals) if (i == interval) return true;
    return false;
  }

  /** Reads a suffix: "", "maj", "m", "min", "-", "dim", "°", "ø", "m7b5", "maj7", "M7", "Δ", "7", "9"... */
  public static ChordQuality parseSuffix(String text) {
    String s = text.trim();
    if (s.isEmpty() || s.equals("maj") || s.equals("M")) return MAJOR;
    if (s.equals("-") || s.equals("min")) return MINOR;
    if (s.equals("\u00b0") || s.equals("o")) return DIMINISHED;
    if (s.equals("\u00b07") || s.equals("o7")) return DIMINISHED_SEVEN;
    if (s.equals("\u00f8") || s.equals("\u00f87") || s.equals("-7b5") || s.equals("min7b5"))
      return HALF_DIMINISHED;
    if (s.equals("+")) return AUGMENTED;
    if (s.equals("M7") || s.equals("\u0394") || s.equals("\u03947") || s.equals("Maj7"))
      return MAJOR_SEVEN;
    if (s.equals("-7") || s.equals("min7")) return MINOR_SEVEN;
    for (ChordQuality q : values()) if (q.suffix.equals(s)) return q;
    String lower = s.toLowerCase(Locale.ROOT);
    for (ChordQuality q : values()) if (q.suffix.toLowerCase(Locale.ROOT).equals(lower)) return q;
    StringBuilder accepted = new StringBuilder();
    for (ChordQuality q : values())
      accepted.append(accepted.length() == 0 ? "(none)" : ", " + q.suffix);
    throw new IllegalArgumentException(
        "unknown chord quality \"" + text + "\"; use one of " + accepted);
  }
}
