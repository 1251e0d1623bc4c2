package ai.sergik.dna;

import ai.sergik.analysis.FeatureExtractor;
import ai.sergik.analysis.TrackFeatures;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** Tempo, key and energy of an audio file from the audio analysis, for comparisons. */
public final class AudioTraits {
  private AudioTraits() {}

  /** Analyses the file in one pass; a feature the analysis could not measure stays unknown. */
  public static final TrackAnalyzer ANALYZER =
      audio -> of(new FeatureExtractor().analyze(audio).features());

  /** The traits a comparison needs from an analysis already made (e.g. by {@code POST /gpt/analyze}). */
  public static TrackTraits of(TrackFeatures f) {
    return new TrackTraits(
        f.filename(),
        "analysis of " + f.path(),
        f.bpm() == null ? OptionalDouble.empty() : OptionalDouble.of(f.bpm()),
        f.key() == null ? Optional.empty() : Optional.of(f.key().onWheel()),
        f.energyLevel() == null ? OptionalInt.empty() : OptionalInt.of(f.energyLevel()));
  }
}
