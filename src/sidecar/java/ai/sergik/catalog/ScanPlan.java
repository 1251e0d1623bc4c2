package ai.sergik.catalog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a scan of one folder must do, decided by comparing the sets found there with the catalog of the last scan and
 * the journal of an interrupted one: which rows are kept, which sets must be read, which projects' side rows go
 * ({@link #drop}) and which come from the journal ({@link #fresh}). Rows of other folders are kept as they are. The
 * reads then {@linkplain #took settle} their sets into the plan.
 */
final class ScanPlan {
  /** The projects rows to write, by path: kept ones, and the old rows of sets to read until those are read. */
  final Map<String, ProjectRow> projects = new TreeMap<>();
  /** The all_projects rows to write, by path (backups included). */
  final Map<String, List<String>> allProjects;

  final Set<String> drop = new HashSet<>();
  final Set<String> fresh = new HashSet<>();
  final List<SetFile> toRead = new ArrayList<>();
  private final Set<String> lostRows;
  int unchanged;
  int backupsSkipped;
  int removed;
  int parsed;
  int failed;
  /** Whether a catalog file has to be written. */
  boolean changed;

  private ScanPlan(Map<String, List<String>> allProjects, Set<String> lostRows) {
    this.allProjects = allProjects;
    this.lostRows = lostRows;
  }

  /**
   * @param oldProjects the projects rows of the catalog, by path (consumed)
   * @param oldAll the all_projects rows of the catalog, by path, sorted (updated into the plan)
   * @param journal the rows an interrupted scan finished, by path
   * @param lostRows paths of sets whose side rows are missing, read again whatever their row says
   */
  static ScanPlan make(
      Path root,
      List<SetFile> found,
      boolean includeBackups,
      Map<String, ProjectRow> oldProjects,
      NavigableMap<String, List<String>> oldAll,
      Map<String, ProjectRow> journal,
      Set<String> lostRows) {
    ScanPlan plan = new ScanPlan(oldAll, lostRows);
    Set<String> foundPaths = new HashSet<>();
    for (SetFile f : found) {
      foundPaths.add(f.path());
      List<String> oldAllRow = oldAll.get(f.path());
      if (oldAllRow == null
          || !ProjectRow.sameFile(oldAllRow, CatalogTables.ALL_SIZE, CatalogTables.ALL_MTIME, f)) {
        oldAll.put(f.path(), CatalogTables.allProjectsRow(f));
        plan.changed = true;
      }
      if (f.backup() && !includeBackups) {
        plan.backupsSkipped++;
        if (oldProjects.remove(f.path()) != null) {
          plan.drop.add(f.projectId());
          plan.changed = true;
        }
        continue;
      }
      ProjectRow old = oldProjects.remove(f.path());
      if (old != null && old.sameFile(f) && !lostRows.contains(f.path())) {
        plan.projects.put(f.path(), old);
        plan.unchanged++;
        continue;
      }
      ProjectRow j = journal.get(f.path());
      if (j != null && j.sameFile(f)) {
        plan.projects.put(f.path(), j);
        plan.drop.add(f.projectId());
        plan.fresh.add(f.projectId());
        plan.changed = true;
        continue;
      }
      if (old != null) {
        plan.projects.put(
            f.path(), old); // replaced below unless the hash shows the content is the same
      }
      plan.toRead.add(f);
    }
    // rows of sets that were under the scanned folder and are gone now
    for (var it = oldProjects.entrySet().iterator(); it.hasNext(); ) {
      var e = it.next();
      if (under(root, e.getKey())) {
        plan.drop.add(ProjectId.of(e.getKey()));
        it.remove();
        plan.removed++;
        plan.changed = true;
      } else {
        plan.projects.put(e.getKey(), e.getValue());
      }
    }
    plan.changed |= oldAll.keySet().removeIf(p -> !foundPaths.contains(p) && under(root, p));
    return plan;
  }

  /** The row {@code f} had, to compare its hash with, unless its side rows were lost (then it is parsed whatever). */
  ProjectRow previous(SetFile f) {
    return lostRows.contains(f.path()) ? null : projects.get(f.path());
  }

  /** Takes a read set's row: a parsed one replaces its side rows from the journal, a hash-only one keeps them. */
  void took(ScanJournal.Entry e) {
    ProjectRow row = e.projectRow();
    projects.put(row.path(), row);
    if (e.parsed()) {
      String id = ProjectId.of(row.path());
      drop.add(id);
      fresh.add(id);
      changed = true;
      parsed++;
      if (row.failed()) {
        failed++;
      }
    } else {
      unchanged++;
      changed = true; // the row's modification time moved
    }
  }

  private static boolean under(Path root, String path) {
    return Path.of(path).startsWith(root);
  }
}
