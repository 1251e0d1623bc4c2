package ai.sergik.humanize;

/**
 * How much to humanize: timing variance in milliseconds (converted to beats with the tempo), velocity
 * variance, swing (50 % = straight .. 75 % = hard shuffle) on 8ths or 16ths, and a slow timing drift in
 * milliseconds. Immutable; all amounts zero (the defaults) change nothing.
 */
public final class HumanizeSettings {
  public static final double DEFAULT_TIMING_MS = 0;
  public static final double MAX_TIMING_MS = 100;
  public static final int DEFAULT_VELOCITY = 0;
  public static final int MAX_VELOCITY = 64;
  public static final double DEFAULT_SWING = 50;
  public static final double MIN_SWING = 50;
  public static final double MAX_SWING = 75;
  public static final int DEFAULT_SWING_GRID = 16;
  public static final double DEFAULT_DRIFT_MS = 0;
  public static final double MAX_DRIFT_MS = 100;
  public static final long DEFAULT_SEED = 0;
  public static final double DEFAULT_TEMPO = 125;
  public static final double MIN_TEMPO = 20;
  public static final double MAX_TEMPO = 999;

  /** Nothing changes. */
  public static final HumanizeSettings NONE = builder().build();

  private final double timingMs;
  private final int velocity;
  private final double swing;
  private final int swingGrid;
  private final double driftMs;
  private final long seed;
  private final double tempo;

  private HumanizeSettings(Builder b) {
    this.timingMs = b.timingMs;
    this.velocity = b.velocity;
    this.swing = b.swing;
    this.swingGrid = b.swingGrid;
    this.driftMs = b.driftMs;
    this.seed = b.seed;
    this.tempo = b.tempo;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder newBuilder() {
    return new Builder(this);
  }

  /** Largest timing offset of a note, in ms (uniform, either side). */
  public double timingMs() {
    return timingMs;
  }

  /** Largest velocity change, either side. */
  public int velocity() {
    return velocity;
  }

  /** Swing in percent: how far into each pair of grid steps the second one starts (50 = straight). */
  public double swing() {
    return swing;
  }

  /** 8 (swing 8th notes) or 16 (swing 16ths). */
  public int swingGrid() {
    return swingGrid;
  }

  /** Amplitude of the slow drift, in ms. */
  public double driftMs() {
    return driftMs;
  }

  public long seed() {
    return seed;
  }

  /** BPM used to turn milliseconds into beats. */
  public double tempo() {
    return tempo;
  }

  /** Whether applying these settings leaves every note as it is. */
  public boolean isIdentity() {
    return timingMs == 0 && velocity == 0 && swing == 50 && driftMs == 0;
  }

  /** Milliseconds to beats at this tempo. */
  public double msToBeats(double ms) {
    return ms * tempo / 60000.0;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof HumanizeSettings)) return false;
    HumanizeSettings s = (HumanizeSettings) o;
    return Double.compare(timingMs, s.timingMs) == 0
        && velocity == s.velocity
        && Double.compare(swing, s.swing) == 0
        && swingGrid == s.swingGrid
        && Double.compare(driftMs, s.driftMs) == 0
        && seed == s.seed
        && Double.compare(tempo, s.tempo) == 0;
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.hashCode(
        new Object[] {timingMs, velocity, swing, swingGrid, driftMs, seed, tempo});
  }

  @Override
  public String toString() {
    return "HumanizeSettings{timing=" + timingMs + "ms, velocity=" + velocity + ", swing=" + swing
        + "% on 1/" + swingGrid + ", drift=" + driftMs + "ms, seed=" + seed + ", tempo=" + tempo
        + "}";
  }

  /** Collects settings; each setter checks its range at once and names the setting in its error. */
  public static final class Builder {
    private double timingMs = DEFAULT_TIMING_MS;
    private int velocity = DEFAULT_VELOCITY;
    private double swing = DEFAULT_SWING;
    private int swingGrid = DEFAULT_SWING_GRID;
    private double driftMs = DEFAULT_DRIFT_MS;
    private long seed = DEFAULT_SEED;
    private double tempo = DEFAULT_TEMPO;

    Builder() {}

    Builder(HumanizeSettings s) {
      timingMs = s.timingMs;
      velocity = s.velocity;
      swing = s.swing;
      swingGrid = s.swingGrid;
      driftMs = s.driftMs;
      seed = s.seed;
      tempo = s.tempo;
    }

    public Builder timingMs(double ms) {
      if (!(ms >= 0 && ms <= MAX_TIMING_MS)) {
        throw new IllegalArgumentException(
            "timing must be 0.." + (int) MAX_TIMING_MS + " ms, got " + ms);
      }
      timingMs = ms;
      return this;
    }

    public Builder velocity(int amount) {
      if (amount < 0 || amount > MAX_VELOCITY) {
        throw new IllegalArgumentException(
            "velocity variance must be 0.." + MAX_VELOCITY + ", got " + amount);
      }
      velocity = amount;
      return this;
    }

    public Builder swing(double percent) {
      if (!(percent >= MIN_SWING && percent <= MAX_SWING)) {
        throw new IllegalArgumentException("swing must be " + (int) MIN_SWING + ".."
            + (int) MAX_SWING + " % (50 = straight), got " + percent);
      }
      swing = percent;
      return this;
    }

    public Builder swingGrid(int grid) {
      if (grid != 8 && grid != 16) {
        throw new IllegalArgumentException(
            "swing grid must be 8 (8th notes) or 16 (16th notes), got " + grid);
      }
      swingGrid = grid;
      return this;
    }

    public Builder driftMs(double ms) {
      if (!(ms >= 0 && ms <= MAX_DRIFT_MS)) {
        throw new IllegalArgumentException(
            "drift must be 0.." + (int) MAX_DRIFT_MS + " ms, got " + ms);
      }
      driftMs = ms;
      return this;
    }

    /** Same as {@link #driftMs}. */
    public Builder drift(double ms) {
      return driftMs(ms);
    }

    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    public Builder tempo(double bpm) {
      if (!(bpm >= MIN_TEMPO && bpm <= MAX_TEMPO)) {
        throw new IllegalArgumentException(
            "tempo must be " + (int) MIN_TEMPO + ".." + (int) MAX_TEMPO + " BPM, got " + bpm);
      }
      tempo = bpm;
      return this;
    }

    public HumanizeSettings build() {
      return new HumanizeSettings(this);
    }
  }
}
