package ai.sergik.preview;

import java.util.Locale;

/**
 * The General MIDI sound a part plays with in a preview: warm pad chords, a synth bass, a bright arp, a
 * lead for melodies. A track is matched by the part word in its name ("SERGIK chords", "bass" …).
 */
public enum PartSound {
  CHORDS("chords", 89), // Pad 2 (warm)
  BASS("bass", 38), // Synth Bass 1
  ARP("arp", 81), // Lead 2 (sawtooth)
  MELODY("melody", 80), // Lead 1 (square)
  DRUMS("drums", 0), // channel 10 ignores programs
  OTHER("", 4); // Electric Piano 1

  /** General MIDI's drum channel, counted from 0. */
  public static final int DRUM_CHANNEL = 9;

  private final String word;
  private final int program;

  PartSound(String word, int program) {
    this.word = word;
    this.program = program;
  }

  /** The program number, 0..127 (General MIDI numbers counted from 0). */
  public int program() {
    return program;
  }

  static PartSound forTrackName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (PartSound s : values()) {
      if (!s.word.isEmpty() && lower.contains(s.word)) return s;
    }
    return OTHER;
  }
}
