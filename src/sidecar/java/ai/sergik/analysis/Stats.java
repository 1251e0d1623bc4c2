package ai.sergik.analysis;

import java.util.Arrays;

/** Small numeric helpers shared by the feature processors. */
final class Stats {
  private Stats() {}

  static double mean(double[] v) {
    double s = 0;
    for (double x : v) s += x;
    return v.length == 0 ? Double.NaN : s / v.length;
  }

  static double std(double[] v) {
    if (v.length == 0) return Double.NaN;
    double m = mean(v), s = 0;
    for (double x : v) s += (x - m) * (x - m);
    return Math.sqrt(s / v.length);
  }

  /** Percentile by linear interpolation between order statistics, p in [0, 100]. */
  static double percentile(double[] v, double p) {
    double[] s = v.clone();
    Arrays.sort(s);
    if (s.length == 0) return Double.NaN;
    double pos = p / 100 * (s.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = Math.min(s.length - 1, lo + 1);
    return s[lo] + (s[hi] - s[lo]) * (pos - lo);
  }

  static double median(float[] v, int from, int to, float[] scratch) {
    int n = to - from;
    System.arraycopy(v, from, scratch, 0, n);
    Arrays.sort(scratch, 0, n);
    return (n & 1) == 1 ? scratch[n / 2] : 0.5 * (scratch[n / 2 - 1] + scratch[n / 2]);
  }

  /** RMS level of a frame in dBFS (about -300 for digital silence, never -infinity). */
  static double rmsDbfs(float[] frame) {
    double energy = 0;
    for (float v : frame) energy += v * v;
    return 10 * Math.log10(energy / frame.length + 1e-30);
  }

  static double clamp(double x, double lo, double hi) {
    return Math.max(lo, Math.min(hi, x));
  }

  /** Welford running mean and variance for values arriving one at a time. */
  static final class Running {
    private long n;
    private double mean, m2;

    void add(double x) {
      n++;
      double d = x - mean;
      mean += d / n;
      m2 += d * (x - mean);
    }

    long count() {
      return n;
    }

    double mean() {
      return n == 0 ? Double.NaN : mean;
    }

    double std() {
      return n == 0 ? Double.NaN : Math.sqrt(m2 / n);
    }
  }
}
