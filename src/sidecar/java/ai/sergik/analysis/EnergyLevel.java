package ai.sergik.analysis;

/**
 * The 1–10 energy level, monotone in loudness and in onset density:
 *
 * <pre>
 *   loud    = clamp((LUFS + 35) / 27, 0, 1)        -35 LUFS -> 0, -8 LUFS -> 1
 *   busy    = clamp(onsets per second / 8, 0, 1)    8 onsets/s or more -> 1
 *   level   = 1 + round(9 * (0.7 * loud + 0.3 * busy))
 * </pre>
 *
 * Loudness dominates because it is what a DJ hears first; density separates a sparse loud intro
 * from a busy drop at the same level. Null when the track has no measurable loudness (silence).
 */
public final class EnergyLevel {
  private EnergyLevel() {}

  public static Integer of(Double lufs, Double onsetsPerSecond) {
    if (lufs == null) return null;
    double loud = Stats.clamp((lufs + 35) / 27, 0, 1);
    double busy = onsetsPerSecond == null ? 0 : Stats.clamp(onsetsPerSecond / 8, 0, 1);
    return 1 + (int) Math.round(9 * (0.7 * loud + 0.3 * busy));
  }
}
