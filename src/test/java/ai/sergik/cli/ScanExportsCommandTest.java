package ai.sergik.cli;

import static ai.sergik.cli.AnalyzeCommandTest.readCsv;
import static ai.sergik.cli.AnalyzeCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.audio.TestWavs;
import ai.sergik.dna.SergikRefCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanExportsCommandTest {
  @TempDir
  Path tmp;

  @Test
  void readsHeadersIntoAllExportsAndTheManifest() throws Exception {
    Path exports = tmp.resolve("Exports");
    TestWavs.writeWav(
        exports.resolve("one.wav"),
        TestWavs.sine(440, -6, 1.5, 48_000, 2),
        48_000,
        TestWavs.Sample.INT24);
    TestWavs.writeAiff(
        exports.resolve("two.aiff"), TestWavs.sine(440, -6, 2, 44_100, 1), 44_100, 16);
    Files.writeString(exports.resolve("bad.wav"), "nope");
    Path data = tmp.resolve("data");

    var r = run("scan", "exports", "--data", data.toString(), exports.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(3);
    assertThat(r.out()).contains("3 files, 1 with unreadable headers");

    List<CSVRecord> rows = readCsv(data.resolve("catalog/exports/all_exports.csv"));
    assertThat(rows)
        .extracting(x -> x.get("filename"))
        .containsExactly("bad.wav", "one.wav", "two.aiff");
    CSVRecord one = rows.get(1);
    assertThat(one.get("format")).isEqualTo("wav");
    assertThat(one.get("bit_depth")).isEqualTo("24");
    assertThat(one.get("sample_rate")).isEqualTo("48000");
    assertThat(one.get("channels")).isEqualTo("2");
    assertThat(one.get("duration_s")).isEqualTo("1.5");
    CSVRecord two = rows.get(2);
    assertThat(two.get("format")).isEqualTo("aiff");
    assertThat(two.get("bit_depth")).isEqualTo("16");
    assertThat(two.get("duration_s")).isEqualTo("2");
    assertThat(rows.get(0).get("error")).contains("bad.wav");

    List<CSVRecord> tracks = readCsv(data.resolve("manifests/tracks.csv"));
    assertThat(tracks).hasSize(3);
    assertThat(tracks)
        .filteredOn(t -> t.get("filename").equals("one.wav"))
        .first()
        .satisfies(t -> {
          assertThat(t.get("quality_tier")).isEqualTo("1");
          assertThat(t.get("sample_rate_hz")).isEqualTo("48000");
          assertThat(t.get("bpm")).isEmpty();
        });

    Files.delete(exports.resolve("bad.wav"));
    assertThat(run("scan", "exports", "--data", data.toString(), exports.toString())
            .code())
        .isZero();
    assertThat(readCsv(data.resolve("catalog/exports/all_exports.csv"))).hasSize(2);
  }

  @Test
  void keepsRowsOfTheEarlierToolFromOtherFolders() throws Exception {
    Path data = tmp.resolve("data");
    Path table = SergikRefCorpus.copyFile("catalog/exports/all_exports.csv", data);
    int before = readCsv(table).size();
    Path exports = tmp.resolve("Exports");
    TestWavs.writeWav(
        exports.resolve("one.wav"),
        TestWavs.sine(440, -6, 1, 44_100, 2),
        44_100,
        TestWavs.Sample.INT16);

    assertThat(run("scan", "exports", "--data", data.toString(), exports.toString())
            .code())
        .isZero();
    List<CSVRecord> rows = readCsv(table);
    assertThat(rows).hasSize(before + 1);
    assertThat(rows.get(0).get("category")).isEqualTo("SERGIK WAVs");
  }

  /** What analyze reads (OGG and M4A through ffmpeg), scan exports lists; one lower-case spelling per format. */
  @Test
  void oggAndM4aAreListedThroughFfmpegLikeAnalyzeReadsThem() throws Exception {
    java.util.Optional<Path> ffmpeg = java.util.stream.Stream.of(
            System.getenv("PATH").split(java.io.File.pathSeparator))
        .map(d -> Path.of(d, "ffmpeg"))
        .filter(Files::isExecutable)
        .findFirst();
    org.junit.jupiter.api.Assumptions.assumeTrue(ffmpeg.isPresent(), "needs ffmpeg on the PATH");
    Path exports = tmp.resolve("Exports");
    Path wav = tmp.resolve("source.wav");
    TestWavs.writeWav(wav, TestWavs.sine(440, -6, 2, 48_000, 2), 48_000, TestWavs.Sample.INT16);
    Files.createDirectories(exports);
    for (String name : List.of("loop.ogg", "loop.m4a")) {
      Process p = new ProcessBuilder(
              ffmpeg.get().toString(),
              "-nostdin",
              "-v",
              "error",
              "-i",
              wav.toString(),
              exports.resolve(name).toString())
          .redirectErrorStream(true)
          .start();
      p.getInputStream().readAllBytes();
      assertThat(p.waitFor()).as("ffmpeg made " + name).isZero();
    }
    TestWavs.writeWav(
        exports.resolve("loop.wav"),
        TestWavs.sine(440, -6, 2, 48_000, 2),
        48_000,
        TestWavs.Sample.INT16);
    Path data = tmp.resolve("data");
    var r = run("scan", "exports", "--data", data.toString(), exports.toString());
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    List<CSVRecord> rows = readCsv(data.resolve("catalog/exports/all_exports.csv"));
    assertThat(rows).extracting(x -> x.get("format")).containsExactly("m4a", "ogg", "wav");
    for (CSVRecord row : rows) {
      assertThat(row.get("error")).as(row.get("filename")).isEmpty();
      assertThat(row.get("sample_rate")).as(row.get("filename")).isEqualTo("48000");
      assertThat(row.get("channels")).isEqualTo("2");
      assertThat(Double.parseDouble(row.get("duration_s")))
          .isCloseTo(2.0, org.assertj.core.api.Assertions.within(0.1));
    }
    var analyzed = CliRun.of("analyze", "--data", data.toString(), exports.toString());
    assertThat(analyzed.code())
        .as("analyze reads the same files: " + analyzed.err())
        .isZero();
  }
}
