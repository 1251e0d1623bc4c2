package ai.sergik.analysis;

import java.util.List;

/**
 * Lowers the sample rate of a mono stream for the analyses that need no high frequencies (onsets,
 * harmonic/percussive split, chroma). A Kaiser-windowed sinc low-pass is evaluated only at the output
 * instants (polyphase: 256 precomputed fractional phases), so any ratio works (44.1, 48, 96 kHz ...)
 * and the cost is about a dozen multiply-adds per input sample. Pass band to 40 % of the new rate,
 * stop band (50 dB) from 65 %: what aliases lands above 35 % of the new rate, above the range the
 * onset, harmonic/percussive and chroma analyses look at in detail.
 */
final class Downsampler implements MonoProcessor {
  private static final int PHASES = 256;
  private static final double KAISER_BETA = 4.55; // ~50 dB stop band
  private static final java.util.Map<String, float[][]> KERNELS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private final List<MonoProcessor> downstream;
  private final double step; // input samples per output sample
  private final int taps;
  private final float[][] kernel; // [phase][tap]
  private float[] buffer; // unconsumed input, oldest first
  private int buffered;
  private double nextPos; // next output position, in input samples relative to buffer[0]
  private float[] out = new float[0];

  Downsampler(float inRate, float outRate, List<MonoProcessor> downstream) {
    this.downstream = List.copyOf(downstream);
    this.step = inRate / (double) outRate;
    double cutoff = 0.525 * outRate / inRate; // cycles per input sample, centre of the transition
    double transition = 0.25 * outRate / inRate; // 40 % .. 65 % of the output rate
    int n = (int) Math.ceil((50 - 7.95) / (14.36 * transition)) + 1; // Kaiser's length estimate
    this.taps = Math.max(8, n + (n & 1));
    this.kernel = KERNELS.computeIfAbsent(taps + "/" + cutoff, k -> design(taps, cutoff));
    this.buffer = new float[taps + 16_384];
    // The first output sits at input 0, whose kernel reaches taps/2 samples back into silence.
    this.buffered = taps / 2;
    this.nextPos = taps / 2.0;
  }

  private static float[][] design(int taps, double cutoff) {
    float[][] k = new float[PHASES][taps];
    int half = taps / 2;
    for (int p = 0; p < PHASES; p++) {
      double frac = p / (double) PHASES;
      double sum = 0;
      double[] h = new double[taps];
      for (int t = 0; t < taps; t++) {
        double x = t - (half - 1) - frac; // distance from the output instant to tap t
        double sinc = x == 0 ? 1 : Math.sin(2 * Math.PI * cutoff * x) / (2 * Math.PI * cutoff * x);
        double r = x / half;
        double w = Kaiser.window(r, KAISER_BETA);
        h[t] = sinc * w;
        sum += h[t];
      }
      for (int t = 0; t < taps; t++) k[p][t] = (float) (h[t] / sum);
    }
    return k;
  }

  @Override
  public void process(float[] samples, int n) {
    if (buffered + n > buffer.length) buffer = java.util.Arrays.copyOf(buffer, buffered + n + taps);
    System.arraycopy(samples, 0, buffer, buffered, n);
    buffered += n;
    int maxOut = (int) (buffered / step) + 2;
    if (out.length < maxOut) out = new float[maxOut];
    int produced = 0;
    int half = taps / 2;
    double pos = nextPos;
    while (true) {
      int base = (int) Math.floor(pos);
      int first = base - (half - 1);
      if (first + taps > buffered) break;
      int phase = (int) ((pos - base) * PHASES);
      float[] h = kernel[phase];
      float a0 = 0, a1 = 0, a2 = 0, a3 = 0;
      int t = 0;
      for (; t + 3 < taps; t += 4) {
        a0 += h[t] * buffer[first + t];
        a1 += h[t + 1] * buffer[first + t + 1];
        a2 += h[t + 2] * buffer[first + t + 2];
        a3 += h[t + 3] * buffer[first + t + 3];
      }
      for (; t < taps; t++) a0 += h[t] * buffer[first + t];
      out[produced++] = a0 + a1 + a2 + a3;
      pos += step;
    }
    // keep what the next outputs still need
    int keepFrom = Math.max(0, Math.min(buffered, (int) Math.floor(pos) - (half - 1)));
    System.arraycopy(buffer, keepFrom, buffer, 0, buffered - keepFrom);
    buffered -= keepFrom;
    nextPos = pos - keepFrom;
    if (produced > 0) {
      for (MonoProcessor p : downstream) p.process(out, produced);
    }
  }
}
