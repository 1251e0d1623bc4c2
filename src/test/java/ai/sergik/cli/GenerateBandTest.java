package ai.sergik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.generate.Drums;
import ai.sergik.midifile.MidiFile;
import ai.sergik.midifile.MidiFiles;
import ai.sergik.midifile.MidiTrack;
import ai.sergik.music.Note;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sergik generate} as one band: genre tempo and feel, GM programs, one timing feel, the voicing controls. */
class GenerateBandTest {
  @TempDir
  Path dir;

  private MidiFile generate(String name, String... args) throws Exception {
    Path mid = dir.resolve(name);
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "-o";
    all[args.length + 1] = mid.toString();
    CliRun run = CliRun.of(all);
    assertThat(run.code()).as(run.err()).isZero();
    return MidiFiles.read(mid);
  }

  @Test
  void allIsOneArrangementEveryPartWithAProgramDrumsOnChannelTenKickAndBassTogether()
      throws Exception {
    MidiFile straight = generate(
        "straight.mid", "generate", "all", "--style", "hip-hop", "--key", "8A", "--seed", "3");
    MidiFile played = generate(
        "played.mid",
        "generate",
        "all",
        "--style",
        "hip-hop",
        "--key",
        "8A",
        "--seed",
        "3",
        "--timing",
        "15",
        "--velocity",
        "8",
        "--drift",
        "10");
    assertThat(played.tempo()).isBetween(85.0, 95.0);
    assertThat(played.tracks()).extracting(MidiTrack::channel).containsExactly(0, 1, 2, 9, 4);
    assertThat(played.tracks().get(4).program()).as("the melody's lead").isEqualTo(80);
    assertThat(played.tracks()).allMatch(t -> t.program() >= 0);
    assertThat(played.tracks().subList(0, 3))
        .extracting(MidiTrack::program)
        .doesNotHaveDuplicates();
    List<Note> bassStraight = straight.tracks().get(1).notes();
    List<Note> bassPlayed = played.tracks().get(1).notes();
    List<Note> drumsStraight = straight.tracks().get(3).notes();
    List<Note> drumsPlayed = played.tracks().get(3).notes();
    double msPerBeat = 60000 / played.tempo();
    int together = 0;
    double worst = 0;
    for (int b = 0; b < bassStraight.size(); b++) {
      for (int d = 0; d < drumsStraight.size(); d++) {
        if (drumsStraight.get(d).pitch() != Drums.KICK
            || drumsStraight.get(d).start() != bassStraight.get(b).start()) continue;
        together++;
        worst = Math.max(
            worst, Math.abs(drumsPlayed.get(d).start() - bassPlayed.get(b).start()) * msPerBeat);
      }
    }
    assertThat(together).as("kick and bass on the same steps").isGreaterThanOrEqualTo(8);
    assertThat(worst).as("kick and bass apart after humanizing, ms").isLessThanOrEqualTo(5);
    // the timing did move: the parts are humanized, together
    assertThat(bassPlayed).isNotEqualTo(bassStraight);
  }

  @Test
  void genresBringTheirTempoAndSwingWhenNoneIsGiven() throws Exception {
    assertThat(
            generate("dnb.mid", "generate", "drums", "--genre", "drum-and-bass").tempo())
        .isBetween(170.0, 176.0);
    assertThat(generate("trap.mid", "generate", "drums", "--genre", "trap").tempo())
        .isBetween(130.0, 150.0);
    assertThat(generate("techno.mid", "generate", "drums", "--style", "techno").tempo())
        .isBetween(125.0, 135.0);
    MidiFile boomBap = generate("bb.mid", "generate", "drums", "--genre", "boom-bap");
    assertThat(boomBap.tempo()).isBetween(85.0, 95.0);
    // swung: no hit on a straight off-16th, some between the grid lines
    List<Note> notes = boomBap.tracks().get(0).notes();
    assertThat(notes).noneMatch(n -> Math.round(n.start() * 960) % 480 == 240);
    assertThat(notes).anyMatch(n -> Math.round(n.start() * 960) % 240 != 0);
    MidiFile straight = generate(
        "bb-straight.mid",
        "generate",
        "drums",
        "--genre",
        "boom-bap",
        "--swing",
        "50",
        "--tempo",
        "93");
    assertThat(straight.tempo()).isEqualTo(93.0);
    assertThat(straight.tracks().get(0).notes())
        .allMatch(n -> Math.round(n.start() * 960) % 240 == 0);
  }

  @Test
  void voicingControlsFromTheCommandLine() throws Exception {
    MidiFile file = generate(
        "v.mid",
        "generate",
        "chords",
        "--key",
        "8B",
        "--progression",
        "I-V-vi-IV",
        "--voicing",
        "pads",
        "--spread",
        "drop-2",
        "--inversion",
        "1",
        "--register",
        "C3",
        "--top-note",
        "E5 D5 C5 A4",
        "--chord-lengths",
        "2,1,1",
        "--surprise",
        "--seed",
        "2");
    List<Note> notes = file.tracks().get(0).notes();
    assertThat(notes).isNotEmpty();
    assertThat(notes.stream().mapToInt(Note::pitch).min().orElseThrow()).isBetween(48, 59);
    CliRun bad = CliRun.of(
        "generate", "chords", "--spread", "wide", "-o", dir.resolve("x.mid").toString());
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err())
        .contains("spread \"wide\" is unknown; use one of close, open, drop-2, drop-3");
    CliRun badTop = CliRun.of(
        "generate", "chords", "--top-note", "H5", "-o", dir.resolve("x.mid").toString());
    assertThat(badTop.code()).isEqualTo(2);
    assertThat(badTop.err()).contains("top note \"H5\"");
  }
}
