package ai.sergik.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.data.DataDir;
import ai.sergik.generate.Generation;
import ai.sergik.generate.GenerationRequest;
import ai.sergik.generate.Generators;
import ai.sergik.generate.Part;
import ai.sergik.midifile.MidiFiles;
import ai.sergik.midifile.MidiTrack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoAudioTest {
  @TempDir
  Path tmp;

  @Test
  void rendersEachDemoMidiWithoutAWavOnceAndLeavesOtherFoldersAlone() throws Exception {
    DataDir data = new DataDir(tmp.resolve("data"));
    Generation chords = Generators.generate(GenerationRequest.builder()
        .part(Part.CHORDS)
        .key("10A")
        .tempo(92)
        .bars(2)
        .build());
    Path demo = DemoAudio.folder(data);
    Files.createDirectories(demo);
    Files.write(
        demo.resolve("loop.mid"),
        MidiFiles.toBytes(List.of(new MidiTrack("chords", 0, chords.notes())), 92));
    Path elsewhere = data.resolve("generated/mine.mid");
    Files.createDirectories(elsewhere.getParent());
    Files.copy(demo.resolve("loop.mid"), elsewhere);

    assertThat(DemoAudio.renderMissing(data)).containsExactly(demo.resolve("loop.wav"));

    AudioFileFormat wav =
        AudioSystem.getAudioFileFormat(demo.resolve("loop.wav").toFile());
    double seconds = wav.getFrameLength() / wav.getFormat().getFrameRate();
    assertThat(seconds)
        .as("2 bars at 92 BPM last 5.2 s, plus the release tail")
        .isBetween(5.2, 9.0);
    assertThat(DemoAudio.renderMissing(data)).as("already rendered").isEmpty();
    assertThat(data.resolve("generated/mine.wav")).doesNotExist();
    try (var leftovers = Files.list(demo)) {
      assertThat(leftovers.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("loop.mid", "loop.wav");
    }
  }

  @Test
  void aDataDirWithoutDemoFolderIsLeftUntouched() throws Exception {
    DataDir data = new DataDir(tmp.resolve("empty"));
    assertThat(DemoAudio.renderMissing(data)).isEmpty();
    assertThat(tmp.resolve("empty")).doesNotExist();
  }
}
