package ai.sergik.dna;

import java.io.IOException;

/** The {@link TrackAnalyzer} the commands use for audio files. */
final class AudioTraits {
  private AudioTraits() {}

  static final TrackAnalyzer ANALYZER = audio -> {
    throw new IOException("cannot measure " + audio + ": this build has no audio analysis; compare a catalog track "
        + "(track id or analysed file name) or give --bpm, --key and --energy");
  };
}
