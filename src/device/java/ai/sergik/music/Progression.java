package ai.sergik.music;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A Roman-numeral progression such as {@code i-VI-III-VII} or {@code ii7-V7-Imaj7}. Symbols are
 * separated by {@code -}, spaces, commas or {@code |}. Immutable.
 *
 * <p>A progression whose tonic chord is minor ({@code i}) asked for in a major key is played in the
 * relative minor (same Camelot number, A side), and a major-tonic one in a minor key in the relative
 * major, so its diatonic chords stay inside the key's notes: {@code 10B} + {@code i-VI-III-VII} with
 * sevenths is Bm7 · Gmaj7 · Dmaj7 · A7 in B minor (10A).
 */
public final class Progression {
  /** The most symbols a progression may have. */
  public static final int MAX_CHORDS = 64;

  private final String text;
  private final List<RomanNumeral> numerals;

  private Progression(String text, List<RomanNumeral> numerals) {
    this.text = text;
    this.numerals = numerals;
  }

  /** What may stand between numerals: spaces, commas, bars, hyphens and dashes. */
  private static final Pattern SEPARATORS = Pattern.compile("[\\s,|\u2013\u2014-]+");

  public static Progression parse(String text) {
    if (text == null || text.trim().isEmpty()) {
      throw new IllegalArgumentException("progression is empty; use " + RomanNumeral.ACCEPTED);
    }
    String[] tokens = SEPARATORS.split(text.trim(), -1); // empty tokens are skipped below
    List<RomanNumeral> list = new ArrayList<RomanNumeral>(tokens.length);
    for (String t : tokens) {
      if (t.isEmpty()) continue;
      try {
        list.add(RomanNumeral.parse(t));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("progression \"" + text + "\": " + e.getMessage(), e);
      }
    }
    if (list.isEmpty()) {
      throw new IllegalArgumentException(
          "progression \"" + text + "\" has no chords; use " + RomanNumeral.ACCEPTED);
    }
    if (list.size() > MAX_CHORDS) {
      throw new IllegalArgumentException(
          "progression has " + list.size() + " chords; at most " + MAX_CHORDS);
    }
    return new Progression(text.trim(), Collections.unmodifiableList(list));
  }

  public List<RomanNumeral> numerals() {
    return numerals;
  }

  public int size() {
    return numerals.size();
  }

  /**
   * The key the progression is played in when asked for in {@code key}: the relative key when the
   * progression's tonic chord has the other mode, else {@code key} itself.
   */
  public Key tonicIn(Key key) {
    for (RomanNumeral n : numerals) {
      if (n.isTonic()) {
        return n.isMinorTriad() == key.isMinor() ? key : key.relative();
      }
    }
    return key;
  }

  /** The chords in {@code key} (after the relative-key rule), spelled for that key. */
  public List<Chord> chordsIn(Key key, boolean sevenths, boolean ninths) {
    Key tonic = tonicIn(key);
    List<Chord> chords = new ArrayList<Chord>(numerals.size());
    for (RomanNumeral n : numerals) chords.add(n.chordIn(tonic, sevenths, ninths));
    return Collections.unmodifiableList(chords);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Progression && ((Progression) o).numerals.equals(numerals);
  }

  @Override
  public int hashCode() {
    return numerals.hashCode();
  }

  /** The progression as written. */
  @Override
  public String toString() {
    return text;
  }
}
