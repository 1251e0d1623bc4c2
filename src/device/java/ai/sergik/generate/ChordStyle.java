package ai.sergik.generate;

import ai.sergik.music.Progression;
import java.util.List;

/**
 * The chord styles: each with its two preset progressions (for a major and a minor key), the arpeggio it plays
 * when none is asked for, and the General MIDI programs of its chord and arpeggio tracks.
 *
 * <p>Every preset starts on its tonic chord (I or i), which decides the tonic the progression is played in and
 * lets the loop state its key on the first downbeat: a major and a minor preset over the same chords (house:
 * C-G-Am-F in C major, Am-F-C-G in A minor) differ only in where they start. The major presets avoid iii next to
 * I and vi: three chords sharing the third of the key would make the loop sound (and analyse) as the mediant
 * minor. The second preset of each style has a borrowed chord or a secondary dominant in it: the colour Scaler
 * and Captain Chords call "modal interchange".
 */
public enum ChordStyle implements Word {
  HOUSE(
      "I-V-vi-IV",
      "i-VI-III-VII",
      "I-V/vi-vi-IV",
      "i-VI-iv-V7",
      ArpPattern.UPDOWN,
      ArpRate.SIXTEENTH,
      0.5,
      90,
      81),
  DEEP_HOUSE(
      "I-vi-ii-V",
      "i-iv-VII-III",
      "I-iii-IV-iv",
      "i-VI-bII-VII",
      ArpPattern.AS_PLAYED,
      ArpRate.EIGHTH,
      0.7,
      4,
      81),
  TECHNO(
      "I-IV-vi-I",
      "i-VI-i-VII",
      "I-bVII-IV-I",
      "i-bII-VII-i",
      ArpPattern.PINGPONG,
      ArpRate.SIXTEENTH,
      0.35,
      90,
      81),
  JAZZ(
      "Imaj7-vi7-ii7-V7",
      "i7-ii\u00f87-V7-i7",
      "Imaj7-V7/ii-ii7-V7",
      "i7-V7/iv-iv7-V7",
      ArpPattern.UPDOWN,
      ArpRate.EIGHTH_TRIPLET,
      0.9,
      4,
      11),
  // mixolydian: a dominant I under bVII, so the mode's flat seventh sounds in the tonic too
  MODAL(
      "I7-bVII-IV-I7",
      "i-bII-i-bVII",
      "I7-bVII-bVI-bVII",
      "i-IV-i-bVII",
      ArpPattern.UP,
      ArpRate.EIGHTH,
      0.6,
      90,
      81),
  HIP_HOP(
      "I-IV-ii-V",
      "i-VI-iv-v",
      "I-bVI-bVII-I",
      "i-bVI-V7-i",
      ArpPattern.DOWNUP,
      ArpRate.EIGHTH,
      0.7,
      4,
      81),
  BOOM_BAP(
      "I-ii-iii-IV",
      "i-iv-i-VI",
      "I-V7/IV-IV-iv",
      "i-iv-V7-i",
      ArpPattern.DOWN,
      ArpRate.EIGHTH,
      0.8,
      4,
      81),
  SOUL(
      "I-iii-IV-V",
      "i-iv-VII-III",
      "I-V7/ii-ii-V",
      "i-IV-VII-III",
      ArpPattern.UPDOWN,
      ArpRate.EIGHTH,
      0.8,
      4,
      11),
  FUNK(
      "I7-IV7-I7-V7",
      "i7-iv7-i7-v7",
      "I7-bVII7-IV7-I7",
      "i7-IV7-i7-bVII7",
      ArpPattern.AS_PLAYED,
      ArpRate.SIXTEENTH,
      0.5,
      4,
      81),
  AMBIENT(
      "I-IV-vi-V",
      "i-VI-III-iv",
      "I-IV-iv-I",
      "i-VI-IV-i",
      ArpPattern.UP,
      ArpRate.QUARTER,
      1.0,
      89,
      88);

  /** How many presets each style has: 0 is its signature, 1 borrows a chord or adds a secondary dominant. */
  public static final int PRESETS_PER_STYLE = 2;

  // {signature major, signature minor, colour major, colour minor}; private and never handed out
  @SuppressWarnings("ImmutableEnumChecker")
  private final String[] presets;

  @SuppressWarnings("ImmutableEnumChecker")
  private final Progression[] parsed;

  private final ArpPattern arpPattern;
  private final ArpRate arpRate;
  private final double arpGate;
  private final int chordProgram;
  private final int arpProgram;

  ChordStyle(
      String major,
      String minor,
      String colourMajor,
      String colourMinor,
      ArpPattern arpPattern,
      ArpRate arpRate,
      double arpGate,
      int chordProgram,
      int arpProgram) {
    this.presets = new String[] {major, minor, colourMajor, colourMinor};
    this.parsed = new Progression[presets.length];
    for (int i = 0; i < presets.length; i++) parsed[i] = Progression.parse(presets[i]);
    this.arpPattern = arpPattern;
    this.arpRate = arpRate;
    this.arpGate = arpGate;
    this.chordProgram = chordProgram;
    this.arpProgram = arpProgram;
  }

  /** Preset {@code index} for a major or minor key: 0 the signature, 1 with a borrowed chord or secondary dominant. */
  public String preset(boolean minor, int index) {
    return presets[slot(minor, index)];
  }

  /** The parsed form of {@link #preset} (parsed once). */
  Progression presetProgression(boolean minor, int index) {
    return parsed[slot(minor, index)];
  }

  private static int slot(boolean minor, int index) {
    if (index < 0 || index >= PRESETS_PER_STYLE)
      throw new IllegalArgumentException(
          "no preset " + index + "; use 0.." + (PRESETS_PER_STYLE - 1));
    return index * 2 + (minor ? 1 : 0);
  }

  /** The arpeggio pattern the style plays when none is given. */
  public ArpPattern arpPattern() {
    return arpPattern;
  }

  /** The arpeggio rate the style plays when none is given. */
  public ArpRate arpRate() {
    return arpRate;
  }

  /** The arpeggio gate the style plays when none is given. */
  public double arpGate() {
    return arpGate;
  }

  /** GM program of the chords: electric piano (4), warm pad (89) or polysynth (90). */
  int chordProgram() {
    return chordProgram;
  }

  /** GM program of the arpeggio: new age pad (88), vibraphone (11) or sawtooth lead (81). */
  int arpProgram() {
    return arpProgram;
  }

  /** Every id, in order: what a request may name. */
  public static List<String> ids() {
    return Word.ids(ChordStyle.class);
  }

  /** Reads any spelling of the style (see {@link Style}); the error lists the ids. */
  public static ChordStyle parse(String text) {
    return Style.named(ChordStyle.class, "chord style", text);
  }

  /** The id, as messages and file names spell it. */
  @Override
  public String toString() {
    return id();
  }
}
