package ai.sergik.listen;

import java.util.Locale;

/** The parts that can be made to fit a clip. */
public enum FitPart {
  BASS("bass", 0),
  CHORDS("chords", 1),
  DRUMS("drums", 2),
  ARP("arp", 3),
  COUNTER_MELODY("counter-melody", 4);

  private final String id;
  private final int seedOffset;

  FitPart(String id, int seedOffset) {
    this.id = id;
    this.seedOffset = seedOffset;
  }

  public String id() {
    return id;
  }

  /**
   * Added to the seed of a fit, so that the parts fitted to one clip with one seed differ. Fixed per part: the same
   * seed gives the same fit whatever order the parts are listed in.
   */
  int seedOffset() {
    return seedOffset;
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
