package ai.sergik.music;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChordTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "MAJOR; C; 0 4 7",
        "MINOR; Cm; 0 3 7",
        "DIMINISHED; Cdim; 0 3 6",
        "SIX; C6; 0 4 7 9",
        "DOMINANT_SEVEN; C7; 0 4 7 10",
        "MAJOR_SEVEN; Cmaj7; 0 4 7 11",
        "MINOR_SEVEN; Cm7; 0 3 7 10",
        "HALF_DIMINISHED; Cm7b5; 0 3 6 10",
        "DIMINISHED_SEVEN; Cdim7; 0 3 6 9",
        "SUS2; Csus2; 0 2 7",
        "SUS4; Csus4; 0 5 7",
        "ADD9; Cadd9; 0 4 7 2",
        "DOMINANT_NINE; C9; 0 4 7 10 2",
        "MINOR_NINE; Cm9; 0 3 7 10 2",
        "DOMINANT_ELEVEN; C11; 0 4 7 10 2 5",
        "DOMINANT_THIRTEEN; C13; 0 4 7 10 2 9",
      })
  void qualitiesHaveTheirTonesAndNames(ChordQuality q, String name, String pcs) {
    Chord c = new Chord(0, q);
    assertThat(c.name()).isEqualTo(name);
    StringBuilder sb = new StringBuilder();
    for (int pc : c.pitchClasses()) sb.append(sb.length() == 0 ? "" : " ").append(pc);
    assertThat(sb.toString()).isEqualTo(pcs);
  }

  @Test
  void inversionsPutAnotherToneInTheBass() {
    Chord c = new Chord(0, ChordQuality.MAJOR);
    assertThat(c.inversion(1).name()).isEqualTo("C/E");
    assertThat(c.inversion(2).bass()).isEqualTo(7);
    assertThat(c.inversion(0)).isEqualTo(c);
    assertThatThrownBy(() -> c.inversion(3)).hasMessage("inversion must be 0..2 for C, got 3");
  }

  @Test
  void suffixesParse() {
    assertThat(ChordQuality.parseSuffix("maj7")).isEqualTo(ChordQuality.MAJOR_SEVEN);
    assertThat(ChordQuality.parseSuffix("\u00f8")).isEqualTo(ChordQuality.HALF_DIMINISHED);
    assertThat(ChordQuality.parseSuffix("\u00b07")).isEqualTo(ChordQuality.DIMINISHED_SEVEN);
    assertThat(ChordQuality.parseSuffix("m")).isEqualTo(ChordQuality.MINOR);
    assertThatThrownBy(() -> ChordQuality.parseSuffix("xyz"))
        .hasMessageStartingWith("unknown chord quality \"xyz\"");
  }

  @Test
  void scalesAndModes() {
    assertThat(new Scale(2, Mode.MAJOR).pitchClasses()).containsExactly(2, 4, 6, 7, 9, 11, 1);
    assertThat(new Scale(9, Mode.HARMONIC_MINOR).contains(8)).isTrue();
    assertThat(new Scale(9, Mode.MELODIC_MINOR).pitchClasses())
        .containsExactly(9, 11, 0, 2, 4, 6, 8);
    assertThat(new Scale(2, Mode.DORIAN).pitchClasses()).containsExactly(2, 4, 5, 7, 9, 11, 0);
    assertThat(new Scale(4, Mode.PHRYGIAN).pitchClasses()).containsExactly(4, 5, 7, 9, 11, 0, 2);
    assertThat(new Scale(5, Mode.LYDIAN).pitchClasses()).containsExactly(5, 7, 9, 11, 0, 2, 4);
    assertThat(new Scale(7, Mode.MIXOLYDIAN).pitchClasses()).containsExactly(7, 9, 11, 0, 2, 4, 5);
    assertThat(new Scale(11, Mode.LOCRIAN).pitchClasses()).containsExactly(11, 0, 2, 4, 5, 7, 9);
    assertThat(Mode.parse("Aeolian")).isEqualTo(Mode.NATURAL_MINOR);
    assertThatThrownBy(() -> Mode.parse("blues"))
        .hasMessageStartingWith("unknown scale or mode \"blues\"; use one of major, minor");
  }
}
