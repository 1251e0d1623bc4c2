package ai.sergik.analysis;

import java.util.List;
import java.util.Objects;

/**
 * Everything the analysis says about one file. A feature that could not be measured is null, and
 * {@link #notes()} says why (too short, silent, truncated header ...); numbers are never NaN.
 *
 * @param key null for silence or unpitched audio
 * @param bpmAlternative the half or double tempo when it was a close call (both in 60–180 BPM)
 * @param harmonicRatio harmonic share of the spectral energy, H / (H + P), in [0, 1]
 * @param chroma 12 values summing to 1, C first
 * @param energyLevel 1–10, see {@link EnergyLevel}
 * @param mood a label from {@link Mood}
 */
public record TrackFeatures(
    String path, String format, float sampleRate, int channels, Integer bitDepth, double durationSeconds,
    Double bpm, Double bpmConfidence, Double bpmAlternative, int beatCount,
    MusicalKey key, Double keyConfidence, MusicalKey keyRunnerUp, Double tuningCents,
    Double lufs, Double loudnessRange, Double samplePeakDbfs, Double truePeakDbtp,
    Double rmsMeanDbfs, Double rmsStdDbfs, Double crestDb, Double clippedFraction,
    Double centroidMeanHz, Double centroidStdHz, Double harmonicRatio, Double onsetsPerSecond,
    List<Double> mfccMeans, List<Double> mfccStds, List<Double> chroma,
    Integer energyLevel, String mood, List<String> notes) {

  public TrackFeatures {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(format, "format");
    mfccMeans = mfccMeans == null ? null : List.copyOf(mfccMeans);
    mfccStds = mfccStds == null ? null : List.copyOf(mfccStds);
    chroma = chroma == null ? null : List.copyOf(chroma);
    notes = List.copyOf(notes);
    for (Double d : new Double[] {bpm, bpmConfidence, bpmAlternative, keyConfidence, tuningCents, lufs, loudnessRange,
        samplePeakDbfs, truePeakDbtp, rmsMeanDbfs, rmsStdDbfs, crestDb, clippedFraction, centroidMeanHz, centroidStdHz,
        harmonicRatio, onsetsPerSecond}) {
      if (d != null && !Double.isFinite(d)) throw new IllegalArgumentException("feature values must be finite or null, got " + d);
    }
  }

  /** True when a key was found but its confidence is below {@link KeyDetector#UNSURE_BELOW}: check it by ear. */
  public boolean keyUnsure() {
    return key != null && keyConfidence != null && keyConfidence < KeyDetector.UNSURE_BELOW;
  }

  /** The file name without directories. */
  public String filename() {
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return path.substring(slash + 1);
  }
}
