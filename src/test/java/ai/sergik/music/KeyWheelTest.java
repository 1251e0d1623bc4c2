package ai.sergik.music;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Camelot wheel as the DNA, the datasets and the audio analysis read and write it. */
class KeyWheelTest {

  @ParameterizedTest
  @CsvSource({
    "C major,8B",
    "A minor,8A",
    "G major,9B",
    "D major,10B",
    "A major,11B",
    "E major,12B",
    "B major,1B",
    "E minor,9A",
    "B minor,10A",
    "D minor,7A",
    "F#m,11A",
    "Bb minor,3A",
    "A# minor,3A",
    "Eb major,5B",
    "F major,7B",
    "G minor,6A",
    "C# minor,12A",
    "10b,10B",
    "7A,7A",
    "D dorian,8A",
    "D mixolydian,9B"
  })
  void namesAndCamelotCodesMeanTheSameSlot(String text, String camelot) {
    assertThat(Key.parse(text).onWheel().camelot()).isEqualTo(camelot);
    assertThat(Key.parse(text).onWheel().isModal()).isFalse();
  }

  @ParameterizedTest(name = "{0} minor={1} = {2}")
  @CsvSource({
    "0,false,8B,C major", "7,false,9B,G major", "2,false,10B,D major", "9,false,11B,A major",
        "4,false,12B,E major",
    "11,false,1B,B major", "5,false,7B,F major", "10,false,6B,A# major", "9,true,8A,A minor",
        "4,true,9A,E minor",
    "11,true,10A,B minor", "2,true,7A,D minor", "7,true,6A,G minor", "10,true,3A,A# minor",
        "1,true,12A,C# minor",
    "3,false,5B,D# major", "3,true,2A,D# minor"
  })
  void sharpNamesAreTheOnesTheAnalysisTablesHaveAlwaysWritten(
      int tonic, boolean minor, String camelot, String name) {
    Key k = Key.of(tonic, minor);
    assertThat(k.camelot()).isEqualTo(camelot);
    assertThat(k.sharpName()).isEqualTo(name);
    assertThat(Key.parse(camelot)).isSameAs(k);
    assertThat(Key.parse(name)).isSameAs(k);
  }

  @ParameterizedTest
  @CsvSource({"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"})
  void neighboursAndTranspositionsForEverySlot(int number) {
    for (boolean minor : new boolean[] {true, false}) {
      Key key = Key.camelot(number, minor);
      assertThat(Key.of(key.tonic(), key.isMinor())).isSameAs(key);
      assertThat(key.isNeighbourOf(Key.camelot(number, !minor))).isTrue();
      assertThat(key.isNeighbourOf(Key.camelot(number % 12 + 1, minor))).isTrue();
      assertThat(Key.camelot(number % 12 + 1, minor).isNeighbourOf(key)).isTrue();
      assertThat(key.isNeighbourOf(Key.camelot((number + 1) % 12 + 1, minor))).isFalse();
      assertThat(key.isNeighbourOf(Key.camelot(number % 12 + 1, !minor))).isFalse();
      assertThat(key.isNeighbourOf(key)).isFalse();
      Key up = Key.camelot(number % 12 + 1, minor);
      assertThat(key.semitonesTo(up))
          .isEqualTo(-5); // a fifth up is the same pitch class as a fourth down
      assertThat(up.semitonesTo(key)).isEqualTo(5);
    }
  }

  @Test
  void camelotOrderWalksTheWheel() {
    List<Key> shuffled = new ArrayList<Key>(Key.all());
    java.util.Collections.reverse(shuffled);
    shuffled.sort(Key.CAMELOT_ORDER);
    assertThat(shuffled).isEqualTo(Key.all());
    assertThat(Key.CAMELOT_ORDER.compare(Key.parse("D dorian"), Key.parse("7B")))
        .isPositive();
    assertThat(Key.CAMELOT_ORDER.compare(Key.parse("D dorian"), Key.parse("8B")))
        .isNegative();
  }

  @Test
  void parseOrNullIsNullOnlyForBlankText() {
    assertThat(Key.parseOrNull(null)).isNull();
    assertThat(Key.parseOrNull("  ")).isNull();
    assertThat(Key.parseOrNull("10B")).isSameAs(Key.parse("D major"));
  }

  @ParameterizedTest
  @CsvSource({"H major", "13B", "0A", "10C", "''"})
  void rejectsWhatIsNotAKeyAndSaysWhatWouldDo(String text) {
    assertThatThrownBy(() -> Key.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(Key.ACCEPTED_FORMS);
  }
}
