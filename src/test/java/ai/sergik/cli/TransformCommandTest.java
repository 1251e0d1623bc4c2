package ai.sergik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.midifile.MidiFile;
import ai.sergik.midifile.MidiFiles;
import ai.sergik.music.Key;
import ai.sergik.music.Note;
import ai.sergik.transform.TransformSettings;
import ai.sergik.transform.Transforms;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransformCommandTest extends CliTest {
  @TempDir
  Path dir;

  @Test
  void strumsThePitchedTracksLeavesTheDrumsAndSaysWhatItDid() throws Exception {
    Path in = ChordsAndDrumsMidi.in(dir);
    Path target = dir.resolve("out.mid");
    int code = run(
        "transform",
        "strum",
        in.toString(),
        "--direction",
        "down",
        "--time=0.0625",
        "-o",
        target.toString(),
        "--seed",
        "3");
    assertThat(code).as(err.toString()).isZero();
    MidiFile before = MidiFiles.read(in);
    MidiFile after = MidiFiles.read(target);
    assertThat(after.tempo()).isEqualTo(124.0);
    List<Note> expected = Transforms.apply(
            "strum",
            before.tracks().get(0).notes(),
            TransformSettings.pairs("direction", "down", "time", "0.0625"),
            3)
        .notes();
    assertThat(after.tracks().get(0).notes()).isEqualTo(expected);
    assertThat(after.tracks().get(1).notes()).isEqualTo(before.tracks().get(1).notes());
    assertThat(out.toString())
        .contains(
            "chords: strummed 16 chords down, 0.063 beats between notes (64 notes in, 64 out)")
        .contains("drums: drums, left as they were (--drums transforms them)")
        .contains("wrote " + target);
  }

  @Test
  void transposeInKeyWritesNextToTheInputByDefault() throws Exception {
    Path in = ChordsAndDrumsMidi.in(dir);
    assertThat(run("transform", "transpose", in.toString(), "--steps", "2", "--key", "D major"))
        .as(err.toString())
        .isZero();
    MidiFile after = MidiFiles.read(dir.resolve("in-transpose.mid"));
    Key d = Key.parse("D major");
    assertThat(after.tracks().get(0).notes())
        .allSatisfy(n -> assertThat(d.contains(n.pitch())).isTrue());
  }

  @Test
  void eachTransformHasItsOwnHelpAndBadSettingsExitWithTwo() throws Exception {
    assertThat(run("transform", "quantize", "--help")).isZero();
    assertThat(out.toString())
        .contains("Usage: sergik transform quantize IN.mid")
        .contains("--strength     0..100 % (default: 100)")
        .contains("--swing");
    assertThat(run(
            "transform", "quantize", ChordsAndDrumsMidi.in(dir).toString(), "--strength", "150"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("quantize strength must be a number 0..100, got \"150\"");
    assertThat(run("transform", "wobble", "x.mid")).isEqualTo(2);
    assertThat(err.toString()).contains("unknown transform \"wobble\"; use one of strum, legato");
    assertThat(run("transform", "--help")).isZero();
    assertThat(out.toString()).contains("recombine  Shuffles, rotates or reverses");
  }
}
