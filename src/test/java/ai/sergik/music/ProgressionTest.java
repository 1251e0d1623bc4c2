package ai.sergik.music;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProgressionTest {
  @ParameterizedTest(name = "{1} in {0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "10B; i-VI-III-VII; true; Bm7 Gmaj7 Dmaj7 A7; 10A",
        "10B; i-VI-III-VII; false; Bm G D A; 10A",
        "10A; i-VI-III-VII; true; Bm7 Gmaj7 Dmaj7 A7; 10A",
        "10A; I-V-vi-IV; false; D A Bm G; 10B",
        "8B; I-V-vi-IV; false; C G Am F; 8B",
        "8B; ii7-V7-Imaj7; false; Dm7 G7 Cmaj7; 8B",
        "8B; ii-V-I; true; Dm7 G7 Cmaj7; 8B",
        "8A; i-bII-i-bVII; false; Am Bb Am G; 8A",
        "8B; iii-vi; true; Em7 Am7; 8B",
        "8B; vii\u00b0; true; Bm7b5; 8B",
        "8A; ii\u00f87-V7-i; false; Bm7b5 E7 Am; 8A",
        "8A; vii\u00b07-i; false; G#dim7 Am; 8A",
        "8B; V/V-V-I; false; D G C; 8B",
        "8B; V7/ii-ii; false; A7 Dm; 8B",
        "8B; I-bVI-bVII-I; false; C Ab Bb C; 8B",
        "8B; Imaj9-IV6-V7sus4-Iadd9; false; Cmaj9 F6 G7sus4 Cadd9; 8B",
        "8B; I-IVmaj7-V9-vi11-ii13; false; C Fmaj7 G9 Am11 Dm13; 8B",
        "8B; Isus2-Isus4-I+; false; Csus2 Csus4 Caug; 8B",
        "6B; I-IV-V; true; Bbmaj7 Ebmaj7 F7; 6B",
        "3B; I-IV-V; true; Dbmaj7 Gbmaj7 Ab7; 3B",
        "8B; I-vi-ii-V; true; Cmaj7 Am7 Dm7 G7; 8B",
        "8B; #iv\u00b0-V; false; F#dim G; 8B",
        "8B; I-iii-IV; false; C Em F; 8B",
      })
  void chordsAreNamedAsWritten(
      String key, String progression, boolean sevenths, String chords, String tonic) {
    Progression p = Progression.parse(progression);
    Key k = Key.parse(key);
    List<String> names =
        p.chordsIn(k, sevenths, false).stream().map(Chord::name).collect(Collectors.toList());
    assertThat(String.join(" ", names)).isEqualTo(chords);
    assertThat(p.tonicIn(k).camelot()).isEqualTo(tonic);
  }

  @Test
  void ninthsComeFromTheScale() {
    List<String> names =
        Progression.parse("i-VI-III-VII").chordsIn(Key.parse("10B"), true, true).stream()
            .map(Chord::name)
            .collect(Collectors.toList());
    // C# is the ninth of Bm and of A: both in the key; G's ninth A, D's ninth E: in the key too
    assertThat(names).containsExactly("Bm9", "Gmaj9", "Dmaj9", "A9");
    List<String> phrygian =
        Progression.parse("iii-I").chordsIn(Key.parse("8B"), true, true).stream()
            .map(Chord::name)
            .collect(Collectors.toList());
    assertThat(phrygian)
        .as("Em's ninth F# is not in C major, so no ninth")
        .containsExactly("Em7", "Cmaj9");
  }

  @Test
  void separatorsMayBeDashesSpacesCommasOrBars() {
    assertThat(Progression.parse("I V vi IV").size()).isEqualTo(4);
    assertThat(Progression.parse("I, V | vi \u2013 IV").size()).isEqualTo(4);
  }

  @Test
  void badSymbolIsNamed() {
    assertThatThrownBy(() -> Progression.parse("I-X-IV"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "progression \"I-X-IV\": cannot read chord symbol \"X\"; use Roman numerals");
    assertThatThrownBy(() -> Progression.parse("  "))
        .hasMessageStartingWith("progression is empty");
    assertThatThrownBy(() -> Progression.parse("Iv")).hasMessageContaining("\"Iv\"");
  }

  @Test
  void diatonicMeansTheScaleBuildsThatTriad() {
    Key c = Key.parse("C");
    assertThat(RomanNumeral.parse("vi").isDiatonicIn(c)).isTrue();
    assertThat(RomanNumeral.parse("VI").isDiatonicIn(c)).isFalse();
    assertThat(RomanNumeral.parse("vii\u00b0").isDiatonicIn(c)).isTrue();
    assertThat(RomanNumeral.parse("bVII").isDiatonicIn(c)).isFalse();
    assertThat(RomanNumeral.parse("V/V").isDiatonicIn(c)).isFalse();
    assertThat(RomanNumeral.parse("VII").isDiatonicIn(Key.parse("Am"))).isTrue();
  }
}
