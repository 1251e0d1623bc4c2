package ai.sergik.listen;

import ai.sergik.music.Chord;
import ai.sergik.music.Key;
import java.util.List;

/**
 * The key of a clip from its notes: the duration-weighted pitch-class profile correlated with Temperley's
 * key profiles (from "What's Key for Key?", 1999: built from a corpus of common-practice and popular
 * excerpts, kinder than Krumhansl's to the flattened seventh), then the tonic's own evidence decides between
 * keys that share their notes (a key and its relative, a key and its dominant): a key gains when the clip's
 * first chord is its tonic triad.
 */
final class KeyFinder {
  private KeyFinder() {}

  static final double[] MAJOR = {5.0, 2.0, 3.5, 2.0, 4.5, 4.0, 2.0, 4.5, 2.0, 3.5, 1.5, 4.0};
  static final double[] MINOR = {5.0, 2.0, 3.5, 4.5, 2.0, 4.0, 2.0, 4.5, 3.5, 2.0, 1.5, 4.0};
  /**
   * What the tonic chord at the start adds to a correlation (which runs -1..1). A clip is a loop: it comes
   * back to its first chord, so the first chord is heard as home, and its last chord is not a cadence.
   */
  static final double OPENING_TONIC = 0.8;

  static final class Result {
    final Key key;
    final double confidence;

    Result(Key key, double confidence) {
      this.key = key;
      this.confidence = confidence;
    }
  }

  static Result find(double[] weights, List<Chord> chords) {
    Key best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    double second = Double.NEGATIVE_INFINITY;
    for (Key k : Key.all()) {
      double score = correlation(weights, k.isMinor() ? MINOR : MAJOR, k.tonic());
      if (!chords.isEmpty()) {
        if (isTonic(chords.get(0), k)) score += OPENING_TONIC;
      }
      if (score > bestScore) {
        second = bestScore;
        bestScore = score;
        best = k;
      } else if (score > second) {
        second = score;
      }
    }
    // the margin over the runner-up, scaled so that a clear key (margin 0.25 or more) reads 1
    double confidence = PitchWeights.total(weights) == 0
        ? 0
        : Math.max(0, Math.min(1, (bestScore - second) / 0.25));
    return new Result(best, confidence);
  }

  static boolean isTonic(Chord chord, Key key) {
    return chord.root() == key.tonic() && chord.quality().isMinorThird() == key.isMinor();
  }

  static double correlation(double[] x, double[] profile, int tonic) {
    double mx = 0;
    double mp = 0;
    for (int i = 0; i < 12; i++) {
      mx += x[i];
      mp += profile[i];
    }
    mx /= 12;
    mp /= 12;
    double num = 0;
    double dx = 0;
    double dp = 0;
    for (int i = 0; i < 12; i++) {
      double a = x[(tonic + i) % 12] - mx;
      double b = profile[i] - mp;
      num += a * b;
      dx += a * a;
      dp += b * b;
    }
    return dx == 0 ? 0 : num / Math.sqrt(dx * dp);
  }
}
