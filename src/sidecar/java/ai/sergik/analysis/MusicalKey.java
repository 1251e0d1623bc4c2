package ai.sergik.analysis;

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

  public String camelot() {
    int majorTonic = major ? tonic : (tonic + 3) % 12; // a minor key shares its number with its relative major
    int fifthsFromC = (majorTonic * 7) % 12;
    int number = (fifthsFromC + 7) % 12 + 1;
    return number + (major ? "B" : "A");
  }

  /** Parses a Camelot code such as {@code 10B} or {@code 8a}. */
  public static MusicalKey ofCamelot(String code) {
    String c = code.trim().toUpperCase(Locale.ROOT);
    if (!c.matches("(1[0-2]|[1-9])[AB]")) {
      throw new IllegalArgumentException("not a Camelot key: '" + code + "'; expected 1A..12A or 1B..12B, e.g. 10B");
    }
    int number = Integer.parseInt(c.substring(0, c.length() - 1));
    boolean major = c.endsWith("B");
    int fifths = Math.floorMod(number - 8, 12);
    int majorTonic = (fifths * 7) % 12;
    return new MusicalKey(major ? majorTonic : Math.floorMod(majorTonic - 3, 12), major);
  }

  @Override
  public String toString() { return name() + " (" + camelot() + ")"; }
}
