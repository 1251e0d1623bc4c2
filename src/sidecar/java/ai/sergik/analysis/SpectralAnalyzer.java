package ai.sergik.analysis;

import be.tarsos.dsp.mfcc.MFCC;
import be.tarsos.dsp.util.fft.FFT;
import be.tarsos.dsp.util.fft.HannWindow;

/**
 * Brightness and timbre at the file's own rate: spectral centroid (magnitude-weighted mean frequency)
 * and 13 MFCCs per frame, summarised as mean and standard deviation over the non-silent frames.
 *
 * <p>Frames are ~23 ms (1024 samples at 44.1/48 kHz, scaled with the rate) taken every fourth frame
 * length: a summary statistic needs a representative sample of frames, not every one, and this keeps
 * the full-rate FFT cost a quarter of a dense analysis. MFCCs follow TarsosDSP's definition (40
 * triangular mel filters on the magnitude spectrum from 25 Hz to min(16 kHz, Nyquist), natural log,
 * DCT-II), fed with our Hann-windowed spectrum normalised by N/2 so values do not depend on frame size.
 */
final class SpectralAnalyzer implements FrameSlicer.FrameConsumer {
  static final int COEFFICIENTS = 13;
  static final double SILENT_FRAME_DBFS = -60;

  private final int size;
  private final float sampleRate;
  private final FFT fft;
  private final MFCC mfcc;
  private final float[] work;
  private final float[] magnitude;
  private final Stats.Running centroid = new Stats.Running();
  private final Stats.Running[] coefficients = new Stats.Running[COEFFICIENTS];

  SpectralAnalyzer(float sampleRate) {
    this.sampleRate = sampleRate;
    this.size = frameSize(sampleRate);
    this.fft = new FFT(size, new HannWindow());
    this.mfcc =
        new MFCC(size, sampleRate, COEFFICIENTS, 40, 25, Math.min(16_000f, sampleRate / 2 - 1));
    this.work = new float[size];
    this.magnitude = new float[size / 2 + 1];
    for (int i = 0; i < COEFFICIENTS; i++) coefficients[i] = new Stats.Running();
  }

  /** ~23 ms rounded to a power of two. */
  static int frameSize(float sampleRate) {
    int n = 256;
    while (n < sampleRate * 0.0232 * 0.75) n *= 2;
    return n;
  }

  int size() {
    return size;
  }

  int hop() {
    return size * 4;
  }

  @Override
  public void frame(float[] frame) {
    if (Stats.rmsDbfs(frame) < SILENT_FRAME_DBFS) return;
    System.arraycopy(frame, 0, work, 0, size);
    fft.forwardTransform(work);
    float norm = 2f / size;
    double weighted = 0, total = 0;
    for (int k = 0; k < size / 2; k++) {
      float m = fft.modulus(work, k) * norm;
      magnitude[k] = m;
      if (k > 0) {
        weighted += m * (k * sampleRate / size);
        total += m;
      }
    }
    magnitude[size / 2] = magnitude[size / 2 - 1];
    if (total > 0) centroid.add(weighted / total);
    float[] c = mfcc.cepCoefficients(
        mfcc.nonLinearTransformation(mfcc.melFilter(magnitude, mfcc.getCenterFrequencies())));
    for (int i = 0; i < COEFFICIENTS; i++) coefficients[i].add(c[i]);
  }

  Double centroidMeanHz() {
    return centroid.count() > 0 ? centroid.mean() : null;
  }

  Double centroidStdHz() {
    return centroid.count() > 0 ? centroid.std() : null;
  }

  /** Means then stds of the 13 coefficients, or null when every frame was silent. */
  double[] mfccMeans() {
    if (coefficients[0].count() == 0) return null;
    double[] m = new double[COEFFICIENTS];
    for (int i = 0; i < COEFFICIENTS; i++) m[i] = coefficients[i].mean();
    return m;
  }

  double[] mfccStds() {
    if (coefficients[0].count() == 0) return null;
    double[] m = new double[COEFFICIENTS];
    for (int i = 0; i < COEFFICIENTS; i++) m[i] = coefficients[i].std();
    return m;
  }
}
