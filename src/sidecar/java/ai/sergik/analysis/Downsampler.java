package ai.sergik.analysis;

import java.util.List;

/**
 * Lowers the sample rate of a mono stream for the analyses that need no high frequencies (onsets,
 * harmonic/percussive split, chroma): an 8th-order Butterworth low-pass at 40 % of the new rate,
 * then samples are taken at the new rate's instants by linear interpolation. Any input rate works
 * (44.1, 48, 96 kHz ...), not only integer ratios; the interpolation error is small because the
 * signal is band-limited far below the old rate by then.
 */
final class Downsampler implements MonoProcessor {
  private final Biquad[] lowPass;
  private final double step; // input samples per output sample
  private final List<MonoProcessor> downstream;
  private final float outRate;
  private double nextPos; // position of the next output sample, in input samples from 'base'
  private float previous; // the last filtered input sample of the previous block
  private long inputCount;
  private float[] out = new float[0];

  Downsampler(float inRate, float outRate, List<MonoProcessor> downstream) {
    this.lowPass = Biquad.butterworthLowPass8(inRate, 0.4 * outRate);
    this.step = inRate / (double) outRate;
    this.outRate = outRate;
    this.downstream = List.copyOf(downstream);
  }

  float outRate() { return outRate; }

  @Override
  public void process(float[] samples, int n) {
    int maxOut = (int) (n / step) + 2;
    if (out.length < maxOut) out = new float[maxOut];
    int produced = 0;
    // Positions are relative to the sample just before this block (index -1 = 'previous').
    double pos = nextPos;
    float prev = previous;
    for (int i = 0; i < n; i++) {
      double y = samples[i];
      for (Biquad b : lowPass) y = b.process(y);
      float cur = (float) y;
      // emit every output instant that falls in (i-1, i]
      while (pos <= i) {
        double frac = pos - (i - 1);
        out[produced++] = (float) (prev + (cur - prev) * frac);
        pos += step;
      }
      prev = cur;
    }
    nextPos = pos - n;
    previous = prev;
    inputCount += n;
    if (produced > 0) {
      for (MonoProcessor p : downstream) p.process(out, produced);
    }
  }
}
