package ai.sergik.dna;

import ai.sergik.music.Key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CamelotKeyTest {

  @ParameterizedTest
  @CsvSource({"C major,8B", "A minor,8A", "G major,9B", "D major,10B", "A major,11B", "E major,12B", "B major,1B",
      "E minor,9A", "B minor,10A", "D minor,7A", "F#m,11A", "Bb minor,3A", "A# minor,3A", "Eb major,5B", "F major,7B",
      "G minor,6A", "C# minor,12A", "10b,10B", "7A,7A"})
  void namesAndCamelotCodesMeanTheSameKey(String text, String camelot) {
    assertThat(CamelotKey.parse(text).toString()).isEqualTo(camelot);
  }

  @ParameterizedTest
  @CsvSource({"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"})
  void tonicAndKeyNameRoundTripForEverySlot(int number) {
    for (char letter : new char[] {'A', 'B'}) {
      CamelotKey key = new CamelotKey(number, letter);
      assertThat(CamelotKey.ofTonic(key.tonic(), key.minor())).isEqualTo(key);
      assertThat(CamelotKey.parse(key.keyName())).isEqualTo(key);
      assertThat(key.isNeighbourOf(new CamelotKey(number, letter == 'A' ? 'B' : 'A'))).isTrue();
      assertThat(key.isNeighbourOf(new CamelotKey(number % 12 + 1, letter))).isTrue();
      assertThat(key.isNeighbourOf(new CamelotKey((number + 1) % 12 + 1, letter))).isFalse();
      assertThat(key.isNeighbourOf(key)).isFalse();
      CamelotKey up = new CamelotKey(number % 12 + 1, letter);
      assertThat(key.semitonesTo(up)).isEqualTo(-5); // a fifth up is the same pitch class as a fourth down
    }
  }

  @ParameterizedTest
  @CsvSource({"H major", "13B", "0A", "10C", "''"})
  void rejectsWhatIsNotAKeyAndSaysWhatWouldDo(String text) {
    assertThatThrownBy(() -> CamelotKey.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(Key.ACCEPTED_FORMS);
  }
}
