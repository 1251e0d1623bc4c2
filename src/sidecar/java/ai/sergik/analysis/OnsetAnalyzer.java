package ai.sergik.analysis;

import be.tarsos.dsp.util.fft.FFT;
import be.tarsos.dsp.util.fft.HannWindow;

/**
 * Onset strength (log-compressed spectral flux) at about 86 frames per second, and the
 * harmonic/percussive split, from one short-time spectrum of the low-rate mono signal.
 *
 * <p>Flux: for each frame the sum over bins of the increase in log(1 + 10|X|) since the previous
 * frame. The log makes quiet hi-hats count next to loud kicks, which is what a listener taps to.
 * Harmonic/percussive: every fourth spectrum goes to {@link HarmonicPercussiveSplit}.
 */
final class OnsetAnalyzer implements FrameSlicer.FrameConsumer {
  static final int FRAME = 512;
  static final int HOP = 128;
  private static final int HPSS_EVERY = 4;
  private static final int HPSS_BINS = 128; // up to ~2.75 kHz at 11025 Hz

  private final FFT fft = new FFT(FRAME, new HannWindow());
  private final float[] work = new float[FRAME];
  private final float[] magnitude = new float[FRAME / 2];
  private final float[] previousLog = new float[FRAME / 2];
  private final DoubleList envelope = new DoubleList();
  private final HarmonicPercussiveSplit hpss = new HarmonicPercussiveSplit(HPSS_BINS);
  private final float frameRate;
  private long frames;

  OnsetAnalyzer(float sampleRate) {
    this.frameRate = sampleRate / HOP;
  }

  float frameRate() {
    return frameRate;
  }

  @Override
  public void frame(float[] frame) {
    System.arraycopy(frame, 0, work, 0, FRAME);
    fft.forwardTransform(work);
    fft.modulus(work, magnitude);
    double flux = 0;
    for (int k = 1; k < magnitude.length; k++) {
      float log = (float) Math.log1p(10 * magnitude[k]);
      float d = log - previousLog[k];
      if (d > 0 && frames > 0) flux += d;
      previousLog[k] = log;
    }
    envelope.add(flux);
    if (frames % HPSS_EVERY == 0) hpss.add(magnitude);
    frames++;
  }

  double[] envelope() {
    return envelope.toArray();
  }

  HarmonicPercussiveSplit hpss() {
    return hpss;
  }
}
