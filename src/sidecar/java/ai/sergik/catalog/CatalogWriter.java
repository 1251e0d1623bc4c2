package ai.sergik.catalog;

import ai.sergik.data.DataDir;
import ai.sergik.io.CsvTable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Rewrites the catalog files at the end of a scan: the side tables first (rows of dropped projects out, the journal's
 * rows of fresh ones in), then {@code all_projects.csv}, and {@code projects_als.csv} last, since it is what the next
 * scan trusts: it only names sets whose side rows are written. Each file is replaced atomically.
 */
final class CatalogWriter {
  private final DataDir data;

  CatalogWriter(DataDir data) {
    this.data = data;
  }

  /** Every file a scan writes, in the order {@link ScanState} stamps them. */
  static List<Path> files(DataDir data) {
    Path dir = data.catalogDir();
    return List.of(
        data.projectsAls(),
        data.allProjects(),
        dir.resolve("tracks.csv"),
        dir.resolve("devices.csv"),
        dir.resolve("clips.csv"),
        dir.resolve("samples.csv"));
  }

  /**
   * @param projects the projects rows to keep, by path
   * @param all the all_projects rows, by path
   * @param drop project ids whose side rows go
   * @param fresh project ids whose side rows come from {@code journal}
   */
  void write(
      Map<String, ProjectRow> projects,
      Map<String, List<String>> all,
      Set<String> drop,
      Set<String> fresh,
      ScanJournal journal)
      throws IOException {
    Path dir = data.catalogDir();
    // side tables start with the project id
    Predicate<List<String>> kept = row -> !drop.contains(row.get(0));
    for (SideTable side : SIDE_TABLES) {
      CsvTable.rewrite(
          dir.resolve(side.file()),
          side.columns(),
          kept,
          journal.sideRows(projects, fresh, side.rows()));
    }
    CsvTable.write(data.allProjects(), CatalogTables.ALL_PROJECTS, all.values());
    // projects_als.csv last: it is what the next scan trusts, so it only names sets whose side rows
    // are written
    CsvTable.write(
        data.projectsAls(),
        CatalogTables.PROJECTS,
        projects.values().stream().map(ProjectRow::cells).toList());
  }

  /** A table of rows per project, written from the journal's entries. */
  private record SideTable(
      String file, List<String> columns, Function<ScanJournal.Entry, List<List<String>>> rows) {}

  private static final List<SideTable> SIDE_TABLES = List.of(
      new SideTable("tracks.csv", CatalogTables.TRACKS, ScanJournal.Entry::tracks),
      new SideTable("devices.csv", CatalogTables.DEVICES, ScanJournal.Entry::devices),
      new SideTable("clips.csv", CatalogTables.CLIPS, ScanJournal.Entry::clips),
      new SideTable("samples.csv", CatalogTables.SAMPLES, ScanJournal.Entry::samples));
}
