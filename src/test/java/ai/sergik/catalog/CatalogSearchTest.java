package ai.sergik.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.sergik.data.DataDir;
import ai.sergik.io.CsvTable;
import ai.sergik.music.Key;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CatalogSearchTest {
  static DataDir earlierData() {
    return new DataDir(Paths.get(System.getProperty("sergik.basedir", "."))
        .resolve("../shared/corpus/sergik_ref/data")
        .normalize());
  }

  static CatalogEntry project(
      String name, int year, double bpm, List<String> plugins, List<String> samples) {
    return new CatalogEntry(
        CatalogEntry.Kind.PROJECT,
        name,
        "/p/" + name + ".als",
        year,
        ProjectNaming.collaborator(name),
        bpm,
        null,
        Double.NaN,
        plugins,
        samples,
        "12.2",
        "",
        false);
  }

  static CatalogEntry track(String name, double bpm, String key) {
    return new CatalogEntry(
        CatalogEntry.Kind.TRACK,
        name,
        "/t/" + name + ".wav",
        2024,
        "",
        bpm,
        Key.parse(key),
        6,
        List.of(),
        List.of(),
        "",
        "",
        false);
  }

  static final CatalogSearch SEARCH = new CatalogSearch(CatalogIndex.of(List.of(
      project(
          "SERGIK x Silent Jay - Night Drive",
          2024,
          124,
          List.of("Diva", "Pro-Q 3"),
          List.of("kick_01.wav")),
      project("Night Shift", 2023, 128, List.of("Serum"), List.of("jay_vocal.wav")),
      project("Silent Hill remix", 2022, 90, List.of(), List.of()),
      project("Kick Study", 2025, 125, List.of("Diva"), List.of("night_pad.wav")),
      track("SERGIK - Tenby", 122, "10B"),
      track("SERGIK - Relative", 122, "10A"),
      track("SERGIK - Fifth up", 122, "11B"),
      track("SERGIK - Fifth down", 122, "9B"),
      track("SERGIK - Far", 122, "4A"))));

  static List<String> names(CatalogSearch.Result r) {
    return r.hits().stream().map(h -> h.entry().name()).toList();
  }

  @Test
  void itemsMatchingMoreWordsComeFirstThenHigherScores() {
    CatalogSearch.Result r = SEARCH.search(SearchQuery.text("silent jay night"));
    assertThat(names(r).get(0)).isEqualTo("SERGIK x Silent Jay - Night Drive");
    assertThat(r.hits().get(0).matchedWords()).isEqualTo(3);
    assertThat(r.hits().get(0).matchedFields()).contains("name", "collaborator");
    assertThat(names(r)).contains("Night Shift", "Silent Hill remix", "Kick Study");
    assertThat(r.total()).isEqualTo(4);
  }

  @Test
  void wordsMatchPluginsAndSampleNamesWithPrefixes() {
    assertThat(names(SEARCH.search(SearchQuery.text("diva"))))
        .containsExactly("Kick Study", "SERGIK x Silent Jay - Night Drive");
    CatalogSearch.Result vocal = SEARCH.search(SearchQuery.text("voc"));
    assertThat(names(vocal)).containsExactly("Night Shift");
    assertThat(vocal.hits().get(0).matchedFields()).containsExactly("samples");
    assertThat(names(SEARCH.search(SearchQuery.text("ni"))))
        .isEmpty(); // prefixes need three letters
  }

  @Test
  void aKeyMatchesOnlyItselfUnlessCompatibleKeysAreAskedFor() {
    SearchQuery exact = new SearchQuery(
        "", Double.NaN, Double.NaN, Key.parse("D major"), false, 0, "", "", null, false, 20);
    assertThat(names(SEARCH.search(exact))).containsExactly("SERGIK - Tenby");
    SearchQuery neighbours = new SearchQuery(
        "", Double.NaN, Double.NaN, Key.parse("10B"), true, 0, "", "", null, false, 20);
    assertThat(names(SEARCH.search(neighbours)))
        .containsExactlyInAnyOrder(
            "SERGIK - Tenby", "SERGIK - Relative", "SERGIK - Fifth up", "SERGIK - Fifth down");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1A", "1B", "12A", "12B", "8B", "5A"})
  void camelotNeighboursWrapAroundTheWheel(String camelot) {
    Key k = Key.parse(camelot);
    SearchQuery q =
        new SearchQuery("", Double.NaN, Double.NaN, k, true, 0, "", "", null, false, 20);
    int n = k.camelotNumber();
    String letter = k.isMinor() ? "A" : "B";
    String other = k.isMinor() ? "B" : "A";
    assertThat(CatalogSearch.keys(q))
        .containsExactlyInAnyOrder(
            n + letter, n + other, (n % 12 + 1) + letter, ((n + 10) % 12 + 1) + letter);
  }

  @Test
  void filtersNarrowTheResults() {
    SearchQuery q = new SearchQuery(
        "", 123, 126, null, false, 0, "", "diva", CatalogEntry.Kind.PROJECT, false, 20);
    assertThat(names(SEARCH.search(q)))
        .containsExactlyInAnyOrder("SERGIK x Silent Jay - Night Drive", "Kick Study");
    SearchQuery year =
        new SearchQuery("", Double.NaN, Double.NaN, null, false, 2023, "", "", null, false, 20);
    assertThat(names(SEARCH.search(year))).containsExactly("Night Shift");
    SearchQuery collab =
        new SearchQuery("", Double.NaN, Double.NaN, null, false, 0, "silent", "", null, false, 20);
    assertThat(names(SEARCH.search(collab))).containsExactly("SERGIK x Silent Jay - Night Drive");
  }

  @Test
  void parametersAreReadAndBadOnesNamed() {
    SearchQuery q = SearchQuery.fromParameters(Map.of(
        "query",
        List.of("deep house"),
        "bpm_min",
        List.of("120"),
        "key",
        List.of("F#m"),
        "compatible",
        List.of("true"),
        "limit",
        List.of("5")));
    assertThat(q.text()).isEqualTo("deep house");
    assertThat(q.key().camelot()).isEqualTo("11A");
    assertThat(q.limit()).isEqualTo(5);
    assertThatThrownBy(() -> SearchQuery.fromParameters(Map.of("bpm_min", List.of("fast"))))
        .hasMessage("bpm_min must be a number such as 120, got 'fast'");
    assertThatThrownBy(() -> SearchQuery.fromParameters(Map.of("limit", List.of("1000"))))
        .hasMessage("limit must be 1..200, got 1000");
    assertThatThrownBy(() -> SearchQuery.fromParameters(
            Map.of("bpm_min", List.of("130"), "bpm_max", List.of("120"))))
        .hasMessage("bpm_min (130.0) must not be above bpm_max (120.0)");
    assertThatThrownBy(() -> SearchQuery.fromParameters(Map.of("colour", List.of("red"))))
        .hasMessageStartingWith("unknown parameter 'colour'; accepted: query, bpm_min");
    assertThatThrownBy(() -> SearchQuery.fromParameters(Map.of("key", List.of("H minor"))))
        .hasMessageStartingWith("key: ");
  }

  @Test
  void theEarlierToolsFilesLoadAsTheyAre() throws Exception {
    CatalogIndex index = CatalogIndex.load(earlierData());
    long projects = index.entries().stream()
        .filter(e -> e.kind() == CatalogEntry.Kind.PROJECT)
        .count();
    long exports = index.entries().stream()
        .filter(e -> e.kind() == CatalogEntry.Kind.EXPORT)
        .count();
    // all_projects.csv's 14,599 rows plus the sets only its manifests/projects_als.csv lists
    assertThat(projects).isGreaterThanOrEqualTo(14_599);
    assertThat(exports).isGreaterThan(500);
    assertThat(index.entries())
        .anyMatch(
            e -> e.kind() == CatalogEntry.Kind.EXPORT && e.key() != null && !Double.isNaN(e.bpm()));

    CatalogSearch.Result r = new CatalogSearch(index).search(SearchQuery.text("silent jay"));
    assertThat(r.total()).isPositive();
    assertThat(r.hits().get(0).entry().collaborator()).isEqualToIgnoringCase("Silent Jay");
    assertThat(r.hits()).noneMatch(h -> h.entry().backup());
  }

  @Test
  void answersStayWithinTheActionsLimit() throws Exception {
    CatalogSearchService service = new CatalogSearchService(earlierData());
    SearchQuery everything =
        new SearchQuery("sergik", Double.NaN, Double.NaN, null, false, 0, "", "", null, true, 200);
    Map<String, Object> answer = service.answer(everything);
    assertThat(CatalogSearchService.length(answer))
        .isLessThanOrEqualTo(CatalogSearchService.MAX_ANSWER_CHARS);
    assertThat((Integer) answer.get("total")).isGreaterThan(200);
    assertThat(answer.get("returned")).isEqualTo(((List<?>) answer.get("results")).size());
  }

  @Test
  void anAnswerTooLongForTheLimitIsShortenedAndSaysSo(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    String longName = "x".repeat(2000);
    List<CatalogEntry> many = new java.util.ArrayList<>();
    for (int i = 0; i < 150; i++) {
      many.add(project("Jam " + i + " " + longName, 2024, 120, List.of(), List.of()));
    }
    java.nio.file.Files.createDirectories(dir.resolve("catalog/ableton_projects"));
    CsvTable.write(
        dir.resolve("catalog/ableton_projects/all_projects.csv"),
        List.of("project_name", "year", "collaborator", "path", "modified"),
        many.stream()
            .map(e -> List.of(e.name(), "2024", "", e.path(), "2024-01-01"))
            .toList());
    Map<String, Object> answer = new CatalogSearchService(new DataDir(dir))
        .answer(new SearchQuery(
            "jam", Double.NaN, Double.NaN, null, false, 0, "", "", null, false, 150));
    assertThat(CatalogSearchService.length(answer))
        .isLessThanOrEqualTo(CatalogSearchService.MAX_ANSWER_CHARS);
    assertThat(answer).containsEntry("truncated", true).containsEntry("total", 150);
    assertThat((Integer) answer.get("returned")).isBetween(10, 149);
  }
}
