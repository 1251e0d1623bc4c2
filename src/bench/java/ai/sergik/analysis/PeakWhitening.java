package ai.sergik.analysis;

/**
 * Essentia's {@code SpectralWhitening} (MTG/essentia, {@code src/algorithms/spectral/spectralwhitening.cpp}, after
 * Röbel and Rodet's "true envelope"), as its {@code KeyExtractor} applies it to spectral peaks: every peak is
 * measured against a smooth envelope of the spectrum's loud parts, so that a partial on a quiet register counts
 * like one on a loud register, and higher peaks are tilted down by 20 dB per 4 kHz.
 *
 * <p>The envelope has a point every {@value #POINT_HZ} Hz up to 1.2 times the top of the analysed range: the
 * energy-weighted mean energy of the bins from f − max(50 Hz, 0.34 f) to f + max(50 Hz, 0.58 f), weighted again by
 * (1 − distance from the window's centre)⁴. A peak at or above the envelope (in dB, linear between points) becomes
 * 0 dB, one up to 30 dB under it keeps its distance, a weaker one is dropped.
 */
final class PeakWhitening {
  static final double POINT_HZ = 100;
  static final double RANGE_FACTOR = 1.2;
  static final double DROP_BELOW_DB = 30;
  static final double TILT_DB_PER_HZ = 20.0 / 4000;

  private final double maxHz;
  private final double[] envelopeDb;

  /**
   * @param spectrum magnitudes of bins 0..n-1 spanning 0 Hz to {@code nyquistHz}
   * @param maxHz top of the analysed range (Essentia's {@code maxFrequency})
   */
  PeakWhitening(float[] spectrum, double nyquistHz, double maxHz) {
    this.maxHz = Math.min(maxHz * RANGE_FACTOR, nyquistHz);
    int points = (int) Math.floor(this.maxHz / POINT_HZ) + 1;
    envelopeDb = new double[points];
    int size = spectrum.length;
    for (int p = 0; p < points; p++) {
      double hz = p * POINT_HZ;
      int b = (int) ((hz - Math.max(50, hz * 0.34)) / nyquistHz * (size - 1) + 0.5);
      int e = (int) ((hz + Math.max(50, hz * 0.58)) / nyquistHz * (size - 1) + 0.5);
      b = Math.min(size - 1, Math.max(b, 0));
      e = Math.min(size, Math.max(e, b + 1));
      double centre = (b + e) / 2.0, half = e - centre;
      double sum = 0, weights = 0;
      for (int i = b; i < e; i++) {
        double shape = 1 - Math.abs(i - centre) / half;
        shape *= shape;
        double energy = spectrum[i] * (double) spectrum[i];
        double weight = shape * shape * energy;
        sum += energy * weight;
        weights += weight;
      }
      envelopeDb[p] = 10 * Math.log10(weights > 0 ? sum / weights : 0);
    }
    if (points > 1) envelopeDb[points - 1] = envelopeDb[points - 2];
  }

  /** The whitened linear magnitude of a peak. */
  double whiten(double hz, double magnitude) {
    double db = 20 * Math.log10(magnitude);
    if (hz > maxHz - POINT_HZ) return magnitude;
    double position = hz / POINT_HZ;
    int j = Math.min((int) position, envelopeDb.length - 2);
    double envelope = envelopeDb[j] + (position - j) * (envelopeDb[j + 1] - envelopeDb[j]);
    double white;
    if (db > envelope) white = 0;
    else if (db > envelope - DROP_BELOW_DB) white = db - envelope;
    else return 0;
    white -= TILT_DB_PER_HZ * hz;
    return Math.pow(10, white / 20);
  }
}
