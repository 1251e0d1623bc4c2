package ai.sergik.music;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Roman-numeral chord symbol: {@code I}, {@code vi}, {@code bVII}, {@code ii7}, {@code Imaj7},
 * {@code iiø7}, {@code vii°7}, {@code V/V}. Case sets the triad (upper = major, lower = minor);
 * {@code °} diminished, {@code ø} half-diminished, {@code +} augmented; a suffix (7, maj7, 9, 11, 13, 6,
 * sus2, sus4, 7sus4, add9) fixes the quality.
 *
 * <p>Degrees follow the key's own scale (in a minor key {@code VI} is the minor sixth); an accidental
 * is measured from the major scale, so {@code bVII}, {@code bVI} and {@code bIII} mean the same in major
 * and minor, and {@code bII} is the Neapolitan. In minor a diminished {@code vii} sits on the leading
 * tone, as in harmonic minor.
 */
public final class RomanNumeral {
  static final String ACCEPTED =
      "Roman numerals I..VII (upper case = major, lower case = minor) with optional b/# before and "
          + "\u00b0 (or o, dim), \u00f8, + after, a suffix 7, maj7, 9, maj9, 11, 13, 6, sus2, sus4, 7sus4, add9, "
          + "and /X for secondary chords (V/V), e.g. I-V-vi-IV, i-VI-III-VII, ii7-V7-Imaj7, i-bII-i-bVII, vii\u00b07";

  private static final Pattern TOKEN =
      Pattern.compile("([b#\u266d\u266f]{0,2})(VII|VI|IV|V|III|II|I|vii|vi|iv|v|iii|ii|i)"
          + "(\u00b0|o|dim|\u00f8|\\+|aug)?((?:maj|M|\u0394)?(?:7|9|11|13)?|6|sus2|sus4|7sus4|add9|\u0394)?"
          + "(?:/(.+))?");
  private static final String[] NUMERALS = {"i", "ii", "iii", "iv", "v", "vi", "vii"};
  private static final int[] MAJOR_STEPS = {0, 2, 4, 5, 7, 9, 11};

  /** The triad a numeral names before any suffix. */
  enum Triad {
    MAJOR,
    MINOR,
    DIMINISHED,
    HALF_DIMINISHED,
    AUGMENTED
  }

  private final String text;
  private final int accidental;
  private final int degree;
  private final Triad triad;
  private final String suffix;
  private final RomanNumeral secondaryOf;

  private RomanNumeral(
      String text,
      int accidental,
      int degree,
      Triad triad,
      String suffix,
      RomanNumeral secondaryOf) {
    this.text = text;
    this.accidental = accidental;
    this.degree = degree;
    this.triad = triad;
    this.suffix = suffix;
    this.secondaryOf = secondaryOf;
  }

  /** Reads one symbol; the error names the symbol and the accepted forms. */
  public static RomanNumeral parse(String symbol) {
    String s = symbol == null ? "" : symbol.trim();
    Matcher m = TOKEN.matcher(s);
    if (s.isEmpty() || !m.matches()) {
      throw new IllegalArgumentException(
          "cannot read chord symbol \"" + symbol + "\"; use " + ACCEPTED);
    }
    int accidental = 0;
    for (char c : m.group(1).toCharArray()) accidental += (c == '#' || c == '\u266f') ? 1 : -1;
    String numeral = m.group(2);
    boolean upper = Character.isUpperCase(numeral.charAt(0));
    int degree = indexOf(numeral.toLowerCase(java.util.Locale.ROOT));
    String mark = m.group(3);
    Triad triad = upper ? Triad.MAJOR : Triad.MINOR;
    if (mark != null) {
      if (mark.equals("\u00f8")) triad = Triad.HALF_DIMINISHED;
      else if (mark.equals("+") || mark.equals("aug")) triad = Triad.AUGMENTED;
      else triad = Triad.DIMINISHED;
    }
    String suffix = m.group(4) == null ? "" : m.group(4);
    RomanNumeral target = m.group(5) == null ? null : parse(m.group(5));
    if (target != null && target.secondaryOf != null) {
      throw new IllegalArgumentException(
          "chord symbol \"" + symbol + "\": only one level of secondary chord (V/V) is supported");
    }
    return new RomanNumeral(s, accidental, degree, triad, suffix, target);
  }

  private static int indexOf(String lower) {
    for (int i = 0; i < NUMERALS.length; i++) if (NUMERALS[i].equals(lower)) return i;
    throw new IllegalStateException(lower);
  }

  /** 0-based scale degree (0 = I). */
  public int degree() {
    return degree;
  }

  /** Semitones of the b/# prefix (-1 for b). */
  public int accidental() {
    return accidental;
  }

  /** Whether the symbol names a tonic chord (I or i, no accidental, not secondary). */
  public boolean isTonic() {
    return degree == 0 && accidental == 0 && secondaryOf == null;
  }

  /** For a tonic symbol: whether it is minor (i, i7, i°...). */
  public boolean isMinorTriad() {
    return triad != Triad.MAJOR && triad != Triad.AUGMENTED;
  }

  public boolean isSecondary() {
    return secondaryOf != null;
  }

  /** Whether the suffix fixes the quality (then the sevenths/ninths switches leave it alone). */
  public boolean hasExplicitQuality() {
    return !suffix.isEmpty() || triad == Triad.HALF_DIMINISHED;
  }

  /**
   * The chord in a key whose tonic and mode the progression uses (already switched to the relative key
   * where needed). {@code sevenths}/{@code ninths} add the scale's own seventh and ninth to plain triads.
   */
  public Chord chordIn(Key key, boolean sevenths, boolean ninths) {
    Key local = key;
    int localLetter = key.tonicLetter();
    if (secondaryOf != null) {
      Chord target = secondaryOf.chordIn(key, false, false);
      local = Key.of(target.root(), target.quality().isMinorThird());
      localLetter = (localLetter + secondaryOf.degree) % 7;
    }
    Scale scale = local.scale();
    int root;
    if (accidental != 0) {
      root = local.tonic() + MAJOR_STEPS[degree] + accidental;
    } else if (local.mode() == Mode.NATURAL_MINOR
        && degree == 6
        && (triad == Triad.DIMINISHED || triad == Triad.HALF_DIMINISHED)) {
      root = local.tonic() + 11; // leading-tone chord, as in harmonic minor
    } else {
      root = scale.degree(degree);
    }
    root = PitchClass.normalize(root);
    ChordQuality quality =
        hasExplicitQuality() ? explicitQuality() : extended(root, scale, sevenths, ninths);
    int letter = (localLetter + degree) % 7;
    return new Chord(
        root, quality, root, spellWithFlats(root, letter, key), spelledName(root, letter));
  }

  /**
   * The root spelled with its numeral's letter (Cb, E#, F#, Bb), or null when that would need a double
   * accidental (then the key's sharps or flats decide).
   */
  private static String spelledName(int root, int letter) {
    int diff = PitchClass.normalize(root - LETTER_PCS[letter]);
    String name = String.valueOf("CDEFGAB".charAt(letter));
    switch (diff) {
      case 0:
        return name;
      case 1:
        return name + "#";
      case 11:
        return name + "b";
      default:
        return null;
    }
  }

  private static final int[] LETTER_PCS = {0, 2, 4, 5, 7, 9, 11}; // C D E F G A B

  /**
   * Whether the root reads best with a flat: the numeral's letter decides (bVI of A minor is F, bII is
   * Bb, V/V of C is D), the key's signature where the letter gives a natural.
   */
  private static boolean spellWithFlats(int root, int letter, Key key) {
    int diff = PitchClass.normalize(root - LETTER_PCS[letter]);
    if (diff == 11) return true;
    if (diff == 1) return false;
    return key.prefersFlats();
  }

  private ChordQuality explicitQuality() {
    boolean upper = triad == Triad.MAJOR || triad == Triad.AUGMENTED;
    switch (triad) {
      case HALF_DIMINISHED:
        return ChordQuality.HALF_DIMINISHED;
      case DIMINISHED:
        return suffix.isEmpty()
            ? ChordQuality.DIMINISHED
            : suffix.equals("7") ? ChordQuality.DIMINISHED_SEVEN : ChordQuality.HALF_DIMINISHED;
      case AUGMENTED:
        return ChordQuality.AUGMENTED;
      default:
        break;
    }
    String s = suffix.replace("\u0394", "maj").replace("M", "maj");
    if (s.equals("maj")) s = "maj7";
    switch (s) {
      case "7":
        return upper ? ChordQuality.DOMINANT_SEVEN : ChordQuality.MINOR_SEVEN;
      case "maj7":
        return upper ? ChordQuality.MAJOR_SEVEN : ChordQuality.MINOR_MAJOR_SEVEN;
      case "9":
        return upper ? ChordQuality.DOMINANT_NINE : ChordQuality.MINOR_NINE;
      case "maj9":
        return upper ? ChordQuality.MAJOR_NINE : ChordQuality.MINOR_NINE;
      case "11":
      case "maj11":
        return upper ? ChordQuality.DOMINANT_ELEVEN : ChordQuality.MINOR_ELEVEN;
      case "13":
      case "maj13":
        return upper ? ChordQuality.DOMINANT_THIRTEEN : ChordQuality.MINOR_THIRTEEN;
      case "6":
        return upper ? ChordQuality.SIX : ChordQuality.MINOR_SIX;
      case "sus2":
        return ChordQuality.SUS2;
      case "sus4":
        return ChordQuality.SUS4;
      case "7sus4":
        return ChordQuality.SEVEN_SUS4;
      case "add9":
        return upper ? ChordQuality.ADD9 : ChordQuality.MINOR_ADD9;
      default:
        throw new IllegalArgumentException(
            "chord symbol \"" + text + "\": unknown suffix \"" + suffix + "\"; use " + ACCEPTED);
    }
  }

  /** The triad, with the scale's seventh and ninth stacked on when asked. */
  private ChordQuality extended(int root, Scale scale, boolean sevenths, boolean ninths) {
    boolean ninth = ninths && scale.contains(root + 2);
    switch (triad) {
      case MAJOR:
        if (!sevenths) return ninth ? ChordQuality.ADD9 : ChordQuality.MAJOR;
        if (scale.contains(root + 11) && !scale.contains(root + 10)) {
          return ninth ? ChordQuality.MAJOR_NINE : ChordQuality.MAJOR_SEVEN;
        }
        return ninth ? ChordQuality.DOMINANT_NINE : ChordQuality.DOMINANT_SEVEN;
      case MINOR:
        if (!sevenths) return ninth ? ChordQuality.MINOR_ADD9 : ChordQuality.MINOR;
        return ninth ? ChordQuality.MINOR_NINE : ChordQuality.MINOR_SEVEN;
      case DIMINISHED:
        if (!sevenths) return ChordQuality.DIMINISHED;
        return scale.contains(root + 10)
            ? ChordQuality.HALF_DIMINISHED
            : ChordQuality.DIMINISHED_SEVEN;
      case HALF_DIMINISHED:
        return ChordQuality.HALF_DIMINISHED;
      default:
        return ChordQuality.AUGMENTED;
    }
  }

  /**
   * Whether the symbol is one of the key's own chords: no accidental, not secondary, and its triad is
   * the one the natural scale builds on that degree.
   */
  public boolean isDiatonicIn(Key key) {
    if (accidental != 0 || secondaryOf != null) return false;
    Scale scale = key.scale();
    int root = scale.degree(degree);
    int third = PitchClass.normalize(scale.degree(degree + 2) - root);
    int fifth = PitchClass.normalize(scale.degree(degree + 4) - root);
    Triad natural = third == 4
        ? (fifth == 8 ? Triad.AUGMENTED : Triad.MAJOR)
        : (fifth == 6 ? Triad.DIMINISHED : Triad.MINOR);
    Triad mine = triad == Triad.HALF_DIMINISHED ? Triad.DIMINISHED : triad;
    if (mine != natural) return false;
    return !hasExplicitQuality() || allIn(chordIn(key, false, false), scale);
  }

  private static boolean allIn(Chord chord, Scale scale) {
    for (int pc : chord.pitchClasses()) if (!scale.contains(pc)) return false;
    return true;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RomanNumeral && ((RomanNumeral) o).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** The symbol as written. */
  @Override
  public String toString() {
    return text;
  }
}
