package ai.sergik.generate;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** How a chord's upper voices are stacked: close, open (drop-2 and 4), drop-2, drop-3. */
public enum Spread implements Word {
  CLOSE("close"),
  OPEN("open"),
  DROP_2("drop-2"),
  DROP_3("drop-3");

  private final String id;
  private final List<String> aliases;

  Spread(String id, String... aliases) {
    this.id = id;
    this.aliases = Collections.unmodifiableList(Arrays.asList(aliases));
  }

  @Override
  public String id() { return id; }

  @Override
  public List<String> aliases() { return aliases; }

  /** Every id, in order: what a request may name. */
  public static List<String> ids() { return Word.ids(Spread.class); }

  /** Reads any spelling (case-insensitive, {@code _} as {@code -}); the error lists the ids. */
  public static Spread parse(String text) { return Word.parse(Spread.class, "spread", text); }
}
