package ai.sergik.generate;

import java.util.Arrays;

/**
 * How the chords are built and laid out: the voicing and its controls (inversion, spread, register, top-note
 * targets), the chord colours (sevenths, ninths, surprise), which preset plays without a progression and how long
 * each chord lasts. The harmony every pitched part follows is made from these.
 */
public final class ChordOptions {
  public static final String DEFAULT_VOICING = "stabs";
  public static final boolean DEFAULT_SEVENTHS = true;
  public static final boolean DEFAULT_NINTHS = false;
  public static final int MIN_REGISTER = 24;
  public static final int MAX_REGISTER = 96;
  /** The most a voicing may be inverted (0 = root position .. 3 = seventh in the bass). */
  public static final int MAX_INVERSION = 3;

  private final Voicing voicing;
  private final boolean sevenths;
  private final boolean ninths;
  private final int inversion;
  private final Spread spread;
  private final int register;
  private final int[] topNotes;
  private final double[] chordBars;
  private final boolean surprise;
  private final int preset;

  /** Reads and checks the builder's chord fields; each error names the field, the value and what is accepted. */
  ChordOptions(GenerationRequest.Builder b) {
    this.voicing = Voicing.parse(b.voicing);
    this.spread = b.spread == null ? null : Spread.parse(b.spread);
    if (b.preset < 0 || b.preset >= ChordStyle.PRESETS_PER_STYLE) {
      throw new IllegalArgumentException(
          "preset must be 0 (the style's own) or 1 (with a borrowed chord), got " + b.preset);
    }
    if (b.inversion < -1 || b.inversion > MAX_INVERSION) {
      throw new IllegalArgumentException(
          "inversion must be 0.." + MAX_INVERSION + " (0 = root position), got " + b.inversion);
    }
    if (b.register != -1 && (b.register < MIN_REGISTER || b.register > MAX_REGISTER)) {
      throw new IllegalArgumentException("register (lowest note) must be MIDI " + MIN_REGISTER
          + ".." + MAX_REGISTER + " (C1..C7), got " + b.register);
    }
    this.sevenths = b.sevenths;
    this.ninths = b.ninths;
    this.inversion = b.inversion;
    this.register = b.register;
    this.topNotes = b.topNotes;
    this.chordBars = b.chordBars;
    this.surprise = b.surprise;
    this.preset = b.preset;
  }

  void copyTo(GenerationRequest.Builder b) {
    b.voicing(voicing.id()).sevenths(sevenths).ninths(ninths).inversion(inversion);
    b.spread(spread == null ? null : spread.id())
        .register(register)
        .surprise(surprise)
        .preset(preset);
    b.topNotes = topNotes; // parsed already: the builder reads text
    b.chordBars = chordBars;
  }

  public Voicing voicing() {
    return voicing;
  }

  public boolean sevenths() {
    return sevenths;
  }

  public boolean ninths() {
    return ninths;
  }

  /** Chord tone in the lowest voice (0 = root .. 3 = seventh), or -1 for voice-led inversions. */
  public int inversion() {
    return inversion;
  }

  /** How the upper voices stack, or null for the voicing's own. */
  public Spread spread() {
    return spread;
  }

  /** The lowest note of the voicing (MIDI), or -1 for the voicing's own register. */
  public int register() {
    return register;
  }

  /**
   * Top-note targets, one per chord in turn (a melody line across the chords), as MIDI pitches; a negative value
   * -(pc + 1) is a pitch class without octave. Null for none.
   */
  public int[] topNotes() {
    return topNotes == null ? null : topNotes.clone();
  }

  int[] topNotesShared() {
    return topNotes;
  }

  /** Bars per chord, in progression order and repeating; null for the even layout. */
  public double[] chordBars() {
    return chordBars == null ? null : chordBars.clone();
  }

  double[] chordBarsShared() {
    return chordBars;
  }

  /** Whether the progression gets seeded borrowed chords and secondary dominants ("surprise me"). */
  public boolean surprise() {
    return surprise;
  }

  /** Which of the style's presets plays without a progression: 0 its signature, 1 its colour preset. */
  public int preset() {
    return preset;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ChordOptions)) return false;
    ChordOptions c = (ChordOptions) o;
    return voicing == c.voicing
        && sevenths == c.sevenths
        && ninths == c.ninths
        && inversion == c.inversion
        && spread == c.spread
        && register == c.register
        && Arrays.equals(topNotes, c.topNotes)
        && Arrays.equals(chordBars, c.chordBars)
        && surprise == c.surprise
        && preset == c.preset;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(new Object[] {
      voicing,
      sevenths,
      ninths,
      inversion,
      spread,
      register,
      Arrays.hashCode(topNotes),
      Arrays.hashCode(chordBars),
      surprise,
      preset
    });
  }

  @Override
  public String toString() {
    return voicing.id() + ", sevenths=" + sevenths + ", ninths=" + ninths
        + (inversion >= 0 ? ", inversion=" + inversion : "")
        + (spread != null ? ", spread=" + spread.id() : "")
        + (register >= 0 ? ", register=" + register : "")
        + (topNotes != null ? ", top=" + Arrays.toString(topNotes) : "")
        + (chordBars != null ? ", chord bars=" + Arrays.toString(chordBars) : "")
        + (surprise ? ", surprise" : "") + (preset != 0 ? ", preset=" + preset : "");
  }
}
