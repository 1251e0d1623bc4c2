package ai.sergik.music;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A key: one of the 24 major and minor keys, or a church mode on a tonic ("D dorian"), read from any
 * notation a producer types and shown in all of them.
 *
 * <p>Camelot: 8B = C major, 8A = A minor, +1 per fifth up; relative keys share a number. Open Key:
 * 1d = C major, 1m = A minor, +1 per fifth up. Instances are interned: {@code Key.parse("10B") ==
 * Key.parse("D major")}, and ionian and aeolian are the major and minor keys themselves.
 *
 * <p>A mode has no Camelot code of its own: it shows the code of the major or minor key with the same
 * notes and the same third (D dorian, with C major's notes and a minor third, is 8A, the code of A minor;
 * D mixolydian is 9B, G major's), and its name says the mode. {@link #code()} is the form that reads back.
 */
public final class Key {
  /** What {@link #parse} accepts; quoted in its error message. */
  public static final String ACCEPTED_FORMS =
      "Camelot 1A-12B (8B = C major, 8A = A minor), Open Key 1m-12d (1d = C major, 1m = A minor), or a name: "
          + "D, Dmaj, D major, Bm, F#m, Gb minor, Bbmin, C\u266fm, or a church mode: D dorian, Ddor, D-dorian, "
          + "dorian D (ionian, dorian, phrygian, lydian, mixolydian, aeolian, locrian; ion, dor, phr, lyd, mix, aeo, loc) "
          + "(case-insensitive, # or \u266f, b or \u266d)";

  /** The seven church modes in their order on the major scale (ionian on degree 1 ... locrian on 7). */
  public static final List<Mode> CHURCH_MODES =
      Collections.unmodifiableList(java.util.Arrays.asList(
          Mode.MAJOR,
          Mode.DORIAN,
          Mode.PHRYGIAN,
          Mode.LYDIAN,
          Mode.MIXOLYDIAN,
          Mode.NATURAL_MINOR,
          Mode.LOCRIAN));

  private static final String[] MODE_NAMES = {
    "ionian", "dorian", "phrygian", "lydian", "mixolydian", "aeolian", "locrian"
  };
  private static final String[] MODE_SHORT = {"ion", "dor", "phr", "lyd", "mix", "aeo", "loc"};

  private static final Key[][] BY_MODE = new Key[7][12];

  static {
    for (int m = 0; m < 7; m++) {
      for (int pc = 0; pc < 12; pc++) BY_MODE[m][pc] = new Key(pc, CHURCH_MODES.get(m));
    }
  }

  private static final Pattern CAMELOT = Pattern.compile("(1[0-2]|0?[1-9])\\s*([ab])");
  private static final Pattern OPEN_KEY = Pattern.compile("(1[0-2]|0?[1-9])\\s*([dm])");
  private static final Pattern NAME = Pattern.compile(
      "([a-g])\\s*(#|b|sharp|flat|is|es)?\\s*[-_ ]?\\s*(major|maj|ma|minor|min|mi|m|moll|dur)?");
  private static final String MODE_WORD =
      "(ionian|ion|dorian|dor|phrygian|phryg|phr|lydian|lyd|mixolydian|mixo|mix|aeolian|aeol|aeo|locrian|loc)";
  private static final String TONIC = "([a-g])\\s*(#|b|sharp|flat|is|es)?";
  /** "D dorian", "Ddor", "D-dorian", "D dorian mode". */
  private static final Pattern MODE_AFTER =
      Pattern.compile(TONIC + "\\s*[-_ ]?\\s*" + MODE_WORD + "(?:\\s+mode)?");
  /** "dorian D", "dorian on D", "dorian mode on D". */
  private static final Pattern MODE_BEFORE =
      Pattern.compile(MODE_WORD + "(?:\\s+mode)?\\s*[-_ ]?\\s*(?:(?:on|in)\\s+)?" + TONIC);

  private final int tonic;
  private final boolean minor;
  private final Mode mode;
  private final int modeIndex;

  private Key(int tonic, Mode mode) {
    this.tonic = tonic;
    this.mode = mode;
    this.modeIndex = CHURCH_MODES.indexOf(mode);
    this.minor = mode.hasMinorThird();
  }

  /** The major or minor key with this tonic pitch class (0 = C .. 11 = B). */
  public static Key of(int tonicPitchClass, boolean minor) {
    return of(tonicPitchClass, minor ? Mode.NATURAL_MINOR : Mode.MAJOR);
  }

  /**
   * The church mode {@code mode} on this tonic; {@link Mode#MAJOR} and {@link Mode#NATURAL_MINOR} give
   * the major and minor keys.
   *
   * @throws IllegalArgumentException for the harmonic and melodic minor scales, which are not keys here
   */
  public static Key of(int tonicPitchClass, Mode mode) {
    int index = CHURCH_MODES.indexOf(mode);
    if (index < 0) {
      throw new IllegalArgumentException("a key's mode must be a church mode (" + join(MODE_NAMES)
          + "), got " + (mode == null ? "nothing" : mode.id()));
    }
    return BY_MODE[index][PitchClass.normalize(tonicPitchClass)];
  }

  private static String join(String[] items) {
    StringBuilder sb = new StringBuilder();
    for (String s : items) sb.append(sb.length() == 0 ? "" : ", ").append(s);
    return sb.toString();
  }

  /** Wheel order: 1A, 1B, 2A, 2B, ..., 12B; a mode sorts with the key whose code it shows. */
  public static final Comparator<Key> CAMELOT_ORDER = new Comparator<Key>() {
    @Override
    public int compare(Key a, Key b) {
      int byNumber = Integer.compare(a.camelotNumber(), b.camelotNumber());
      if (byNumber != 0) return byNumber;
      int byLetter = Boolean.compare(!a.minor, !b.minor);
      return byLetter != 0 ? byLetter : Integer.compare(a.modeIndex, b.modeIndex);
    }
  };

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
        .replace('\u266f', '#')
        .replace('\uff03', '#')
        .replace('\u266d', 'b')
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
    m = MODE_AFTER.matcher(s);
    if (m.matches()) return of(tonic(m.group(1), m.group(2)), modeNamed(m.group(3)));
    m = MODE_BEFORE.matcher(s);
    if (m.matches()) return of(tonic(m.group(2), m.group(3)), modeNamed(m.group(1)));
    m = NAME.matcher(s);
    if (m.matches()) {
      int pc = tonic(m.group(1), m.group(2));
      String quality = m.group(3);
      boolean isMinor = quality != null
          && quality.startsWith("m")
          && !quality.startsWith("maj")
          && !quality.equals("ma");
      return of(pc, isMinor);
    }
    throw new IllegalArgumentException("unknown key \"" + text + "\"; use " + ACCEPTED_FORMS);
  }

  /** Like {@link #parse}, but null for null or blank text. */
  public static Key parseOrNull(String text) {
    return text == null || text.trim().isEmpty() ? null : parse(text);
  }

  private static int tonic(String letter, String accidental) {
    int pc = PitchClass.ofLetter(Character.toUpperCase(letter.charAt(0)));
    if (accidental != null) {
      pc +=
          accidental.equals("#") || accidental.equals("sharp") || accidental.equals("is") ? 1 : -1;
    }
    return pc;
  }

  private static Mode modeNamed(String word) {
    for (int i = 0; i < 7; i++) {
      if (MODE_NAMES[i].startsWith(word)) return CHURCH_MODES.get(i);
    }
    throw new IllegalStateException(word); // MODE_WORD only matches prefixes of MODE_NAMES
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
      case 'a':
        return camelot(number, true);
      case 'b':
        return camelot(number, false);
      case 'd':
        return of((number - 1) * 7, false);
      case 'm':
        return of((number - 1) * 7, false).relative();
      default:
        return null;
    }
  }

  /** Tonic pitch class, 0 = C .. 11 = B. */
  public int tonic() {
    return tonic;
  }

  /** Whether the key's third is minor (minor, dorian, phrygian, locrian). */
  public boolean isMinor() {
    return minor;
  }

  /** The key's scale as a mode: {@link Mode#MAJOR}, {@link Mode#NATURAL_MINOR} or another church mode. */
  public Mode mode() {
    return mode;
  }

  /** Whether this is a church mode other than major (ionian) and minor (aeolian). */
  public boolean isModal() {
    return mode != Mode.MAJOR && mode != Mode.NATURAL_MINOR;
  }

  /**
   * The major or minor key with the same notes and the other third: B minor for D major, D major for B
   * minor, C major for D dorian, E minor for D mixolydian.
   */
  public Key relative() {
    int major = parentMajorTonic();
    return minor ? of(major, false) : of(major + 9, true);
  }

  /** The tonic of the major scale with this key's notes (C for D dorian, D for B minor). */
  private int parentMajorTonic() {
    return PitchClass.normalize(tonic - Mode.MAJOR.semitones(modeIndex));
  }

  /** Same tonic, other mode (D major to D minor). */
  public Key parallel() {
    return of(tonic, !minor);
  }

  /** The Camelot number 1..12. */
  public int camelotNumber() {
    int majorTonic = parentMajorTonic();
    int fifths = PitchClass.normalize(majorTonic * 7); // C = 0, G = 1, D = 2, ...
    return (fifths + 7) % 12 + 1;
  }

  /**
   * "10B" for D major, "10A" for B minor; a mode gives the code of the major or minor key with its notes
   * and its third ("8A" for D dorian, "9B" for D mixolydian).
   */
  public String camelot() {
    return camelotNumber() + (minor ? "A" : "B");
  }

  /** Open Key notation: "3d" for D major, "3m" for B minor. */
  public String openKey() {
    int majorTonic = parentMajorTonic();
    int number = PitchClass.normalize(majorTonic * 7) + 1;
    return number + (minor ? "m" : "d");
  }

  /**
   * The major or minor key whose Camelot code this key shows: itself for a major or minor key, A minor
   * (8A) for D dorian. The wheel has 24 slots; this is the slot.
   */
  public Key onWheel() {
    return isModal() ? camelot(camelotNumber(), minor) : this;
  }

  /** Same slot in the other mode, or one step round the wheel in the same mode: the keys DJs mix into. */
  public boolean isNeighbourOf(Key other) {
    int number = camelotNumber(), otherNumber = other.camelotNumber();
    if (number == otherNumber && minor == other.minor) return false;
    if (number == otherNumber) return true;
    int steps = PitchClass.normalize(number - otherNumber);
    return minor == other.minor && (steps == 1 || steps == 11);
  }

  /** Semitones to move this key's tonic onto {@code target}'s, the shorter way round (-5..+6). */
  public int semitonesTo(Key target) {
    int up = PitchClass.normalize(target.tonic - tonic);
    return up > 6 ? up - 12 : up;
  }

  /**
   * The name spelled with sharps whatever the signature ("A# minor", "D# major", "C# dorian"): the form
   * the analysis tables and the catalog have always written, kept so their files stay comparable.
   */
  public String sharpName() {
    return PitchClass.name(tonic, false) + " " + modeName();
  }

  /** "D major", "B minor", "F# minor", "Eb major", "D dorian". */
  public String name() {
    if (isModal()) return tonicName() + " " + MODE_NAMES[modeIndex];
    return tonicName() + (minor ? " minor" : " major");
  }

  /** Short name: "D", "Bm", "F#m", "Ddor". */
  public String shortName() {
    if (isModal()) return tonicName() + MODE_SHORT[modeIndex];
    return tonicName() + (minor ? "m" : "");
  }

  /** Lower-case mode name: "major", "minor", "dorian", "mixolydian"... */
  public String modeName() {
    return isModal() ? MODE_NAMES[modeIndex] : minor ? "minor" : "major";
  }

  /**
   * The shortest form {@link #parse} reads back to this key: the Camelot code for major and minor
   * ("10B"), the name for a mode ("D dorian").
   */
  public String code() {
    return isModal() ? name() : camelot();
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
    int majorTonic = parentMajorTonic();
    int fifths = PitchClass.normalize(majorTonic * 7);
    // Db (7), Ab (8), Eb (9), Bb (10), F (11); at six sharps/flats F# major but Eb minor, as
    // usually written
    return fifths >= 7 || (minor && fifths == 6);
  }

  /** Index of the tonic's letter: 0 = C, 1 = D, ... 6 = B. */
  int tonicLetter() {
    return "CDEFGAB".indexOf(tonicName().charAt(0));
  }

  /** The key's scale: major (ionian), natural minor (aeolian) or its church mode. */
  public Scale scale() {
    return new Scale(tonic, mode);
  }

  /** The seven pitch classes of the key's scale, starting at the tonic. */
  public int[] pitchClasses() {
    return scale().pitchClasses();
  }

  /** Whether a pitch (any octave) or pitch class belongs to the key's scale. */
  public boolean contains(int pitch) {
    return scale().contains(pitch);
  }

  /** "10B (D major)", "8A dorian (D dorian)". */
  @Override
  public String toString() {
    return camelot() + (isModal() ? " " + MODE_NAMES[modeIndex] : "") + " (" + name() + ")";
  }
}
