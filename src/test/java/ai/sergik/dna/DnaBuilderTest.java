package ai.sergik.dna;

import static ai.sergik.dna.SergikRefCorpus.column;
import static ai.sergik.dna.SergikRefCorpus.plainCsv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.sergik.data.DataDir;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Builds the DNA from the earlier tool's real files and checks it against what those files contain. */
class DnaBuilderTest {
  static Path corpus;
  static DnaProfile profile;
  static List<List<String>> analysed;

  @BeforeAll
  static void buildOnce() throws Exception {
    corpus = SergikRefCorpus.dataDir();
    profile = new DnaBuilder(new CatalogFiles(new DataDir(corpus)))
        .build(Instant.parse("2026-01-01T00:00:00Z"));
    analysed = plainCsv(corpus.resolve("analysis/bpm_key/analyzed_tracks.csv"));
  }

  @Test
  void catalogCountsAreTheRowsOfEachFile() throws Exception {
    Map<String, String> files = Map.of(
        "tracks", "manifests/tracks.csv",
        "ableton_projects", "catalog/ableton_projects/all_projects.csv",
        "als_sets", "manifests/projects_als.csv",
        "exports", "catalog/exports/all_exports.csv",
        "analyzed_tracks", "analysis/bpm_key/analyzed_tracks.csv",
        "itunes_sergik", "catalog/itunes_library/sergik_productions.csv",
        "itunes_influences", "catalog/itunes_library/influences.csv");
    for (Map.Entry<String, String> e : files.entrySet()) {
      long lines = Files.readAllLines(corpus.resolve(e.getValue())).stream()
          .filter(l -> !l.isEmpty())
          .count();
      assertThat(profile.catalog()).as(e.getKey()).containsEntry(e.getKey(), lines - 1);
    }
    assertThat(profile.catalog())
        .containsEntry("analyzed_tracks", 1883L)
        .containsEntry("ableton_projects", 14599L);
  }

  @Test
  void bpmZoneSharesMatchAPlainCountOfTheBpmColumn() {
    int bpm = column(analysed, "bpm");
    Map<String, Integer> counts = new HashMap<>();
    int total = 0;
    for (List<String> row : analysed.subList(1, analysed.size())) {
      double value = Double.parseDouble(row.get(bpm));
      String zone = value < 80
          ? "<80"
          : value < 100
              ? "80-99"
              : value < 120
                  ? "100-119"
                  : value < 130 ? "120-129" : value < 140 ? "130-139" : "140+";
      counts.merge(zone, 1, Integer::sum);
      total++;
    }
    assertThat(total).isEqualTo(1883);
    assertThat(profile.bpmZones().keySet())
        .containsExactly("<80", "80-99", "100-119", "120-129", "130-139", "140+");
    for (Map.Entry<String, Double> zone : profile.bpmZones().entrySet()) {
      assertThat(zone.getValue())
          .as(zone.getKey())
          .isCloseTo(counts.getOrDefault(zone.getKey(), 0) / (double) total, within(1e-12));
    }
    assertThat(profile.bpmZones().values().stream()
            .mapToDouble(Double::doubleValue)
            .sum())
        .isCloseTo(1.0, within(1e-9));
    // the earlier tool's own summary of the same library: 601 tracks at 120-129, 137 at 140+
    assertThat(profile.zoneShare(BpmZone.FROM_120) * 1883).isCloseTo(601, within(1e-6));
    assertThat(profile.zoneShare(BpmZone.FROM_140) * 1883).isCloseTo(137, within(1e-6));
  }

  @Test
  void keySharesMatchThePlainCountAndTheEarlierToolsSummary() throws Exception {
    int camelot = column(analysed, "camelot");
    Map<String, Integer> counts = new TreeMap<>();
    int keyed = 0;
    for (List<String> row : analysed.subList(1, analysed.size())) {
      if (row.get(camelot).isBlank()) continue;
      counts.merge(row.get(camelot), 1, Integer::sum);
      keyed++;
    }
    assertThat(profile.keyPreferences().keySet())
        .containsExactlyInAnyOrderElementsOf(counts.keySet());
    for (Map.Entry<String, Integer> key : counts.entrySet()) {
      assertThat(profile.keyPreferences().get(key.getKey()))
          .as(key.getKey())
          .isCloseTo(key.getValue() / (double) keyed, within(1e-12));
    }
    List<Double> shares = new ArrayList<>(profile.keyPreferences().values());
    for (int i = 1; i < shares.size(); i++)
      assertThat(shares.get(i)).isLessThanOrEqualTo(shares.get(i - 1));
    JsonNode summary = new ObjectMapper()
        .readTree(corpus.resolve("manifests/rekordbox_summary.json").toFile());
    int keyedTracks = keyed;
    summary
        .path("key_distribution")
        .properties()
        .forEach(e -> assertThat(profile.keyPreferences().get(e.getKey()) * keyedTracks)
            .as(e.getKey())
            .isCloseTo(e.getValue().asDouble(), within(1e-6)));
    assertThat(profile.keyPreferences().keySet()).startsWith("10B", "11B", "7A", "8A");
  }

  @Test
  void energySweetSpotIsFiveToSevenHoldingTheTracksThePlainCountFinds() {
    int energy = column(analysed, "energy");
    long inside = analysed.subList(1, analysed.size()).stream()
        .mapToInt(row -> Integer.parseInt(row.get(energy)))
        .filter(level -> level >= 5 && level <= 7)
        .count();
    assertThat(profile.energy().sweetSpotLow()).isEqualTo(5);
    assertThat(profile.energy().sweetSpotHigh()).isEqualTo(7);
    assertThat(profile.energy().sweetSpotShare()).isCloseTo(inside / 1883.0, within(1e-12));
    assertThat(profile.energy().levels())
        .containsEntry(6, 962L)
        .containsEntry(5, 396L)
        .containsEntry(7, 358L);
  }

  @Test
  void collaboratorsAndYearsMatchTheEarlierToolsRankingsAndTimeline() throws Exception {
    List<List<String>> rankings = plainCsv(corpus.resolve("analysis/collaborators/rankings.csv"));
    Map<String, Long> ranked = new LinkedHashMap<>();
    for (List<String> row : rankings.subList(1, rankings.size()))
      ranked.put(row.get(1), Long.parseLong(row.get(2)));
    assertThat(profile.topCollaborators()).hasSize(DnaBuilder.TOP_COLLABORATORS);
    profile
        .topCollaborators()
        .forEach((name, count) -> assertThat(ranked).containsEntry(name, count));
    assertThat(profile.topCollaborators().values())
        .containsExactlyElementsOf(
            ranked.values().stream().limit(DnaBuilder.TOP_COLLABORATORS).toList());
    List<List<String>> years = plainCsv(corpus.resolve("analysis/timeline/by_year.csv"));
    Map<String, Long> timeline = new TreeMap<>();
    for (List<String> row : years.subList(1, years.size()))
      timeline.put(row.get(0), Long.parseLong(row.get(1)));
    assertThat(profile.projectsByYear()).isEqualTo(timeline);
  }

  @Test
  void genreDnaComesFromTheArtistsOwnProductionsAndSumsToOne() throws Exception {
    List<List<String>> productions =
        plainCsv(corpus.resolve("catalog/itunes_library/sergik_productions.csv"));
    int genres = column(productions, "genres");
    Map<String, Integer> tags = new HashMap<>();
    int total = 0;
    for (List<String> row : productions.subList(1, productions.size())) {
      for (String tag : row.get(genres).split(",")) {
        if (tag.isBlank()) continue;
        tags.merge(tag.trim().toLowerCase(), 1, Integer::sum);
        total++;
      }
    }
    assertThat(profile.genreDna().keySet()).containsExactlyInAnyOrderElementsOf(tags.keySet());
    for (Map.Entry<String, Integer> tag : tags.entrySet()) {
      assertThat(profile.genreDna().get(tag.getKey()))
          .isCloseTo(tag.getValue() / (double) total, within(1e-12));
    }
    assertThat(profile.genreDna().keySet()).first().isEqualTo("funk");
  }

  @Test
  void everyFieldNamesItsSourceFilesRowCountsAndRule() {
    for (String field : List.of(
        "bpm_zones",
        "key_preferences",
        "energy_sweet_spot",
        "genre_dna",
        "catalog",
        "top_collaborators",
        "projects_by_year")) {
      Derivation d = profile.derivations().get(field);
      assertThat(d).as(field).isNotNull();
      assertThat(d.rule()).as(field).isNotBlank();
      assertThat(d.sources()).as(field).isNotEmpty().allSatisfy(s -> {
        assertThat(corpus.resolve(s.file())).exists();
        assertThat(s.rows()).isPositive();
      });
    }
    Derivation zones = profile.derivations().get("bpm_zones");
    assertThat(zones.sources())
        .containsExactly(new Derivation.Source("analysis/bpm_key/analyzed_tracks.csv", 1883));
    assertThat(zones.counts()).containsEntry("120-129", 601L).containsEntry("140+", 137L);
    assertThat(profile.derivations().get("key_preferences").skipped()).isEqualTo(3);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
  void sweetSpotIsTheNarrowestBandHoldingEightyPercent(long seed) {
    Random random = new Random(seed);
    Map<Integer, Long> levels = new TreeMap<>();
    for (int level = 1; level <= 10; level++) {
      if (random.nextInt(4) > 0) levels.put(level, (long) random.nextInt(200));
    }
    levels.merge(1 + random.nextInt(10), 1L, Long::sum);
    long total = levels.values().stream().mapToLong(Long::longValue).sum();
    DnaProfile.Energy energy = DnaBuilder.energy(levels);
    int width = energy.sweetSpotHigh() - energy.sweetSpotLow() + 1;
    long inside = 0;
    for (int level = energy.sweetSpotLow(); level <= energy.sweetSpotHigh(); level++)
      inside += levels.getOrDefault(level, 0L);
    assertThat(inside).isGreaterThanOrEqualTo((long) Math.ceil(0.8 * total));
    for (int low = 1; low + width - 2 <= 10 && width > 1; low++) {
      long narrower = 0;
      for (int level = low; level < low + width - 1; level++)
        narrower += levels.getOrDefault(level, 0L);
      assertThat(narrower).as("band %d..%d is narrower", low, low + width - 2).isLessThan((long)
          Math.ceil(0.8 * total));
    }
  }
}
