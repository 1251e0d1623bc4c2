package ai.sergik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.audio.TestWavs;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The playlist attack through {@code sergik analyze}: no features of the file it points to, an error row instead. */
class FfmpegPlaylistCommandTest {
  @TempDir
  Path tmp;

  @Test
  void analyzeOfAnHlsPlaylistNamedXOggGivesAnErrorRowNotTheFeaturesOfTheFileOutsideTheLibrary()
      throws Exception {
    Path outside = TestWavs.writeWav(
        tmp.resolve("private/outside.wav"),
        TestWavs.sine(440, -6, 2, 44_100, 2),
        44_100,
        TestWavs.Sample.INT16);
    Path lib = Files.createDirectories(tmp.resolve("lib"));
    Path ogg = Files.writeString(
        lib.resolve("x.ogg"),
        "#EXTM3U\n#EXT-X-TARGETDURATION:10\n#EXTINF:10,\n" + outside + "\n#EXT-X-ENDLIST\n");
    Path data = tmp.resolve("data");
    CliRun run = CliRun.of("analyze", lib.toString(), "--data", data.toString());
    assertThat(run.code()).isEqualTo(AnalyzeCommand.SOME_FILES_FAILED);
    assertThat(run.err())
        .contains("error: " + ogg
            + ": named .ogg but it is not an Ogg file (it begins '#EXTM3U.#EXT-X-T')");
    var row = AnalyzeCommandTest.readCsv(data.resolve("analysis/bpm_key/analyzed_tracks.csv"))
        .get(0);
    assertThat(row.get("filename")).isEqualTo("x.ogg");
    assertThat(row.get("lufs")).isEmpty();
    assertThat(row.get("duration_s")).isEmpty();
  }
}
