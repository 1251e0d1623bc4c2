package ai.sergik.catalog;

import ai.sergik.io.AtomicFiles;
import ai.sergik.io.CsvCells;
import ai.sergik.io.CsvTable;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The catalog scan's ways through its CSV files, in {@link CsvTable}'s format: records streamed, rows keyed by
 * project, side tables rewritten without holding them. Cells are written through {@link CsvCells#escape} (safe in a
 * spreadsheet) and read back through {@link CsvCells#unescape}; a caller of {@link #forEach} reading a text cell
 * unescapes it itself.
 */
final class CatalogCsv {
  private CatalogCsv() {}

  static final CSVFormat READ = CsvTable.READ;

  /** Calls {@code each} for every record of {@code file}; a missing file has none. */
  static void forEach(Path file, Consumer<CSVRecord> each) throws IOException {
    if (!Files.isRegularFile(file)) {
      return;
    }
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (CSVRecord r : READ.parse(in)) {
        each.accept(r);
      }
    }
  }

  /** The header of {@code file}, or an empty list when it does not exist. */
  static List<String> header(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return new ArrayList<>(READ.parse(in).getHeaderNames());
    }
  }

  /**
   * The rows of {@code file} as lists in the order of {@code columns} (missing columns read as ""),
   * keyed by the value of column {@code key}. Columns are matched by name once, not per record.
   */
  static Map<String, List<String>> rows(Path file, List<String> columns, int key)
      throws IOException {
    Map<String, List<String>> rows = new java.util.HashMap<>();
    if (!Files.isRegularFile(file)) {
      return rows;
    }
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      var parser = READ.parse(in);
      Map<String, Integer> header = parser.getHeaderMap();
      int[] from = new int[columns.size()];
      for (int i = 0; i < from.length; i++) {
        from[i] = header.getOrDefault(columns.get(i), -1);
      }
      for (CSVRecord r : parser) {
        String[] values = r.values();
        String[] row = new String[from.length];
        for (int i = 0; i < from.length; i++) {
          row[i] =
              from[i] >= 0 && from[i] < values.length ? CsvCells.unescape(values[from[i]]) : "";
        }
        rows.put(row[key], java.util.Arrays.asList(row));
      }
    }
    return rows;
  }

  static List<String> values(CSVRecord r, List<String> columns) {
    Map<String, String> map = r.toMap();
    List<String> row = new ArrayList<>(columns.size());
    for (String c : columns) {
      row.add(CsvCells.unescape(map.getOrDefault(c, "")));
    }
    return row;
  }

  /** Writes {@code rows} under {@code header} to {@code file}, atomically. */
  static void write(Path file, List<String> header, Iterable<? extends List<String>> rows)
      throws IOException {
    CsvTable.write(file, header, rows);
  }

  /**
   * Rewrites a side table: keeps the old rows whose project is not in {@code drop}, then appends
   * {@code added}. Old rows stream through, so the table never has to fit in memory.
   */
  static void rewrite(Path file, List<String> header, Set<String> drop, RowSource added)
      throws IOException {
    AtomicFiles.writeText(file, out -> {
      try (CSVPrinter p = printer(out, header)) {
        if (Files.isRegularFile(file)) {
          try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord r : READ.parse(in)) {
              if (!drop.contains(r.get(0))) {
                p.printRecord(CsvCells.escape(values(r, header)));
              }
            }
          }
        }
        added.forEach(row -> {
          try {
            p.printRecord(CsvCells.escape(row));
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
        p.flush();
      } catch (java.io.UncheckedIOException e) {
        throw e.getCause();
      }
    });
  }

  /** Rows produced one at a time (e.g. streamed from a journal file). */
  @FunctionalInterface
  interface RowSource {
    void forEach(Consumer<List<String>> sink) throws IOException;
  }

  private static CSVPrinter printer(Writer out, List<String> header) throws IOException {
    return new CSVPrinter(
        new NonClosingWriter(out),
        CsvTable.WRITE.builder().setHeader(header.toArray(String[]::new)).get());
  }

  /** AtomicFiles flushes and closes the stream itself; the printer must not close it first. */
  private static final class NonClosingWriter extends java.io.FilterWriter {
    NonClosingWriter(Writer out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
