package ai.sergik.dna;

/**
 * The tempo zones of the profile. A track belongs to the zone whose half-open range holds its BPM,
 * so 99.9 is in {@code 80-99} and 100.0 in {@code 100-119}.
 */
public enum BpmZone {
  BELOW_80("<80", 0, 80, "slow / half-time zone"),
  FROM_80("80-99", 80, 100, "downtempo and hip-hop zone"),
  FROM_100("100-119", 100, 120, "mid-tempo zone"),
  FROM_120("120-129", 120, 130, "house zone"),
  FROM_130("130-139", 130, 140, "techno zone"),
  FROM_140("140+", 140, Double.POSITIVE_INFINITY, "fast zone");

  private final String label;
  private final double low;
  private final double high;
  private final String description;

  BpmZone(String label, double low, double high, String description) {
    this.label = label;
    this.low = low;
    this.high = high;
    this.description = description;
  }

  /** The key used in {@code master_profile.json}, e.g. {@code 120-129}. */
  public String label() {
    return label;
  }

  /** Words for suggestions, e.g. "house zone". */
  public String description() {
    return description;
  }

  public double low() {
    return low;
  }

  public double high() {
    return high;
  }

  public static BpmZone of(double bpm) {
    if (!(bpm > 0) || Double.isInfinite(bpm)) {
      throw new IllegalArgumentException("BPM must be a positive number, got " + bpm);
    }
    for (BpmZone zone : values()) {
      if (bpm < zone.high) return zone;
    }
    return FROM_140;
  }

  public static BpmZone ofLabel(String label) {
    for (BpmZone zone : values()) {
      if (zone.label.equals(label)) return zone;
    }
    throw new IllegalArgumentException("unknown BPM zone '" + label
        + "' (expected one of <80, 80-99, 100-119, 120-129, 130-139, 140+)");
  }

  /** The zone holding most of a legacy {@code [low, high]} range (the earlier tool wrote e.g. downtempo [80, 90]). */
  public static BpmZone ofRange(double low, double high) {
    return of((low + Math.min(high, low + 19)) / 2);
  }
}
