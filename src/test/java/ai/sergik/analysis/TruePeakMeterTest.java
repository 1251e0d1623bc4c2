package ai.sergik.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TruePeakMeterTest {

  private static double truePeak(float[][] audio) {
    TruePeakMeter m = new TruePeakMeter(audio.length);
    AudioBlocks.feed(audio, 1000, m::process);
    return m.finish();
  }

  /** A quarter-rate sine sampled 45 degrees off its peaks: samples at 0.707, true peak 1.0. */
  @ParameterizedTest(name = "phase {0} deg")
  @ValueSource(doubles = {45, 30, 10})
  void findsThePeakBetweenSamples(double phaseDeg) {
    int n = 48_000;
    float[][] x = new float[2][n];
    double phase = Math.toRadians(phaseDeg);
    for (int i = 0; i < n; i++) {
      x[0][i] = (float) (0.5 * Math.sin(Math.PI / 2 * i + phase));
      x[1][i] = x[0][i];
    }
    assertThat(truePeak(x)).isCloseTo(20 * Math.log10(0.5), within(0.2));
  }

  @Test
  void lowFrequencySineTruePeakEqualsItsLevel() {
    float[][] x = ai.sergik.audio.TestWavs.sine(997, -6, 2, 48_000, 2);
    assertThat(truePeak(x)).isCloseTo(-6, within(0.05));
  }

  @Test
  void neverBelowTheSamplePeak() {
    java.util.Random r = new java.util.Random(7);
    float[][] x = new float[1][20_000];
    float max = 0;
    for (int i = 0; i < x[0].length; i++) {
      x[0][i] = (float) (r.nextGaussian() * 0.1);
      max = Math.max(max, Math.abs(x[0][i]));
    }
    assertThat(truePeak(x)).isGreaterThanOrEqualTo(20 * Math.log10(max) - 1e-9);
  }
}
