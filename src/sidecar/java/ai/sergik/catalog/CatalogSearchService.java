package ai.sergik.catalog;

import ai.sergik.data.DataDir;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Catalog search as the CLI, the HTTP API and the device ask for it: loads the index from the data
 * directory (again whenever one of its files changes) and shapes answers that fit a Custom GPT
 * Action's response limit.
 */
public final class CatalogSearchService {
  /** GPT Actions accept responses up to 100,000 characters; answers stay within this. */
  public static final int MAX_ANSWER_CHARS = 100_000;
  /** Plugin names shown per item; the rest are counted. */
  static final int MAX_PLUGINS_SHOWN = 12;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final DataDir data;
  private CatalogSearch search;
  private List<Object> loadedFrom;

  public CatalogSearchService(DataDir data) {
    this.data = Objects.requireNonNull(data, "data");
  }

  /** Runs a search and returns the answer as a JSON-ready map of at most {@link #MAX_ANSWER_CHARS} characters. */
  public Map<String, Object> answer(SearchQuery q) throws IOException {
    CatalogSearch.Result result = current().search(q);
    List<Map<String, Object>> items = new ArrayList<>(result.hits().size());
    for (CatalogSearch.Hit h : result.hits()) {
      items.add(item(h));
    }
    Map<String, Object> answer = answer(q, result.total(), items, false);
    if (length(answer) <= MAX_ANSWER_CHARS) {
      return answer;
    }
    // binary search for the most items that fit
    int lo = 0;
    int hi = items.size();
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (length(answer(q, result.total(), items.subList(0, mid), true)) <= MAX_ANSWER_CHARS)
        lo = mid;
      else hi = mid - 1;
    }
    return answer(q, result.total(), items.subList(0, lo), true);
  }

  /** A page of hits, as {@link CatalogSearch#search(SearchQuery, java.util.function.Predicate, int, int)}. */
  public CatalogSearch.Result page(
      SearchQuery q, java.util.function.Predicate<CatalogEntry> alsoPasses, int offset, int size)
      throws IOException {
    return current().search(q, alsoPasses, offset, size);
  }

  /** The current index (read again when one of its files changed), for features that rank items their own way. */
  public CatalogIndex index() throws IOException {
    return current().index();
  }

  /** How many items the current index holds. */
  public int size() throws IOException {
    return current().index().entries().size();
  }

  private synchronized CatalogSearch current() throws IOException {
    List<Object> stamp = new ArrayList<>();
    for (Path p : CatalogIndex.sources(data)) {
      stamp.add(
          Files.exists(p)
              ? List.of(Files.size(p), Files.getLastModifiedTime(p).toMillis())
              : "missing");
    }
    if (search == null || !stamp.equals(loadedFrom)) {
      search = new CatalogSearch(CatalogIndex.load(data));
      loadedFrom = stamp;
    }
    return search;
  }

  private static Map<String, Object> answer(
      SearchQuery q, int total, List<Map<String, Object>> items, boolean cut) {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("status", "ok");
    a.put("query", echo(q));
    a.put("total", total);
    a.put("returned", items.size());
    a.put("truncated", cut);
    if (cut) {
      a.put(
          "note",
          "results shortened to fit " + MAX_ANSWER_CHARS
              + " characters; narrow the search or lower limit");
    }
    a.put("results", items);
    return a;
  }

  private static Map<String, Object> echo(SearchQuery q) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (!q.text().isEmpty()) m.put("query", q.text());
    if (!Double.isNaN(q.bpmMin())) m.put("bpm_min", q.bpmMin());
    if (!Double.isNaN(q.bpmMax())) m.put("bpm_max", q.bpmMax());
    if (q.key() != null) {
      m.put("key", q.key().camelot());
      m.put("keys", CatalogSearch.keys(q));
    }
    if (q.year() != 0) m.put("year", q.year());
    if (!q.collaborator().isEmpty()) m.put("collaborator", q.collaborator());
    if (!q.plugin().isEmpty()) m.put("plugin", q.plugin());
    if (q.type() != null) m.put("type", q.type().label());
    if (q.includeBackups()) m.put("include_backups", true);
    m.put("limit", q.limit());
    return m;
  }

  /** A hit as an answer item: the entry (at most {@link #MAX_PLUGINS_SHOWN} plugins), then why it matched. */
  public static Map<String, Object> item(CatalogSearch.Hit h) {
    Map<String, Object> m = item(h.entry());
    if (!h.matchedFields().isEmpty()) {
      m.put("score", h.score());
      m.put("matched", h.matchedFields());
    }
    return m;
  }

  /** An entry as an answer item, with the fields it has (no empty ones). */
  public static Map<String, Object> item(CatalogEntry e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", e.kind().label());
    m.put("name", e.name());
    if (!e.path().isEmpty()) m.put("path", e.path());
    if (e.year() != 0) m.put("year", e.year());
    if (!e.collaborator().isEmpty()) m.put("collaborator", e.collaborator());
    if (!Double.isNaN(e.bpm())) m.put("bpm", e.bpm());
    if (e.key() != null) {
      m.put("key", e.key().name());
      m.put("camelot", e.key().camelot());
    }
    if (!Double.isNaN(e.energy())) m.put("energy", e.energy());
    if (!e.liveVersion().isEmpty()) m.put("live_version", e.liveVersion());
    if (!e.plugins().isEmpty()) {
      m.put(
          "plugins",
          e.plugins().subList(0, Math.min(MAX_PLUGINS_SHOWN, e.plugins().size())));
      if (e.plugins().size() > MAX_PLUGINS_SHOWN)
        m.put("more_plugins", e.plugins().size() - MAX_PLUGINS_SHOWN);
    }
    if (!e.modified().isEmpty()) m.put("modified", e.modified());
    if (e.backup()) m.put("backup", true);
    return m;
  }

  static int length(Map<String, Object> answer) {
    try {
      return JSON.writeValueAsString(answer).length();
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The answer as JSON text. */
  public static String toJson(Map<String, Object> answer) {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(answer);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
