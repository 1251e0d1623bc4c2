package ai.sergik.analysis;

/**
 * True peak per BS.1770-4 Annex 2: 4x oversampling by a 48-tap polyphase interpolator (12 taps per
 * phase, Kaiser-windowed sinc), maximum absolute value of the oversampled signal.
 *
 * <p>To stay fast the interpolator runs only where it can matter: for each run of 32 samples it first
 * bounds the interpolated values by (largest input magnitude near the run) x (largest L1 norm of a
 * phase), and skips the run when that bound cannot beat the peak found so far. The bound is exact, so
 * skipping never changes the result.
 */
final class TruePeakMeter {
  static final int FACTOR = 4;
  static final int TAPS_PER_PHASE = 12;
  private static final int RUN = 16;
  private static final float[][] PHASES = design();
  private static final double MAX_PHASE_L1 = maxL1(PHASES);

  private final int channels;
  private final float[][] history; // last TAPS_PER_PHASE-1 samples followed by the block
  private float peak;

  TruePeakMeter(int channels) {
    this.channels = channels;
    this.history = new float[channels][TAPS_PER_PHASE - 1];
  }

  void process(float[][] block, int n) {
    int h = TAPS_PER_PHASE - 1;
    for (int c = 0; c < channels; c++) {
      float[] buf =
          history[c].length >= h + n ? history[c] : java.util.Arrays.copyOf(history[c], h + n);
      System.arraycopy(block[c], 0, buf, h, n);
      for (int start = 0; start < n; start += RUN) {
        int end = Math.min(n, start + RUN);
        float localMax = 0;
        for (int k = start; k < end + h; k++) {
          float a = Math.abs(buf[k]);
          if (a > localMax) localMax = a;
        }
        if (localMax > peak) peak = localMax; // sample values are part of the oversampled signal
        if (localMax * MAX_PHASE_L1 <= peak) continue;
        float[] h1 = PHASES[1], h2 = PHASES[2], h3 = PHASES[3];
        for (int k = start; k < end; k++) {
          // the three in-between phases are independent sums: computed together they overlap in the
          // CPU
          float acc1 = 0, acc2 = 0, acc3 = 0;
          for (int t = 0; t < TAPS_PER_PHASE; t++) {
            float v = buf[k + t];
            acc1 += h1[t] * v;
            acc2 += h2[t] * v;
            acc3 += h3[t] * v;
          }
          float a = Math.max(Math.abs(acc1), Math.max(Math.abs(acc2), Math.abs(acc3)));
          if (a > peak) peak = a;
        }
      }
      System.arraycopy(buf, n, buf, 0, h);
      history[c] = buf;
    }
  }

  /** dBTP, or null for digital silence. */
  Double finish() {
    return peak > 0 ? 20 * Math.log10(peak) : null;
  }

  private static float[][] design() {
    double beta = 6.0;
    float[][] phases = new float[FACTOR][TAPS_PER_PHASE];
    for (int p = 0; p < FACTOR; p++) {
      double sum = 0;
      double[] h = new double[TAPS_PER_PHASE];
      for (int t = 0; t < TAPS_PER_PHASE; t++) {
        // output between input samples k+5 and k+6: offset p/FACTOR past input (TAPS/2 - 1)
        double x = (TAPS_PER_PHASE / 2.0 - 1 - t) + p / (double) FACTOR;
        double sinc = x == 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
        double r = x / (TAPS_PER_PHASE / 2.0);
        double w = Kaiser.window(r, beta);
        h[t] = sinc * w;
        sum += h[t];
      }
      for (int t = 0; t < TAPS_PER_PHASE; t++) phases[p][t] = (float) (h[t] / sum);
    }
    return phases;
  }

  private static double maxL1(float[][] phases) {
    double max = 0;
    for (float[] p : phases) {
      double s = 0;
      for (float v : p) s += Math.abs(v);
      max = Math.max(max, s);
    }
    return max;
  }
}
