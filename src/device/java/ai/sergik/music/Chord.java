package ai.sergik.music;

import java.util.Arrays;

/**
 * A chord: a root pitch class, a quality and an optional bass (inversion or slash chord). Immutable.
 * Its name is spelled with sharps or flats as the key asks ({@code Bm7}, {@code Gmaj7}, {@code Ebmaj7/G}).
 */
public final class Chord {
  private final int root;
  private final ChordQuality quality;
  private final int bass;
  private final boolean flats;
  /** The root as its letter spells it (Cb, E#), or null to spell it from {@link #flats}. */
  private final String rootName;

  public Chord(int rootPitchClass, ChordQuality quality) {
    this(rootPitchClass, quality, rootPitchClass, false);
  }

  public Chord(
      int rootPitchClass, ChordQuality quality, int bassPitchClass, boolean spellWithFlats) {
    this(rootPitchClass, quality, bassPitchClass, spellWithFlats, null);
  }

  /**
   * A chord whose root is spelled by name: a key's scale degree keeps its letter, so the VI of Eb minor
   * is Cb (not B) and the VII of F# major is E# (not F). The name must spell the root's pitch class.
   */
  public Chord(
      int rootPitchClass,
      ChordQuality quality,
      int bassPitchClass,
      boolean spellWithFlats,
      String rootName) {
    if (quality == null) throw new IllegalArgumentException("chord quality is missing (null)");
    this.root = PitchClass.normalize(rootPitchClass);
    this.quality = quality;
    this.bass = PitchClass.normalize(bassPitchClass);
    this.flats = spellWithFlats;
    this.rootName = rootName;
  }

  /** The root's name as this chord spells it: "Cb" for the VI of Eb minor, "F#", "Bb". */
  public String rootName() {
    return rootName != null ? rootName : PitchClass.name(root, flats);
  }

  public int root() {
    return root;
  }

  public ChordQuality quality() {
    return quality;
  }

  /** The lowest note's pitch class: the root unless inverted. */
  public int bass() {
    return bass;
  }

  public boolean spelledWithFlats() {
    return flats;
  }

  /** The same chord spelled for a key. */
  public Chord spelledFor(Key key) {
    return new Chord(root, quality, bass, key.prefersFlats(), rootName);
  }

  /** The same chord with another quality. */
  public Chord withQuality(ChordQuality q) {
    return new Chord(root, q, bass == root ? root : bass, flats, rootName);
  }

  /**
   * The inversion whose lowest note is chord tone {@code index} (0 = root position, 1 = first inversion
   * with the third in the bass, ...).
   */
  public Chord inversion(int index) {
    int[] pcs = pitchClasses();
    if (index < 0 || index >= pcs.length) {
      throw new IllegalArgumentException(
          "inversion must be 0.." + (pcs.length - 1) + " for " + name() + ", got " + index);
    }
    return new Chord(root, quality, pcs[index], flats, rootName);
  }

  /** Chord tones as pitch classes, in chord-tone order (root, third, fifth, seventh, extensions). */
  public int[] pitchClasses() {
    int[] intervals = quality.intervals();
    int[] pcs = new int[intervals.length];
    for (int i = 0; i < intervals.length; i++) pcs[i] = PitchClass.normalize(root + intervals[i]);
    return pcs;
  }

  /** Whether a pitch (any octave) is one of this chord's tones. */
  public boolean contains(int pitch) {
    int pc = PitchClass.normalize(pitch);
    for (int c : pitchClasses()) if (c == pc) return true;
    return false;
  }

  /** "Bm7", "Gmaj7", "C#m7b5", "Eb/G". */
  public String name() {
    String n = rootName() + quality.suffix();
    return bass == root ? n : n + "/" + PitchClass.name(bass, flats);
  }

  /** Root-position MIDI pitches with the root at {@code rootPitch}. */
  public int[] pitchesFrom(int rootPitch) {
    int[] intervals = quality.intervals();
    int[] out = new int[intervals.length];
    for (int i = 0; i < intervals.length; i++) out[i] = rootPitch + intervals[i];
    return out;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Chord)) return false;
    Chord c = (Chord) o;
    return root == c.root && quality == c.quality && bass == c.bass && flats == c.flats;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(new Object[] {root, quality, bass, flats});
  }

  @Override
  public String toString() {
    return name();
  }
}
