package ai.sergik.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.als.AlsCorpus;
import ai.sergik.cli.ChildJvm;
import ai.sergik.cli.CliRun;
import ai.sergik.io.CsvTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * With {@code -Xmx64m} one hostile set (a track name of ten million characters, 10 KiB gzipped) failed the whole
 * {@code scan als}. The scan runs in a child JVM with a small heap: the set becomes an error row, the others are
 * catalogued, and the next scan tries the set again.
 */
@Timeout(240) // a guard against hangs, not a speed check
class HostileSetSmallHeapTest {
  @TempDir
  Path tmp;

  static byte[] setWithTrackName(int chars) throws IOException {
    String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<Ableton MajorVersion=\"5\" MinorVersion=\"12.0_12300\" Creator=\"Ableton Live 12.3.2\"><LiveSet><Tracks>"
        + "<MidiTrack Id=\"3\"><Name><EffectiveName Value=\"" + "A".repeat(chars)
        + "\" /><UserName Value=\"\" /></Name>"
        + "</MidiTrack></Tracks></LiveSet></Ableton>\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream z = new GZIPOutputStream(out)) {
      z.write(xml.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  static String scanInChildJvm(Path library, Path data, String heap) throws Exception {
    Process p = new ProcessBuilder(
            ChildJvm.sergik(List.of(heap), CliRun.scanAls(library, data, "--threads", "2")))
        .redirectErrorStream(true)
        .start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(output).isZero();
    return output;
  }

  static Map<String, Map<String, String>> projects(Path data) throws IOException {
    Map<String, Map<String, String>> rows = new HashMap<>();
    for (Map<String, String> r : CsvTable.readMaps(data.resolve("catalog/projects_als.csv"))) {
      rows.put(Path.of(r.get("path")).getFileName().toString(), r);
    }
    return rows;
  }

  @Test
  void
      hostileSetThatExhaustsA40MiBHeapIsAnErrorRowTheOtherSetsAreCataloguedAndTheNextScanTriesItAgain()
          throws Exception {
    Path library = tmp.resolve("lib");
    Files.createDirectories(library.resolve("Good Project"));
    Files.copy(
        AlsCorpus.dir().resolve("v10.1.3_abletoolz_skeleton.als"),
        library.resolve("Good Project/good.als"));
    Files.createDirectories(library.resolve("Hostile Project"));
    Files.write(library.resolve("Hostile Project/hostile.als"), setWithTrackName(10 << 20));
    Path data = tmp.resolve("data");

    String first = scanInChildJvm(library, data, "-Xmx40m");
    assertThat(first).contains("2 sets: 2 read (1 could not be parsed)");
    Map<String, Map<String, String>> rows = projects(data);
    assertThat(rows.get("good.als").get("error")).isEmpty();
    assertThat(rows.get("hostile.als").get("error"))
        .startsWith(SetReader.OUT_OF_MEMORY + " (this JVM may use at most ")
        .contains("SERGIK_JAVA_OPTS=-Xmx1g");
    assertThat(Files.readString(data.resolve("catalog/clips.csv")).lines().count())
        .as("the good set's clips")
        .isGreaterThan(100);

    String second = scanInChildJvm(library, data, "-Xmx40m");
    assertThat(second)
        .as("not taken for unchanged")
        .contains("2 sets: 1 read (1 could not be parsed), 1 unchanged");
  }

  @Test
  void overlongNamesAreCutInTheCatalogSoNoRowCarriesMegabytes() throws Exception {
    Path library = tmp.resolve("lib");
    Files.createDirectories(library.resolve("Long Project"));
    Files.write(library.resolve("Long Project/long.als"), setWithTrackName(200_000));
    Path data = tmp.resolve("data");
    CliRun run =
        CliRun.of("scan", "als", library.toString(), "--data", data.toString(), "--no-progress");
    assertThat(run.code()).isZero();
    String name = Files.readString(data.resolve("catalog/tracks.csv"))
        .lines()
        .skip(1)
        .findFirst()
        .orElseThrow()
        .split(",")[3];
    assertThat(name)
        .isEqualTo("A".repeat(CatalogTables.MAX_CELL_CHARS) + "\u2026 ["
            + (200_000 - CatalogTables.MAX_CELL_CHARS) + " more characters not kept]");
  }
}
