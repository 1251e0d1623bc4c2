package ai.sergik.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.music.Key;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The key detector on chroma vectors built from chords, in all 12 transpositions. */
class KeyDetectorTest {
  /** The chroma of chords played equally long, each a list of pitch classes, transposed by {@code shift}. */
  static double[] chords(int shift, int[]... chords) {
    double[] chroma = new double[12];
    for (int[] chord : chords) {
      for (int pc : chord) chroma[(pc + shift) % 12] += 1;
    }
    return chroma;
  }

  static final int[] C = {0, 4, 7},
      G = {7, 11, 2},
      AM = {9, 0, 4},
      F = {5, 9, 0},
      DM = {2, 5, 9},
      E = {4, 8, 11};

  @ParameterizedTest(name = "shifted by {0}")
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11})
  void theSameFourChordsAreInTheMajorOrTheRelativeMinorByTheChordTheyStartOn(int shift) {
    double[] loop = chords(shift, C, G, AM, F);
    KeyDetector.KeyEstimate fromC = KeyDetector.detect(loop, chords(shift, C));
    KeyDetector.KeyEstimate fromAm = KeyDetector.detect(loop, chords(shift, AM));
    assertThat(fromC.key()).isEqualTo(Key.of(shift, false));
    assertThat(fromAm.key()).isEqualTo(Key.of((9 + shift) % 12, true));
    assertThat(fromC.runnerUp()).isNotEqualTo(fromC.key());
  }

  @ParameterizedTest(name = "shifted by {0}")
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11})
  void aClearKeyIsNotMovedByAnOpeningOnAnotherChord(int shift) {
    // A minor with its harmonic-minor dominant: the G# leaves no doubt, whatever the first chord
    double[] cadences = chords(shift, AM, DM, E, AM, AM, F, E, AM);
    Key aMinor = Key.of((9 + shift) % 12, true);
    assertThat(KeyDetector.detect(cadences, null).key()).isEqualTo(aMinor);
    assertThat(KeyDetector.detect(cadences, chords(shift, C)).key()).isEqualTo(aMinor);
    assertThat(KeyDetector.detect(cadences, chords(shift, F)).key()).isEqualTo(aMinor);
  }

  /** Whole-track and opening chroma (C first) measured on the engine's deep-house loop in A minor (i-iv-VII-III, ninths). */
  static final double[] DEEP_HOUSE_A_MINOR = {
    0.127, 0.031, 0.121, 0.031, 0.095, 0.103, 0.061, 0.131, 0.029, 0.118, 0.048, 0.105
  };

  static final double[] DEEP_HOUSE_OPENING = {
    0.105, 0.027, 0.118, 0.025, 0.087, 0.038, 0.058, 0.121, 0.026, 0.221, 0.048, 0.125
  };

  static double[] rotated(double[] chroma, int shift) {
    double[] out = new double[12];
    for (int i = 0; i < 12; i++) out[(i + shift) % 12] = chroma[i];
    return out;
  }

  @ParameterizedTest(name = "shifted by {0}")
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11})
  void anOpeningThatStatesANeighbouringKeyDecidesAgainstAWholeTrackLeadUnderTheStatedMargin(
      int shift) {
    double[] loop = rotated(DEEP_HOUSE_A_MINOR, shift);
    // the whole track alone reads the major key a tone below (G major): its chords take equal time
    assertThat(KeyDetector.detect(loop, null).key()).isEqualTo(Key.of((7 + shift) % 12, false));
    assertThat(KeyDetector.detect(loop, rotated(DEEP_HOUSE_OPENING, shift)).key())
        .isEqualTo(Key.of((9 + shift) % 12, true));
    // an opening on a chord whose key shares only five notes with G major is no evidence for it
    assertThat(KeyDetector.detect(loop, chords(shift, E)).key())
        .isEqualTo(Key.of((7 + shift) % 12, false));
  }

  @ParameterizedTest(name = "shifted by {0}")
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11})
  void scalesSharingSixNotesAreOneStepApartOnTheCamelotWheel(int shift) {
    int cMajor = shift,
        aMinor = 12 + (9 + shift) % 12,
        gMajor = (7 + shift) % 12,
        eMinor = 12 + (4 + shift) % 12;
    int dMajor = (2 + shift) % 12, cMinor = 12 + shift;
    assertThat(KeyDetector.scalesShareSixNotes(cMajor, aMinor)).isTrue();
    assertThat(KeyDetector.scalesShareSixNotes(aMinor, gMajor)).isTrue();
    assertThat(KeyDetector.scalesShareSixNotes(aMinor, eMinor)).isTrue();
    assertThat(KeyDetector.scalesShareSixNotes(cMajor, dMajor)).isFalse();
    assertThat(KeyDetector.scalesShareSixNotes(cMajor, cMinor)).isFalse();
  }
}
