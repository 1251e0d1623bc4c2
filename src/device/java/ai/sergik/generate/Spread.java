package ai.sergik.generate;

import java.util.List;

/** How a chord's upper voices are stacked: close, open (drop-2 and 4), drop-2, drop-3. */
public enum Spread implements Word {
  CLOSE,
  OPEN,
  DROP_2,
  DROP_3;

  /** Every id, in order: what a request may name. */
  public static List<String> ids() {
    return Word.ids(Spread.class);
  }

  /** Reads any spelling; the error lists the ids. */
  public static Spread parse(String text) {
    return Word.parse(Spread.class, "spread", text);
  }
}
