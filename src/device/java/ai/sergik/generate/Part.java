package ai.sergik.generate;

import java.util.Locale;

/** What a generator makes. */
public enum Part {
  CHORDS("chords"),
  BASS("bass"),
  ARP("arp"),
  DRUMS("drums"),
  MELODY("melody");

  private final String id;

  Part(String id) {
    this.id = id;
  }

  /** Lower-case name used by the CLI, the HTTP API and the device: "chords", "bass", "arp", "drums", "melody". */
  public String id() {
    return id;
  }

  /**
   * Reads chords/chord/progression, bass/walking-bass/bassline, arp/arpeggio/arpeggios, drums/drum/beat
   * melody/lead/hook/topline (case-insensitive).
   */
  public static Part parse(String text) {
    String s = text == null
        ? ""
        : text.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
    switch (s) {
      case "chords":
      case "chord":
      case "progression":
      case "chord-progression":
      case "chord-progressions":
        return CHORDS;
      case "bass":
      case "walking-bass":
      case "bassline":
      case "bass-line":
      case "basslines":
        return BASS;
      case "arp":
      case "arps":
      case "arpeggio":
      case "arpeggios":
      case "arpeggiator":
        return ARP;
      case "drums":
      case "drum":
      case "beat":
      case "beats":
      case "drum-pattern":
      case "drum-variations":
        return DRUMS;
      case "melody":
      case "melodies":
      case "lead":
      case "leads":
      case "hook":
      case "hooks":
      case "topline":
      case "top-line":
      case "lead-line":
        return MELODY;
      default:
        throw new IllegalArgumentException(
            "unknown part \"" + text + "\"; use chords, bass, arp (arpeggio), drums or melody");
    }
  }

  @Override
  public String toString() {
    return id;
  }
}
