package ai.sergik.music;

/** Pitch classes 0 = C .. 11 = B, their names, and MIDI note names. */
public final class PitchClass {
  private PitchClass() {}

  private static final String[] SHARP_NAMES = {
    "C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"
  };
  private static final String[] FLAT_NAMES = {
    "C", "Db", "D", "Eb", "E", "F", "Gb", "G", "Ab", "A", "Bb", "B"
  };
  private static final int[] LETTER_PC = {9, 11, 0, 2, 4, 5, 7}; // A B C D E F G

  /** Any integer folded into 0..11. */
  public static int normalize(int pitch) {
    return ((pitch % 12) + 12) % 12;
  }

  /** The pitch class of a natural letter A..G. */
  public static int ofLetter(char letter) {
    if (letter < 'A' || letter > 'G') {
      throw new IllegalArgumentException("note letter must be A..G, got '" + letter + "'");
    }
    return LETTER_PC[letter - 'A'];
  }

  public static String name(int pitchClass, boolean flats) {
    int pc = normalize(pitchClass);
    return flats ? FLAT_NAMES[pc] : SHARP_NAMES[pc];
  }

  /** Scientific name of a MIDI note with middle C (60) as C4: 60 -> "C4", 61 -> "C#4". */
  public static String noteName(int midi) {
    return SHARP_NAMES[normalize(midi)] + (Math.floorDiv(midi, 12) - 1);
  }
}
