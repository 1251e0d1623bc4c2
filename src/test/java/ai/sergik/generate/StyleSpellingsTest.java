package ai.sergik.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every way a producer spells a style means the same style, chord style, bass style and drum genre. */
class StyleSpellingsTest {
  @ParameterizedTest
  @ValueSource(strings = {"hip-hop", "hiphop", "hip hop", "Hip Hop", "HIP_HOP", "rap"})
  void hipHopInAnySpelling(String spelling) {
    assertThat(Style.parse(spelling)).isEqualTo(Style.HIP_HOP);
    assertThat(ChordStyle.parse(spelling)).isEqualTo(ChordStyle.HIP_HOP);
    assertThat(BassStyle.parse(spelling).id()).isEqualTo("hiphop");
    assertThat(DrumGenre.parse(spelling).id()).isEqualTo("hip-hop");
    GenerationRequest r = GenerationRequest.builder()
        .part(Part.BASS)
        .style(spelling)
        .bassStyle(spelling)
        .drumGenre(spelling)
        .build();
    assertThat(r.bass().style()).isEqualTo(BassStyle.HIP_HOP);
    assertThat(r.drums().genre()).isEqualTo(DrumGenre.HIP_HOP);
    assertThat(r.style().chords()).isEqualTo(ChordStyle.HIP_HOP);
  }

  static List<Arguments> spellings() {
    List<Arguments> out = new ArrayList<>();
    for (Style s : Style.values()) {
      out.add(Arguments.of(s.id(), s));
      out.add(Arguments.of(s.id().replace('-', ' ').toUpperCase(java.util.Locale.ROOT), s));
      for (String alias : s.aliases()) out.add(Arguments.of(alias, s));
    }
    out.add(Arguments.of("Drum & Bass", Style.DRUM_AND_BASS));
    out.add(Arguments.of("D&B", Style.DRUM_AND_BASS));
    out.add(Arguments.of("Deep_House", Style.DEEP_HOUSE));
    return out;
  }

  @ParameterizedTest
  @MethodSource("spellings")
  void everySpellingOfAStyleNamesItForEveryPart(String spelling, Style style) {
    GenerationRequest r = GenerationRequest.builder().style(spelling).build();
    assertThat(r.style()).isEqualTo(style);
    assertThat(r.bass().style()).isEqualTo(style.bass());
    assertThat(r.drums().genre()).isEqualTo(style.drums());
    assertThat(r.tempo()).isEqualTo(style.tempo());
  }

  @ParameterizedTest
  @EnumSource(DrumGenre.class)
  void everyDrumGenreIsAStyleThatPlaysItself(DrumGenre genre) {
    assertThat(genre.style().drums()).isEqualTo(genre);
    assertThat(Style.parse(genre.id()).drums()).isEqualTo(genre);
  }

  @ParameterizedTest
  @EnumSource(ChordStyle.class)
  void everyChordStyleIsAStyleThatPlaysItself(ChordStyle chords) {
    assertThat(Style.parse(chords.id()).chords()).isEqualTo(chords);
  }

  @ParameterizedTest
  @ValueSource(strings = {"polka", "hip-hopp", "", "boom-bap", "lo-fi"})
  void otherNamesAreNoBassStyle(String name) {
    assertThatThrownBy(() -> BassStyle.parse(name))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bass style \"" + name
            + "\" is unknown; use one of jazz, house, techno, hiphop, funk, soul, ambient, trap");
  }

  @ParameterizedTest
  @ValueSource(strings = {"polka", "hip-hopp", ""})
  void unknownStylesAreNamedWithTheAcceptedOnes(String name) {
    assertThatThrownBy(() -> GenerationRequest.builder().style(name).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "style \"" + name + "\" is unknown; use one of house, deep-house, techno, jazz, modal,"
                + " hip-hop, boom-bap, soul, funk, ambient, trap, tech-house, drum-and-bass, lo-fi, reggaeton");
  }
}
