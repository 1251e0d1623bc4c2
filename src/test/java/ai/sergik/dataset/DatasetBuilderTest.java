package ai.sergik.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.cli.CliRun;
import ai.sergik.data.DataDir;
import ai.sergik.dna.SergikRefCorpusAccess;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the datasets from a copy of the earlier tool's real catalogs. */
class DatasetBuilderTest {
  @TempDir
  static Path tmp;

  static Path data;
  static String output;
  static List<CSVRecord> merged;

  @BeforeAll
  static void build() throws Exception {
    data = SergikRefCorpusAccess.copyTo(tmp.resolve("data"));
    StringWriter out = new StringWriter(), err = new StringWriter();
    assertThat(CliRun.run(out, err, "dataset", "build", "--data", data.toString()))
        .as(err.toString())
        .isZero();
    output = out.toString();
    merged = read(data.resolve("datasets/tracks_merged.csv"));
  }

  static List<CSVRecord> read(Path file) throws Exception {
    try (var parser = CSVFormat.DEFAULT
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .get()
        .parse(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
      return parser.getRecords();
    }
  }

  static String sha1Id(String text) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)))
        .substring(0, 12);
  }

  @Test
  void everyManifestTrackIsOneMergedRowAndIdsAreUnique() throws Exception {
    List<CSVRecord> tracks = read(data.resolve("manifests/tracks.csv"));
    Set<String> ids = new HashSet<>();
    merged.forEach(r -> assertThat(ids.add(r.get("track_id")))
        .as("duplicate id " + r.get("track_id"))
        .isTrue());
    for (CSVRecord t : tracks) {
      assertThat(ids).contains(t.get("track_id"));
      assertThat(sha1Id(t.get("full_path")))
          .as("the earlier tool's id rule")
          .isEqualTo(t.get("track_id"));
    }
    assertThat(merged.get(0).toMap().keySet())
        .containsExactlyElementsOf(MergedTrack.COLUMNS.keySet());
  }

  @Test
  void exportsJoinByNameOrBecomeTracksIdentifiedByTheirPath() throws Exception {
    List<CSVRecord> tracks = read(data.resolve("manifests/tracks.csv"));
    Map<String, Integer> manifestNames = new HashMap<>();
    tracks.forEach(t -> manifestNames.merge(t.get("filename").toLowerCase(), 1, Integer::sum));
    Map<String, CSVRecord> byId = new HashMap<>();
    merged.forEach(r -> byId.put(r.get("track_id"), r));
    Set<String> exportPaths = new HashSet<>();
    merged.forEach(r -> exportPaths.add(r.get("export_path")));
    for (CSVRecord e : read(data.resolve("catalog/exports/all_exports.csv"))) {
      if (!manifestNames.containsKey(e.get("filename").toLowerCase())) {
        CSVRecord row = byId.get(sha1Id(e.get("path")));
        assertThat(row).as(e.get("path")).isNotNull();
        assertThat(row.get("sources")).startsWith("exports");
      }
    }
    assertThat(output)
        .contains(
            "exports_joined_by_name     311",
            "exports_new_tracks         410",
            "tracks_rows                847");
  }

  @Test
  void analysisValuesComeFromTheFirstRowWithTheFileName() throws Exception {
    Map<String, CSVRecord> firstAnalysis = new HashMap<>();
    for (CSVRecord a : read(data.resolve("analysis/bpm_key/analyzed_tracks.csv")))
      firstAnalysis.putIfAbsent(a.get("filename").toLowerCase(), a);
    int checked = 0;
    for (CSVRecord r : merged) {
      CSVRecord a = firstAnalysis.get(r.get("filename").toLowerCase());
      if (a == null) {
        assertThat(r.get("sources")).doesNotContain("analysis");
        continue;
      }
      assertThat(r.get("bpm")).as(r.get("filename")).isEqualTo(a.get("bpm"));
      assertThat(r.get("camelot")).as(r.get("filename")).isEqualTo(a.get("camelot"));
      assertThat(r.get("energy")).as(r.get("filename")).isEqualTo(a.get("energy"));
      checked++;
    }
    assertThat(checked).isGreaterThan(1000);
  }

  @Test
  void everyJsonlLineIsAValidChatExampleAndTheSplitIsAboutTenPercent() throws Exception {
    List<String> train = Files.readAllLines(data.resolve("datasets/finetune_train.jsonl"));
    List<String> validation =
        Files.readAllLines(data.resolve("datasets/finetune_validation.jsonl"));
    for (String line : train) assertThat(ChatExample.problemWith(line)).as(line).isNull();
    for (String line : validation)
      assertThat(ChatExample.problemWith(line)).as(line).isNull();
    double share = validation.size() / (double) (train.size() + validation.size());
    assertThat(share).isBetween(0.06, 0.14);
    assertThat(output)
        .contains(
            "train                      " + train.size(),
            "validation                 " + validation.size());
    Set<String> trainSet = new HashSet<>(train);
    assertThat(validation).noneMatch(trainSet::contains);
    assertThat(train)
        .anySatisfy(l -> assertThat(l).contains("Generate 8 bars of").contains(" notes · 8 bars"));
  }

  @Test
  void aSecondBuildWritesByteIdenticalFiles() throws Exception {
    byte[] train = Files.readAllBytes(data.resolve("datasets/finetune_train.jsonl"));
    byte[] csv = Files.readAllBytes(data.resolve("datasets/tracks_merged.csv"));
    new DatasetBuilder(new DataDir(data)).build();
    assertThat(Files.readAllBytes(data.resolve("datasets/finetune_train.jsonl")))
        .isEqualTo(train);
    assertThat(Files.readAllBytes(data.resolve("datasets/tracks_merged.csv"))).isEqualTo(csv);
  }

  @Test
  void theArtistNameIsASettingNotAConstant() throws Exception {
    Files.writeString(data.resolve("sergik.properties"), "artist.name=Jane Doe\n");
    try {
      CliRun r = CliRun.of("dataset", "build", "--data", data.toString());
      assertThat(r.code()).as(r.err()).isZero();
      String train = Files.readString(data.resolve("datasets/finetune_train.jsonl"));
      assertThat(train)
          .contains("the studio assistant of the producer Jane Doe.")
          .doesNotContain("producer SERGIK");
      CliRun flag = CliRun.of("dataset", "build", "--data", data.toString(), "--artist", "DJ Flag");
      assertThat(flag.code()).isZero();
      assertThat(Files.readString(data.resolve("datasets/finetune_train.jsonl")))
          .contains("the producer DJ Flag.");
    } finally {
      Files.delete(data.resolve("sergik.properties"));
      new DatasetBuilder(new DataDir(data)).build();
    }
  }
}
