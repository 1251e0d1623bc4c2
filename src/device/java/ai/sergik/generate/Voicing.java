package ai.sergik.generate;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** How a chord is laid out: short stabs, held pads, a wide spread, shell (root, third, seventh) or rootless. */
public enum Voicing implements Word {
  STABS("stabs"),
  PADS("pads"),
  SPREAD("spread"),
  SHELL("shell"),
  ROOTLESS("rootless");

  private final String id;
  private final List<String> aliases;

  Voicing(String id, String... aliases) {
    this.id = id;
    this.aliases = Collections.unmodifiableList(Arrays.asList(aliases));
  }

  @Override
  public String id() { return id; }

  @Override
  public List<String> aliases() { return aliases; }

  /** Every id, in order: what a request may name. */
  public static List<String> ids() { return Word.ids(Voicing.class); }

  /** Reads any spelling (case-insensitive, {@code _} as {@code -}); the error lists the ids. */
  public static Voicing parse(String text) { return Word.parse(Voicing.class, "voicing", text); }
}
