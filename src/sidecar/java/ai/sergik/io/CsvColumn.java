package ai.sergik.io;

import java.util.List;

/**
 * The columns that this tool's files and the earlier tool's catalogs name differently, each declared once with its
 * names in the order they are tried: this tool's name first, then the earlier tool's. A reader asks a row for the
 * column, never for a list of names of its own, so every reader of a file finds the same cell.
 */
public enum CsvColumn {
  /** A project's or a track's file. */
  PATH("path", "project_path", "full_path"),
  /** A project's name (the earlier tool: {@code name}). */
  PROJECT_NAME("project_name", "name"),
  /** An audio file's name. */
  FILE_NAME("filename", "file_name", "name"),
  MODIFIED("modified", "modified_time"),
  BPM("bpm", "tempo"),
  ENERGY("energy", "energy_level"),
  GENRES("genres", "genre"),
  COLLABORATOR("collaborator", "collaborators"),
  SAMPLE_RATE("sample_rate_hz", "sample_rate"),
  DURATION("duration_s", "duration");

  // List.of is unmodifiable; the check knows only Guava's immutable collections as immutable.
  @SuppressWarnings("ImmutableEnumChecker")
  private final List<String> names;

  CsvColumn(String... names) {
    this.names = List.of(names);
  }

  /** The names this column goes by, in the order they are tried. */
  public List<String> names() {
    return names;
  }
}
