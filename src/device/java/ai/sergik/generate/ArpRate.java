package ai.sergik.generate;

import java.util.List;

/** An arpeggio step, straight and triplet, from quarter notes to 32nds. */
public enum ArpRate implements Word {
  QUARTER("1/4", 960),
  QUARTER_TRIPLET("1/4t", 640),
  EIGHTH("1/8", 480),
  EIGHTH_TRIPLET("1/8t", 320),
  SIXTEENTH("1/16", 240),
  SIXTEENTH_TRIPLET("1/16t", 160),
  THIRTY_SECOND("1/32", 120),
  THIRTY_SECOND_TRIPLET("1/32t", 80);

  private final String id;
  private final int ticks;

  ArpRate(String id, int ticks) {
    this.id = id;
    this.ticks = ticks;
  }

  @Override
  public String id() {
    return id;
  }

  /** Length of one step in ticks of 960 per beat. */
  public int ticks() {
    return ticks;
  }

  /** Every id, in order: what a request may name. */
  public static List<String> ids() {
    return Word.ids(ArpRate.class);
  }

  /** Reads any spelling ("1/16T" is 1/16t); the error lists the ids. */
  public static ArpRate parse(String text) {
    return Word.parse(ArpRate.class, "arp rate", text);
  }
}
