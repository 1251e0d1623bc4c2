package ai.sergik.generate;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.music.Chord;
import ai.sergik.music.Key;
import ai.sergik.music.Mode;
import ai.sergik.music.Note;
import ai.sergik.music.PitchClass;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Chords, bass, arpeggio and melody in a modal key use exactly the mode's notes and keep its colour. */
class ModalGenerationTest {
  static final Mode[] MODES = {
    Mode.DORIAN, Mode.PHRYGIAN, Mode.LYDIAN, Mode.MIXOLYDIAN, Mode.LOCRIAN
  };
  /** The note that tells the mode from major or minor, in semitones above the tonic. */
  static final int[] COLOUR = {9, 1, 6, 10, 6};

  static Stream<Arguments> modesTonicsAndStyles() {
    List<Arguments> args = new ArrayList<>();
    for (int m = 0; m < MODES.length; m++) {
      for (int tonic : new int[] {0, 2, 7, 10}) {
        for (String style : ChordStyle.ids())
          args.add(Arguments.of(MODES[m], tonic, style, COLOUR[m]));
      }
    }
    return args.stream();
  }

  @ParameterizedTest(name = "{0} on {1} {2}")
  @MethodSource("modesTonicsAndStyles")
  void everyPartUsesOnlyTheModesNotesAndTheChordsSoundItsColourNote(
      Mode mode, int tonic, String style, int colour) {
    Key key = Key.of(tonic, mode);
    for (long seed = 0; seed < 3; seed++) {
      for (Part part : new Part[] {Part.CHORDS, Part.BASS, Part.ARP, Part.MELODY}) {
        if (style.equals("jazz") && (part == Part.BASS || part == Part.MELODY))
          continue; // chromatic approach tones by design
        for (boolean sevenths : new boolean[] {true, false}) {
          GenerationRequest r = GenerationRequest.builder()
              .part(part)
              .key(key)
              .style(style)
              .seed(seed)
              .sevenths(sevenths)
              .ninths(seed == 1)
              .voicing(seed == 2 ? "spread" : "stabs")
              .build();
          Generation g = Generators.generate(r);
          assertThat(g.tonic()).as("the preset is played in the mode itself").isSameAs(key);
          for (Note n : g.notes()) {
            assertThat(key.contains(n.pitch()))
                .as(key + " " + style + " " + part + " seed " + seed + ": " + n)
                .isTrue();
          }
        }
      }
      boolean coloured = false;
      for (Chord c : Generators.generate(
              GenerationRequest.builder().key(key).style(style).seed(seed).build())
          .chords()) {
        coloured |= c.contains(tonic + colour);
      }
      assertThat(coloured)
          .as(key + " " + style + ": a chord carries " + PitchClass.name(tonic + colour, false))
          .isTrue();
    }
  }

  @Test
  void eachModesPresetsAreBuiltOnItsColourChord() {
    assertThat(names("D dorian", "house")).containsExactly("Dm7", "G7", "Dm7", "G7");
    assertThat(names("E phrygian", "house")).containsExactly("Em7", "Fmaj7", "Em7", "Fmaj7");
    assertThat(names("F lydian", "house")).containsExactly("Fmaj7", "G7", "Fmaj7", "G7");
    assertThat(names("G mixolydian", "house")).containsExactly("G7", "Fmaj7", "Cmaj7", "G7");
    assertThat(names("B locrian", "house")).containsExactly("Bm7b5", "Cmaj7", "Bm7b5", "Cmaj7");
    for (Mode mode : MODES) {
      assertThat(ModalProgressions.presets(mode)).hasSize(3);
    }
    assertThat(ModalProgressions.presets(Mode.MAJOR)).isEmpty();
  }

  @Test
  void aMajorTonicProgressionAskedForInAMinorModeIsPlayedInTheRelativeMajor() {
    Generation g = Generators.generate(
        GenerationRequest.builder().key("D dorian").progression("I-IV-V").build());
    assertThat(g.tonic()).isSameAs(Key.parse("C major"));
    assertThat(g.chordNames()).containsExactly("Cmaj7", "Fmaj7", "G7");
  }

  private static List<String> names(String key, String style) {
    return Generators.generate(GenerationRequest.builder().key(key).style(style).build())
        .chordNames();
  }
}
