package ai.sergik.catalog;

import ai.sergik.io.CsvTable;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Where finished sets go until the catalog files are rewritten: one JSON line per set, flushed as each is done, so
 * that an interrupted scan resumes where it stopped and a cold scan of a large library does not hold every side row
 * in memory. A line cut short by a kill is skipped (that set is read again).
 */
final class ScanJournal {
  /** Jackson starts slowly; an unchanged rescan never needs it. */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  /** One set's rows: the projects row and its side-table rows. {@code parsed} is false for a hash-only refresh. */
  public record Entry(
      List<String> row,
      List<List<String>> tracks,
      List<List<String>> devices,
      List<List<String>> clips,
      List<List<String>> samples,
      boolean parsed) {

    /** An entry with the projects row only (what is kept in memory once the side rows are in the journal). */
    static Entry rowOnly(ProjectRow row, boolean parsed) {
      return new Entry(row.cells(), List.of(), List.of(), List.of(), List.of(), parsed);
    }

    ProjectRow projectRow() {
      return ProjectRow.of(row);
    }
  }

  private final Path file;

  ScanJournal(Path file) {
    this.file = file;
  }

  Path file() {
    return file;
  }

  boolean exists() {
    return Files.exists(file);
  }

  void delete() throws IOException {
    Files.deleteIfExists(file);
  }

  /** Opens the journal for appending. */
  Appender appender() throws IOException {
    return new Appender(file);
  }

  /** The projects rows of the sets in the journal (the last entry of a path wins). */
  Map<String, ProjectRow> rows() throws IOException {
    Map<String, ProjectRow> rows = new HashMap<>();
    forEach(e -> rows.put(e.projectRow().path(), e.projectRow()));
    return rows;
  }

  /**
   * Streams one side table's rows out of the journal: those of entries whose projects row is the one
   * kept (a stale entry for a set saved again since is skipped), each project once.
   */
  CsvTable.RowSource sideRows(
      Map<String, ProjectRow> projects,
      Set<String> fresh,
      Function<Entry, List<List<String>>> table) {
    return sink -> {
      Set<String> emitted = new HashSet<>();
      forEach(e -> {
        ProjectRow row = e.projectRow();
        String id = ProjectId.of(row.path());
        if (fresh.contains(id) && row.equals(projects.get(row.path())) && emitted.add(id)) {
          table.apply(e).forEach(sink);
        }
      });
    };
  }

  private void forEach(Consumer<Entry> each) throws IOException {
    if (!Files.isRegularFile(file)) {
      return;
    }
    try (var lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = lines.readLine()) != null) {
        Entry e;
        try {
          e = Json.MAPPER.readValue(line, Entry.class);
        } catch (IOException partialLine) {
          continue; // the scan was killed mid-line; that set is read again
        }
        if (e.row() != null && e.row().size() == CatalogTables.PROJECTS.size()) {
          each.accept(e);
        }
      }
    }
  }

  /** Appends finished sets to the journal, one JSON line each, flushed so a kill loses at most the last. */
  static final class Appender implements AutoCloseable {
    private final BufferedWriter out;

    Appender(Path file) throws IOException {
      Files.createDirectories(file.getParent());
      out = Files.newBufferedWriter(
          file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    synchronized void append(Entry e) {
      try {
        out.write(Json.MAPPER.writeValueAsString(e));
        out.write('\n');
        out.flush();
      } catch (IOException ex) {
        throw new UncheckedIOException(
            "could not append to the scan journal: " + ex.getMessage(), ex);
      }
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }
}
