package ai.sergik.dataset;

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

  private static Map<String, String> columns() {
    Map<String, String> c = new LinkedHashMap<>();
    c.put(
        "track_id",
        "12 hex digits: the track_id of manifests/tracks.csv, else the first 12 hex digits of SHA-1 of the file's "
            + "full path (the earlier tool's rule), else of 'name:' + the lower-cased file name for analysis rows without a path");
    c.put("filename", "file name of the audio");
    c.put("title", "file name without extension");
    c.put(
        "sources", "which catalogs contributed, |-separated: tracks, exports, analysis, projects");
    c.put("path", "full path (tracks manifest, else export)");
    c.put("bytes", "file size in bytes (tracks manifest)");
    c.put("duration_s", "duration in seconds (tracks manifest, else export)");
    c.put("sample_rate_hz", "sample rate (tracks manifest, else export)");
    c.put("bit_depth", "bits per sample (tracks manifest, else export)");
    c.put("channels", "channel count (tracks manifest, else export)");
    c.put(
        "format", "audio format from the export catalog (WAV, MP3, ...), else the file extension");
    c.put("bpm", "tempo: analysis, else the tracks manifest");
    c.put("key", "key name: analysis, else the tracks manifest");
    c.put("camelot", "Camelot code of the key");
    c.put("energy", "energy level 1..10 from analysis");
    c.put("lufs", "integrated loudness from analysis, when measured");
    c.put("collaborators", "collaborators from the tracks manifest");
    c.put("category", "Solo / Collab / Remix (tracks manifest) or the export folder category");
    c.put("quality_tier", "quality tier from the tracks manifest");
    c.put("include_in_training", "the tracks manifest's flag");
    c.put("export_path", "path of the matching export");
    c.put("export_modified", "modification date of the export");
    c.put(
        "analysis_rows",
        "how many analysis rows carry this file name (the first one supplies the values)");
    c.put("project_count", "Live projects whose name equals the title (case-insensitive)");
    c.put("project_first_year", "earliest year among those projects");
    c.put("project_last_year", "latest year among those projects");
    c.put("project_path", "path of the most recently modified of those projects");
    return java.util.Collections.unmodifiableMap(c);
  }
}
