package ai.sergik.analysis;

/** The Kaiser window, which both FIR filters here (the downsampler and the true-peak oversampler) are shaped with. */
final class Kaiser {
  private Kaiser() {}

  /**
   * The window's value at {@code r}, the distance from the filter's centre as a fraction of its half length
   * (0 at the centre, 1 at the ends, 0 beyond); {@code beta} trades main-lobe width for stop-band depth.
   */
  static double window(double r, double beta) {
    return Math.abs(r) >= 1 ? 0 : bessel0(beta * Math.sqrt(1 - r * r)) / bessel0(beta);
  }

  /** The modified Bessel function of the first kind, order 0, by its power series (converged well before 40 terms). */
  private static double bessel0(double x) {
    double sum = 1, term = 1;
    for (int k = 1; k < 40; k++) {
      term *= (x / (2 * k)) * (x / (2 * k));
      sum += term;
    }
    return sum;
  }
}
