package ai.sergik.generate;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.music.Key;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every style's preset, in every key, starts on the key's tonic chord, so that the loop states the key
 * asked for on its first downbeat; the major and minor presets of a style over the same chords would
 * otherwise sound alike and a request for 8B could come out as A minor.
 */
class PresetTonicTest {
  static List<Arguments> stylesAndKeys() {
    List<Arguments> all = new ArrayList<>();
    for (String style : ChordStyle.ids()) {
      for (Key key : Key.all()) all.add(Arguments.of(style, key.camelot()));
    }
    return all;
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("stylesAndKeys")
  void thePresetStartsOnTheTonicChordInTheModeAskedFor(String style, String camelot) {
    Generation g = Generators.generate(
        GenerationRequest.builder().key(camelot).style(style).bars(4).build());
    Key asked = Key.parse(camelot);
    assertThat(g.tonic()).isEqualTo(asked);
    assertThat(g.chords().get(0).root())
        .as("first chord %s", g.chordNames().get(0))
        .isEqualTo(asked.tonic());
    assertThat(g.chords().get(0).pitchClasses())
        .as("first chord %s has the key's third", g.chordNames().get(0))
        .contains((asked.tonic() + (asked.isMinor() ? 3 : 4)) % 12);
    assertThat(g.notes().stream()
            .filter(n -> n.start() < 4)
            .mapToInt(n -> n.pitch() % 12)
            .distinct()
            .toArray())
        .as("notes of the first bar")
        .contains(asked.tonic());
  }
}
