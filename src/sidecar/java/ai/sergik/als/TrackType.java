package ai.sergik.als;

/** The kinds of track a Live set holds; the main track is {@code MasterTrack} up to Live 11 and {@code MainTrack} from 12. */
public enum TrackType {
  MIDI("MidiTrack"),
  AUDIO("AudioTrack"),
  GROUP("GroupTrack"),
  RETURN("ReturnTrack"),
  MAIN("MainTrack");

  private final String element;

  TrackType(String element) {
    this.element = element;
  }

  /** The element name Live 12 writes for this kind of track. */
  public String element() {
    return element;
  }

  /** The type of a {@code LiveSet/Tracks} child, or null when the element is not a track. */
  static TrackType ofTracksChild(String element) {
    return switch (element) {
      case "MidiTrack" -> MIDI;
      case "AudioTrack" -> AUDIO;
      case "GroupTrack" -> GROUP;
      case "ReturnTrack" -> RETURN;
      default -> null;
    };
  }

  /** The lower-case label used in CSV files. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
