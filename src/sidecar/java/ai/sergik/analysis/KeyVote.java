package ai.sergik.analysis;

import ai.sergik.music.Key;

/**
 * One estimator's key for a whole track.
 *
 * @param estimator who voted (for notes and measurements)
 * @param key the key, or null when the estimator heard no tonality
 * @param confidence how sure the estimator is, 0..1, on its own scale
 */
record KeyVote(String estimator, Key key, double confidence) {
  KeyVote {
    if (confidence < 0 || confidence > 1 || Double.isNaN(confidence))
      throw new IllegalArgumentException("confidence must be in 0..1, got " + confidence);
  }

  /** Index 0..11 for the major keys on C..B, 12..23 for the minor ones, as in {@link KeyDetector}. */
  static Key keyOfIndex(int index) {
    return Key.of(index % 12, index >= 12);
  }
}
