package ai.sergik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.audio.TestWavs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A machine whose default locale writes a decimal comma (German, French, ...) still writes the analysis table with
 * decimal points: the files are read by programs, and by the same tool on another machine.
 */
class GermanLocaleCsvTest {
  @TempDir
  Path tmp;

  private Locale before;

  @BeforeEach
  void german() {
    before = Locale.getDefault();
    Locale.setDefault(Locale.GERMANY);
  }

  @AfterEach
  void restore() {
    Locale.setDefault(before);
  }

  @Test
  void analysisTableWritesDecimalPointsUnderAGermanLocale() throws Exception {
    assertThat(String.format("%.2f", 0.05))
        .as("the locale really writes a comma")
        .isEqualTo("0,05");
    float rate = 48_000;
    float[][] audio = AnalyzeCommandTest.chordWithClicks(rate, 2);
    // 48 frames of both channels at full scale: 96 of 192,000 samples, 0.05 %
    for (int i = 0; i < 48; i++) {
      for (float[] channel : audio) channel[1000 + i * 1500] = 1f;
    }
    Path lib = tmp.resolve("lib");
    TestWavs.writeWav(lib.resolve("clipped.wav"), audio, rate, TestWavs.Sample.FLOAT32);
    Path data = tmp.resolve("data");

    CliRun run = CliRun.of("analyze", "--data", data.toString(), "--threads", "1", lib.toString());
    assertThat(run.code()).as(run.err()).isZero();

    Path table = data.resolve("analysis/bpm_key/analyzed_tracks.csv");
    List<CSVRecord> rows = AnalyzeCommandTest.readCsv(table);
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).get("notes"))
        .contains("clipping: 0.05 % of samples at full scale")
        .doesNotContain("0,05");
    for (String column :
        List.of("lufs", "confidence", "duration_s", "crest_db", "clipped_fraction")) {
      assertThat(rows.get(0).get(column)).as(column).matches("-?[0-9]+(\\.[0-9]+)?");
    }
    assertThat(Files.readString(table)).doesNotContain("0,05");
  }
}
