package ai.sergik.analysis;

import java.util.Arrays;

/** Min and max of the mono signal per 100 ms, for drawing the waveform. */
final class WaveformEnvelope implements MonoProcessor {
  private final int step;
  private float[] min = new float[1024], max = new float[1024];
  private int count, inStep;
  private float curMin = Float.POSITIVE_INFINITY, curMax = Float.NEGATIVE_INFINITY;

  WaveformEnvelope(float sampleRate) {
    this.step = Math.max(1, Math.round(sampleRate / 10));
  }

  @Override
  public void process(float[] samples, int n) {
    for (int i = 0; i < n; i++) {
      float v = samples[i];
      if (v < curMin) curMin = v;
      if (v > curMax) curMax = v;
      if (++inStep == step) flush();
    }
  }

  private void flush() {
    if (count == min.length) {
      min = Arrays.copyOf(min, count * 2);
      max = Arrays.copyOf(max, count * 2);
    }
    min[count] = curMin;
    max[count] = curMax;
    count++;
    inStep = 0;
    curMin = Float.POSITIVE_INFINITY;
    curMax = Float.NEGATIVE_INFINITY;
  }

  float[] min() {
    if (inStep > 0) flush();
    return Arrays.copyOf(min, count);
  }

  float[] max() {
    return Arrays.copyOf(max, count);
  }
}
