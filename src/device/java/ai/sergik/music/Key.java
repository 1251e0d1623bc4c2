package ai.sergik.music;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of the 24 major and minor keys, read from any notation a producer types and shown in all of them.
 *
 * <p>Camelot: 8B = C major, 8A = A minor, +1 per fifth up; relative keys share a number. Open Key:
 * 1d = C major, 1m = A minor, +1 per fifth up. Instances are interned: {@code Key.parse("10B") ==
 * Key.parse("D major")}.
 */
public final class Key {
  /** What {@link #parse} accepts; quoted in its error message. */
  public static final String ACCEPTED_FORMS =
      "Camelot 1A-12B (8B = C major, 8A = A minor), Open Key 1m-12d (1d = C major, 1m = A minor), or a name: "
          + "D, Dmaj, D major, Bm, F#m, Gb minor, Bbmin, C\u266fm (case-insensitive, # or \u266f, b or \u266d)";

  private static final Key[] MAJOR = new Key[12];
  private static final Key[] MINOR = new Key[12];

  static {
    for (int pc = 0; pc < 12; pc++) {
      MAJOR[pc] = new Key(pc, false);
      MINOR[pc] = new Key(pc, true);
    }
  }

  private static final Pattern CAMELOT = Pattern.compile("(1[0-2]|0?[1-9])\\s*([ab])");
  private static final Pattern OPEN_KEY = Pattern.compile("(1[0-2]|0?[1-9])\\s*([dm])");
  private static final Pattern NAME = Pattern.compile(
      "([a-g])\\s*(#|b|sharp|flat|is|es)?\\s*[-_ ]?\\s*(major|maj|ma|minor|min|mi|m|moll|dur)?");

  private final int tonic;
  private final boolean minor;

  private Key(int tonic, boolean minor) {
    this.tonic = tonic;
    this.minor = minor;
  }

  /** The key with this tonic pitch class (0 = C .. 11 = B). */
  public static Key of(int tonicPitchClass, boolean minor) {
    int pc = PitchClass.normalize(tonicPitchClass);
    return minor ? MINOR[pc] : MAJOR[pc];
  }

  /** The key with this Camelot number (1..12) and letter (A = minor, B = major). */
  public static Key camelot(int number, boolean minor) {
    if (number < 1 || number > 12) {
      throw new IllegalArgumentException("Camelot number must be 1..12, got " + number);
    }
    // 8B = C major; each step is a fifth (7 semitones).
    int majorTonic = PitchClass.normalize((number - 8) * 7);
    return minor ? of(majorTonic + 9, true) : of(majorTonic, false);
  }

  /** All 24 keys in Camelot order: 1A, 1B, 2A, 2B, ..., 12A, 12B. */
  public static List<Key> all() {
    List<Key> keys = new ArrayList<Key>(24);
    for (int n = 1; n <= 12; n++) {
      keys.add(camelot(n, true));
      keys.add(camelot(n, false));
    }
    return Collections.unmodifiableList(keys);
  }

  /**
   * Reads a key in Camelot, Open Key or name notation (see {@link #ACCEPTED_FORMS}).
   *
   * @throws IllegalArgumentException that repeats the input and lists the accepted forms
   */
  public static Key parse(String text) {
    if (text == null || text.trim().isEmpty()) {
      throw new IllegalArgumentException("key is empty; use " + ACCEPTED_FORMS);
    }
    String s = text.trim()
        .replace('\u266f', '#').replace('\uff03', '#').replace('\u266d', 'b')
        .toLowerCase(Locale.ROOT);
    Key quick = numbered(s);
    if (quick != null) return quick;
    Matcher m = CAMELOT.matcher(s);
    if (m.matches()) {
      return camelot(Integer.parseInt(m.group(1)), m.group(2).equals("a"));
    }
    m = OPEN_KEY.matcher(s);
    if (m.matches()) {
      int number = Integer.parseInt(m.group(1));
      Key major = of((number - 1) * 7, false);
      return m.group(2).equals("d") ? major : major.relative();
    }
    m = NAME.matcher(s);
    if (m.matches()) {
      int pc = PitchClass.ofLetter(Character.toUpperCase(m.group(1).charAt(0)));
      String accidental = m.group(2);
      if (accidental != null) {
        pc += accidental.equals("#") || accidental.equals("sharp") || accidental.equals("is") ? 1 : -1;
      }
      String quality = m.group(3);
      boolean isMinor = quality != null && quality.startsWith("m") && !quality.startsWith("maj")
          && !quality.equals("ma");
      return of(pc, isMinor);
    }
    throw new IllegalArgumentException("unknown key \"" + text + "\"; use " + ACCEPTED_FORMS);
  }

  /** Camelot or Open Key in the plain form ("10b", "3m"), read without a regular expression; else null. */
  private static Key numbered(String s) {
    int n = s.length();
    if (n < 2 || n > 3) return null;
    char letter = s.charAt(n - 1);
    int number = 0;
    for (int i = 0; i < n - 1; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') return null;
      number = number * 10 + (c - '0');
    }
    if (number < 1 || number > 12) return null;
    switch (letter) {
      case 'a': return camelot(number, true);
      case 'b': return camelot(number, false);
      case 'd': return of((number - 1) * 7, false);
      case 'm': return of((number - 1) * 7, false).relative();
      default: return null;
    }
  }

  /** Tonic pitch class, 0 = C .. 11 = B. */
  public int tonic() { return tonic; }

  public boolean isMinor() { return minor; }

  /** The key with the same notes and the other mode (shares the Camelot number). */
  public Key relative() {
    return minor ? of(tonic + 3, false) : of(tonic + 9, true);
  }

  /** Same tonic, other mode (D major to D minor). */
  public Key parallel() {
    return of(tonic, !minor);
  }

  /** The Camelot number 1..12. */
  public int camelotNumber() {
    int majorTonic = minor ? PitchClass.normalize(tonic + 3) : tonic;
    int fifths = PitchClass.normalize(majorTonic * 7); // C = 0, G = 1, D = 2, ...
    return (fifths + 7) % 12 + 1;
  }

  /** "10B" for D major, "10A" for B minor. */
  public String camelot() {
    return camelotNumber() + (minor ? "A" : "B");
  }

  /** Open Key notation: "3d" for D major, "3m" for B minor. */
  public String openKey() {
    int majorTonic = minor ? PitchClass.normalize(tonic + 3) : tonic;
    int number = PitchClass.normalize(majorTonic * 7) + 1;
    return number + (minor ? "m" : "d");
  }

  /** "D major", "B minor", "F# minor", "Eb major". */
  public String name() {
    return tonicName() + (minor ? " minor" : " major");
  }

  /** Short name: "D", "Bm", "F#m". */
  public String shortName() {
    return tonicName() + (minor ? "m" : "");
  }

  /** The tonic spelled as this key's signature spells it ("F#", "Eb"). */
  public String tonicName() {
    return PitchClass.name(tonic, prefersFlats());
  }

  /**
   * Whether this key's signature uses flats (F, Bb, Eb, Ab, Db and their relative minors); it decides
   * how notes outside the key's letters are spelled. Six accidentals: F# major, Eb minor.
   */
  public boolean prefersFlats() {
    int majorTonic = minor ? PitchClass.normalize(tonic + 3) : tonic;
    int fifths = PitchClass.normalize(majorTonic * 7);
    // Db (7), Ab (8), Eb (9), Bb (10), F (11); at six sharps/flats F# major but Eb minor, as usually written
    return fifths >= 7 || (minor && fifths == 6);
  }

  /** Index of the tonic's letter: 0 = C, 1 = D, ... 6 = B. */
  int tonicLetter() {
    return "CDEFGAB".indexOf(tonicName().charAt(0));
  }

  /** The key's natural scale: major (ionian) or natural minor (aeolian). */
  public Scale scale() {
    return new Scale(tonic, minor ? Mode.NATURAL_MINOR : Mode.MAJOR);
  }

  /** The seven pitch classes of the key's natural scale, starting at the tonic. */
  public int[] pitchClasses() {
    return scale().pitchClasses();
  }

  /** Whether a pitch (any octave) or pitch class belongs to the key's natural scale. */
  public boolean contains(int pitch) {
    return scale().contains(pitch);
  }

  @Override
  public String toString() {
    return camelot() + " (" + name() + ")";
  }
}
