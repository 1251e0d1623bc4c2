package ai.sergik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.midifile.MidiFile;
import ai.sergik.midifile.MidiFiles;
import ai.sergik.music.NoteJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest extends CliTest {
  @TempDir
  Path dir;

  @Test
  void generatesTheIssueExampleAndSaysWhatItMade() throws Exception {
    Path mid = dir.resolve("out.mid");
    int code = run(
        "generate",
        "chords",
        "--key",
        "10B",
        "--style",
        "house",
        "--progression",
        "i-VI-III-VII",
        "--bars",
        "8",
        "--tempo",
        "125",
        "--seed",
        "7",
        "-o",
        mid.toString(),
        "--data",
        dir.toString());
    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString())
        .startsWith("Bm7 | Gmaj7 | Dmaj7 | A7 \u00b7 ")
        .contains(" notes \u00b7 8 bars")
        .contains("key 10A (B minor) \u00b7 house \u00b7 125 BPM \u00b7 32 beats")
        .contains("wrote " + mid);
    MidiFile file = MidiFiles.read(mid);
    assertThat(file.tempo()).isEqualTo(125.0);
    assertThat(file.tracks()).hasSize(1);
    assertThat(file.tracks().get(0).name()).isEqualTo("house chords");
    String count = out.toString().replaceAll("(?s).*\u00b7 (\\d+) notes.*", "$1");
    assertThat(file.tracks().get(0).notes()).hasSize(Integer.parseInt(count));
  }

  @Test
  void jsonAndPianoRoll() throws Exception {
    Path png = dir.resolve("roll.png");
    int code = run(
        "generate",
        "bass",
        "--style",
        "jazz",
        "--bars",
        "4",
        "--json",
        "--png",
        png.toString(),
        "-o",
        dir.resolve("b.mid").toString());
    assertThat(code).as(err.toString()).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.get("part").asText()).isEqualTo("bass");
    assertThat(json.get("chords").toString()).isEqualTo("[\"Dmaj7\",\"Bm7\",\"Em7\",\"A7\"]");
    assertThat(json.get("notes")).hasSize(16);
    assertThat(NoteJson.parse(out.toString())).hasSize(16);
    var image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isGreaterThan(16 * PianoRoll.BEAT_PX);
  }

  @Test
  void drumsWithVariationsWriteOneTrackEachOnChannel10() throws Exception {
    Path mid = dir.resolve("d.mid");
    assertThat(run(
            "generate",
            "drums",
            "--genre",
            "trap",
            "--variations",
            "3",
            "--bars",
            "4",
            "-o",
            mid.toString()))
        .isZero();
    MidiFile file = MidiFiles.read(mid);
    assertThat(file.tracks())
        .extracting(t -> t.name())
        .containsExactly(
            "trap drums",
            "trap drums variation 1",
            "trap drums variation 2",
            "trap drums variation 3");
    assertThat(file.tracks()).allMatch(t -> t.channel() == 9);
    assertThat(out.toString()).contains("3 variations");
  }

  @Test
  void allWritesOneTrackPerPart() throws Exception {
    Path mid = dir.resolve("all.mid");
    assertThat(run(
            "generate",
            "all",
            "--key",
            "7A",
            "--style",
            "deep-house",
            "-o",
            mid.toString(),
            "--png",
            dir.resolve("all.png").toString()))
        .as(err.toString())
        .isZero();
    MidiFile file = MidiFiles.read(mid);
    assertThat(file.tracks())
        .extracting(t -> t.name())
        .containsExactly(
            "deep-house chords",
            "house bass",
            "deep-house arp",
            "house drums",
            "deep-house lead melody");
    assertThat(file.tracks()).extracting(t -> t.channel()).containsExactly(0, 1, 2, 9, 4);
    // deep house colours its chords (m11 tonic, m9, ninths) and plays at its own tempo
    assertThat(out.toString())
        .contains("chords: Dm11 | Gm9 | C9 | Fmaj9 \u00b7 ")
        .contains("drums: house drums \u00b7 ")
        .contains(
            "key 7A (D minor) \u00b7 deep-house \u00b7 122 BPM \u00b7 32 beats \u00b7 5 tracks");
    out.getBuffer().setLength(0);
    assertThat(run("generate", "all", "--json", "-o", mid.toString())).isZero();
    assertThat(new ObjectMapper().readTree(out.toString()).get("parts")).hasSize(5);
  }

  @Test
  void withoutOutputTheClipGoesToTheDataDirectory() {
    assertThat(run(
            "generate",
            "arp",
            "--pattern",
            "updown",
            "--rate",
            "1/8t",
            "--octaves",
            "2",
            "--data",
            dir.toString()))
        .isZero();
    assertThat(Files.exists(dir.resolve("generated/arp-10B-house-seed0.mid"))).isTrue();
  }

  @Test
  void badOptionsAreUsageErrorsNamingTheValue() {
    assertThat(
            run("generate", "chords", "--key", "H", "-o", dir.resolve("x.mid").toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("key: unknown key \"H\"; use Camelot 1A-12B");
    assertThat(run("generate", "chords", "--bars", "65")).isEqualTo(2);
    assertThat(err.toString()).contains("bars must be 1..64, got 65");
    assertThat(run("generate", "solo")).isEqualTo(2);
    assertThat(err.toString()).contains("unknown part \"solo\"");
    assertThat(Files.exists(dir.resolve("x.mid"))).isFalse();
  }

  @Test
  void helpShowsDefaultsAndNoNulls() {
    assertThat(run("generate", "--help")).isZero();
    assertThat(out.toString())
        .contains("(default: 10B)")
        .contains("(default: house)")
        .contains("swing 50..75 %")
        .doesNotContain("null");
  }

  @Test
  void sameSeedSameFile() throws Exception {
    Path a = dir.resolve("a.mid");
    Path b = dir.resolve("b.mid");
    for (Path file : List.of(a, b)) {
      run(
          "generate",
          "drums",
          "--seed",
          "9",
          "--timing",
          "10",
          "--velocity",
          "8",
          "--swing",
          "58",
          "-o",
          file.toString());
    }
    assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
  }
}
