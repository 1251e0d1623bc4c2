package ai.sergik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.audio.TestWavs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A truncated FLAC ({@code head -c 3000 x.flac}) threw a NullPointerException that ended {@code analyze} with exit 1,
 * left manifests/tracks.csv stale, and was stored as a success with empty features, so later runs said "unchanged,
 * 0 failed". Now every decoder's damaged file is an error row naming the file, the batch goes on, the exit code is 3,
 * and the row is analysed again next time.
 */
class TruncatedAudioCommandTest {
  @TempDir
  Path tmp;

  static final Path FIXTURES =
      Path.of(System.getProperty("sergik.basedir", ".")).resolve("src/test/resources/audio");

  static Path truncated(Path source, Path target, int bytes) throws IOException {
    Files.createDirectories(target.getParent());
    Files.write(target, Arrays.copyOf(Files.readAllBytes(source), bytes));
    return target;
  }

  static Map<String, CSVRecord> byFilename(Path csv) throws Exception {
    return AnalyzeCommandTest.readCsv(csv).stream()
        .collect(Collectors.toMap(r -> r.get("filename"), Function.identity()));
  }

  @Test
  void
      truncatedFlacThatThrewANullPointerExceptionIsAnErrorRowTheBatchGoesOnAndTheNextRunTriesAgain()
          throws Exception {
    Path lib = tmp.resolve("lib");
    Path data = tmp.resolve("data");
    TestWavs.writeWav(
        lib.resolve("good.wav"),
        AnalyzeCommandTest.chordWithClicks(44_100, 3),
        44_100,
        TestWavs.Sample.INT16);
    Path flac =
        truncated(FIXTURES.resolve("sine440-stereo-48k-24bit.flac"), lib.resolve("x.flac"), 3000);

    CliRun first = CliRun.of("analyze", lib.toString(), "--data", data.toString());
    assertThat(first.code()).isEqualTo(AnalyzeCommand.SOME_FILES_FAILED);
    String reason = flac
        + ": FLAC ends inside its header after 3000 bytes: the file is truncated (or still being copied)";
    assertThat(first.err()).contains("error: " + reason).doesNotContain("NullPointerException");
    assertThat(first.out()).contains("2 files: 1 analysed, 0 unchanged, 1 failed");

    Map<String, CSVRecord> table = byFilename(data.resolve("analysis/bpm_key/analyzed_tracks.csv"));
    assertThat(table.get("x.flac").get("error")).startsWith(reason);
    assertThat(table.get("good.wav").get("error")).isEmpty();
    Map<String, CSVRecord> manifest = byFilename(data.resolve("manifests/tracks.csv"));
    assertThat(manifest).containsKeys("x.flac", "good.wav");

    CliRun second = CliRun.of("analyze", lib.toString(), "--data", data.toString());
    assertThat(second.code()).isEqualTo(AnalyzeCommand.SOME_FILES_FAILED);
    assertThat(second.out()).contains("2 files: 0 analysed, 1 unchanged, 1 failed");
  }

  @ParameterizedTest(name = "{0} cut to {1} bytes")
  @CsvSource({
    "cut.flac, 3000, 'FLAC ends inside its header after 3000 bytes'",
    "cut.flac, 100, 'FLAC ends inside its header after 100 bytes'",
    "cut.wav, 44, 'WAV holds no audio frames (44 bytes)'",
    "cut.wav, 30, 'fmt chunk is 10 bytes, needs 16'",
    "cut.aiff, 54, 'AIFF holds no audio frames (54 bytes)'",
    "cut.aiff, 20, 'AIFF'",
    "cut.mp3, 60, 'MP3 could not be decoded (Stream of unsupported format)'",
  })
  void everyDecoderTurnsATruncatedFileIntoAnErrorRowNamingIt(String name, int bytes, String reason)
      throws Exception {
    Path source = switch (name) {
      case "cut.flac" -> FIXTURES.resolve("sine440-stereo-48k-24bit.flac");
      case "cut.mp3" -> FIXTURES.resolve("sine440-stereo-44k.mp3");
      case "cut.wav" ->
        TestWavs.writeWav(
            tmp.resolve("full.wav"),
            TestWavs.sine(440, -12, 1, 44_100, 2),
            44_100,
            TestWavs.Sample.INT16);
      default ->
        TestWavs.writeAiff(
            tmp.resolve("full.aiff"), TestWavs.sine(440, -12, 1, 44_100, 2), 44_100, 16);
    };
    Path file = truncated(source, tmp.resolve("lib").resolve(name), bytes);
    Path data = tmp.resolve("data");
    CliRun run = CliRun.of("analyze", file.toString(), "--data", data.toString());
    assertThat(run.code()).as(run.err()).isEqualTo(AnalyzeCommand.SOME_FILES_FAILED);
    assertThat(run.err())
        .contains("error: " + file + ": ")
        .contains(reason)
        .doesNotContain("Exception:");
    assertThat(byFilename(data.resolve("analysis/bpm_key/analyzed_tracks.csv"))
            .get(name)
            .get("error"))
        .contains(reason);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"cut.flac, 30000", "cut.aiff, 100000"})
  void fileCutInsideItsAudioIsAnalysedAsFarAsItGoesAndSaysItIsTruncated(String name, int bytes)
      throws Exception {
    Path source = name.endsWith(".flac")
        ? FIXTURES.resolve("sine440-stereo-48k-24bit.flac")
        : TestWavs.writeAiff(
            tmp.resolve("full.aiff"), TestWavs.sine(440, -12, 1, 44_100, 2), 44_100, 16);
    Path file = truncated(source, tmp.resolve("lib").resolve(name), bytes);
    Path data = tmp.resolve("data");
    CliRun run = CliRun.of("analyze", file.toString(), "--data", data.toString());
    assertThat(run.code()).as(run.err()).isZero();
    CSVRecord row =
        byFilename(data.resolve("analysis/bpm_key/analyzed_tracks.csv")).get(name);
    assertThat(row.get("notes"))
        .containsPattern("truncated: header announces \\d+ frames \\(1\\.00 s\\), file holds \\d+");
    assertThat(Double.parseDouble(row.get("duration_s"))).isBetween(0.3, 0.9);
  }
}
