package ai.sergik.listen;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.generate.ChordSpan;
import ai.sergik.generate.Generation;
import ai.sergik.generate.GenerationRequest;
import ai.sergik.generate.Generators;
import ai.sergik.generate.Harmony;
import ai.sergik.generate.Part;
import ai.sergik.music.Chord;
import ai.sergik.music.Key;
import ai.sergik.music.Note;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Key and chords heard in the engine's own progressions, in every key and style, must be the ones it played. */
class ClipListenerTest {
  static final String[] STYLES = {
    "house",
    "deep-house",
    "techno",
    "hip-hop",
    "jazz",
    "soul",
    "modal",
    "boom-bap",
    "funk",
    "ambient"
  };

  static Stream<Arguments> keysAndStyles() {
    List<Arguments> all = new ArrayList<>();
    int i = 0;
    for (Key key : Key.all()) {
      for (String style : STYLES) all.add(Arguments.of(key.camelot(), style, (long) (i++ % 7)));
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} {1} seed {2}")
  @MethodSource("keysAndStyles")
  void theEnginesChordsAreHeardAsTheChordsAndKeyItPlayed(String key, String style, long seed) {
    GenerationRequest request = GenerationRequest.builder()
        .part(Part.CHORDS)
        .key(key)
        .style(style)
        .bars(8)
        .seed(seed)
        .build();
    Generation made = Generators.generate(request);
    ClipReading heard = ClipListener.hear(made.notes(), made.lengthBeats(), 4);
    assertThat(heard.isDrums()).isFalse();
    assertThat(heard.key()).as(heard.summary()).isEqualTo(made.tonic());
    for (ChordSpan played : Harmony.of(request).spans()) {
      Chord at = ClipListener.chordAt(heard, played.start() + played.length() / 2);
      assertThat(at)
          .as("chord at beat " + played.start() + " of " + heard.summary())
          .isNotNull();
      assertThat(at.root())
          .as(played.chord().name() + " heard as " + at.name())
          .isEqualTo(played.chord().root());
      assertThat(at.quality())
          .as(played.chord().name() + " heard as " + at.name())
          .isEqualTo(played.chord().quality());
    }
  }

  @Test
  void aFirstInversionIsHeardAsASlashChordOverItsThird() {
    // C/E: E2 in the bass, C E G above
    List<Note> notes = List.of(
        new Note(40, 0, 4, 90),
        new Note(60, 0, 4, 80),
        new Note(64, 0, 4, 80),
        new Note(67, 0, 4, 80));
    ClipReading heard = ClipListener.hear(notes, 4, 4);
    assertThat(heard.chordNames()).containsExactly("C/E");
  }

  @Test
  void aChangeInTheMiddleOfTheBarIsHeardAsTwoChords() {
    List<Note> notes = new ArrayList<>();
    for (int p : new int[] {57, 60, 64}) notes.add(new Note(p, 0, 2, 80)); // Am
    for (int p : new int[] {53, 57, 60}) notes.add(new Note(p, 2, 2, 80)); // F
    ClipReading heard = ClipListener.hear(notes, 4, 4);
    assertThat(heard.chordNames()).containsExactly("Am", "F");
    assertThat(heard.chords().get(1).start()).isEqualTo(2.0);
  }

  @Test
  void drumsAreHeardAsDrumsWithTheirGrooveAndNoKey() {
    GenerationRequest request = GenerationRequest.builder()
        .part(Part.DRUMS)
        .drumGenre("house")
        .bars(4)
        .seed(1)
        .build();
    ClipReading heard = ClipListener.hear(Generators.generate(request).notes(), 16, 4);
    assertThat(heard.isDrums()).isTrue();
    assertThat(heard.key()).isNull();
    assertThat(heard.groove().grid()).isIn("1/8", "1/16");
  }

  @Test
  void swingIsReadFromWhereTheOffBeatsLand() {
    List<Note> notes = new ArrayList<>();
    for (int beat = 0; beat < 8; beat++) {
      notes.add(new Note(60, beat, 0.3, 100));
      notes.add(new Note(64, beat + 2 / 3.0, 0.3, 70)); // triplet shuffle
    }
    Groove g = ClipListener.hear(notes, 8, 4).groove();
    assertThat(g.grid()).isEqualTo("1/8");
    assertThat(g.swing()).isBetween(64.0, 68.0);
    assertThat(g.accents()[0]).isEqualTo(1.0);
    assertThat(g.accents()[1]).isEqualTo(0.7);
  }

  @Test
  void aClipWithoutNotesIsRefusedSayingWhatToSelect() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ClipListener.hear(List.of(), 4, 4))
        .hasMessageContaining("select a MIDI clip with notes");
  }
}
