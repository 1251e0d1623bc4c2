package ai.sergik.analysis;

/**
 * Median-filter harmonic/percussive separation (Fitzgerald 2010), streamed: harmonic sounds are
 * smooth along time, percussive ones along frequency. For each spectrum (about 46 ms apart) the
 * median over 9 neighbouring frames in time and the median over 9 neighbouring bins are compared;
 * the bin's energy counts as harmonic when the time median wins (a hard mask). Only a window of 9
 * spectra is kept, so memory does not grow with the file.
 */
final class HarmonicPercussiveSplit {
  static final int KERNEL = 9;

  private final int bins;
  private final float[][] ring;
  private final float[] scratch = new float[KERNEL];
  private final float[] column = new float[KERNEL];
  private int count;
  private double harmonicEnergy, percussiveEnergy;

  HarmonicPercussiveSplit(int bins) {
    this.bins = bins;
    this.ring = new float[KERNEL][bins];
  }

  void add(float[] magnitude) {
    System.arraycopy(magnitude, 0, ring[count % KERNEL], 0, bins);
    count++;
    if (count >= KERNEL) classify(ring[(count - 1 - KERNEL / 2) % KERNEL]);
  }

  private void classify(float[] center) {
    int half = KERNEL / 2;
    for (int k = 0; k < bins; k++) {
      for (int t = 0; t < KERNEL; t++) column[t] = ring[t][k];
      double timeMedian = median9(column, 0, scratch);
      int lo = Math.max(0, k - half), hi = Math.min(bins, k + half + 1);
      double freqMedian =
          hi - lo == KERNEL ? median9(center, lo, scratch) : Stats.median(center, lo, hi, scratch);
      double e = (double) center[k] * center[k];
      if (timeMedian >= freqMedian) harmonicEnergy += e;
      else percussiveEnergy += e;
    }
  }

  /** Median of nine values by a fixed exchange network (Paeth/Devillard): no sorting, no allocation. */
  static float median9(float[] src, int from, float[] p) {
    System.arraycopy(src, from, p, 0, KERNEL);
    sort2(p, 1, 2);
    sort2(p, 4, 5);
    sort2(p, 7, 8);
    sort2(p, 0, 1);
    sort2(p, 3, 4);
    sort2(p, 6, 7);
    sort2(p, 1, 2);
    sort2(p, 4, 5);
    sort2(p, 7, 8);
    sort2(p, 0, 3);
    sort2(p, 5, 8);
    sort2(p, 4, 7);
    sort2(p, 3, 6);
    sort2(p, 1, 4);
    sort2(p, 2, 5);
    sort2(p, 4, 7);
    sort2(p, 4, 2);
    sort2(p, 6, 4);
    sort2(p, 4, 2);
    return p[4];
  }

  private static void sort2(float[] p, int a, int b) {
    if (p[a] > p[b]) {
      float t = p[a];
      p[a] = p[b];
      p[b] = t;
    }
  }

  /** Harmonic share of the energy, H / (H + P) in [0, 1]; null when there was no energy or too little audio. */
  Double harmonicRatio() {
    double total = harmonicEnergy + percussiveEnergy;
    return total > 1e-12 ? harmonicEnergy / total : null;
  }
}
