package ai.sergik.transform;

/** One setting a transform reads: its name, its default and what it accepts (shown in help and errors). Immutable. */
public final class TransformOption {
  private final String name;
  private final String defaultValue;
  private final String accepted;

  public TransformOption(String name, String defaultValue, String accepted) {
    this.name = name;
    this.defaultValue = defaultValue;
    this.accepted = accepted;
  }

  /** Lower-case name with dashes: "time", "strength", "pattern". */
  public String name() {
    return name;
  }

  /** The value used when the setting is not given; null when it is worked out from the notes (a key). */
  public String defaultValue() {
    return defaultValue;
  }

  /** What the setting accepts, in words: "0..100 %", "up, down or alternate". */
  public String accepted() {
    return accepted;
  }

  @Override
  public String toString() {
    return name + " (" + accepted + (defaultValue == null ? "" : "; default " + defaultValue) + ")";
  }
}
