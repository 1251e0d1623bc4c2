package ai.sergik.music;

import java.util.Locale;

/** Scales and modes as semitone steps above the tonic. */
public enum Mode {
  MAJOR("major", 0, 2, 4, 5, 7, 9, 11),
  NATURAL_MINOR("minor", 0, 2, 3, 5, 7, 8, 10),
  HARMONIC_MINOR("harmonic-minor", 0, 2, 3, 5, 7, 8, 11),
  MELODIC_MINOR("melodic-minor", 0, 2, 3, 5, 7, 9, 11),
  DORIAN("dorian", 0, 2, 3, 5, 7, 9, 10),
  PHRYGIAN("phrygian", 0, 1, 3, 5, 7, 8, 10),
  LYDIAN("lydian", 0, 2, 4, 6, 7, 9, 11),
  MIXOLYDIAN("mixolydian", 0, 2, 4, 5, 7, 9, 10),
  LOCRIAN("locrian", 0, 1, 3, 5, 6, 8, 10);

  private final String id;

  @SuppressWarnings("ImmutableEnumChecker") // private and never handed out: steps() returns a copy
  private final int[] steps;

  Mode(String id, int... steps) {
    this.id = id;
    this.steps = steps;
  }

  /** Lower-case name: "major", "minor", "dorian", "harmonic-minor"... */
  public String id() {
    return id;
  }

  /** Semitones above the tonic of degree {@code degree} (0-based; wraps into higher octaves). */
  public int semitones(int degree) {
    int octave = Math.floorDiv(degree, 7);
    return steps[Math.floorMod(degree, 7)] + 12 * octave;
  }

  /** A copy of the seven steps. */
  public int[] steps() {
    return steps.clone();
  }

  /** Whether the third above the tonic is minor. */
  public boolean hasMinorThird() {
    return steps[2] == 3;
  }

  /** Reads "major", "ionian", "minor", "aeolian", "natural minor", "harmonic minor", "dorian"... */
  public static Mode parse(String text) {
    String s = text == null
        ? ""
        : text.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
    if (s.equals("ionian")) return MAJOR;
    if (s.equals("aeolian") || s.equals("natural-minor")) return NATURAL_MINOR;
    for (Mode m : values()) {
      if (m.id.equals(s)) return m;
    }
    StringBuilder accepted = new StringBuilder();
    for (Mode m : values()) accepted.append(accepted.length() == 0 ? "" : ", ").append(m.id);
    throw new IllegalArgumentException("unknown scale or mode \"" + text + "\"; use one of "
        + accepted + " (also ionian, aeolian)");
  }
}
