package ai.sergik.generate;

/** How the bass plays: the bass style asked for, or the one the request's style stands for. */
public final class BassOptions {
  private final BassStyle asked;
  private final BassStyle style;

  /** Reads and checks the builder's bass style; without one the style's own ({@link Style#bass}). */
  BassOptions(GenerationRequest.Builder b, Style requestStyle) {
    this.asked = b.bassStyle == null ? null : BassStyle.parse(b.bassStyle);
    this.style = asked != null ? asked : requestStyle.bass();
  }

  void copyTo(GenerationRequest.Builder b) {
    b.bassStyle(asked == null ? null : asked.id());
  }

  /** The bass style that will be played. */
  public BassStyle style() {
    return style;
  }

  /** The bass style asked for, or null to derive it from the request's style. */
  public BassStyle asked() {
    return asked;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BassOptions
        && asked == ((BassOptions) o).asked
        && style == ((BassOptions) o).style;
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.hashCode(new Object[] {asked, style});
  }

  @Override
  public String toString() {
    return String.valueOf(asked == null ? null : asked.id());
  }
}
