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
  public static final TrackAnalyzer ANALYZER = audio -> {
    TrackFeatures f = new FeatureExtractor().analyze(audio).features();
    return new TrackTraits(audio.getFileName().toString(), "analysis of " + audio,
        f.bpm() == null ? OptionalDouble.empty() : OptionalDouble.of(f.bpm()),
        f.key() == null ? Optional.empty() : Optional.of(CamelotKey.parse(f.key().camelot())),
        f.energyLevel() == null ? OptionalInt.empty() : OptionalInt.of(f.energyLevel()));
  };
}
