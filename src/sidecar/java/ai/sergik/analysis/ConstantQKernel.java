package ai.sergik.analysis;

import be.tarsos.dsp.util.fft.FFT;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A constant-Q transform computed from an FFT frame with a sparse spectral kernel (Brown and Puckette, 1992, as in
 * qm-dsp's ConstantQ): bin k is the inner product of the frame with a Hamming-windowed complex sinusoid at
 * f_k = lowest * 2^(k / binsPerOctave), Q / f_k seconds long and centred in the frame, done in the frequency domain
 * (Parseval), where the sinusoid's spectrum is a narrow bump; cells of it at or below the threshold are dropped.
 * Kernels are built once per setting and shared, read-only.
 */
final class ConstantQKernel {
  private static final Map<Setting, ConstantQKernel> CACHE = new ConcurrentHashMap<>();

  private final int size;
  /** Per CQ bin: FFT bins and the kernel's conjugate / size there. */
  private final int[][] bins;

  private final float[][] re, im;

  private ConstantQKernel(int size, int[][] bins, float[][] re, float[][] im) {
    this.size = size;
    this.bins = bins;
    this.re = re;
    this.im = im;
  }

  /** What a kernel is built for: bins from {@code lowestHz} over {@code octaves} octaves of FFT frames of {@code size}. */
  record Setting(
      float sampleRate,
      int size,
      double lowestHz,
      int binsPerOctave,
      int octaves,
      double threshold) {}

  static ConstantQKernel of(Setting setting) {
    return CACHE.computeIfAbsent(setting, ConstantQKernel::build);
  }

  private static ConstantQKernel build(Setting setting) {
    float sampleRate = setting.sampleRate();
    int size = setting.size(), binsPerOctave = setting.binsPerOctave(), octaves = setting.octaves();
    double lowestHz = setting.lowestHz(), threshold = setting.threshold();
    double q = 1 / (Math.pow(2, 1.0 / binsPerOctave) - 1);
    int count = binsPerOctave * octaves;
    if (lowestHz * Math.pow(2, octaves) > sampleRate / 2)
      throw new IllegalArgumentException("constant-Q bins up to " + lowestHz * Math.pow(2, octaves)
          + " Hz need more than " + sampleRate + " Hz");
    if (Math.ceil(q * sampleRate / lowestHz) > size)
      throw new IllegalArgumentException(
          "a frame of " + size + " samples is too short for " + lowestHz + " Hz");
    FFT fft = new FFT(size);
    int[][] bins = new int[count][];
    float[][] re = new float[count][], im = new float[count][];
    float[] buffer = new float[2 * size];
    for (int k = 0; k < count; k++) {
      java.util.Arrays.fill(buffer, 0f);
      double hz = lowestHz * Math.pow(2, k / (double) binsPerOctave);
      int length = (int) Math.ceil(q * sampleRate / hz);
      int origin = size / 2 - length / 2;
      for (int n = 0; n < length; n++) {
        double hamming = length > 1 ? 0.54 - 0.46 * Math.cos(2 * Math.PI * n / (length - 1)) : 1;
        double angle = 2 * Math.PI * q * n / length;
        buffer[2 * (origin + n)] = (float) (hamming * Math.cos(angle) / length);
        buffer[2 * (origin + n) + 1] = (float) (hamming * Math.sin(angle) / length);
      }
      fft.complexForwardTransform(buffer);
      int cells = 0;
      for (int f = 0; f < size; f++)
        if (magnitudeSquared(buffer, f) > threshold * threshold) cells++;
      bins[k] = new int[cells];
      re[k] = new float[cells];
      im[k] = new float[cells];
      int c = 0;
      for (int f = 0; f < size; f++) {
        if (magnitudeSquared(buffer, f) <= threshold * threshold) continue;
        bins[k][c] = f;
        re[k][c] = buffer[2 * f] / size;
        im[k][c] = -buffer[2 * f + 1] / size;
        c++;
      }
    }
    return new ConstantQKernel(size, bins, re, im);
  }

  private static float magnitudeSquared(float[] complex, int f) {
    return complex[2 * f] * complex[2 * f] + complex[2 * f + 1] * complex[2 * f + 1];
  }

  /**
   * Magnitudes of the constant-Q bins, lowest first, from a frame's real FFT in TarsosDSP's packed layout
   * ({@code [Re 0, Re N/2, Re 1, Im 1, ...]}); the negative frequencies are the positive ones' conjugates.
   */
  double[] magnitudes(float[] packedSpectrum) {
    double[] out = new double[bins.length];
    int half = size / 2;
    for (int k = 0; k < bins.length; k++) {
      double sumRe = 0, sumIm = 0;
      int[] b = bins[k];
      for (int c = 0; c < b.length; c++) {
        int f = b[c];
        if (f == 0 || f == half) continue; // the DC and Nyquist bins carry no pitch
        boolean negative = f > half;
        int g = negative ? size - f : f;
        double xr = packedSpectrum[2 * g],
            xi = negative ? -packedSpectrum[2 * g + 1] : packedSpectrum[2 * g + 1];
        sumRe += re[k][c] * xr - im[k][c] * xi;
        sumIm += re[k][c] * xi + im[k][c] * xr;
      }
      out[k] = Math.hypot(sumRe, sumIm);
    }
    return out;
  }
}
