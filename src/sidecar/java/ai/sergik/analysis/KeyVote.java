package ai.sergik.analysis;

import ai.sergik.music.Key;

/**
 * One estimator's key for a whole track, as {@link KeyConsensus} counts it.
 *
 * @param estimator who voted (named in the note of an unsure key)
 * @param key the key, or null when the estimator heard no tonality (it then abstains)
 */
record KeyVote(String estimator, Key key) {
  /** Index 0..11 for the major keys on C..B, 12..23 for the minor ones, as in {@link KeyDetector}. */
  static Key keyOfIndex(int index) {
    return Key.of(index % 12, index >= 12);
  }
}
