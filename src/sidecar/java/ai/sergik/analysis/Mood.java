package ai.sergik.analysis;

import ai.sergik.music.Key;

/**
 * A mood label from mode, energy level, tempo and brightness, by fixed rules (first match wins):
 *
 * <pre>
 *   no energy level (silence)               -> null
 *   no key (drums, noise)   energy >= 7     -> "raw driving"      else "raw minimal"
 *   energy >= 7             minor           -> "dark driving"     major -> "euphoric driving"
 *   energy 4–6, minor       centroid < 1800 Hz -> "deep hypnotic" else "moody groovy"
 *   energy 4–6, major       bpm < 100       -> "warm groovy"      else "bright groovy"
 *   energy <= 3             minor           -> "melancholic laid-back"  major -> "warm laid-back"
 * </pre>
 */
public final class Mood {
  static final double DARK_CENTROID_HZ = 1800;

  private Mood() {}

  public static String of(Key key, Integer energyLevel, Double bpm, Double centroidHz) {
    if (energyLevel == null) return null;
    if (key == null) return energyLevel >= 7 ? "raw driving" : "raw minimal";
    if (energyLevel >= 7) return !key.isMinor() ? "euphoric driving" : "dark driving";
    if (energyLevel >= 4) {
      if (key.isMinor())
        return centroidHz != null && centroidHz < DARK_CENTROID_HZ
            ? "deep hypnotic"
            : "moody groovy";
      return bpm != null && bpm < 100 ? "warm groovy" : "bright groovy";
    }
    return !key.isMinor() ? "warm laid-back" : "melancholic laid-back";
  }
}
