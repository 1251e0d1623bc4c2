package ai.sergik.analysis;

import static ai.sergik.audio.TestWavs.concat;
import static ai.sergik.audio.TestWavs.sine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** EBU Tech 3341 / 3342 signals with their published answers (tolerance +-0.1 LU, LRA +-1 LU). */
class LoudnessMeterTest {

  private static LoudnessMeter.Loudness measure(float[][] audio, float rate) {
    LoudnessMeter m = new LoudnessMeter(rate, audio.length);
    AudioBlocks.feed(audio, 4096, m::process);
    return m.finish();
  }

  /** EBU Tech 3341's answer for most of its cases: -23.0 LUFS, within its +-0.1 LU. */
  private static void assertMinus23Lufs(float[][] audio, float rate) {
    assertThat(measure(audio, rate).integratedLufs()).isCloseTo(-23.0, within(0.1));
  }

  @ParameterizedTest(name = "{0} Hz")
  @ValueSource(floats = {22_050, 44_100, 48_000, 88_200, 96_000, 192_000})
  void sineAtMinus23DbfsStereoIsMinus23LufsAtEverySampleRate(float rate) {
    assertThat(measure(sine(1000, -23, 20, rate, 2), rate).integratedLufs())
        .isCloseTo(-23.0, within(0.1));
  }

  @Test
  void case2SineAtMinus33DbfsIsMinus33Lufs() {
    assertThat(measure(sine(1000, -33, 20, 48_000, 2), 48_000).integratedLufs())
        .isCloseTo(-33.0, within(0.1));
  }

  @Test
  void case3RelativeGateIgnoresQuietPassages() {
    float r = 48_000;
    float[][] audio =
        concat(sine(1000, -36, 10, r, 2), sine(1000, -23, 60, r, 2), sine(1000, -36, 10, r, 2));
    assertMinus23Lufs(audio, r);
  }

  @Test
  void case4AbsoluteAndRelativeGatesTogether() {
    float r = 48_000;
    float[][] audio = concat(
        sine(1000, -72, 10, r, 2),
        sine(1000, -36, 10, r, 2),
        sine(1000, -23, 60, r, 2),
        sine(1000, -36, 10, r, 2),
        sine(1000, -72, 10, r, 2));
    assertMinus23Lufs(audio, r);
  }

  @Test
  void case5LouderMiddleIsAveragedByPower() {
    float r = 48_000;
    float[][] audio =
        concat(sine(1000, -26, 20, r, 2), sine(1000, -20, 20.1, r, 2), sine(1000, -26, 20, r, 2));
    assertMinus23Lufs(audio, r);
  }

  @Test
  void case6FiveChannelsUseSurroundWeights() {
    float r = 48_000;
    float[][] lr = sine(1000, -28, 20, r, 2),
        c = sine(1000, -24, 20, r, 1),
        s = sine(1000, -30, 20, r, 2);
    float[][] audio = {lr[0], lr[1], c[0], s[0], s[1]};
    assertMinus23Lufs(audio, r);
  }

  @Test
  void monoCountsOneChannel() {
    assertThat(measure(sine(1000, -23, 20, 48_000, 1), 48_000).integratedLufs())
        .isCloseTo(-26.0, within(0.1));
  }

  @ParameterizedTest(name = "{0} then {1} dBFS -> LRA {2}")
  @org.junit.jupiter.params.provider.CsvSource({"-20,-30,10", "-20,-15,5", "-40,-20,20"})
  void loudnessRangeOfTech3342TwoLevelSignals(double first, double second, double lra) {
    float r = 48_000;
    float[][] audio = concat(sine(1000, first, 20, r, 2), sine(1000, second, 20, r, 2));
    assertThat(measure(audio, r).loudnessRangeLu()).isCloseTo(lra, within(1.0));
  }

  @Test
  void loudnessRangeOfTech3342FiveLevelSignal() {
    float r = 48_000;
    float[][] audio = concat(
        sine(1000, -50, 20, r, 2),
        sine(1000, -35, 20, r, 2),
        sine(1000, -20, 20, r, 2),
        sine(1000, -35, 20, r, 2),
        sine(1000, -50, 20, r, 2));
    assertThat(measure(audio, r).loudnessRangeLu()).isCloseTo(15, within(1.0));
  }

  @Test
  void silenceHasNoLoudnessAndNoRms() {
    LoudnessMeter.Loudness l = measure(new float[2][48_000 * 3], 48_000);
    assertThat(l.integratedLufs()).isNull();
    assertThat(l.loudnessRangeLu()).isNull();
    assertThat(l.rmsMeanDbfs()).isNull();
    assertThat(l.samplePeakDbfs()).isNull();
  }

  @Test
  void rmsAndCrestOfAFullScaleSine() {
    LoudnessMeter.Loudness l = measure(sine(1000, 0, 5, 48_000, 2), 48_000);
    assertThat(l.rmsMeanDbfs()).isCloseTo(-3.01, within(0.02));
    assertThat(l.rmsStdDbfs()).isCloseTo(0, within(0.01));
    assertThat(l.crestDb()).isCloseTo(3.01, within(0.02));
  }

  @Test
  void dcOffsetDoesNotChangeLoudness() {
    float r = 48_000;
    float[][] audio = sine(1000, -23, 20, r, 2);
    for (float[] ch : audio) for (int i = 0; i < ch.length; i++) ch[i] += 0.3f;
    assertMinus23Lufs(audio, r);
  }
}
