package ai.sergik.cli;

import ai.sergik.generate.GenerationRequest;
import ai.sergik.generate.Generators;
import ai.sergik.generate.Part;
import ai.sergik.midifile.MidiFiles;
import ai.sergik.midifile.MidiTrack;
import ai.sergik.music.Note;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** A MIDI file as a producer exports it: 4 bars of chords and of drums (channel 10) at 124 BPM. */
final class ChordsAndDrumsMidi {
  private ChordsAndDrumsMidi() {}

  /** Writes it as {@code in.mid} in {@code dir}. */
  static Path in(Path dir) throws IOException {
    Path file = dir.resolve("in.mid");
    List<Note> chords =
        Generators.generate(GenerationRequest.builder().bars(4).build()).notes();
    List<Note> drums = Generators.generate(
            GenerationRequest.builder().part(Part.DRUMS).bars(4).build())
        .notes();
    MidiFiles.write(
        file, List.of(new MidiTrack("chords", 0, chords), new MidiTrack("drums", 9, drums)), 124);
    return file;
  }
}
