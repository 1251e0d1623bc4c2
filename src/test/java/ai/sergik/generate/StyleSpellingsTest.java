package ai.sergik.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every way a producer spells hip-hop means the same style, chord style, bass style and drum genre. */
class StyleSpellingsTest {
  @ParameterizedTest
  @ValueSource(strings = {"hip-hop", "hiphop", "hip hop", "Hip Hop", "HIP_HOP", "rap"})
  void hipHopInAnySpelling(String spelling) {
    assertThat(Styles.normalize(spelling)).isEqualTo("hip-hop");
    assertThat(Styles.isKnown(spelling)).isTrue();
    assertThat(Styles.isBassStyle(spelling)).isTrue();
    assertThat(Styles.chordStyle(spelling)).isEqualTo("hip-hop");
    assertThat(Styles.bassStyle(spelling)).isEqualTo("hiphop");
    assertThat(Styles.drumGenre(spelling)).isEqualTo("hip-hop");
    GenerationRequest r = GenerationRequest.builder()
        .part(Part.BASS)
        .style(spelling)
        .bassStyle(spelling)
        .drumGenre(spelling)
        .build();
    assertThat(r.effectiveBassStyle()).isEqualTo("hiphop");
    assertThat(r.effectiveDrumGenre()).isEqualTo("hip-hop");
  }

  @ParameterizedTest
  @ValueSource(strings = {"polka", "hip-hopp", ""})
  void otherNamesAreNoBassStyle(String name) {
    assertThat(Styles.isBassStyle(name)).isFalse();
  }
}
