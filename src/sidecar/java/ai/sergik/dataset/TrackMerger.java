package ai.sergik.dataset;

import static ai.sergik.io.CsvColumn.BPM;
import static ai.sergik.io.CsvColumn.COLLABORATOR;
import static ai.sergik.io.CsvColumn.DURATION;
import static ai.sergik.io.CsvColumn.ENERGY;
import static ai.sergik.io.CsvColumn.MODIFIED;
import static ai.sergik.io.CsvColumn.PATH;
import static ai.sergik.io.CsvColumn.PROJECT_NAME;
import static ai.sergik.io.CsvColumn.SAMPLE_RATE;

import ai.sergik.dna.CatalogFiles;
import ai.sergik.io.CsvTable;
import ai.sergik.io.Digests;
import ai.sergik.music.Key;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Merges the tracks manifest, the export catalog, the analysis table and the project catalog into
 * one row per track id.
 *
 * <p>Identity: a track is its {@code track_id}, which the earlier tool derived as the first 12 hex
 * digits of SHA-1 of the file's full path; an export gets the same id from its path. An export whose
 * path is unknown to the manifest joins the manifest track with the same file name (the same audio
 * kept in another folder). Analysis rows carry only a file name and join every track with that name;
 * unmatched ones become tracks of their own. Projects join by name = title.
 */
public final class TrackMerger {
  private final CatalogFiles files;
  private final Map<String, Map<String, String>> rows = new LinkedHashMap<>();
  private final Map<String, List<String>> idsByName = new HashMap<>();
  private final Map<String, Long> stats = new LinkedHashMap<>();

  public TrackMerger(CatalogFiles files) {
    this.files = files;
  }

  /** Counts from the last {@link #merge}: rows read per source, joins made, rows created. */
  public Map<String, Long> stats() {
    return stats;
  }

  public List<MergedTrack> merge() throws IOException {
    rows.clear();
    idsByName.clear();
    stats.clear();
    if (files.tracks().isPresent()) mergeTracks(files.tracks().get());
    if (files.exports().isPresent()) mergeExports(files.exports().get());
    if (files.analyzedTracks().isPresent()) mergeAnalysis(files.analyzedTracks().get());
    if (files.projects().isPresent()) mergeProjects(files.projects().get());
    if (rows.isEmpty()) {
      throw new IOException(
          "nothing to merge in " + files.dir() + ": expected manifests/tracks.csv, "
              + "catalog/exports/all_exports.csv or analysis/bpm_key/analyzed_tracks.csv");
    }
    List<MergedTrack> out = new ArrayList<>();
    rows.values().forEach(values -> out.add(new MergedTrack(values)));
    stats.put("merged_rows", (long) out.size());
    return out;
  }

  private void mergeTracks(Path file) throws IOException {
    CsvTable table = CsvTable.open(file);
    long read = table.forEach(r -> {
      String path = r.get(PATH);
      String filename = r.get("filename");
      if (filename.isEmpty() && !path.isEmpty())
        filename = Path.of(path).getFileName().toString();
      String id = r.get("track_id");
      if (id.isEmpty())
        id = Digests.trackId(path.isEmpty() ? "name:" + filename.toLowerCase(Locale.ROOT) : path);
      Map<String, String> row = row(id, filename, "tracks");
      fill(row, "path", path);
      fill(row, "bytes", r.get("bytes"));
      fill(row, "duration_s", r.get("duration_s"));
      fill(row, "sample_rate_hz", r.get(SAMPLE_RATE));
      fill(row, "bit_depth", r.get("bit_depth"));
      fill(row, "channels", r.get("channels"));
      fill(row, "bpm", r.get("bpm"));
      setKey(row, r.get("camelot"), r.get("key"));
      fill(row, "collaborators", r.get(COLLABORATOR));
      fill(row, "category", r.get("category"));
      fill(row, "quality_tier", r.get("quality_tier"));
      fill(row, "include_in_training", r.get("include_in_training"));
    });
    stats.put("tracks_rows", read);
  }

  private void mergeExports(Path file) throws IOException {
    CsvTable table = CsvTable.open(file);
    long[] byPath = {0}, byName = {0}, created = {0};
    long read = table.forEach(r -> {
      String path = r.get("path");
      String filename = r.get("filename");
      if (filename.isEmpty() && !path.isEmpty())
        filename = Path.of(path).getFileName().toString();
      String id =
          Digests.trackId(path.isEmpty() ? "name:" + filename.toLowerCase(Locale.ROOT) : path);
      Map<String, String> row = rows.get(id);
      if (row != null) byPath[0]++;
      else {
        row = unexportedNamesake(filename).orElse(null);
        if (row != null) byName[0]++;
        else {
          row = row(id, filename, "exports");
          created[0]++;
        }
      }
      addSource(row, "exports");
      fill(row, "path", path);
      fill(row, "export_path", path);
      fill(row, "format", r.get("format").toUpperCase(Locale.ROOT));
      fill(row, "export_modified", r.get("modified"));
      fill(row, "category", r.get("category"));
      fill(row, "duration_s", r.get(DURATION));
      fill(row, "sample_rate_hz", r.get(SAMPLE_RATE));
      fill(row, "bit_depth", r.get("bit_depth"));
      fill(row, "channels", r.get("channels"));
    });
    stats.put("exports_rows", read);
    stats.put("exports_joined_by_path", byPath[0]);
    stats.put("exports_joined_by_name", byName[0]);
    stats.put("exports_new_tracks", created[0]);
  }

  private void mergeAnalysis(Path file) throws IOException {
    CsvTable table = CsvTable.open(file);
    long[] joined = {0}, created = {0};
    long read = table.forEach(r -> {
      String filename = r.get("filename");
      String path = r.get("path");
      if (filename.isEmpty() && !path.isEmpty())
        filename = Path.of(path).getFileName().toString();
      if (filename.isEmpty()) return;
      List<String> ids = idsByName.getOrDefault(filename.toLowerCase(Locale.ROOT), List.of());
      if (ids.isEmpty()) {
        String id =
            Digests.trackId(path.isEmpty() ? "name:" + filename.toLowerCase(Locale.ROOT) : path);
        row(id, filename, "analysis");
        ids = List.of(id);
        created[0]++;
      } else joined[0]++;
      for (String id : ids) {
        Map<String, String> row = rows.get(id);
        addSource(row, "analysis");
        int count =
            row.get("analysis_rows").isEmpty() ? 0 : Integer.parseInt(row.get("analysis_rows"));
        row.put("analysis_rows", Integer.toString(count + 1));
        if (count > 0) continue; // the first analysis of a file name supplies the values
        String bpm = r.get(BPM);
        if (!bpm.isEmpty()) row.put("bpm", bpm);
        if (!r.get("camelot").isEmpty() || !r.get("key").isEmpty()) {
          row.put("key", "");
          row.put("camelot", "");
          setKey(row, r.get("camelot"), r.get("key"));
        }
        fill(row, "energy", r.get(ENERGY));
        fill(row, "lufs", r.get("lufs"));
      }
    });
    stats.put("analysis_rows", read);
    stats.put("analysis_joined_by_name", joined[0]);
    stats.put("analysis_new_tracks", created[0]);
  }

  private void mergeProjects(Path file) throws IOException {
    Map<String, List<String[]>> byTitle = new HashMap<>();
    for (Map<String, String> row : rows.values())
      byTitle.putIfAbsent(row.get("title").toLowerCase(Locale.ROOT).trim(), new ArrayList<>());
    CsvTable table = CsvTable.open(file);
    long read = table.forEach(r -> {
      List<String[]> hits =
          byTitle.get(r.get(PROJECT_NAME).toLowerCase(Locale.ROOT).trim());
      if (hits != null) hits.add(new String[] {r.get("year"), r.get(MODIFIED), r.get(PATH)});
    });
    long joined = 0;
    for (Map<String, String> row : rows.values()) {
      List<String[]> hits =
          byTitle.get(row.get("title").toLowerCase(Locale.ROOT).trim());
      if (hits == null || hits.isEmpty()) continue;
      joined++;
      addSource(row, "projects");
      row.put("project_count", Integer.toString(hits.size()));
      row.put(
          "project_first_year",
          hits.stream()
              .map(h -> h[0])
              .filter(y -> !y.isEmpty())
              .min(String::compareTo)
              .orElse(""));
      row.put(
          "project_last_year",
          hits.stream()
              .map(h -> h[0])
              .filter(y -> !y.isEmpty())
              .max(String::compareTo)
              .orElse(""));
      row.put(
          "project_path",
          hits.stream().max((a, b) -> a[1].compareTo(b[1])).map(h -> h[2]).orElse(""));
    }
    stats.put("projects_rows", read);
    stats.put("tracks_with_projects", joined);
  }

  private Map<String, String> row(String id, String filename, String source) {
    Map<String, String> row = rows.get(id);
    if (row == null) {
      row = new LinkedHashMap<>();
      for (String column : MergedTrack.COLUMNS.keySet()) row.put(column, "");
      row.put("track_id", id);
      row.put("filename", filename);
      int dot = filename.lastIndexOf('.');
      row.put("title", (dot > 0 ? filename.substring(0, dot) : filename).trim());
      if (dot > 0) row.put("format", filename.substring(dot + 1).toUpperCase(Locale.ROOT));
      rows.put(id, row);
      idsByName
          .computeIfAbsent(filename.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(id);
    }
    addSource(row, source);
    return row;
  }

  /** The manifest track with this file name that no export has joined yet. */
  private Optional<Map<String, String>> unexportedNamesake(String filename) {
    for (String id : idsByName.getOrDefault(filename.toLowerCase(Locale.ROOT), List.of())) {
      Map<String, String> row = rows.get(id);
      if (row.get("export_path").isEmpty() && row.get("sources").contains("tracks"))
        return Optional.of(row);
    }
    return Optional.empty();
  }

  private static void addSource(Map<String, String> row, String source) {
    String sources = row.get("sources");
    if (!("|" + sources + "|").contains("|" + source + "|"))
      row.put("sources", sources.isEmpty() ? source : sources + "|" + source);
  }

  private static void fill(Map<String, String> row, String column, String value) {
    if (row.get(column).isEmpty() && value != null && !value.isEmpty()) row.put(column, value);
  }

  private static void setKey(Map<String, String> row, String camelot, String keyName) {
    try {
      Key key = Key.parseOrNull(camelot);
      if (key == null) key = Key.parseOrNull(keyName);
      if (key != null) {
        fill(row, "camelot", key.camelot());
        fill(row, "key", keyName.isEmpty() ? key.onWheel().sharpName() : keyName);
      }
    } catch (IllegalArgumentException e) {
      fill(row, "key", keyName); // keep what the catalog says even when it is no key we can read
    }
  }
}
