package ai.sergik.midifile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.sergik.generate.GenerationRequest;
import ai.sergik.generate.Generators;
import ai.sergik.generate.Part;
import ai.sergik.music.Note;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MidiFilesTest {
  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(longs = {0, 1, 2, 3, 4, 5, 6, 7})
  void roundTripKeepsEveryNoteExactly(long seed) throws IOException {
    List<MidiTrack> tracks = new ArrayList<>();
    for (Part part : Part.values()) {
      GenerationRequest r = GenerationRequest.builder()
          .part(part)
          .seed(seed)
          .bars(8)
          .arpRate(seed % 2 == 0 ? "1/16t" : "1/32")
          .arpGate(0.5)
          .build();
      tracks.add(new MidiTrack(
          part.id() + " \u2014 " + seed,
          part == Part.DRUMS ? 9 : (int) seed % 9,
          Generators.generate(r).notes()));
    }
    Path file = dir.resolve("clip.mid");
    MidiFiles.write(file, tracks, 125, 4, 4);
    MidiFile back = MidiFiles.read(file);
    assertThat(back.ppq()).isEqualTo(960);
    assertThat(back.tempo()).isEqualTo(125.0);
    assertThat(back.numerator()).isEqualTo(4);
    assertThat(back.denominator()).isEqualTo(4);
    assertThat(back.tracks()).isEqualTo(tracks);
  }

  @Test
  void fileIsType1WithAConductorTrack() throws IOException {
    byte[] bytes = MidiFiles.toBytes(
        List.of(new MidiTrack("a", 0, List.of(new Note(60, 0, 1, 100, false)))), 90, 3, 8);
    assertThat(new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("MThd");
    assertThat(bytes[9]).as("format").isEqualTo((byte) 1);
    assertThat(bytes[11]).as("tracks").isEqualTo((byte) 2);
    assertThat(((bytes[12] & 0xff) << 8) | (bytes[13] & 0xff)).as("division").isEqualTo(960);
    MidiFile back = MidiFiles.read(bytes, "mem");
    assertThat(back.tempo()).isEqualTo(90.0);
    assertThat(back.numerator()).isEqualTo(3);
    assertThat(back.denominator()).isEqualTo(8);
  }

  @Test
  void repeatedAndOverlappingNotesOfOnePitchSurvive() throws IOException {
    List<Note> notes = List.of(
        new Note(60, 0, 1, 100, false),
        new Note(60, 0.5, 1, 90, false),
        new Note(60, 1.5, 0.5, 80, false),
        new Note(60, 2, 0.25, 70, false));
    MidiFile back =
        MidiFiles.read(MidiFiles.toBytes(List.of(new MidiTrack("x", 0, notes)), 120), "mem");
    assertThat(back.tracks().get(0).notes()).isEqualTo(notes);
  }

  @Test
  void offGridTimesAreRoundedToTheNearestTickAndMutedNotesLeftOut() throws IOException {
    List<Note> notes =
        List.of(new Note(60, 0.0001, 0.5, 100, false), new Note(61, 1, 1, 100, true));
    MidiFile back =
        MidiFiles.read(MidiFiles.toBytes(List.of(new MidiTrack("x", 0, notes)), 120), "mem");
    assertThat(back.tracks().get(0).notes()).containsExactly(new Note(60, 0, 0.5, 100, false));
  }

  @Test
  void badInputIsNamed() throws IOException {
    Path junk = dir.resolve("junk.mid");
    Files.writeString(junk, "not midi");
    assertThatThrownBy(() -> MidiFiles.read(junk))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith(junk + " is not a Standard MIDI File");
    assertThatThrownBy(() -> new MidiTrack("x", 16, List.of()))
        .hasMessage("MIDI channel must be 0..15, got 16 (channel 10 for drums is 9)");
    assertThatThrownBy(() -> MidiFiles.toBytes(List.of(), 120))
        .hasMessage("a MIDI file needs at least one track");
    assertThatThrownBy(
            () -> MidiFiles.toBytes(List.of(new MidiTrack("x", 0, List.of())), 120, 4, 3))
        .hasMessage("time signature denominator must be 1, 2, 4, 8, 16, 32 or 64, got 3");
  }
}
