package ai.sergik.analysis;

/**
 * One second-order IIR section (transposed direct form II, double precision so that low cutoffs at
 * 192 kHz stay stable). The K-weighting designs are bilinear transforms of the analogue prototype,
 * computed for the actual sample rate of the file rather than taken from a 48 kHz table.
 */
final class Biquad {
  final double b0, b1, b2, a1, a2;
  private double z1, z2;

  Biquad(double b0, double b1, double b2, double a1, double a2) {
    this.b0 = b0;
    this.b1 = b1;
    this.b2 = b2;
    this.a1 = a1;
    this.a2 = a2;
  }

  /**
   * Filters {@code x[0..n)} in place through {@code first} then {@code second}. The loop is skewed:
   * the second section works on the previous sample while the first works on the current one, so
   * the two recursions run in parallel on the CPU instead of waiting for each other.
   */
  static void cascade(Biquad first, Biquad second, double[] x, int n) {
    if (n == 0) return;
    final double a0 = first.b0, a1 = first.b1, a2 = first.b2, p1 = first.a1, p2 = first.a2;
    final double c0 = second.b0, c1 = second.b1, c2 = second.b2, q1 = second.a1, q2 = second.a2;
    double s1 = first.z1, s2 = first.z2, t1 = second.z1, t2 = second.z2;
    double in = x[0];
    double mid = a0 * in + s1;
    s1 = a1 * in - p1 * mid + s2;
    s2 = a2 * in - p2 * mid;
    for (int i = 1; i < n; i++) {
      double in1 = x[i];
      double y1 = a0 * in1 + s1;
      double y2 = c0 * mid + t1;
      s1 = a1 * in1 - p1 * y1 + s2;
      s2 = a2 * in1 - p2 * y1;
      t1 = c1 * mid - q1 * y2 + t2;
      t2 = c2 * mid - q2 * y2;
      x[i - 1] = y2;
      mid = y1;
    }
    double y2 = c0 * mid + t1;
    t1 = c1 * mid - q1 * y2 + t2;
    t2 = c2 * mid - q2 * y2;
    x[n - 1] = y2;
    first.z1 = s1;
    first.z2 = s2;
    second.z1 = t1;
    second.z2 = t2;
  }

  /**
   * Stage 1 of the BS.1770 K-weighting: the high shelf modelling the head (+4 dB above ~1.7 kHz).
   * Analog prototype parameters as derived from the standard's 48 kHz coefficients (as in libebur128).
   */
  static Biquad kWeightingShelf(double fs) {
    double f0 = 1681.974450955533, gainDb = 3.999843853973347, q = 0.7071752369554196;
    double k = Math.tan(Math.PI * f0 / fs);
    double vh = Math.pow(10, gainDb / 20);
    double vb = Math.pow(vh, 0.4996667741545416);
    double a0 = 1 + k / q + k * k;
    return new Biquad(
        (vh + vb * k / q + k * k) / a0,
        2 * (k * k - vh) / a0,
        (vh - vb * k / q + k * k) / a0,
        2 * (k * k - 1) / a0,
        (1 - k / q + k * k) / a0);
  }

  /** Stage 2 of the BS.1770 K-weighting: the RLB high-pass at ~38 Hz. */
  static Biquad kWeightingHighPass(double fs) {
    double f0 = 38.13547087602444, q = 0.5003270373238773;
    double k = Math.tan(Math.PI * f0 / fs);
    double a0 = 1 + k / q + k * k;
    return new Biquad(1, -2, 1, 2 * (k * k - 1) / a0, (1 - k / q + k * k) / a0);
  }
}
