package ai.sergik.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of {@code projects_als.csv}: its cells in {@link CatalogTables#PROJECTS} order, with the columns a rescan
 * decides on by name. The cells are written out as they are, so a row read and kept is written back byte for byte.
 */
record ProjectRow(List<String> cells) {

  static ProjectRow of(List<String> cells) {
    return new ProjectRow(cells);
  }

  String path() {
    return cells.get(CatalogTables.PATH);
  }

  String projectId() {
    return cells.get(CatalogTables.PROJECT_ID);
  }

  String sha256() {
    return cells.get(CatalogTables.SHA);
  }

  /** Empty unless the set could not be read. */
  String error() {
    return cells.get(CatalogTables.ERROR);
  }

  boolean failed() {
    return !error().isEmpty();
  }

  /** Whether the row was written for a file of {@code f}'s size and modification time. */
  boolean sameFile(SetFile f) {
    return sameFile(cells, CatalogTables.SIZE, CatalogTables.MTIME, f);
  }

  /** Whether the row was written for a file of {@code f}'s size. */
  boolean sameSize(SetFile f) {
    return cells.get(CatalogTables.SIZE).equals(Long.toString(f.sizeBytes()));
  }

  /** This row for the same content saved again: {@code hashed}'s date, modification time and year. */
  ProjectRow resaved(SetFile hashed) {
    List<String> row = new ArrayList<>(cells);
    row.set(CatalogTables.MODIFIED, hashed.modifiedTime());
    row.set(CatalogTables.MTIME, Long.toString(hashed.mtimeMillis()));
    row.set(CatalogTables.YEAR, Integer.toString(hashed.year()));
    return new ProjectRow(row);
  }

  /** This row without a modification time, so that the next scan reads its set again. */
  ProjectRow withoutModificationTime() {
    List<String> row = new ArrayList<>(cells);
    row.set(CatalogTables.MTIME, "");
    return new ProjectRow(row);
  }

  /** A count column ({@code "devices"}, {@code "midi_tracks"}, …); 0 when it holds no number. */
  int count(String column) {
    try {
      return Integer.parseInt(cells.get(CatalogTables.PROJECTS.indexOf(column)));
    } catch (NumberFormatException notACount) {
      return 0;
    }
  }

  /** Whether {@code row} (of any catalog table) was written for a file of {@code f}'s size and modification time. */
  static boolean sameFile(List<String> row, int size, int mtime, SetFile f) {
    return row.get(size).equals(Long.toString(f.sizeBytes()))
        && row.get(mtime).equals(Long.toString(f.mtimeMillis()));
  }
}
