package ai.sergik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.audio.TestWavs;
import ai.sergik.dna.SergikRefCorpus;
import ai.sergik.io.Digests;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {
  @TempDir
  Path tmp;

  static CliRun run(String... args) {
    return CliRun.of(args);
  }

  /** Four seconds of a chord with a click on every beat at 120 BPM. */
  static float[][] chordWithClicks(float rate, double seconds) {
    float[][] a = TestWavs.sine(220, -20, seconds, rate, 2);
    float[][] b = TestWavs.sine(277.18, -20, seconds, rate, 2);
    float[][] c = TestWavs.sine(329.63, -20, seconds, rate, 2);
    int beat = (int) (rate / 2);
    for (int ch = 0; ch < 2; ch++) {
      for (int i = 0; i < a[ch].length; i++) {
        a[ch][i] += b[ch][i] + c[ch][i];
        if (i % beat < 200)
          a[ch][i] += (float) (0.5 * Math.exp(-(i % beat) / 40.0) * (i % 2 == 0 ? 1 : -1));
      }
    }
    return a;
  }

  static List<CSVRecord> readCsv(Path file) throws Exception {
    try (CSVParser p = CSVParser.parse(
        file,
        java.nio.charset.StandardCharsets.UTF_8,
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
      return p.getRecords();
    }
  }

  static List<String> header(Path file) throws Exception {
    try (Stream<String> lines = Files.lines(file)) {
      return List.of(lines.findFirst().orElseThrow().split(","));
    }
  }

  @Test
  void analysesAFolderSkipsUnchangedFilesAndKeepsGoingPastABadOne() throws Exception {
    Path lib = tmp.resolve("lib");
    TestWavs.writeWav(
        lib.resolve("a.wav"), chordWithClicks(44_100, 6), 44_100, TestWavs.Sample.INT24);
    TestWavs.writeWav(
        lib.resolve("sub/b.wav"), chordWithClicks(48_000, 6), 48_000, TestWavs.Sample.FLOAT32);
    Files.writeString(lib.resolve("broken.wav"), "RIFF....WAVEjunk");
    Files.writeString(lib.resolve("readme.txt"), "not audio");
    Path data = tmp.resolve("data");

    CliRun first = run("analyze", "--data", data.toString(), "--threads", "2", lib.toString());
    assertThat(first.code()).as(first.err()).isEqualTo(3);
    assertThat(first.out()).contains("3 files: 2 analysed, 0 unchanged, 1 failed");
    assertThat(first.err()).contains("broken.wav");

    Path table = data.resolve("analysis/bpm_key/analyzed_tracks.csv");
    assertThat(header(table).subList(0, 8))
        .containsExactly(
            "filename", "bpm", "key", "camelot", "energy", "path", "lufs", "confidence");
    assertThat(Files.readString(table))
        .doesNotContainIgnoringCase("nan")
        .doesNotContain("Infinity");
    List<CSVRecord> rows = readCsv(table);
    assertThat(rows)
        .extracting(r -> r.get("filename"))
        .containsExactly("a.wav", "broken.wav", "b.wav");
    CSVRecord a = rows.get(0);
    assertThat(a.get("key")).isEqualTo("A major");
    assertThat(a.get("camelot")).isEqualTo("11B");
    assertThat(Double.parseDouble(a.get("bpm")))
        .isCloseTo(120, org.assertj.core.api.Assertions.within(2.4));
    assertThat(a.get("energy")).matches("[1-9]|10");
    assertThat(a.get("error")).isEmpty();
    assertThat(rows.get(1).get("error")).contains("broken.wav");

    Path manifest = data.resolve("manifests/tracks.csv");
    List<CSVRecord> tracks = readCsv(manifest);
    assertThat(header(manifest).subList(0, 5))
        .containsExactly("track_id", "filename", "bpm", "key", "mood");
    assertThat(tracks).hasSize(3);
    CSVRecord ta = tracks.stream()
        .filter(r -> r.get("filename").equals("a.wav"))
        .findFirst()
        .orElseThrow();
    assertThat(ta.get("track_id"))
        .isEqualTo(Digests.trackId(lib.resolve("a.wav").toString()));
    assertThat(ta.get("quality_tier")).isEqualTo("1");
    assertThat(ta.get("include_in_training")).isEqualTo("True");
    assertThat(ta.get("mood")).isNotEmpty();

    CliRun second = run("analyze", "--data", data.toString(), lib.toString());
    assertThat(second.out()).contains("3 files: 0 analysed, 2 unchanged, 1 failed");
    // the table shows every track, unchanged ones too: file, BPM, key with confidence, LUFS, energy
    List<String> lines = second.out().lines().toList();
    assertThat(lines.get(0)).matches("file\\s+BPM\\s+key \\(confidence\\)\\s+LUFS\\s+energy");
    assertThat(lines.get(1))
        .startsWith("a.wav")
        .contains(a.get("bpm"))
        .contains("11B A major (" + a.get("confidence") + ")")
        .contains(a.get("lufs"))
        .endsWith(" " + a.get("energy"));
    assertThat(lines.get(2)).startsWith("broken.wav").contains("failed: ");
    assertThat(lines.get(3)).startsWith("b.wav");
    CliRun unchangedOne =
        run("analyze", "--data", data.toString(), lib.resolve("sub/b.wav").toString());
    assertThat(unchangedOne.out())
        .contains("1 files: 0 analysed, 1 unchanged, 0 failed")
        .contains("b.wav")
        .contains("BPM");

    Files.setLastModifiedTime(
        lib.resolve("a.wav"), FileTime.fromMillis(System.currentTimeMillis() + 5_000));
    CliRun third =
        run("analyze", "--data", data.toString(), lib.resolve("a.wav").toString());
    assertThat(third.code()).isZero();
    assertThat(third.out())
        .contains("1 files: 1 analysed, 0 unchanged, 0 failed")
        .contains("key     11B A major");
    assertThat(readCsv(table)).hasSize(3);
  }

  @Test
  void keepsTheEarlierToolsTrackIdsAndColumns() throws Exception {
    Path data = tmp.resolve("data");
    SergikRefCorpus.copyFile("manifests/tracks.csv", data);
    List<CSVRecord> before = readCsv(data.resolve("manifests/tracks.csv"));
    Path wav = TestWavs.writeWav(
        tmp.resolve("new.wav"), chordWithClicks(44_100, 4), 44_100, TestWavs.Sample.INT16);

    assertThat(run("analyze", "--data", data.toString(), wav.toString()).code()).isZero();

    List<CSVRecord> after = readCsv(data.resolve("manifests/tracks.csv"));
    assertThat(after).hasSize(before.size() + 1);
    for (int i = 0; i < before.size(); i++) {
      assertThat(after.get(i).get("track_id")).isEqualTo(before.get(i).get("track_id"));
      assertThat(after.get(i).get("full_path")).isEqualTo(before.get(i).get("full_path"));
      assertThat(after.get(i).get("category")).isEqualTo(before.get(i).get("category"));
    }
    CSVRecord added = after.get(after.size() - 1);
    assertThat(added.get("filename")).isEqualTo("new.wav");
    assertThat(added.get("quality_tier")).isEqualTo("3");
    assertThat(added.get("include_in_training")).isEqualTo("False");
  }

  @Test
  void loadsTheEarlierToolsAnalysisTableAndKeepsItsRows() throws Exception {
    Path data = tmp.resolve("data");
    Path table = SergikRefCorpus.copyFile("analysis/bpm_key/analyzed_tracks.csv", data);
    int before = readCsv(table).size();
    Path wav = TestWavs.writeWav(
        tmp.resolve("fresh.wav"), chordWithClicks(44_100, 4), 44_100, TestWavs.Sample.INT16);

    assertThat(run("analyze", "--data", data.toString(), wav.toString()).code()).isZero();

    List<CSVRecord> rows = readCsv(table);
    assertThat(rows).hasSize(before + 1);
    assertThat(rows.get(0).get("filename")).isEqualTo("SERGIK - The Worst.wav");
    assertThat(rows.get(0).get("bpm")).isEqualTo("86.1");
    assertThat(rows.get(0).get("camelot")).isEqualTo("6A");
  }

  @Test
  void pngOptionDrawsOnePagePerTrack() throws Exception {
    Path wav = TestWavs.writeWav(
        tmp.resolve("pic.wav"), chordWithClicks(44_100, 5), 44_100, TestWavs.Sample.INT24);
    Path data = tmp.resolve("data");
    CliRun r = run("analyze", "--data", data.toString(), "--png", wav.toString());
    assertThat(r.code()).as(r.err()).isZero();
    Path pictures = data.resolve("analysis/pictures");
    try (Stream<Path> files = Files.list(pictures)) {
      Path png = files.findFirst().orElseThrow();
      assertThat(png.getFileName().toString()).startsWith("pic_").endsWith(".png");
      BufferedImage img = ImageIO.read(png.toFile());
      assertThat(img.getWidth()).isEqualTo(1400);
      assertThat(img.getHeight()).isEqualTo(900);
    }
  }

  @Test
  void emptyFolderIsAFailureWithAMessage() throws Exception {
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    CliRun r = run("analyze", "--data", tmp.resolve("data").toString(), empty.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("no audio files");
  }

  @Test
  void missingInputIsNamed() {
    Path nowhere = tmp.resolve("nowhere");
    CliRun r = run("analyze", "--data", tmp.resolve("data").toString(), nowhere.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains(nowhere + ": no such file or folder");
  }

  @Test
  void helpDocumentsOptionsAndExitCodesWithoutNulls() {
    CliRun r = run("analyze", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("--png", "--threads", "--force", "3   some files could not be analysed")
        .doesNotContain("null");
    CliRun scan = run("scan", "exports", "--help");
    assertThat(scan.out()).contains("all_exports.csv").doesNotContain("null");
  }
}
