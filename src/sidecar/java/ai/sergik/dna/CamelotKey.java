package ai.sergik.dna;

import ai.sergik.music.Key;

/**
 * A key on the Camelot wheel, as the suggestion engine names it; {@link #key()} is the music engine's key in the
 * same slot. (A thin form of music.Key; the rest of the sidecar uses Key itself.)
 *
 * <p>A key on the Camelot wheel: a number 1..12 (one step per fifth) and a letter, A for minor, B for
 * major. 8B is C major, 8A is A minor; 9B is G major, 7A is D minor.
 */
public record CamelotKey(int number, char letter) implements Comparable<CamelotKey> {

  public CamelotKey {
    if (number < 1 || number > 12) {
      throw new IllegalArgumentException("Camelot number must be 1..12, got " + number);
    }
    if (letter != 'A' && letter != 'B') {
      throw new IllegalArgumentException(
          "Camelot letter must be A (minor) or B (major), got '" + letter + "'");
    }
  }

  /**
   * Parses a key in any notation the music engine reads ({@code 10B}, Open Key {@code 3d}, {@code D major},
   * {@code F#m}, {@code Bb minor}, ...), so the DNA and the generators agree on what a key is.
   *
   * @throws IllegalArgumentException that repeats the input and lists the accepted forms
   */
  public static CamelotKey parse(String text) {
    return of(Key.parse(text == null ? "" : text.trim()));
  }

  /** The wheel slot of a key of the music engine. */
  public static CamelotKey of(Key key) {
    return new CamelotKey(key.camelotNumber(), key.isMinor() ? 'A' : 'B');
  }

  /** Like {@link #parse} but returns null for blank text. */
  public static CamelotKey parseOrNull(String text) {
    return text == null || text.isBlank() ? null : parse(text);
  }

  /** The key whose tonic is {@code pitchClass} (0 = C) in major or minor. */
  public static CamelotKey ofTonic(int pitchClass, boolean minor) {
    return of(Key.of(Math.floorMod(pitchClass, 12), minor));
  }

  public boolean minor() {
    return letter == 'A';
  }

  /** The music engine's key in this slot (the DNA profile's keys are music.Key). */
  public Key key() {
    return Key.camelot(number, minor());
  }

  /** Pitch class of the tonic, 0 = C. */
  public int tonic() {
    return key().tonic();
  }

  /** Same slot in the other mode, or one step round the wheel in the same mode: the keys DJs mix into. */
  public boolean isNeighbourOf(CamelotKey other) {
    return key().isNeighbourOf(other.key());
  }

  /** Semitones to move this key's tonic onto {@code target}'s, the shorter way round (-5..+6). */
  public int semitonesTo(CamelotKey target) {
    return key().semitonesTo(target.key());
  }

  /** A readable name such as {@code D major} or {@code F# minor}. */
  public String keyName() {
    return key().sharpName();
  }

  @Override
  public int compareTo(CamelotKey o) {
    return number != o.number
        ? Integer.compare(number, o.number)
        : Character.compare(letter, o.letter);
  }

  @Override
  public String toString() {
    return number + String.valueOf(letter);
  }
}
