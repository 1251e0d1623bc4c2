package ai.sergik.analysis;

import ai.sergik.music.Key;

import java.util.Locale;

/**
 * A key as pitch class (0 = C) and mode, with its Camelot code (8B = C major, 8A = A minor, +1 per
 * fifth up) and the name the earlier tool wrote ({@code "A# minor"}: sharps, "major"/"minor").
 */
public record MusicalKey(int tonic, boolean major) {
  private static final String[] NAMES = {"C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"};

  public MusicalKey {
    if (tonic < 0 || tonic > 11) throw new IllegalArgumentException("tonic must be a pitch class 0..11, got " + tonic);
  }

  public String name() {
    return NAMES[tonic] + (major ? " major" : " minor");
  }

  /** The Camelot code, from the music engine's own key so the wheel is defined in one place. */
  public String camelot() {
    return Key.of(tonic, !major).camelot();
  }

  /** Parses a Camelot code such as {@code 10B} or {@code 8a}. */
  public static MusicalKey ofCamelot(String code) {
    String c = code.trim().toUpperCase(Locale.ROOT);
    if (!c.matches("(1[0-2]|[1-9])[AB]")) {
      throw new IllegalArgumentException("not a Camelot key: '" + code + "'; expected 1A..12A or 1B..12B, e.g. 10B");
    }
    Key key = Key.camelot(Integer.parseInt(c.substring(0, c.length() - 1)), c.endsWith("A"));
    return new MusicalKey(key.tonic(), !key.isMinor());
  }

  @Override
  public String toString() { return name() + " (" + camelot() + ")"; }
}
