package ai.sergik.analysis;

/**
 * Key from a 12-bin chroma: Pearson correlation with the 24 rotations of a major and a minor key
 * profile. The profiles are Temperley's (2007, Kostka–Payne corpus), which weight the tonic triad
 * more sharply than Krumhansl–Kessler and so confuse relative major/minor less often.
 * Confidence is the softmax weight of the best key among all 24 (temperature 0.05 in correlation),
 * so it is near 1 when one key stands out and near 0.5 when two keys tie.
 */
final class KeyDetector {
  static final double[] MAJOR = {6.6, 2.0, 3.5, 2.3, 4.6, 4.0, 2.5, 5.2, 2.4, 3.7, 2.3, 3.4};
  static final double[] MINOR = {6.5, 2.7, 3.5, 5.4, 2.6, 3.5, 2.5, 5.2, 4.0, 2.7, 4.3, 3.2};
  private static final double TEMPERATURE = 0.05;

  private KeyDetector() {}

  record KeyEstimate(MusicalKey key, double confidence, MusicalKey runnerUp, double correlation) {}

  static KeyEstimate detect(double[] chroma) {
    double[] scores = new double[24];
    for (int t = 0; t < 12; t++) {
      scores[t] = correlation(chroma, MAJOR, t);
      scores[12 + t] = correlation(chroma, MINOR, t);
    }
    int best = 0, second = -1;
    for (int i = 1; i < 24; i++) if (scores[i] > scores[best]) best = i;
    for (int i = 0; i < 24; i++) if (i != best && (second < 0 || scores[i] > scores[second])) second = i;
    double sum = 0;
    for (double s : scores) sum += Math.exp((s - scores[best]) / TEMPERATURE);
    double confidence = 1 / sum;
    return new KeyEstimate(key(best), Math.round(confidence * 1000) / 1000.0, key(second), scores[best]);
  }

  private static MusicalKey key(int index) {
    return new MusicalKey(index % 12, index < 12);
  }

  /** Correlation of the chroma with the profile rotated so that its tonic is pitch class {@code tonic}. */
  static double correlation(double[] chroma, double[] profile, int tonic) {
    double mc = 0, mp = 0;
    for (int i = 0; i < 12; i++) { mc += chroma[i]; mp += profile[i]; }
    mc /= 12;
    mp /= 12;
    double sxy = 0, sxx = 0, syy = 0;
    for (int i = 0; i < 12; i++) {
      double x = chroma[(i + tonic) % 12] - mc, y = profile[i] - mp;
      sxy += x * y;
      sxx += x * x;
      syy += y * y;
    }
    return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
  }
}
