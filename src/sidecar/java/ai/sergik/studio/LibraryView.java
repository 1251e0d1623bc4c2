package ai.sergik.studio;

import ai.sergik.catalog.CatalogEntry;
import ai.sergik.catalog.CatalogSearch;
import ai.sergik.catalog.CatalogSearchService;
import ai.sergik.catalog.SearchQuery;
import ai.sergik.data.DataDir;
import ai.sergik.io.CsvCells;
import ai.sergik.io.CsvTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The Library tab: the catalog of Live sets, exports and analysed tracks, searched and filtered, a page
 * at a time; and one set opened with its tracks, devices, clips and samples from the catalog's side tables.
 */
final class LibraryView {
  static final int DEFAULT_PAGE_SIZE = 25;
  static final int MAX_PAGE_SIZE = 100;
  /** The studio's own parameters; the others are the catalog search's ({@link SearchQuery#PARAMETERS}). */
  static final List<String> PAGING = List.of("page", "size", "from", "to");

  private final DataDir data;
  private final CatalogSearchService search;
  private final StampedCache<Map<String, Map<String, String>>> projectsByPath;

  LibraryView(DataDir data, CatalogSearchService search) {
    this.data = Objects.requireNonNull(data, "data");
    this.search = Objects.requireNonNull(search, "search");
    this.projectsByPath = new StampedCache<>(data.projectsAls(), LibraryView::projectsByPath);
  }

  /**
   * A page of search hits. {@code from}/{@code to} (ISO dates, inclusive) filter on the modification date;
   * {@code page} counts from 1.
   */
  Map<String, Object> page(Map<String, List<String>> parameters) throws IOException {
    Map<String, List<String>> catalogParameters = new LinkedHashMap<>(parameters);
    PAGING.forEach(catalogParameters::remove);
    catalogParameters.putIfAbsent("include_backups", List.of("false"));
    SearchQuery query = SearchQuery.fromParameters(catalogParameters);
    int page = StudioQuery.integer(parameters, "page", 1, 1, 1_000_000);
    int size = StudioQuery.integer(parameters, "size", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
    String from = date(parameters, "from");
    String to = date(parameters, "to");
    Predicate<CatalogEntry> inDates = e -> (from.isEmpty() || e.modified().compareTo(from) >= 0)
        && (to.isEmpty()
            || (!e.modified().isEmpty()
                && e.modified()
                        .substring(0, Math.min(10, e.modified().length()))
                        .compareTo(to)
                    <= 0));
    CatalogSearch.Result result = search.page(query, inDates, (page - 1) * size, size);
    List<Map<String, Object>> items = new ArrayList<>(result.hits().size());
    for (CatalogSearch.Hit hit : result.hits()) items.add(CatalogSearchService.item(hit.entry()));
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("status", "ok");
    answer.put("total", result.total());
    answer.put("page", page);
    answer.put("size", size);
    answer.put("pages", Math.max(1, (result.total() + size - 1) / size));
    answer.put("items", items);
    return answer;
  }

  private static String date(Map<String, List<String>> parameters, String name) {
    String v = StudioQuery.text(parameters, name);
    if (!v.isEmpty() && !v.matches("\\d{4}-\\d{2}-\\d{2}")) {
      throw new IllegalArgumentException(
          name + " must be a date such as 2024-01-31, got '" + v + "'");
    }
    return v;
  }

  /** One parsed set by its path (as the library lists it): its row, tracks with their devices and clips, and samples. */
  Map<String, Object> set(String path) throws IOException {
    Map<String, String> row = projectsByPath.get().get(path);
    if (row == null) {
      throw new NoSuchFileException(
          path,
          null,
          "no parsed Live set with this path in " + data.projectsAls()
              + " (run scan als on its folder)");
    }
    String id = row.getOrDefault("project_id", "");
    Map<String, Object> set = new LinkedHashMap<>(row);
    Map<String, Map<String, Object>> tracks = new LinkedHashMap<>();
    for (Map<String, String> t : rowsOf(data.catalogDir().resolve("tracks.csv"), id)) {
      Map<String, Object> track = new LinkedHashMap<>(t);
      track.remove("project_id");
      track.put("devices", new ArrayList<>());
      track.put("clips", new ArrayList<>());
      tracks.put(t.get("track_index"), track);
    }
    attach(tracks, rowsOf(data.catalogDir().resolve("devices.csv"), id), "devices");
    attach(tracks, rowsOf(data.catalogDir().resolve("clips.csv"), id), "clips");
    set.put("tracks", new ArrayList<>(tracks.values()));
    List<Map<String, String>> samples = rowsOf(data.catalogDir().resolve("samples.csv"), id);
    samples.forEach(s -> s.remove("project_id"));
    set.put("samples", samples);
    return Map.of("status", "ok", "set", set);
  }

  @SuppressWarnings("unchecked")
  private static void attach(
      Map<String, Map<String, Object>> tracks, List<Map<String, String>> rows, String field) {
    for (Map<String, String> r : rows) {
      r.remove("project_id");
      Map<String, Object> track = tracks.get(r.get("track_index"));
      if (track != null) ((List<Object>) track.get(field)).add(r);
    }
  }

  /**
   * The rows of one side table that belong to a set, streamed: a library of 20,000 sets has millions of clip
   * rows, far more than is worth holding for one page. A row of the set starts a line with its id and a comma
   * (ids are hexadecimal), so only those lines are parsed as CSV; a cell that holds a line break sends the
   * read to a full parse of the table.
   */
  static List<Map<String, String>> rowsOf(Path table, String projectId) throws IOException {
    List<Map<String, String>> rows = new ArrayList<>();
    if (projectId.isEmpty() || !Files.isRegularFile(table)) return rows;
    String prefix = projectId + ",";
    try (java.io.BufferedReader in = Files.newBufferedReader(table, StandardCharsets.UTF_8)) {
      String headerLine = in.readLine();
      if (headerLine == null) return rows;
      List<String> header = parseLine(headerLine);
      String line;
      while ((line = in.readLine()) != null) {
        if (!line.startsWith(prefix)) continue;
        List<String> cells = parseLine(line);
        if (cells == null) return rowsOfParsed(table, projectId);
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++)
          row.put(header.get(i), i < cells.size() ? CsvCells.unescape(cells.get(i)) : "");
        rows.add(row);
      }
    }
    return rows;
  }

  /** One line's cells, or null when the line ends inside a quoted cell. */
  private static List<String> parseLine(String line) throws IOException {
    try (CSVParser parser = CSVParser.parse(line, CSVFormat.DEFAULT)) {
      List<CSVRecord> records = parser.getRecords();
      return records.isEmpty() ? List.of() : records.get(0).toList();
    } catch (java.io.UncheckedIOException | IllegalStateException e) {
      return null;
    }
  }

  private static List<Map<String, String>> rowsOfParsed(Path table, String projectId)
      throws IOException {
    List<Map<String, String>> rows = new ArrayList<>();
    CsvTable.forEachIn(table, r -> {
      Map<String, String> row = r.toMap();
      if (!row.isEmpty() && projectId.equals(row.values().iterator().next())) rows.add(row);
    });
    return rows;
  }

  private static Map<String, Map<String, String>> projectsByPath(Path file) throws IOException {
    Map<String, Map<String, String>> byPath = new HashMap<>();
    for (Map<String, String> r : CsvTable.readMaps(file)) byPath.put(r.getOrDefault("path", ""), r);
    return byPath;
  }
}
