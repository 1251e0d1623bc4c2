package ai.sergik.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.music.Key;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The libKeyFinder-like and Queen Mary-like estimators on synthesized cadences in all 24 keys. */
class KeyEstimatorsTest {
  static final float RATE = FeatureExtractor.CHROMA_RATE;

  static java.util.stream.Stream<Key> keys() {
    return SynthChords.allKeys();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("keys")
  void theKeyFinderEstimatorNamesTheKeyOfACadence(Key key) {
    KeyFinderEstimator estimator = new KeyFinderEstimator(RATE);
    SynthChords.feed(
        SynthChords.cadence(key, RATE),
        KeyFinderEstimator.FRAME,
        KeyFinderEstimator.HOP,
        estimator);
    assertThat(estimator.vote().key()).isEqualTo(key);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("keys")
  void theQueenMaryEstimatorNamesTheKeyOfACadence(Key key) {
    QueenMaryKeyEstimator estimator = new QueenMaryKeyEstimator(RATE);
    SynthChords.feed(
        SynthChords.cadence(key, RATE),
        QueenMaryKeyEstimator.FRAME,
        QueenMaryKeyEstimator.HOP,
        estimator);
    assertThat(estimator.vote().key()).isEqualTo(key);
  }

  @Test
  void silenceHasNoKey() {
    float[] silence = new float[(int) (20 * RATE)];
    KeyFinderEstimator keyFinder = new KeyFinderEstimator(RATE);
    QueenMaryKeyEstimator queenMary = new QueenMaryKeyEstimator(RATE);
    SynthChords.feed(silence, KeyFinderEstimator.FRAME, KeyFinderEstimator.HOP, keyFinder);
    SynthChords.feed(silence, QueenMaryKeyEstimator.FRAME, QueenMaryKeyEstimator.HOP, queenMary);
    assertThat(keyFinder.vote().key()).isNull();
    assertThat(queenMary.vote().key()).isNull();
  }

  /** A sine on a constant-Q bin's centre is loudest in that bin, over the four octaves the detector uses. */
  @ParameterizedTest(name = "bin {0}")
  @ValueSource(ints = {0, 1, 2, 17, 35, 36, 50, 71, 72, 100, 120, 143})
  void aSineIsLoudestInItsConstantQBin(int bin) {
    int bpo = QueenMaryKeyEstimator.BINS_PER_OCTAVE;
    ConstantQKernel kernel = ConstantQKernel.of(new ConstantQKernel.Setting(
        RATE,
        QueenMaryKeyEstimator.FRAME,
        QueenMaryKeyEstimator.LOWEST_HZ,
        bpo,
        QueenMaryKeyEstimator.OCTAVES,
        QueenMaryKeyEstimator.KERNEL_THRESHOLD));
    double hz = QueenMaryKeyEstimator.LOWEST_HZ * Math.pow(2, bin / (double) bpo);
    float[] frame = new float[QueenMaryKeyEstimator.FRAME];
    for (int i = 0; i < frame.length; i++) frame[i] = (float) Math.sin(2 * Math.PI * hz * i / RATE);
    new be.tarsos.dsp.util.fft.FFT(frame.length, new be.tarsos.dsp.util.fft.HammingWindow())
        .forwardTransform(frame);
    double[] cq = kernel.magnitudes(frame);
    int loudest = 0;
    for (int k = 1; k < cq.length; k++) if (cq[k] > cq[loudest]) loudest = k;
    assertThat(loudest).isEqualTo(bin);
  }

  @Test
  void bandsOfTheKeyFinderEstimatorRunFromC1ToB6() {
    assertThat(KeyFinderEstimator.bandHz(0))
        .isCloseTo(32.7032, org.assertj.core.data.Offset.offset(1e-3));
    assertThat(KeyFinderEstimator.bandHz(KeyFinderEstimator.BANDS - 1))
        .isCloseTo(1975.533, org.assertj.core.data.Offset.offset(1e-2));
  }
}
