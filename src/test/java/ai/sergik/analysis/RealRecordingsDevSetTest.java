package ai.sergik.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.sergik.cli.CliRun;
import ai.sergik.io.CsvTable;
import ai.sergik.music.Key;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tempo, key and loudness on released recordings, run as a user runs it: {@code sergik analyze DIR} on the
 * development corpus of {@code ../shared/corpus/audio-real-dev/} (19 real tracks, made by its {@code make.sh}), scored
 * against its {@code truth.csv} the way {@code score.py} scores (tempo within 2 %, MIREX weights with the fifth above
 * the tonic only, loudness against ffmpeg).
 *
 * <p>The audio is not in the repository. The test looks for it in {@code $SERGIK_AUDIO_REAL_DEV} (or the system
 * property {@code sergik.audioRealDev}), else in {@code /tmp/audio-real-dev}, and is skipped when it is not there.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealRecordingsDevSetTest {
  static final Path TRUTH = Paths.get(System.getProperty("sergik.basedir", "."))
      .resolve("../shared/corpus/audio-real-dev/truth.csv")
      .normalize();

  private String notMade;
  private List<Map<String, String>> truth;
  private Map<String, Map<String, String>> found;

  static Path corpus() {
    String configured =
        System.getProperty("sergik.audioRealDev", System.getenv("SERGIK_AUDIO_REAL_DEV"));
    return Paths.get(
        configured == null || configured.isBlank() ? "/tmp/audio-real-dev" : configured);
  }

  @BeforeAll
  void analyseTheCorpusThroughTheCommandLine(@TempDir Path data) throws IOException {
    Path dir = corpus();
    if (!Files.isRegularFile(TRUTH)) {
      notMade = "no truth file at " + TRUTH;
      return;
    }
    truth = CsvTable.readMaps(TRUTH);
    List<String> missing = truth.stream()
        .map(r -> r.get("file"))
        .filter(f -> !Files.isRegularFile(dir.resolve(f)))
        .toList();
    if (!missing.isEmpty()) {
      notMade = "dev corpus of real recordings not made (missing in " + dir + ": " + missing
          + "); make it with: bash ../shared/corpus/audio-real-dev/make.sh " + dir
          + "  (or point $SERGIK_AUDIO_REAL_DEV at a copy)";
      return;
    }
    CliRun run = CliRun.of("analyze", "--threads", "2", "--data", data.toString(), dir.toString());
    assertThat(run.code()).as("analyze exit code; %s", run.err()).isZero();
    found = new LinkedHashMap<>();
    for (Map<String, String> row :
        CsvTable.readMaps(data.resolve("analysis/bpm_key/analyzed_tracks.csv"))) {
      found.put(row.get("filename"), row);
    }
  }

  @BeforeEach
  void onlyWhenTheCorpusIsMade() {
    assumeTrue(notMade == null, notMade);
  }

  @Test
  void tempoWithinTwoPercentOnAtLeast90PercentAndNeverSureWhenWrong() {
    int scored = 0, right = 0, sure = 0, sureRight = 0;
    List<String> misses = new ArrayList<>();
    for (Map<String, String> t : truth) {
      if (t.get("bpm").isBlank()) continue;
      double truthBpm = Double.parseDouble(t.get("bpm"));
      Map<String, String> row = found.get(t.get("file"));
      Double bpm = number(row.get("bpm"));
      boolean ok = bpm != null && Math.abs(bpm - truthBpm) <= 0.02 * truthBpm;
      scored++;
      if (ok) right++;
      else misses.add(t.get("file") + " " + truthBpm + " -> " + bpm);
      Double confidence = number(row.get("bpm_confidence"));
      if (confidence != null && confidence >= 0.8) {
        sure++;
        if (ok) sureRight++;
      }
    }
    System.out.printf(
        "real tempo: %d/%d within 2 %%; confidence >= 0.8: %d/%d right; misses %s%n",
        right, scored, sureRight, sure, misses);
    assertThat((double) right / scored)
        .as("tempo acc1, misses %s", misses)
        .isGreaterThanOrEqualTo(0.90);
    assertThat(sureRight)
        .as("right among tempi with confidence >= 0.8")
        .isGreaterThanOrEqualTo((int) Math.ceil(0.95 * sure));
  }

  @Test
  void keyMirexReachesTheGoalKeysWithConfidenceAtLeast08AreRightAndUnsureOnesAreMarked() {
    int scored = 0, sure = 0, sureExact = 0;
    double mirex = 0;
    Map<String, Integer> relations = new LinkedHashMap<>();
    for (Map<String, String> t : truth) {
      if (t.get("camelot").isBlank()) continue;
      Key truthKey = Key.parse(t.get("camelot"));
      Map<String, String> row = found.get(t.get("file"));
      Key key = row.get("camelot").isBlank() ? null : Key.parse(row.get("camelot"));
      String relation = relation(truthKey, key);
      relations.merge(relation, 1, Integer::sum);
      mirex += switch (relation) {
        case "exact" -> 1.0;
        case "fifth" -> 0.5;
        case "relative" -> 0.3;
        case "parallel" -> 0.2;
        default -> 0.0;
      };
      scored++;
      Double confidence = number(row.get("confidence"));
      if (confidence != null && confidence >= 0.8) {
        sure++;
        if (relation.equals("exact")) sureExact++;
      }
      boolean unsure = confidence != null && confidence < KeyDetector.UNSURE_BELOW;
      assertThat(row.get("key_unsure"))
          .as("key_unsure of %s (confidence %s)", t.get("file"), confidence)
          .isEqualTo(unsure ? "yes" : "");
    }
    System.out.printf(
        "real key: MIREX %.3f over %d; relations %s; confidence >= 0.8: %d/%d exact%n",
        mirex / scored, scored, relations, sureExact, sure);
    assertThat(mirex / scored)
        .as("key MIREX, relations %s", relations)
        .isGreaterThanOrEqualTo(0.85);
    assertThat(sure).as("keys with confidence >= 0.8").isPositive();
    assertThat(sureExact)
        .as("exact among keys with confidence >= 0.8, relations %s", relations)
        .isGreaterThanOrEqualTo((int) Math.ceil(0.95 * sure));
  }

  @Test
  void anUnsureKeyIsSaidSoInTheSummaryOfASingleFile(@TempDir Path scratch) throws IOException {
    Map<String, String> unsure = found.values().stream()
        .filter(r -> "yes".equals(r.get("key_unsure")))
        .findFirst()
        .orElse(null);
    assertThat(unsure).as("a track whose key is unsure").isNotNull();
    CliRun run = CliRun.of("analyze", "--png", "--data", scratch.toString(), unsure.get("path"));
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("key     " + unsure.get("camelot"))
        .contains("(unsure: confidence " + unsure.get("confidence"))
        .contains("key: unsure (confidence");
    try (var pictures = Files.list(scratch.resolve("analysis/pictures"))) {
      assertThat(pictures.filter(p -> p.toString().endsWith(".png")).count()).isEqualTo(1);
    }
  }

  @Test
  void loudnessWithinATenthOfALoudnessUnitOfFfmpeg() {
    double worst = 0;
    for (Map<String, String> t : truth) {
      Double lufs = number(found.get(t.get("file")).get("lufs"));
      assertThat(lufs).as("LUFS of %s", t.get("file")).isNotNull();
      worst = Math.max(worst, Math.abs(lufs - Double.parseDouble(t.get("lufs_ref_ffmpeg"))));
    }
    System.out.printf("real loudness: max |LUFS - ffmpeg| %.3f LU%n", worst);
    assertThat(worst).isLessThanOrEqualTo(0.1);
  }

  /** The relation of a found key to the truth as score.py names it (mir_eval: the fifth is the one above). */
  static String relation(Key truth, Key found) {
    if (found == null) return "none";
    if (found.equals(truth)) return "exact";
    int up = Math.floorMod(found.tonic() - truth.tonic(), 12);
    if (found.isMinor() == truth.isMinor())
      return up == 7 ? "fifth" : up == 5 ? "fifth_down" : "other";
    if (found.tonic() == truth.tonic()) return "parallel";
    return up == (!truth.isMinor() ? 9 : 3) ? "relative" : "other";
  }

  private static Double number(String cell) {
    return cell == null || cell.isBlank() ? null : Double.valueOf(cell);
  }
}
