package ai.sergik.generate;

import java.util.List;

/** How a chord is laid out: short stabs, held pads, a wide spread, shell (root, third, seventh) or rootless. */
public enum Voicing implements Word {
  STABS,
  PADS,
  SPREAD,
  SHELL,
  ROOTLESS;

  /** Every id, in order: what a request may name. */
  public static List<String> ids() {
    return Word.ids(Voicing.class);
  }

  /** Reads any spelling; the error lists the ids. */
  public static Voicing parse(String text) {
    return Word.parse(Voicing.class, "voicing", text);
  }
}
