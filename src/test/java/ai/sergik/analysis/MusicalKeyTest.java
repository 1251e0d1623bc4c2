package ai.sergik.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MusicalKeyTest {
  @ParameterizedTest(name = "{0} {1} = {2}")
  @CsvSource({
      "0,true,8B,C major", "7,true,9B,G major", "2,true,10B,D major", "9,true,11B,A major", "4,true,12B,E major",
      "11,true,1B,B major", "5,true,7B,F major", "10,true,6B,A# major", "9,false,8A,A minor", "4,false,9A,E minor",
      "11,false,10A,B minor", "2,false,7A,D minor", "7,false,6A,G minor", "10,false,3A,A# minor", "1,false,12A,C# minor"})
  void camelotCodesAndNamesMatchTheEarlierTool(int tonic, boolean major, String camelot, String name) {
    MusicalKey k = new MusicalKey(tonic, major);
    assertThat(k.camelot()).isEqualTo(camelot);
    assertThat(k.name()).isEqualTo(name);
    assertThat(MusicalKey.ofCamelot(camelot)).isEqualTo(k);
  }

  @Test
  void everyKeyRoundTripsThroughCamelot() {
    for (int t = 0; t < 12; t++) {
      for (boolean major : new boolean[] {true, false}) {
        MusicalKey k = new MusicalKey(t, major);
        assertThat(MusicalKey.ofCamelot(k.camelot())).isEqualTo(k);
      }
    }
  }

  @Test
  void badCamelotCodeSaysWhatIsAccepted() {
    assertThatThrownBy(() -> MusicalKey.ofCamelot("13B"))
        .hasMessage("not a Camelot key: '13B'; expected 1A..12A or 1B..12B, e.g. 10B");
  }
}
