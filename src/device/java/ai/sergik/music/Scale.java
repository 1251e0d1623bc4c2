package ai.sergik.music;

/** A mode on a tonic: the pitch classes a melody or chord may draw on. Immutable. */
public final class Scale {
  private final int tonic;
  private final Mode mode;
  private final int mask; // bit pc set when the pitch class belongs to the scale

  public Scale(int tonicPitchClass, Mode mode) {
    if (mode == null) throw new IllegalArgumentException("mode is missing (null)");
    this.tonic = PitchClass.normalize(tonicPitchClass);
    this.mode = mode;
    int m = 0;
    for (int step : mode.steps()) m |= 1 << PitchClass.normalize(tonic + step);
    this.mask = m;
  }

  public int tonic() {
    return tonic;
  }

  public Mode mode() {
    return mode;
  }

  /** The seven pitch classes from the tonic up. */
  public int[] pitchClasses() {
    int[] pcs = new int[7];
    for (int i = 0; i < 7; i++) pcs[i] = PitchClass.normalize(tonic + mode.semitones(i));
    return pcs;
  }

  /** Pitch class of scale degree {@code degree} (0-based, wraps). */
  public int degree(int degree) {
    return PitchClass.normalize(tonic + mode.semitones(degree));
  }

  /** Whether a pitch (any octave) belongs to the scale. */
  public boolean contains(int pitch) {
    return (mask & (1 << PitchClass.normalize(pitch))) != 0;
  }

  /** 0-based degree of this pitch class, or -1 when it is outside the scale. */
  public int degreeOf(int pitch) {
    int pc = PitchClass.normalize(pitch);
    for (int i = 0; i < 7; i++) if (degree(i) == pc) return i;
    return -1;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Scale && ((Scale) o).tonic == tonic && ((Scale) o).mode == mode;
  }

  @Override
  public int hashCode() {
    return tonic * 31 + mode.hashCode();
  }

  @Override
  public String toString() {
    return PitchClass.name(tonic, false) + " " + mode.id();
  }
}
