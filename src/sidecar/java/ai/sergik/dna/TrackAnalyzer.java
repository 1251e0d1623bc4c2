package ai.sergik.dna;

import java.io.IOException;
import java.nio.file.Path;

/** Measures tempo, key and energy of an audio file for a comparison. */
@FunctionalInterface
public interface TrackAnalyzer {
  TrackTraits analyze(Path audio) throws IOException;
}
