package ai.sergik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.audio.TestWavs;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Track names such as {@code =HYPERLINK(…)} went unescaped into CSV files that producers open in spreadsheets. Every
 * CSV the commands write now quotes such cells (OWASP), and every reader takes the quote off again.
 */
class CsvInjectionCommandTest {
  static final String FORMULA = "=HYPERLINK(\"http://evil.example/x\",\"click\")";

  @TempDir
  Path tmp;

  static byte[] set(String trackName, String clipName) throws Exception {
    String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<Ableton MajorVersion=\"5\" MinorVersion=\"12.0_12300\" Creator=\"Ableton Live 12.3.2\"><LiveSet><Tracks>"
        + "<MidiTrack Id=\"3\"><Name><EffectiveName Value=\"" + trackName
        + "\" /><UserName Value=\"" + trackName + "\" /></Name>"
        + "<Color Value=\"5\" /><TrackGroupId Value=\"-1\" /><DeviceChain><MainSequencer><ClipSlotList><ClipSlot Id=\"0\">"
        + "<ClipSlot><Value><MidiClip Id=\"0\" Time=\"0\"><Name Value=\"" + clipName
        + "\" /><CurrentStart Value=\"0\" />"
        + "<CurrentEnd Value=\"4\" /></MidiClip></Value></ClipSlot></ClipSlot></ClipSlotList></MainSequencer></DeviceChain>"
        + "</MidiTrack></Tracks>"
        + "<MainTrack><DeviceChain><Mixer><Tempo><Manual Value=\"123.5\" /><AutomationTarget Id=\"8\" /></Tempo>"
        + "<TimeSignature><Manual Value=\"302\" /><AutomationTarget Id=\"10\" /></TimeSignature></Mixer></DeviceChain></MainTrack>"
        + "</LiveSet></Ableton>\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream z = new GZIPOutputStream(out)) {
      z.write(xml.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  static String xmlAttribute(String s) {
    return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
  }

  static void ok(CliRun run) {
    assertThat(run.code()).as(run.err()).isZero();
  }

  @Test
  void hyperlinkFormulaInTrackClipAndFileNamesIsQuotedInEveryCsvAndReadBackIntact()
      throws Exception {
    Path lib = tmp.resolve("lib");
    Path setFile = lib.resolve("=cmd Project/@evil.als");
    Files.createDirectories(setFile.getParent());
    Files.write(setFile, set(xmlAttribute(FORMULA), "@SUM(1+1)"));
    Path wav = lib.resolve("=HYPERLINK(1).wav");
    TestWavs.writeWav(
        wav, AnalyzeCommandTestAccess.chordWithClicks(44_100, 6), 44_100, TestWavs.Sample.INT16);
    Path data = tmp.resolve("data");
    String d = data.toString();

    ok(CliRun.of("scan", "als", lib.toString(), "--data", d, "--no-progress"));
    ok(CliRun.of("scan", "exports", lib.toString(), "--data", d));
    ok(CliRun.of("analyze", lib.toString(), "--data", d));
    ok(CliRun.of("dataset", "build", "--data", d));

    String tracks = Files.readString(data.resolve("catalog/tracks.csv"));
    assertThat(tracks).contains("\"'=HYPERLINK(\"\"http://evil.example/x\"\",\"\"click\"\")\"");
    assertThat(Files.readString(data.resolve("catalog/clips.csv"))).contains(",'@SUM(1+1),");
    for (Path csv : List.of(
        data.resolve("catalog/projects_als.csv"),
        data.resolve("catalog/ableton_projects/all_projects.csv"),
        data.resolve("catalog/exports/all_exports.csv"),
        data.resolve("analysis/bpm_key/analyzed_tracks.csv"),
        data.resolve("manifests/tracks.csv"),
        data.resolve("datasets/tracks_merged.csv"),
        data.resolve("catalog/tracks.csv"),
        data.resolve("catalog/clips.csv"))) {
      for (String line : Files.readAllLines(csv)) {
        for (String cell : line.split(",")) {
          String bare = cell.startsWith("\"") ? cell.substring(1) : cell;
          assertThat(bare)
              .as("%s: %s", csv.getFileName(), line)
              .doesNotStartWith("=")
              .doesNotStartWith("@");
        }
      }
    }
    assertThat(Files.readString(data.resolve("catalog/exports/all_exports.csv")))
        .contains("'=HYPERLINK(1).wav");

    // readers take the quote off: the catalog finds the file and the set by their real names
    CliRun search = CliRun.of("catalog", "search", "hyperlink", "--data", d, "--json");
    assertThat(search.code()).isZero();
    assertThat(search.out()).contains("\"name\" : \"=HYPERLINK(1)\"").doesNotContain("'=HYPERLINK");
    CliRun project = CliRun.of("catalog", "search", "evil", "--data", d, "--json");
    assertThat(project.out())
        .contains("\"name\" : \"@evil\"")
        .contains("\"path\" : \"" + setFile + "\"");

    // and a rescan after a change rewrites the side tables without quoting twice
    Files.write(setFile, set(xmlAttribute(FORMULA), "@SUM(2+2)"));
    Files.setLastModifiedTime(
        setFile,
        java.nio.file.attribute.FileTime.fromMillis(
            Files.getLastModifiedTime(setFile).toMillis() + 2000));
    ok(CliRun.of("scan", "als", lib.toString(), "--data", d, "--no-progress"));
    assertThat(Files.readString(data.resolve("catalog/tracks.csv")))
        .contains("\"'=HYPERLINK(")
        .doesNotContain("''=");
    assertThat(Files.readString(data.resolve("catalog/clips.csv"))).contains(",'@SUM(2+2),");
  }
}
