package ai.sergik.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.music.Key;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The vote of the key estimators, for every key the detector may have read. */
class KeyConsensusTest {
  static java.util.stream.Stream<Key> keys() {
    return SynthChords.allKeys();
  }

  static KeyDetector.KeyEstimate detector(Key key, boolean setByOpening) {
    return new KeyDetector.KeyEstimate(key, 0.4, key.relative(), 0.7, setByOpening);
  }

  static List<KeyVote> votes(Key... keys) {
    return Arrays.stream(keys).map(k -> new KeyVote("other", k)).toList();
  }

  static Key fifthAbove(Key k) {
    return Key.of(k.tonic() + 7, k.isMinor());
  }

  static Key parallel(Key k) {
    return Key.of(k.tonic(), !k.isMinor());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("keys")
  void whenAllAgreeTheKeyIsFullyConfident(Key key) {
    KeyDetector.KeyEstimate out = KeyConsensus.decide(detector(key, false), votes(key, key));
    assertThat(out.key()).isEqualTo(key);
    assertThat(out.confidence()).isEqualTo(1.0);
    assertThat(out.runnerUp()).isEqualTo(key.relative());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("keys")
  void twoEstimatorsOverruleTheDetectorOnAFifthOrAParallelKey(Key key) {
    for (Key other : List.of(fifthAbove(key), parallel(key))) {
      KeyDetector.KeyEstimate out = KeyConsensus.decide(detector(key, false), votes(other, other));
      assertThat(out.key()).isEqualTo(other);
      assertThat(out.confidence()).isEqualTo(0.667);
      assertThat(out.runnerUp()).isEqualTo(key);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("keys")
  void theRelativeKeyAndAnOpeningsChoiceAreNotOverruled(Key key) {
    Key relative = key.relative();
    KeyDetector.KeyEstimate sameNotes =
        KeyConsensus.decide(detector(key, false), votes(relative, relative));
    assertThat(sameNotes.key()).isEqualTo(key);
    assertThat(sameNotes.confidence()).isEqualTo(0.333);
    assertThat(sameNotes.runnerUp()).isEqualTo(relative);
    Key fifth = fifthAbove(key);
    KeyDetector.KeyEstimate opening = KeyConsensus.decide(detector(key, true), votes(fifth, fifth));
    assertThat(opening.key()).isEqualTo(key);
    assertThat(opening.setByOpening()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("keys")
  void aTieGoesToTheDetectorAndAnAbstainingEstimatorDoesNotCount(Key key) {
    Key fifth = fifthAbove(key), parallel = parallel(key);
    assertThat(KeyConsensus.decide(detector(key, false), votes(fifth, parallel)).key())
        .isEqualTo(key);
    // four estimators, two against two
    assertThat(
            KeyConsensus.decide(detector(key, false), votes(fifth, fifth, key)).key())
        .isEqualTo(key);
    // one abstains: the other alone does not outvote the detector, and the share counts only who
    // voted
    KeyDetector.KeyEstimate out = KeyConsensus.decide(detector(key, false), votes(fifth, null));
    assertThat(out.key()).isEqualTo(key);
    assertThat(out.confidence()).isEqualTo(0.5);
    // three of four carry the vote
    KeyDetector.KeyEstimate three =
        KeyConsensus.decide(detector(key, false), votes(fifth, fifth, fifth));
    assertThat(three.key()).isEqualTo(fifth);
    assertThat(three.confidence()).isEqualTo(0.75);
  }
}
