package ai.sergik.generate;

import ai.sergik.music.Chord;

/** One chord of a progression placed in time: from {@code start} for {@code length} beats. Immutable. */
public final class ChordSpan {
  private final Chord chord;
  private final int index;
  private final double start;
  private final double length;

  public ChordSpan(Chord chord, int index, double start, double length) {
    if (chord == null) throw new IllegalArgumentException("chord is missing (null)");
    if (!(start >= 0)) throw new IllegalArgumentException("start must be >= 0 beats, got " + start);
    if (!(length > 0))
      throw new IllegalArgumentException("length must be > 0 beats, got " + length);
    this.chord = chord;
    this.index = index;
    this.start = start;
    this.length = length;
  }

  public Chord chord() {
    return chord;
  }

  /** Position of the chord's symbol in the progression (0-based). */
  public int index() {
    return index;
  }

  public double start() {
    return start;
  }

  public double length() {
    return length;
  }

  public double end() {
    return start + length;
  }

  @Override
  public String toString() {
    return chord.name() + "@" + start + "+" + length;
  }
}
