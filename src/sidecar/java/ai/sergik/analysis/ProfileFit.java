package ai.sergik.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * How an analysed track fits the producer's DNA profile: the {@code "dna"} part of an analysis answer. The DNA
 * feature builds on the analysis, so it is handed in from the composition root rather than called from here.
 */
@FunctionalInterface
public interface ProfileFit {
  /** The comparison with {@code "available": true}, or {@code "available": false} and what to do without a profile. */
  JsonNode of(TrackFeatures features) throws IOException;
}
