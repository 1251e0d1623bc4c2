package ai.sergik.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One row of {@code datasets/tracks_merged.csv}: everything the catalogs know about one track id.
 * Values are text as they go into the CSV; blank means unknown. {@link #COLUMNS} is the schema.
 */
public record MergedTrack(Map<String, String> values) {
  public static final int SCHEMA_VERSION = 1;

  /** The columns in order, with what each holds (written to tracks_merged.schema.json too). */
  public static final Map<String, String> COLUMNS = columns();

  public MergedTrack {
    for (String column : values.keySet()) {
      if (!COLUMNS.containsKey(column))
        throw new IllegalArgumentException("unknown merged column '" + column + "'");
    }
    Objects.requireNonNull(values.get("track_id"), "track_id");
    values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  public String get(String column) {
    if (!COLUMNS.containsKey(column))
      throw new IllegalArgumentException("unknown merged column '" + column + "'");
    return values.getOrDefault(column, "");
  }

  public String trackId() {
    return values.get("track_id");
  }

  /** The values in column order, blanks for unknowns. */
  public List<String> row() {
    return COLUMNS.keySet().stream().map(this::get).toList();
  }

  /** Read from {@code tracks_merged.columns.tsv} beside this class: one column a line, its name, a tab, what it holds. */
  private static Map<String, String> columns() {
    String table = "tracks_merged.columns.tsv";
    Map<String, String> columns = new LinkedHashMap<>();
    try (InputStream in = MergedTrack.class.getResourceAsStream(table)) {
      if (in == null)
        throw new IllegalStateException(table + " is missing from the sidecar's classes");
      for (String line :
          new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
        if (line.isBlank() || line.startsWith("#")) continue;
        int tab = line.indexOf('\t');
        if (tab <= 0)
          throw new IllegalStateException(table + ": not 'name<tab>description': " + line);
        columns.put(line.substring(0, tab), line.substring(tab + 1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + table, e);
    }
    return java.util.Collections.unmodifiableMap(columns);
  }
}
