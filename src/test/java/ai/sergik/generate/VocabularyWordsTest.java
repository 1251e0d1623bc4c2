package ai.sergik.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Voicings, spreads, arpeggio patterns and rates: every id and the spellings read before parse to one word. */
class VocabularyWordsTest {
  @Test
  void everyIdReadsBackAsItsWord() {
    for (Voicing v : Voicing.values()) assertThat(Voicing.parse(v.id())).isSameAs(v);
    for (Spread v : Spread.values()) assertThat(Spread.parse(v.id())).isSameAs(v);
    for (ArpPattern v : ArpPattern.values())
      assertThat(ArpPattern.parse(v.id())).isSameAs(v);
    for (ArpRate v : ArpRate.values()) assertThat(ArpRate.parse(v.id())).isSameAs(v);
    assertThat(ArpRate.ids())
        .containsExactly("1/4", "1/4t", "1/8", "1/8t", "1/16", "1/16t", "1/32", "1/32t");
    assertThat(Voicing.ids()).containsExactly("stabs", "pads", "spread", "shell", "rootless");
  }

  @ParameterizedTest
  @CsvSource({
    "' Pads ',pads",
    "AS_PLAYED,as-played",
    "as-played,as-played",
    "1/16T,1/16t",
    "Drop-2,drop-2"
  })
  void spellingsFoldToTheId(String text, String id) {
    String read = id.equals("pads")
        ? Voicing.parse(text).id()
        : id.equals("as-played")
            ? ArpPattern.parse(text).id()
            : id.equals("1/16t") ? ArpRate.parse(text).id() : Spread.parse(text).id();
    assertThat(read).isEqualTo(id);
  }

  @Test
  void ticksOfEveryRate() {
    assertThat(ArpRate.parse("1/4").ticks()).isEqualTo(960);
    assertThat(ArpRate.parse("1/8t").ticks()).isEqualTo(320);
    assertThat(ArpRate.parse("1/32t").ticks()).isEqualTo(80);
  }

  @Test
  void anUnknownWordIsNamedWithWhatWouldDo() {
    assertThatThrownBy(() -> GenerationRequest.builder().voicing("wide").build())
        .hasMessage("voicing \"wide\" is unknown; use one of stabs, pads, spread, shell, rootless");
    assertThatThrownBy(() -> ArpRate.parse("1/64"))
        .hasMessage(
            "arp rate \"1/64\" is unknown; use one of 1/4, 1/4t, 1/8, 1/8t, 1/16, 1/16t, 1/32, 1/32t");
    assertThatThrownBy(() -> ArpPattern.parse(null))
        .hasMessageStartingWith("arp pattern \"null\" is unknown");
  }
}
