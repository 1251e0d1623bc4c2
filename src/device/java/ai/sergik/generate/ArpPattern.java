package ai.sergik.generate;

import java.util.List;

/** The order an arpeggio plays a chord's notes in. */
public enum ArpPattern implements Word {
  UP,
  DOWN,
  UPDOWN,
  DOWNUP,
  PINGPONG,
  RANDOM,
  AS_PLAYED;

  /** Every id, in order: what a request may name. */
  public static List<String> ids() {
    return Word.ids(ArpPattern.class);
  }

  /** Reads any spelling; the error lists the ids. */
  public static ArpPattern parse(String text) {
    return Word.parse(ArpPattern.class, "arp pattern", text);
  }
}
