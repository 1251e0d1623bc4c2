package ai.sergik.generate;

import java.util.List;

/**
 * What plays the melody, which sets its register: the lowest and highest MIDI note it may use. The
 * ranges are the comfortable part of each instrument's compass, where a lead line sits in a mix.
 */
public enum MelodyInstrument implements Word {
  LEAD("lead", 60, 84, 80), // GM lead 1 (square)
  PLUCK("pluck", 64, 88, 45), // pizzicato strings
  PIANO("piano", 60, 86, 0), // acoustic grand
  BELL("bell", 72, 96, 9), // glockenspiel
  FLUTE("flute", 67, 93, 73),
  SAX("sax", 56, 80, 66), // tenor sax
  VOCAL("vocal", 57, 79, 54), // synth voice
  BASS("bass", 36, 60, 38); // synth bass 1

  private final String id;
  private final int low;
  private final int high;
  private final int gmProgram;

  MelodyInstrument(String id, int low, int high, int gmProgram) {
    this.id = id;
    this.low = low;
    this.high = high;
    this.gmProgram = gmProgram;
  }

  /** The General MIDI program (0-based) a MIDI file gives the melody's track. */
  public int gmProgram() {
    return gmProgram;
  }

  @Override
  public String id() {
    return id;
  }

  /** Lowest MIDI note. */
  public int low() {
    return low;
  }

  /** Highest MIDI note. */
  public int high() {
    return high;
  }

  /** Every instrument's name: lead, pluck, piano, bell, flute, sax, vocal, bass. */
  public static List<String> names() {
    return Word.ids(MelodyInstrument.class);
  }

  /** Reads a name (case-insensitive; "synth" is a lead, "voice" and "vox" are vocal, "keys" is piano). */
  public static MelodyInstrument parse(String text) {
    String s = text == null ? "" : Word.fold(text);
    if (s.equals("synth") || s.equals("synth-lead") || s.equals("hook")) return LEAD;
    if (s.equals("voice") || s.equals("vox") || s.equals("topline")) return VOCAL;
    if (s.equals("keys") || s.equals("rhodes")) return PIANO;
    if (s.equals("bells")) return BELL;
    return Word.parse(MelodyInstrument.class, "melody instrument", text);
  }

  @Override
  public String toString() {
    return id + " (" + low + ".." + high + ")";
  }
}
