package ai.sergik.dna;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A key on the Camelot wheel: a number 1..12 (one step per fifth) and a letter, A for minor, B for
 * major. 8B is C major, 8A is A minor; 9B is G major, 7A is D minor.
 */
public record CamelotKey(int number, char letter) implements Comparable<CamelotKey> {

  private static final Pattern CAMELOT = Pattern.compile("(1[0-2]|[1-9])([ABab])");
  private static final Pattern KEY_NAME =
      Pattern.compile("([A-Ga-g])\\s*([#b♯♭]?)\\s*(major|maj|minor|min|m)?", Pattern.CASE_INSENSITIVE);
  private static final Map<Character, Integer> NATURAL_PITCH =
      Map.of('C', 0, 'D', 2, 'E', 4, 'F', 5, 'G', 7, 'A', 9, 'B', 11);
  private static final String[] SHARP_NAMES =
      {"C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"};

  public CamelotKey {
    if (number < 1 || number > 12) {
      throw new IllegalArgumentException("Camelot number must be 1..12, got " + number);
    }
    if (letter != 'A' && letter != 'B') {
      throw new IllegalArgumentException("Camelot letter must be A (minor) or B (major), got '" + letter + "'");
    }
  }

  /** Parses {@code 10B}, {@code 7a}, or a key name such as {@code D major}, {@code F#m}, {@code Bb minor}. */
  public static CamelotKey parse(String text) {
    String s = text == null ? "" : text.trim();
    Matcher camelot = CAMELOT.matcher(s);
    if (camelot.matches()) {
      return new CamelotKey(Integer.parseInt(camelot.group(1)), Character.toUpperCase(camelot.group(2).charAt(0)));
    }
    Matcher name = KEY_NAME.matcher(s);
    if (name.matches()) {
      int pitch = NATURAL_PITCH.get(Character.toUpperCase(name.group(1).charAt(0)));
      String accidental = name.group(2);
      if (accidental.equals("#") || accidental.equals("♯")) pitch += 1;
      if (accidental.equals("b") || accidental.equals("♭")) pitch -= 1;
      String mode = name.group(3) == null ? "major" : name.group(3).toLowerCase(Locale.ROOT);
      boolean minor = mode.equals("minor") || mode.equals("min") || mode.equals("m");
      return ofTonic(Math.floorMod(pitch, 12), minor);
    }
    throw new IllegalArgumentException(
        "not a key: '" + s + "' (expected Camelot like 10B or 7A, or a name like D major, F#m, Bb minor)");
  }

  /** Like {@link #parse} but returns null for blank text. */
  public static CamelotKey parseOrNull(String text) {
    return text == null || text.isBlank() ? null : parse(text);
  }

  /** The key whose tonic is {@code pitchClass} (0 = C) in major or minor. */
  public static CamelotKey ofTonic(int pitchClass, boolean minor) {
    int majorTonic = minor ? Math.floorMod(pitchClass + 3, 12) : pitchClass; // a minor key shares the wheel slot of its relative major
    int number = Math.floorMod(7 * majorTonic + 7, 12) + 1;                 // C -> 8, one fifth up -> +1
    return new CamelotKey(number, minor ? 'A' : 'B');
  }

  public boolean minor() { return letter == 'A'; }

  /** Pitch class of the tonic, 0 = C. */
  public int tonic() {
    int majorTonic = Math.floorMod(7 * (number - 8), 12); // 7 is its own inverse mod 12
    return minor() ? Math.floorMod(majorTonic - 3, 12) : majorTonic;
  }

  /** Same slot in the other mode, or one step round the wheel in the same mode: the keys DJs mix into. */
  public boolean isNeighbourOf(CamelotKey other) {
    if (equals(other)) return false;
    if (number == other.number) return true;
    int steps = Math.floorMod(number - other.number, 12);
    return letter == other.letter && (steps == 1 || steps == 11);
  }

  /** Semitones to move this key's tonic onto {@code target}'s, the shorter way round (-5..+6). */
  public int semitonesTo(CamelotKey target) {
    int up = Math.floorMod(target.tonic() - tonic(), 12);
    return up > 6 ? up - 12 : up;
  }

  /** A readable name such as {@code D major} or {@code F# minor}. */
  public String keyName() {
    return SHARP_NAMES[tonic()] + (minor() ? " minor" : " major");
  }

  @Override
  public int compareTo(CamelotKey o) {
    return number != o.number ? Integer.compare(number, o.number) : Character.compare(letter, o.letter);
  }

  @Override
  public String toString() { return number + String.valueOf(letter); }
}
