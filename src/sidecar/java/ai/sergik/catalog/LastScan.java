package ai.sergik.catalog;

import ai.sergik.data.DataDir;
import ai.sergik.io.CsvTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the last scan left to decide the next one on: its {@link ScanState} (every set's size and time, and a stamp of
 * the catalog files it wrote under these options), and the catalog rows themselves when those were written by
 * something else.
 */
final class LastScan {
  private final DataDir data;
  private final String optionsKey;

  LastScan(DataDir data, boolean includeBackups, ZoneId zone) {
    this.data = data;
    this.optionsKey = "include_backups=" + includeBackups + " zone=" + zone.getId();
  }

  Path statePath() {
    return data.catalogDir().resolve(ScanState.FILE_NAME);
  }

  /** Whether the catalog files are exactly the ones the last scan wrote, as its state file recorded them. */
  boolean wroteTheCatalog() throws IOException {
    ScanState state = ScanState.read(statePath());
    return state != null && state.matches(optionsKey, CatalogWriter.files(data));
  }

  /**
   * Whether a scan of {@code root} has nothing to do, decided from the scan state alone: the catalog files are the
   * ones the last scan wrote, and every set under {@code root} has the size and time it had then, with none added or
   * removed.
   */
  boolean sawTheSame(Path root, List<SetFile> found) throws IOException {
    ScanState state = ScanState.read(statePath());
    if (state == null || !state.matches(optionsKey, CatalogWriter.files(data))) {
      return false;
    }
    String prefix = root.toString().endsWith(java.io.File.separator)
        ? root.toString()
        : root + java.io.File.separator;
    int under = 0;
    for (String path : state.sets().keySet()) {
      if (path.startsWith(prefix)) under++;
    }
    if (under != found.size()) {
      return false;
    }
    for (SetFile f : found) {
      ScanState.Stamp s = state.sets().get(f.path());
      if (s == null || s.size() != f.sizeBytes() || s.mtimeMillis() != f.mtimeMillis()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Records what this scan saw (from the all_projects rows), leaving out {@code readNextTime} so that the next scan
   * does not take the folder for unchanged; without a reliable state (a row from another tool) the file goes and the
   * next scan reads the CSVs again.
   */
  void record(Collection<List<String>> allProjectRows, Set<String> readNextTime)
      throws IOException {
    Map<String, ScanState.Stamp> stamps = new HashMap<>();
    for (List<String> row : allProjectRows) {
      if (readNextTime.contains(row.get(CatalogTables.ALL_PATH))) {
        continue; // not in the state, so the next scan does not take the folder for unchanged
      }
      try {
        stamps.put(
            row.get(CatalogTables.ALL_PATH),
            new ScanState.Stamp(
                Long.parseLong(row.get(CatalogTables.ALL_SIZE)),
                Long.parseLong(row.get(CatalogTables.ALL_MTIME))));
      } catch (NumberFormatException rowFromAnotherTool) {
        stamps.clear(); // no reliable state: the next scan reads the CSVs again
        break;
      }
    }
    if (!stamps.isEmpty()) {
      ScanState.write(statePath(), optionsKey, CatalogWriter.files(data), stamps);
    } else {
      Files.deleteIfExists(statePath());
    }
  }

  /**
   * The paths of parsed sets whose side rows are missing: the projects row counts tracks, devices, clips or samples,
   * but the side table has no row of that project. This is what two scans writing at once (before the data directory
   * lock) left behind, and what a side table edited by hand can look like; the rows themselves cannot be trusted to
   * say more, since lists stop at {@link ai.sergik.als.AlsLimits#maxListedItems()} while counts go on.
   */
  Set<String> setsWithLostRows(Collection<ProjectRow> projectRows) throws IOException {
    List<Set<String>> present = new ArrayList<>();
    Path dir = data.catalogDir();
    for (String table : List.of("tracks.csv", "devices.csv", "clips.csv", "samples.csv")) {
      Set<String> ids = new HashSet<>();
      CsvTable.forEachIn(dir.resolve(table), r -> ids.add(r.get("project_id")));
      present.add(ids);
    }
    Set<String> lost = new HashSet<>();
    for (ProjectRow row : projectRows) {
      if (row.failed()) continue;
      String id = row.projectId();
      int[] promised = {
        row.count("midi_tracks")
            + row.count("audio_tracks")
            + row.count("group_tracks")
            + row.count("return_tracks"),
        row.count("devices"),
        row.count("session_clips") + row.count("arrangement_clips") + row.count("take_lane_clips"),
        row.count("unique_samples")
      };
      for (int i = 0; i < promised.length; i++) {
        if (promised[i] > 0 && !present.get(i).contains(id)) {
          lost.add(row.path());
          break;
        }
      }
    }
    return lost;
  }
}
