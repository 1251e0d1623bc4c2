package ai.sergik.generate;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.music.Note;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The earlier tool's defaults: key 10B, i-VI-III-VII, 8 bars, stabs, sevenths, 125 BPM. */
class AcceptanceTest {
  @Test
  void earlierToolDefaultsGiveBm7Gmaj7Dmaj7A7OneChordEveryTwoBars() {
    GenerationRequest r = GenerationRequest.builder()
        .key("10B")
        .progression("i-VI-III-VII")
        .bars(8)
        .voicing("stabs")
        .sevenths(true)
        .tempo(125)
        .build();
    Generation g = Generators.generate(r);
    assertThat(g.chordNames()).containsExactly("Bm7", "Gmaj7", "Dmaj7", "A7");
    assertThat(g.tonic().camelot()).isEqualTo("10A");
    assertThat(g.lengthBeats()).isEqualTo(32.0);
    List<ChordSpan> spans = Harmony.of(r).spans();
    assertThat(spans).extracting(ChordSpan::start).containsExactly(0.0, 8.0, 16.0, 24.0);
    assertThat(spans).extracting(ChordSpan::length).containsOnly(8.0);
    // the notes sounding in each 2-bar window are exactly that chord's tones
    String[] expected = {"Bm7", "Gmaj7", "Dmaj7", "A7"};
    for (int i = 0; i < 4; i++) {
      int from = i * 8;
      TreeSet<Integer> pcs = g.notes().stream()
          .filter(n -> n.start() >= from && n.start() < from + 8)
          .map(n -> n.pitch() % 12)
          .collect(Collectors.toCollection(TreeSet::new));
      TreeSet<Integer> chordPcs = new TreeSet<>();
      for (int pc : g.chords().get(i).pitchClasses()) chordPcs.add(pc);
      assertThat(pcs).as(expected[i]).isEqualTo(chordPcs);
    }
    assertThat(g.summary())
        .isEqualTo("Bm7 | Gmaj7 | Dmaj7 | A7 \u00b7 " + g.notes().size() + " notes \u00b7 8 bars");
  }

  @Test
  void builderDefaultsPlayTheHousePresetFromTheTonicOf10B() {
    Generation g = Generators.generate(GenerationRequest.builder().build());
    assertThat(g.chordNames()).containsExactly("Dmaj7", "A7", "Bm7", "Gmaj7");
    assertThat(g.tonic().camelot()).isEqualTo("10B");
    assertThat(g.notes()).allMatch(n -> !n.mute());
  }

  @Test
  void houseStabsSitOnTheOffbeats() {
    Generation g = Generators.generate(GenerationRequest.builder().bars(1).build());
    assertThat(g.notes().stream().map(Note::start).distinct()).containsExactly(0.5, 1.5, 2.5, 3.5);
  }
}
