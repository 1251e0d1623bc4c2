package ai.sergik.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.sergik.music.Key;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The HPCP key estimator (after Essentia's key extraction): its profiles by hand, and keys of synthesized music. */
class HpcpKeyEstimatorTest {
  /** The third harmonic is 19.02 semitones up: most of it goes to the fifth, a little to the minor sixth. */
  static final double TWELFTH = 12 * Math.log(3) / Math.log(2) - 19;

  static final double TO_FIFTH = Math.pow(Math.cos(Math.PI / 2 * TWELFTH), 2);
  static final double TO_SIXTH = Math.pow(Math.sin(Math.PI / 2 * TWELFTH), 2);
  /** A note's own pitch class: fundamental 1, octave 0.6, double octave 0.6³. */
  static final double NOTE = 1 + 0.6 + 0.6 * 0.6 * 0.6;
  /** Its third harmonic: 0.6². */
  static final double THIRD_HARMONIC = 0.6 * 0.6;

  @Test
  void thePolyphonicMajorProfileIsTheTonicSubdominantAndDominantTriadsWithTheirHarmonics() {
    // edma major: I (C E G) weighs 1.00, IV (F A C) 0.56, V (G B D) 0.80
    double[] p = HpcpKeyProfile.EDMA.majorProfile(true);
    // C: in I and IV; the twelfth of F (IV) lands on C, a sliver of E's (I) too
    assertThat(p[0])
        .isCloseTo(
            NOTE * (1.00 + 0.56) + THIRD_HARMONIC * (0.56 * TO_FIFTH + 1.00 * TO_SIXTH),
            within(1e-12));
    // G: in I and V; the twelfth of C (I and IV), a sliver of B's (V)
    assertThat(p[7])
        .isCloseTo(
            NOTE * (1.00 + 0.80) + THIRD_HARMONIC * ((1.00 + 0.56) * TO_FIFTH + 0.80 * TO_SIXTH),
            within(1e-12));
    // D: in V only; the twelfth of G (I and V)
    assertThat(p[2])
        .isCloseTo(NOTE * 0.80 + THIRD_HARMONIC * (1.00 + 0.80) * TO_FIFTH, within(1e-12));
    // C#: in no chord; only a sliver of F's twelfth
    assertThat(p[1]).isCloseTo(THIRD_HARMONIC * 0.56 * TO_SIXTH, within(1e-12));
    // the dominant, in two chords and the tonic's twelfth, outweighs the tonic: this profile leans
    // a fifth down
    assertThat(p[7]).isGreaterThan(p[0]);
  }

  @Test
  void thePolyphonicMinorProfileUsesTheHarmonicMinorsDominant() {
    // edma minor: i (C Eb G) weighs 1.00, iv (F Ab C) 0.49, V (G B D) 0.78
    double[] p = HpcpKeyProfile.EDMA.minorProfile(true);
    // Eb: in i; the twelfth of Ab (iv), a sliver of G's (i and V)
    assertThat(p[3])
        .isCloseTo(
            NOTE * 1.00 + THIRD_HARMONIC * (0.49 * TO_FIFTH + (1.00 + 0.78) * TO_SIXTH),
            within(1e-12));
    // B, the leading note: in V; a sliver of Eb's twelfth, none of E's (not in the key)
    assertThat(p[11]).isCloseTo(NOTE * 0.78 + THIRD_HARMONIC * 1.00 * TO_SIXTH, within(1e-12));
    // Bb is in none of the three chords: only the twelfth of Eb (i) and a sliver of D's (V)
    assertThat(p[10])
        .isCloseTo(THIRD_HARMONIC * (1.00 * TO_FIFTH + 0.78 * TO_SIXTH), within(1e-12));
  }

  @Test
  void withoutPolyphonyAProfileIsItsTable() {
    assertThat(HpcpKeyProfile.BGATE.majorProfile(false))
        .containsExactly(1.00, 0.00, 0.42, 0.00, 0.53, 0.37, 0.00, 0.77, 0.00, 0.38, 0.21, 0.30);
    assertThat(HpcpKeyProfile.named("EDMM").minorProfile(false)[0]).isEqualTo(0.17235348);
  }

  @Test
  void anUnknownProfileNameSaysWhichAreKnown() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> HpcpKeyProfile.named("krumhansl"))
        .hasMessageContaining("'krumhansl'")
        .hasMessageContaining("edma, edmm, braw, bgate");
  }

  @Test
  void profilesAreSpreadOverThirdsOfASemitoneInStraightLines() {
    double[] p = HpcpKeyEstimator.interpolated(HpcpKeyProfile.EDMA.majorProfile(false), 3);
    assertThat(p).hasSize(36);
    assertThat(p[21]).isEqualTo(0.80); // G
    assertThat(p[22]).isCloseTo(0.80 + (0.31 - 0.80) / 3, within(1e-12));
    assertThat(p[35])
        .isCloseTo(0.39 + 2 * (1.00 - 0.39) / 3, within(1e-12)); // B two thirds of the way to C
  }

  static final int[][] MAJOR_CADENCE = {{0, 4, 7}, {5, 9, 12}, {7, 11, 14}, {0, 4, 7}};
  static final int[][] MINOR_CADENCE = {{0, 3, 7}, {5, 8, 12}, {7, 11, 14}, {0, 3, 7}};

  /** Chords with the bass on the root two octaves down, every note with five harmonics (1/h), a second each. */
  static float[] cadence(int tonic, boolean minor, double detuneCents) {
    float rate = HpcpKeyEstimator.SAMPLE_RATE;
    int perChord = (int) rate;
    int[][] chords = minor ? MINOR_CADENCE : MAJOR_CADENCE;
    float[] out = new float[perChord * chords.length * 2];
    int at = 0;
    for (int repeat = 0; repeat < 2; repeat++) {
      for (int[] chord : chords) {
        List<Integer> notes = new ArrayList<>();
        notes.add(36 + tonic + chord[0]);
        for (int interval : chord) notes.add(60 + tonic + interval);
        for (int midi : notes) {
          double f0 = 440 * Math.pow(2, (midi - 69 + detuneCents / 100) / 12);
          for (int h = 1; h <= 5; h++) {
            double w = 2 * Math.PI * f0 * h / rate;
            for (int i = 0; i < perChord; i++) {
              double release = Math.min(1, (perChord - i) / 400.0);
              out[at + i] += (float) (0.04 / h * Math.sin(w * i) * release);
            }
          }
        }
        at += perChord;
      }
    }
    return out;
  }

  static Stream<Arguments> keysAndSettings() {
    List<Arguments> all = new ArrayList<>();
    for (int tonic = 0; tonic < 12; tonic++) {
      for (boolean minor : new boolean[] {false, true}) {
        all.add(Arguments.of(Key.of(tonic, minor), "music extractor, edma polyphonic"));
        all.add(Arguments.of(Key.of(tonic, minor), "KeyExtractor, bgate"));
      }
    }
    return all.stream();
  }

  static HpcpKeyEstimator estimator(String setting) {
    return setting.startsWith("music")
        ? HpcpKeyEstimator.musicExtractor()
        : HpcpKeyEstimator.keyExtractor();
  }

  static HpcpKeyEstimator.Estimate run(HpcpKeyEstimator estimator, float[] audio) {
    // blocks of an odd size, as the downsampler hands them on
    FrameSlicer slicer = new FrameSlicer(HpcpKeyEstimator.FRAME, estimator.hop(), estimator);
    float[] block = new float[1000];
    for (int at = 0; at < audio.length; at += block.length) {
      int n = Math.min(block.length, audio.length - at);
      System.arraycopy(audio, at, block, 0, n);
      slicer.process(block, n);
    }
    return estimator.estimate().orElseThrow();
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("keysAndSettings")
  void aCadenceIsInItsKey(Key key, String setting) {
    HpcpKeyEstimator.Estimate e = run(estimator(setting), cadence(key.tonic(), key.isMinor(), 0));
    assertThat(e.key()).isEqualTo(key);
    assertThat(e.runnerUp()).isNotEqualTo(key);
    assertThat(e.lead()).isPositive();
    int index = (key.isMinor() ? 12 : 0) + key.tonic();
    assertThat(e.correlations()).hasSize(24);
    assertThat(e.correlations().get(index)).isEqualTo(e.strength());
    assertThat(e.correlations()).allSatisfy(c -> assertThat(c).isLessThanOrEqualTo(e.strength()));
  }

  @Test
  void aDetunedRecordingIsReadOnItsOwnTuning() {
    // 30 cents sharp: a third of the way to the next semitone, where an A440 grid would split every
    // note
    HpcpKeyEstimator estimator = HpcpKeyEstimator.musicExtractor();
    HpcpKeyEstimator.Estimate e = run(estimator, cadence(2, true, 30));
    assertThat(estimator.tuningCents()).isCloseTo(30, within(4.0));
    assertThat(e.key()).isEqualTo(Key.of(2, true));
    double[] hpcp = estimator.hpcp();
    int strongest = 0;
    for (int i = 1; i < hpcp.length; i++) if (hpcp[i] > hpcp[strongest]) strongest = i;
    assertThat(strongest % 3)
        .as("the strongest bin sits on a semitone: %s", Arrays.toString(hpcp))
        .isZero();
  }

  @Test
  void silenceHasNoKey() {
    HpcpKeyEstimator estimator = HpcpKeyEstimator.musicExtractor();
    FrameSlicer slicer = new FrameSlicer(HpcpKeyEstimator.FRAME, estimator.hop(), estimator);
    slicer.process(new float[22_050], 22_050);
    assertThat(estimator.estimate()).isEmpty();
    assertThat(estimator.hpcp()).isNull();
    assertThat(estimator.tuningCents()).isZero();
  }

  @Test
  void whiteningKeepsAPeakOnTheEnvelopeDropsOneFarBelowAndTiltsTheHighs() {
    float[] spectrum = new float[512];
    Arrays.fill(spectrum, 1e-6f);
    double nyquist = HpcpKeyEstimator.SAMPLE_RATE / 2;
    int bin = (int) Math.round(1000 / nyquist * 511);
    spectrum[bin] = 1;
    PeakWhitening white = new PeakWhitening(spectrum, nyquist, 3500);
    // on the envelope (0 dB) less the tilt of 20 dB per 4 kHz: -5 dB at 1 kHz
    assertThat(white.whiten(1000, 1)).isCloseTo(Math.pow(10, -5 / 20.0), within(1e-3));
    // 10 dB under the envelope keeps its distance
    assertThat(white.whiten(1000, Math.pow(10, -10 / 20.0)))
        .isCloseTo(Math.pow(10, -15 / 20.0), within(1e-3));
    // more than 30 dB under it is dropped
    assertThat(white.whiten(1000, 0.01)).isZero();
  }
}
