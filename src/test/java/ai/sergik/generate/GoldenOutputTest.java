package ai.sergik.generate;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.music.Note;
import ai.sergik.music.PitchClass;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A few exact outputs, recorded once and checked note by note against the rules in docs/engine.md, so
 * that an accidental change to a generator (a voicing, rhythm or random stream) fails a test.
 */
class GoldenOutputTest {
  static String pitches(List<Note> notes) {
    return notes.stream().map(n -> PitchClass.noteName(n.pitch())).collect(Collectors.joining(" "));
  }

  @Test
  void houseStabsIn10BAreVoiceLedCloseVoicings() {
    Generation g = Generators.generate(GenerationRequest.builder()
        .progression(GenerationRequest.DEFAULT_PROGRESSION)
        .build());
    // Bm7 in root position from B3, then each chord a step away: common tones held
    assertThat(pitches(g.notes().subList(0, 4))).isEqualTo("B3 D4 F#4 A4");
    List<Note> gmaj7 = g.notes().stream()
        .filter(n -> n.start() >= 8 && n.start() < 8.75)
        .collect(Collectors.toList());
    assertThat(pitches(gmaj7)).isEqualTo("B3 D4 F#4 G4");
    // Dmaj7 without the seventh a semitone under the root at the bottom (not C#4 D4 F#4 A4)
    List<Note> dmaj7 = g.notes().stream()
        .filter(n -> n.start() >= 16 && n.start() < 16.75)
        .collect(Collectors.toList());
    assertThat(pitches(dmaj7)).isEqualTo("A3 C#4 D4 F#4");
    List<Note> a7 = g.notes().stream()
        .filter(n -> n.start() >= 24 && n.start() < 24.75)
        .collect(Collectors.toList());
    assertThat(pitches(a7)).isEqualTo("A3 C#4 E4 G4");
  }

  @Test
  void jazzWalkingBassInCMajor() {
    Generation g = Generators.generate(GenerationRequest.builder()
        .part(Part.BASS)
        .style("jazz")
        .key("8B")
        .progression("ii7-V7-Imaj7-vi7")
        .build());
    assertThat(pitches(g.notes()))
        .isEqualTo(
            "D2 E2 F2 Eb2 D2 B1 C2 F2 G2 A2 B2 Ab2 G2 C2 G1 B1 C2 D2 E2 C#2 C2 G1 E1 Ab1 A1 B1 C2 Bb1 A1 D2 G2 E2"
                .replace("Bb1", "A#1")
                .replace("Ab1", "G#1")
                .replace("Eb2", "D#2")
                .replace("Ab2", "G#2"));
  }

  @Test
  void pingpongArpeggioRepeatsItsTurningNotes() {
    // the arpeggio's own register sits an octave above the chords' (C5 rather than C4 for 2
    // octaves)
    Generation g = Generators.generate(GenerationRequest.builder()
        .part(Part.ARP)
        .key("8B")
        .progression("I")
        .sevenths(false)
        .arpPattern("pingpong")
        .arpRate("1/16")
        .arpOctaves(2)
        .bars(1)
        .build());
    assertThat(pitches(g.notes())).isEqualTo("C5 E5 G5 C6 E6 G6 G6 E6 C6 G5 E5 C5 C5 E5 G5 C6");
  }
}
