package ai.sergik.generate;

/** What the arpeggio plays: its note order, step, octaves and gate; the chord style's own where none was given. */
public final class ArpOptions {
  /** The earlier tool's pattern, the HTTP default. */
  public static final String DEFAULT_PATTERN = "up";
  /** The earlier tool's rate, the HTTP default. */
  public static final String DEFAULT_RATE = "1/16";

  public static final int DEFAULT_OCTAVES = 1;
  public static final int MAX_OCTAVES = 4;
  /** Fraction of each arpeggio step that sounds, the HTTP default. */
  public static final double DEFAULT_GATE = 0.8;

  public static final double MIN_GATE = 0.05;
  public static final double MAX_GATE = 1.0;

  private final ArpPattern pattern;
  private final ArpRate rate;
  private final int octaves;
  private final double gate;

  /** Reads and checks the builder's arpeggio fields; a missing pattern, rate or gate is the chord style's own. */
  ArpOptions(GenerationRequest.Builder b, ChordStyle style) {
    this.pattern = b.arpPattern == null ? style.arpPattern() : ArpPattern.parse(b.arpPattern);
    this.rate = b.arpRate == null ? style.arpRate() : ArpRate.parse(b.arpRate);
    if (b.arpOctaves < 1 || b.arpOctaves > MAX_OCTAVES) {
      throw new IllegalArgumentException(
          "arp octaves must be 1.." + MAX_OCTAVES + ", got " + b.arpOctaves);
    }
    if (!Double.isNaN(b.arpGate) && !(b.arpGate >= MIN_GATE && b.arpGate <= MAX_GATE)) {
      throw new IllegalArgumentException("arp gate must be " + MIN_GATE + ".." + MAX_GATE
          + " (fraction of a step), got " + b.arpGate);
    }
    this.octaves = b.arpOctaves;
    this.gate = Double.isNaN(b.arpGate) ? style.arpGate() : b.arpGate;
  }

  void copyTo(GenerationRequest.Builder b) {
    b.arpPattern(pattern.id()).arpRate(rate.id()).arpOctaves(octaves).arpGate(gate);
  }

  public ArpPattern pattern() {
    return pattern;
  }

  public ArpRate rate() {
    return rate;
  }

  /** 1..{@link #MAX_OCTAVES}. */
  public int octaves() {
    return octaves;
  }

  /** The sounding fraction of each step. */
  public double gate() {
    return gate;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ArpOptions)) return false;
    ArpOptions a = (ArpOptions) o;
    return pattern == a.pattern
        && rate == a.rate
        && octaves == a.octaves
        && Double.compare(gate, a.gate) == 0;
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.hashCode(new Object[] {pattern, rate, octaves, gate});
  }

  @Override
  public String toString() {
    return pattern.id() + " " + rate.id() + " x" + octaves + " gate " + gate;
  }
}
