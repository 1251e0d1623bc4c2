package ai.sergik.music;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class KeyTest {
  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "8B|8B",
        "8A|8A",
        "10B|10B",
        "10b|10B",
        "10A|10A",
        "12b|12B",
        "1A|1A",
        "01a|1A",
        "1d|8B",
        "1m|8A",
        "3d|10B",
        "3m|10A",
        "12M|7A",
        "D|10B",
        "Dmaj|10B",
        "D major|10B",
        "d MAJOR|10B",
        "Bm|10A",
        "bm|10A",
        "F#m|11A",
        "Gb minor|11A",
        "Bbmin|3A",
        "C\u266fm|12A",
        "D\u266d|3B",
        "Ebm|2A",
        "A minor|8A",
        "am|8A",
        "C|8B",
        "G|9B",
        "E|12B",
        "B|1B",
        "F#|2B",
        "F|7B",
        "Bb|6B",
        "bb|6B",
        "bbm|3A",
        "D-minor|7A",
        "F sharp minor|11A",
        "Ab maj|4B",
      })
  void readsEveryNotation(String text, String camelot) {
    assertThat(Key.parse(text).camelot()).isEqualTo(camelot);
  }

  @Test
  void camelotFollowsTheCircleOfFifths() {
    assertThat(Key.parse("8B").name()).isEqualTo("C major");
    assertThat(Key.parse("8A").name()).isEqualTo("A minor");
    assertThat(Key.parse("9B").name()).isEqualTo("G major");
    assertThat(Key.parse("10B").name()).isEqualTo("D major");
    assertThat(Key.parse("10A").name()).isEqualTo("B minor");
    assertThat(Key.parse("7A").name()).isEqualTo("D minor");
    for (int n = 1; n <= 12; n++) {
      Key major = Key.camelot(n, false);
      Key next = Key.camelot(n % 12 + 1, false);
      assertThat(PitchClass.normalize(next.tonic() - major.tonic()))
          .as("%dB -> next", n)
          .isEqualTo(7);
    }
  }

  @Test
  void allHas24DistinctKeys() {
    assertThat(Key.all()).hasSize(24).doesNotHaveDuplicates();
    assertThat(Key.all().get(0).camelot()).isEqualTo("1A");
    assertThat(Key.all().get(23).camelot()).isEqualTo("12B");
  }

  static Iterable<Key> keys() {
    return Key.all();
  }

  @ParameterizedTest
  @MethodSource("keys")
  void everyNotationReadsBackToTheSameKey(Key key) {
    assertThat(Key.parse(key.camelot())).isSameAs(key);
    assertThat(Key.parse(key.openKey())).isSameAs(key);
    assertThat(Key.parse(key.name())).isSameAs(key);
    assertThat(Key.parse(key.shortName())).isSameAs(key);
  }

  @ParameterizedTest
  @MethodSource("keys")
  void relativeKeysShareNumberAndNotes(Key key) {
    Key rel = key.relative();
    assertThat(rel.isMinor()).isNotEqualTo(key.isMinor());
    assertThat(rel.camelotNumber()).isEqualTo(key.camelotNumber());
    assertThat(set(rel.pitchClasses())).isEqualTo(set(key.pitchClasses()));
    assertThat(rel.relative()).isSameAs(key);
    assertThat(key.pitchClasses()[0]).isEqualTo(key.tonic());
  }

  @Test
  void dMajorHasTwoSharps() {
    assertThat(set(Key.parse("10B").pitchClasses()))
        .containsExactlyInAnyOrder(2, 4, 6, 7, 9, 11, 1);
  }

  @Test
  void badKeyListsTheAcceptedForms() {
    assertThatThrownBy(() -> Key.parse("H minor"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown key \"H minor\"; use " + Key.ACCEPTED_FORMS);
    assertThatThrownBy(() -> Key.parse("13A")).hasMessageContaining("Camelot 1A-12B");
    assertThatThrownBy(() -> Key.parse(" ")).hasMessageStartingWith("key is empty; use Camelot");
  }

  private static Set<Integer> set(int[] pcs) {
    Set<Integer> s = new HashSet<>();
    for (int p : pcs) s.add(p);
    return s;
  }
}
