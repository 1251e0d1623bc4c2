package ai.sergik.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.sergik.audio.TestWavs;
import ai.sergik.music.Key;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Awkward inputs give explicit nulls with a reason, never NaN and never an exception. */
class FeatureExtractorTest {
  @TempDir
  Path dir;

  private final FeatureExtractor extractor = new FeatureExtractor();

  private TrackFeatures analyze(float[][] audio, float rate) throws IOException {
    Path f = TestWavs.writeWav(dir.resolve("x.wav"), audio, rate, TestWavs.Sample.INT24);
    return extractor.analyze(f).features();
  }

  @Test
  void digitalSilenceHasNullsWithReasons() throws IOException {
    TrackFeatures f = analyze(new float[2][44_100 * 5], 44_100);
    assertThat(f.lufs()).isNull();
    assertThat(f.bpm()).isNull();
    assertThat(f.key()).isNull();
    assertThat(f.energyLevel()).isNull();
    assertThat(f.mood()).isNull();
    assertThat(f.truePeakDbtp()).isNull();
    assertThat(f.durationSeconds()).isEqualTo(5.0);
    assertThat(f.notes())
        .contains(
            "silent: no block above -70 LUFS",
            "tempo: no onsets (silence or a steady tone)",
            "key: no pitched content");
  }

  @Test
  void halfSecondFileIsTooShortForLoudnessBlocksAndTempo() throws IOException {
    TrackFeatures f = analyze(TestWavs.sine(440, -12, 0.5, 48_000, 2), 48_000);
    assertThat(f.durationSeconds()).isEqualTo(0.5);
    assertThat(f.lufs()).isNotNull(); // one full 400 ms block fits in 0.5 s
    assertThat(f.bpm()).isNull();
    assertThat(f.notes()).contains("tempo: too short for tempo (0.5 s, needs 3 s)");
    assertThat(f.samplePeakDbfs()).isCloseTo(-12, within(0.05));
  }

  @Test
  void quarterSecondFileHasNoLoudness() throws IOException {
    TrackFeatures f = analyze(TestWavs.sine(440, -12, 0.25, 48_000, 1), 48_000);
    assertThat(f.lufs()).isNull();
    assertThat(f.notes()).contains("too short for loudness (needs one 400 ms block)");
  }

  @Test
  void dcOffsetLeavesLoudnessAndKeyAlone() throws IOException {
    float[][] a = TestWavs.sine(1000, -23, 10, 44_100, 2);
    for (float[] ch : a) for (int i = 0; i < ch.length; i++) ch[i] += 0.25f;
    TrackFeatures f = analyze(a, 44_100);
    assertThat(f.lufs()).isCloseTo(-23.0, within(0.1));
  }

  @Test
  void clippedSquareIsReportedAsClipping() throws IOException {
    float[][] a = TestWavs.sine(220, 12, 5, 44_100, 2);
    for (float[] ch : a)
      for (int i = 0; i < ch.length; i++) ch[i] = Math.max(-1, Math.min(1, ch[i]));
    TrackFeatures f = analyze(a, 44_100);
    assertThat(f.clippedFraction()).isGreaterThan(0.5);
    assertThat(f.notes()).anySatisfy(n -> assertThat(n).startsWith("clipping: "));
    assertThat(f.samplePeakDbfs()).isCloseTo(0, within(0.01));
  }

  @Test
  void whiteNoiseHasNoKeyButEverythingIsFinite() throws IOException {
    Random r = new Random(3);
    float[][] a = new float[2][44_100 * 6];
    for (float[] ch : a)
      for (int i = 0; i < ch.length; i++) ch[i] = (float) (r.nextGaussian() * 0.1);
    TrackFeatures f = analyze(a, 44_100);
    assertThat(f.lufs()).isNotNull();
    assertThat(f.centroidMeanHz()).isGreaterThan(5000.0);
    assertThat(f.mfccMeans()).hasSize(13);
    assertThat(f.chroma()).hasSize(12);
    assertThat(f.harmonicRatio()).isBetween(0.0, 1.0);
  }

  @Test
  void centroidFollowsTheToneFrequency() throws IOException {
    TrackFeatures low = analyze(TestWavs.sine(300, -12, 3, 44_100, 1), 44_100);
    TrackFeatures high = analyze(TestWavs.sine(3000, -12, 3, 44_100, 1), 44_100);
    assertThat(low.centroidMeanHz()).isCloseTo(300, within(60.0));
    assertThat(high.centroidMeanHz()).isCloseTo(3000, within(150.0));
  }

  @Test
  void sustainedToneIsHarmonicAndClicksArePercussive() throws IOException {
    TrackFeatures tone = analyze(TestWavs.sine(440, -12, 4, 44_100, 1), 44_100);
    float[][] clicks = new float[1][44_100 * 4];
    for (int i = 0; i < clicks[0].length; i += 11_025)
      for (int k = 0; k < 20; k++) clicks[0][i + k] = 0.8f * (k % 2 == 0 ? 1 : -1);
    TrackFeatures click = analyze(clicks, 44_100);
    assertThat(tone.harmonicRatio()).isGreaterThan(0.9);
    assertThat(click.harmonicRatio()).isLessThan(0.3);
  }

  @Test
  void tuningOffsetIsMeasuredAndDoesNotMoveTheKey() throws IOException {
    // A major triad 30 cents sharp
    float rate = 22_050;
    int n = (int) (rate * 8);
    float[][] a = new float[1][n];
    double sharp = Math.pow(2, 30 / 1200.0);
    for (double hz : new double[] {220, 277.18, 329.63, 110}) {
      for (int i = 0; i < n; i++)
        a[0][i] += (float) (0.1 * Math.sin(2 * Math.PI * hz * sharp * i / rate));
    }
    TrackFeatures f = analyze(a, rate);
    assertThat(f.tuningCents()).isCloseTo(30, within(5.0));
    assertThat(f.key()).isEqualTo(Key.of(9, false));
  }
}
