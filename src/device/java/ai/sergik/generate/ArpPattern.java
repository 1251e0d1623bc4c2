package ai.sergik.generate;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** The order an arpeggio plays a chord's notes in. */
public enum ArpPattern implements Word {
  UP("up"),
  DOWN("down"),
  UPDOWN("updown"),
  DOWNUP("downup"),
  PINGPONG("pingpong"),
  RANDOM("random"),
  AS_PLAYED("as-played");

  private final String id;
  private final List<String> aliases;

  ArpPattern(String id, String... aliases) {
    this.id = id;
    this.aliases = Collections.unmodifiableList(Arrays.asList(aliases));
  }

  @Override
  public String id() { return id; }

  @Override
  public List<String> aliases() { return aliases; }

  /** Every id, in order: what a request may name. */
  public static List<String> ids() { return Word.ids(ArpPattern.class); }

  /** Reads any spelling (case-insensitive, {@code _} as {@code -}); the error lists the ids. */
  public static ArpPattern parse(String text) { return Word.parse(ArpPattern.class, "arp pattern", text); }
}
