package ai.sergik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.midifile.MidiFile;
import ai.sergik.midifile.MidiFiles;
import ai.sergik.midifile.MidiTrack;
import ai.sergik.music.Note;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HumanizeCommandTest extends CliTest {
  @TempDir
  Path dir;

  @Test
  void humanizesEveryTrackAndKeepsNamesTempoAndNotes() throws Exception {
    Path in = ChordsAndDrumsMidi.in(dir);
    Path outFile = dir.resolve("out.mid");
    int code = run(
        "humanize",
        in.toString(),
        "-o",
        outFile.toString(),
        "--timing",
        "15",
        "--velocity",
        "10",
        "--swing",
        "56");
    assertThat(code).as(err.toString()).isZero();
    MidiFile before = MidiFiles.read(in);
    MidiFile after = MidiFiles.read(outFile);
    assertThat(after.tempo()).isEqualTo(124.0);
    assertThat(after.tracks()).extracting(MidiTrack::name).containsExactly("chords", "drums");
    assertThat(after.tracks().get(1).channel()).isEqualTo(9);
    int total = 0;
    for (int t = 0; t < 2; t++) {
      List<Note> a = before.tracks().get(t).notes();
      List<Note> b = after.tracks().get(t).notes();
      assertThat(b).hasSameSizeAs(a).isNotEqualTo(a);
      total += b.size();
      for (Note n : b) assertThat(n.velocity()).isBetween(1, 127);
    }
    assertThat(out.toString())
        .contains("humanized " + total
            + " notes in 2 tracks (timing \u00b115 ms, velocity \u00b110, swing 56 % on 1/16)")
        .contains("wrote " + outFile);
  }

  @Test
  void grooveFromAnotherFile() throws Exception {
    Path in = ChordsAndDrumsMidi.in(dir);
    Path ref = dir.resolve("ref.mid");
    List<Note> late =
        List.of(new Note(42, 0.05, 0.1, 100, false), new Note(42, 0.3, 0.1, 100, false));
    MidiFiles.write(ref, List.of(new MidiTrack("ref", 9, late)), 124);
    assertThat(run("humanize", in.toString(), "--groove", ref.toString(), "--groove-amount", "1"))
        .as(err.toString())
        .isZero();
    assertThat(Files.exists(dir.resolve("in-humanized.mid"))).isTrue();
    assertThat(out.toString()).contains("groove of ref.mid at 100 %");
  }

  @Test
  void missingFileAndBadSwingAreUsageErrors() throws Exception {
    assertThat(run("humanize", dir.resolve("nope.mid").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("no MIDI file at " + dir.resolve("nope.mid"));
    assertThat(run("humanize", ChordsAndDrumsMidi.in(dir).toString(), "--swing", "90"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("swing must be 50..75 % (50 = straight), got 90.0");
  }

  @Test
  void aFileThatIsNotMidiIsAFailureNamingIt() throws Exception {
    Path junk = dir.resolve("junk.mid");
    Files.writeString(junk, "hello");
    assertThat(run("humanize", junk.toString())).isEqualTo(1);
    assertThat(err.toString()).contains(junk + " is not a Standard MIDI File");
  }
}
