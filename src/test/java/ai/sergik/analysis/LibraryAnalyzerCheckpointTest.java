package ai.sergik.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.data.DataDir;
import ai.sergik.sidecar.TestClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch rewrites analyzed_tracks.csv while it runs once the checkpoint interval has passed on the analyser's clock,
 * so that an interrupted run keeps what it finished. The clocks here are the test's: no waiting on real time.
 */
class LibraryAnalyzerCheckpointTest {
  static final Instant START = Instant.parse("2026-11-25T12:00:00Z");

  @TempDir
  Path tmp;

  /**
   * Rows in the table each time a file has finished, before the batch goes on; the clock moves on by {@code
   * perFile} as each file finishes.
   */
  List<Integer> rowsSeenAsFilesFinish(Duration perFile) throws IOException, InterruptedException {
    TestClock clock = new TestClock(START);
    Path lib = Files.createDirectories(tmp.resolve("lib"));
    // unreadable files: each becomes an error row at once, without decoding audio
    for (String name : List.of("a.wav", "b.wav", "c.wav"))
      Files.writeString(lib.resolve(name), "RIFF....WAVEjunk " + name);
    DataDir data = new DataDir(tmp.resolve("data"));
    List<Integer> seen = new ArrayList<>();
    LibraryAnalyzer.Report report = new LibraryAnalyzer(data, 1, clock)
        .analyze(List.of(lib), false, new LibraryAnalyzer.Listener() {
          @Override
          public void finished(Path file, FeatureExtractor.Analysis analysis, String error) {
            seen.add(rows(data.analyzedTracks()));
            clock.advance(perFile);
          }
        });
    assertThat(report.failed()).isEqualTo(3);
    assertThat(rows(data.analyzedTracks())).as("the whole table at the end").isEqualTo(3);
    return seen;
  }

  static int rows(Path table) {
    if (!Files.exists(table)) return 0;
    try (CSVParser csv = CSVParser.parse(
        table,
        java.nio.charset.StandardCharsets.UTF_8,
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
      return csv.getRecords().size();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void onceTheIntervalHasPassedEachFinishedFileIsInTheTableBeforeTheNextOneIsReported()
      throws Exception {
    assertThat(rowsSeenAsFilesFinish(Duration.ofSeconds(31))).containsExactly(0, 1, 2);
  }

  @Test
  void whileTheIntervalHasNotPassedTheTableIsWrittenOnlyAtTheEnd() throws Exception {
    // 3 x 10 s: the 30 s interval is never passed
    assertThat(rowsSeenAsFilesFinish(Duration.ofSeconds(10))).containsExactly(0, 0, 0);
  }
}
