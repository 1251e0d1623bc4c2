package ai.sergik.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import ai.sergik.music.Note;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DrumGeneratorTest {
  static List<String> genres() {
    return DrumGenre.ids();
  }

  @ParameterizedTest
  @MethodSource("genres")
  void variationsLeaveTheSeedPatternIntactAndKeepItsIdentity(String genre) {
    for (long seed = 0; seed < 8; seed++) {
      for (int bars : new int[] {1, 4, 8, 16}) {
        double density = (seed % 5) / 4.0;
        GenerationRequest r = GenerationRequest.builder()
            .part(Part.DRUMS)
            .drumGenre(genre)
            .seed(seed)
            .bars(bars)
            .density(density)
            .drumVariations(6)
            .build();
        List<Note> seedNotes = Generators.generate(r).notes();
        List<Generation> variations = Generators.drumVariations(r);
        assertThat(variations).hasSize(6);
        assertThat(Generators.generate(r).notes())
            .as("the seed pattern is unchanged")
            .isEqualTo(seedNotes);
        List<Note> seedKicks = hits(seedNotes, Drums.KICK);
        assertThat(seedKicks).as("%s has kicks", genre).isNotEmpty();
        for (Generation v : variations) {
          List<Note> notes = v.notes();
          java.util.Set<String> hits = new java.util.HashSet<>();
          for (Note n : notes) hits.add(n.pitch() + "@" + n.start());
          long kept = seedKicks.stream()
              .filter(k -> hits.contains(Drums.KICK + "@" + k.start()))
              .count();
          assertThat(kept)
              .as("%s seed %d: most seed kicks stay", genre, seed)
              .isGreaterThanOrEqualTo(Math.round(seedKicks.size() * 0.75));
          for (Note n : notes)
            if (n.end() > r.lengthBeats() + 1e-9) fail(n + " ends after the clip");
          assertThat(notes).isNotEqualTo(seedNotes);
          // backbeats (snare or clap on a beat) all stay
          for (Note b : seedNotes) {
            if ((b.pitch() == Drums.SNARE || b.pitch() == Drums.CLAP)
                && b.start() % 1 == 0
                && !hits.contains(b.pitch() + "@" + b.start())) {
              fail(genre + " seed " + seed + ": backbeat " + b + " lost");
            }
          }
        }
        assertThat(variations.get(0).notes())
            .isEqualTo(Generators.drumVariations(r).get(0).notes());
      }
    }
  }

  @Test
  void variationsOfAGivenClipKeepItsKicksAndBackbeats() {
    List<Note> clip = new java.util.ArrayList<>();
    for (int bar = 0; bar < 4; bar++) {
      clip.add(new Note(Drums.KICK, bar * 4, 0.25, 110, false));
      clip.add(new Note(Drums.KICK, bar * 4 + 1.75, 0.25, 100, false));
      clip.add(new Note(Drums.KICK, bar * 4 + 2.5, 0.25, 100, false));
      clip.add(new Note(Drums.SNARE, bar * 4 + 1, 0.25, 110, false));
      clip.add(new Note(Drums.SNARE, bar * 4 + 3, 0.25, 110, false));
    }
    GenerationRequest r = GenerationRequest.builder()
        .part(Part.DRUMS)
        .bars(4)
        .drumVariations(5)
        .seed(11)
        .build();
    List<Generation> variations = Generators.drumVariations(r, clip);
    assertThat(variations).hasSize(5);
    for (Generation v : variations) {
      long kicks = v.notes().stream()
          .filter(n -> n.pitch() == Drums.KICK
              && clip.stream().anyMatch(c -> c.pitch() == Drums.KICK && c.start() == n.start()))
          .count();
      assertThat(kicks).isGreaterThanOrEqualTo(9);
      assertThat(v.notes())
          .filteredOn(n -> n.pitch() == Drums.SNARE && n.start() % 2 == 1)
          .hasSize(8);
      assertThat(v.notes()).isNotEqualTo(clip);
    }
  }

  @Test
  void fillsLandOnPhraseEnds() {
    GenerationRequest r =
        GenerationRequest.builder().part(Part.DRUMS).drumGenre("house").bars(8).build();
    for (Generation v : Generators.drumVariations(r)) {
      for (int bar : new int[] {3, 7}) {
        double t = bar * 4 + 3;
        List<Note> fill = v.notes().stream()
            .filter(n -> n.start() > t
                && n.start() < t + 1
                && (n.pitch() == Drums.SNARE
                    || n.pitch() == Drums.LOW_TOM
                    || n.pitch() == Drums.MID_TOM
                    || n.pitch() == Drums.HIGH_TOM))
            .collect(Collectors.toList());
        assertThat(fill).hasSize(3);
      }
    }
  }

  @Test
  void houseIsFourOnTheFloorWithOffbeatOpenHats() {
    List<Note> notes = Generators.generate(
            GenerationRequest.builder().part(Part.DRUMS).style("house").bars(2).build())
        .notes();
    assertThat(hits(notes, Drums.KICK))
        .extracting(Note::start)
        .containsExactly(0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0);
    assertThat(hits(notes, Drums.OPEN_HAT))
        .extracting(Note::start)
        .containsExactly(0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5);
    assertThat(hits(notes, Drums.CLAP)).extracting(Note::start).containsExactly(1.0, 3.0, 5.0, 7.0);
  }

  @Test
  void densityAddsHats() {
    GenerationRequest.Builder b = GenerationRequest.builder()
        .part(Part.DRUMS)
        .drumGenre("hip-hop")
        .bars(4)
        .seed(3);
    int sparse = hits(Generators.generate(b.density(0).build()).notes(), Drums.CLOSED_HAT)
        .size();
    int busy = hits(Generators.generate(b.density(1).build()).notes(), Drums.CLOSED_HAT)
        .size();
    assertThat(busy).isGreaterThan(sparse);
  }

  @Test
  void seedsGiveDifferentPatterns() {
    GenerationRequest.Builder b =
        GenerationRequest.builder().part(Part.DRUMS).drumGenre("techno").bars(1);
    long distinct = java.util.stream.LongStream.range(0, 10)
        .mapToObj(s -> Generators.generate(b.seed(s).build()).notes())
        .distinct()
        .count();
    assertThat(distinct).isGreaterThan(3);
  }

  static List<Note> hits(List<Note> notes, int pitch) {
    return notes.stream().filter(n -> n.pitch() == pitch).collect(Collectors.toList());
  }
}
