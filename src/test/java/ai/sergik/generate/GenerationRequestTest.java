package ai.sergik.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GenerationRequestTest {
  @Test
  void defaultsMatchTheEarlierTool() {
    GenerationRequest r = GenerationRequest.builder().build();
    assertThat(r.part()).isEqualTo(Part.CHORDS);
    assertThat(r.key().camelot()).isEqualTo("10B");
    assertThat(r.style().id()).isEqualTo("house");
    assertThat(r.bars()).isEqualTo(8);
    assertThat(r.tempo()).isEqualTo(125.0);
    assertThat(r.chords().voicing().id()).isEqualTo("stabs");
    assertThat(r.chords().sevenths()).isTrue();
    assertThat(r.chords().ninths()).isFalse();
    assertThat(r.progression()).isNull();
    assertThat(r.newBuilder().build()).isEqualTo(r).hasSameHashCodeAs(r);
  }

  @Test
  void outOfRangeValuesAreRefusedByName() {
    assertThatThrownBy(() -> GenerationRequest.builder().bars(0).build())
        .hasMessage("bars must be 1..64, got 0");
    assertThatThrownBy(() -> GenerationRequest.builder().bars(65).build())
        .hasMessage("bars must be 1..64, got 65");
    assertThatThrownBy(() -> GenerationRequest.builder().tempo(19.5).build())
        .hasMessage("tempo must be 20..999 BPM, got 19.5");
    assertThatThrownBy(() -> GenerationRequest.builder().key("Q").build())
        .hasMessageStartingWith("key: unknown key \"Q\"; use Camelot 1A-12B");
    assertThatThrownBy(() -> GenerationRequest.builder().style("polka").build())
        .hasMessageStartingWith(
            "style \"polka\" is unknown; use one of house, deep-house, techno, jazz, modal, hip-hop");
    assertThatThrownBy(() -> GenerationRequest.builder().voicing("cluster").build())
        .hasMessage(
            "voicing \"cluster\" is unknown; use one of stabs, pads, spread, shell, rootless");
    assertThatThrownBy(() -> GenerationRequest.builder().arpRate("1/64").build())
        .hasMessage(
            "arp rate \"1/64\" is unknown; use one of 1/4, 1/4t, 1/8, 1/8t, 1/16, 1/16t, 1/32, 1/32t");
    assertThatThrownBy(() -> GenerationRequest.builder().arpOctaves(5).build())
        .hasMessage("arp octaves must be 1..4, got 5");
    assertThatThrownBy(() -> GenerationRequest.builder().arpGate(0).build())
        .hasMessage("arp gate must be 0.05..1.0 (fraction of a step), got 0.0");
    assertThatThrownBy(() -> GenerationRequest.builder().drumVariations(17).build())
        .hasMessage("drum variations must be 0..16, got 17");
    assertThatThrownBy(() -> GenerationRequest.builder().density(1.5).build())
        .hasMessage("density must be 0..1, got 1.5");
    assertThatThrownBy(() -> GenerationRequest.builder().drumGenre("polka").build())
        .hasMessageStartingWith("drum genre \"polka\" is unknown; use one of house, tech-house");
    assertThatThrownBy(() -> GenerationRequest.builder().bassStyle("dub").build())
        .hasMessage(
            "bass style \"dub\" is unknown; use one of jazz, house, techno, hiphop, funk, soul, ambient, trap");
    assertThatThrownBy(() -> GenerationRequest.builder().progression("I-Z").build())
        .hasMessageStartingWith("progression: progression \"I-Z\": cannot read chord symbol \"Z\"");
    assertThatThrownBy(() -> GenerationRequest.builder().part("solo"))
        .hasMessage("unknown part \"solo\"; use chords, bass, arp (arpeggio), drums or melody");
  }

  @Test
  void styleNamesAreForgiving() {
    assertThat(GenerationRequest.builder().style("Deep House").build().style().id())
        .isEqualTo("deep-house");
    assertThat(GenerationRequest.builder().style("hiphop").build().style().id())
        .isEqualTo("hip-hop");
    assertThat(GenerationRequest.builder()
            .style("DnB")
            .part("drums")
            .build()
            .drums()
            .genre()
            .id())
        .isEqualTo("drum-and-bass");
    assertThat(GenerationRequest.builder().style("jazz").build().bass().style().id())
        .isEqualTo("jazz");
    assertThat(Part.parse("Arpeggio")).isEqualTo(Part.ARP);
  }

  @Test
  void everyStyleHasMajorAndMinorPresets() {
    for (String style : ChordStyle.ids()) {
      for (boolean minor : new boolean[] {false, true}) {
        var p = ai.sergik.music.Progression.parse(ChordStyle.parse(style).preset(minor, 0));
        var key = minor ? ai.sergik.music.Key.parse("8A") : ai.sergik.music.Key.parse("8B");
        assertThat(p.tonicIn(key)).as("%s %s", style, minor).isSameAs(key);
      }
    }
  }

  @Test
  void listsForMenus() {
    assertThat(Generators.styles(Part.CHORDS))
        .contains("house", "jazz", "ambient")
        .hasSize(10);
    assertThat(Generators.styles(Part.DRUMS))
        .contains("trap", "reggaeton", "drum-and-bass")
        .hasSize(9);
    assertThat(Generators.styles(Part.BASS))
        .containsExactly("jazz", "house", "techno", "hiphop", "funk", "soul", "ambient", "trap");
    assertThat(Generators.voicings())
        .containsExactly("stabs", "pads", "spread", "shell", "rootless");
  }
}
