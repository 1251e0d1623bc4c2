package ai.sergik.listen;

import java.util.Locale;

/** The parts that can be made to fit a clip. */
public enum FitPart {
  BASS("bass"),
  CHORDS("chords"),
  DRUMS("drums"),
  ARP("arp"),
  COUNTER_MELODY("counter-melody");

  private final String id;

  FitPart(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** bass/bassline, chords/harmony/harmonise, drums/beat, arp/arpeggio, counter-melody/countermelody/counter/melody. */
  public static FitPart parse(String text) {
    String s = text == null
        ? ""
        : text.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
    switch (s) {
      case "bass":
      case "bassline":
      case "bass-line":
        return BASS;
      case "chords":
      case "chord":
      case "harmony":
      case "harmonise":
      case "harmonize":
      case "harmonisation":
        return CHORDS;
      case "drums":
      case "drum":
      case "beat":
      case "beats":
        return DRUMS;
      case "arp":
      case "arpeggio":
      case "arpeggios":
        return ARP;
      case "counter-melody":
      case "countermelody":
      case "counter":
      case "melody":
        return COUNTER_MELODY;
      default:
        throw new IllegalArgumentException("cannot fit a part called \"" + text
            + "\"; use bass, chords (harmonise), drums, arp or counter-melody");
    }
  }
}
