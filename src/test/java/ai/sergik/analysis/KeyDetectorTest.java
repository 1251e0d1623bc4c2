package ai.sergik.analysis;

import ai.sergik.music.Key;
import static org.assertj.core.api.Assertions.assertThat;

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

  static final int[] C = {0, 4, 7}, G = {7, 11, 2}, AM = {9, 0, 4}, F = {5, 9, 0}, DM = {2, 5, 9}, E = {4, 8, 11};

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
}
