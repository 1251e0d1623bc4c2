package ai.sergik.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The tool's one way through its CSV files: read one record at a time, as maps, or as rows keyed by a column; written
 * atomically, whole or as a streamed rewrite. Columns are looked up by name, case-insensitively; the columns the
 * earlier tool names differently ({@code project_name} vs {@code name}) are a {@link CsvColumn}, whose first name
 * with a non-blank cell wins. Cells are written through {@link CsvCells#escape} (safe to open in a spreadsheet) and
 * read back through {@link CsvCells#unescape}.
 */
public final class CsvTable {
  /** How every file is read: a header line, empty lines skipped, unnamed columns allowed. */
  public static final CSVFormat READ = CSVFormat.DEFAULT
      .builder()
      .setHeader()
      .setSkipHeaderRecord(true)
      .setIgnoreEmptyLines(true)
      .setAllowMissingColumnNames(true)
      .get();

  private final Path file;
  private final Map<String, Integer> columns;
  private final List<String> header;

  private CsvTable(Path file, Map<String, Integer> columns, List<String> header) {
    this.file = file;
    this.columns = columns;
    this.header = header;
  }

  /** Reads the header of {@code file}; fails with the file name when it is missing or has no header. */
  public static CsvTable open(Path file) throws IOException {
    try (CSVParser parser = parser(file)) {
      Map<String, Integer> columns = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      List<String> names = parser.getHeaderNames();
      if (names.isEmpty()) {
        throw new IOException(file + ": no header row (expected column names on the first line)");
      }
      for (int i = 0; i < names.size(); i++) {
        columns.putIfAbsent(names.get(i).trim(), i);
      }
      List<String> header = new ArrayList<>();
      for (String name : names) header.add(name.strip());
      return new CsvTable(file, columns, List.copyOf(header));
    }
  }

  /**
   * Calls {@code action} for each record of {@code file}; a missing or empty file has none (a catalog file not
   * written yet).
   */
  public static void forEachIn(Path file, Consumer<Row> action) throws IOException {
    if (Files.isRegularFile(file) && Files.size(file) > 0) open(file).forEach(action);
  }

  /** Writes {@code rows} under {@code header} to {@code file}, every cell escaped, atomically. */
  public static void write(Path file, List<String> header, Iterable<? extends List<String>> rows)
      throws IOException {
    AtomicFiles.writeText(file, out -> {
      // Not closed here: AtomicFiles owns the stream and closes it after fsync.
      CSVPrinter p = new CSVPrinter(
          out, WRITE.builder().setHeader(header.toArray(String[]::new)).get());
      for (List<String> row : rows) {
        p.printRecord(CsvCells.escape(row));
      }
      p.flush();
    });
  }

  /**
   * Every record of {@code file} as a map of every column, in header order (cells unescaped, not trimmed); a missing
   * or empty file has none. Columns written by the earlier tool or other commands survive a {@link #writeMaps}.
   */
  public static List<Map<String, String>> readMaps(Path file) throws IOException {
    List<Map<String, String>> rows = new ArrayList<>();
    forEachIn(file, row -> rows.add(row.toMap()));
    return rows;
  }

  /** Writes {@code rows} under {@code leadingColumns} and then any other column the rows carry, atomically. */
  public static void writeMaps(
      Path file, List<String> leadingColumns, List<Map<String, String>> rows) throws IOException {
    Set<String> columns = new LinkedHashSet<>(leadingColumns);
    for (Map<String, String> r : rows) columns.addAll(r.keySet());
    List<String> header = List.copyOf(columns);
    List<List<String>> cells = new ArrayList<>(rows.size());
    for (Map<String, String> r : rows) {
      List<String> row = new ArrayList<>(header.size());
      for (String h : header) row.add(r.getOrDefault(h, ""));
      cells.add(row);
    }
    write(file, header, cells);
  }

  /**
   * The records of {@code file} as lists in the order of {@code columns} (missing columns read as ""), keyed by the
   * cell of {@code columns.get(key)}; a missing file has none. Columns are matched by name once, not per record, so
   * this is the way for large files.
   */
  public static Map<String, List<String>> rowsByKey(Path file, List<String> columns, int key)
      throws IOException {
    Map<String, List<String>> rows = new HashMap<>();
    if (!Files.isRegularFile(file)) {
      return rows;
    }
    try (CSVParser parser = parser(file)) {
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
        rows.put(row[key], Arrays.asList(row));
      }
    }
    return rows;
  }

  /**
   * Rewrites {@code file} under {@code header}: keeps the old rows (read in the order of {@code header}) that
   * {@code keep} accepts, then appends {@code added}. Old rows stream through, so the file never has to fit in
   * memory; the new file replaces the old one atomically.
   */
  public static void rewrite(
      Path file, List<String> header, Predicate<List<String>> keep, RowSource added)
      throws IOException {
    AtomicFiles.writeText(file, out -> {
      try (CSVPrinter p = printer(out, header)) {
        if (Files.isRegularFile(file)) {
          try (CSVParser parser = parser(file)) {
            for (CSVRecord r : parser) {
              List<String> row = values(r, header);
              if (keep.test(row)) {
                p.printRecord(CsvCells.escape(row));
              }
            }
          }
        }
        added.forEach(row -> {
          try {
            p.printRecord(CsvCells.escape(row));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
        p.flush();
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    });
  }

  /** Rows produced one at a time (e.g. streamed from a journal file). */
  @FunctionalInterface
  public interface RowSource {
    void forEach(Consumer<List<String>> sink) throws IOException;
  }

  private static List<String> values(CSVRecord r, List<String> columns) {
    Map<String, String> map = r.toMap();
    List<String> row = new ArrayList<>(columns.size());
    for (String c : columns) {
      row.add(CsvCells.unescape(map.getOrDefault(c, "")));
    }
    return row;
  }

  private static CSVPrinter printer(Writer out, List<String> header) throws IOException {
    return new CSVPrinter(
        new NonClosingWriter(out),
        WRITE.builder().setHeader(header.toArray(String[]::new)).get());
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

  /** How every file is written: RFC 4180 quoting, one {@code \n} per record on every platform. */
  public static final CSVFormat WRITE =
      CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

  public Path file() {
    return file;
  }

  /** The column names as written on the first line, in order. */
  public List<String> header() {
    return header;
  }

  /** The first name of {@code column} that is a column of this file. */
  public Optional<String> column(CsvColumn column) {
    for (String name : column.names()) {
      if (columns.containsKey(name)) return Optional.of(name);
    }
    return Optional.empty();
  }

  public boolean has(String column) {
    return columns.containsKey(column);
  }

  public boolean has(CsvColumn column) {
    return column(column).isPresent();
  }

  /** Like {@link #column} but fails naming the file and the columns it has. */
  public String require(CsvColumn column) throws IOException {
    return column(column)
        .orElseThrow(() -> new IOException(file + ": no column "
            + String.join(" or ", column.names()) + " (columns: " + columns.keySet() + ")"));
  }

  /** Calls {@code action} for each record in order and returns how many records there were. */
  public long forEach(Consumer<Row> action) throws IOException {
    long count = 0;
    try (CSVParser parser = parser(file)) {
      Iterator<CSVRecord> records = parser.iterator();
      while (true) {
        CSVRecord record;
        try {
          if (!records.hasNext()) break;
          record = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          throw new IOException(
              file + ": unreadable CSV after record " + count + ": " + e.getMessage(), e);
        }
        count++;
        action.accept(new Row(record));
      }
    }
    return count;
  }

  /** All records, for small files. */
  public List<Row> readAll() throws IOException {
    List<Row> rows = new ArrayList<>();
    forEach(rows::add);
    return rows;
  }

  private static CSVParser parser(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException(file + ": file not found");
    }
    BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    in.mark(1);
    if (in.read() != '\uFEFF') in.reset(); // spreadsheet exports often start with a byte-order mark
    return READ.parse((Reader) in);
  }

  /** One record; absent and blank cells read as "". */
  public final class Row {
    private final CSVRecord record;

    private Row(CSVRecord record) {
      this.record = record;
    }

    /** Line of the record in the file (1 = header). */
    public long line() {
      return record.getRecordNumber() + 1;
    }

    /** The cell of {@code column}, trimmed and unescaped; "" when absent or blank. */
    public String get(String column) {
      Integer index = columns.get(column);
      if (index != null && index < record.size()) {
        return CsvCells.unescape(record.get(index).trim());
      }
      return "";
    }

    /** The first non-blank cell among the names of {@code column}. */
    public String get(CsvColumn column) {
      for (String name : column.names()) {
        String value = get(name);
        if (!value.isEmpty()) return value;
      }
      return "";
    }

    /** The number in {@code column}, or null when blank or not a number. */
    public Double number(String column) {
      return parse(get(column));
    }

    /** The number in the first non-blank cell of {@code column}, or null when blank or not a number. */
    public Double number(CsvColumn column) {
      return parse(get(column));
    }

    private static Double parse(String text) {
      if (text.isEmpty()) return null;
      try {
        double value = Double.parseDouble(text.replace(',', '.'));
        return Double.isFinite(value) ? value : null;
      } catch (NumberFormatException e) {
        return null;
      }
    }

    /** Every column of the header, in order, with its cell as written (unescaped, not trimmed; absent = ""). */
    public Map<String, String> toMap() {
      Map<String, String> map = new LinkedHashMap<>();
      for (int c = 0; c < header.size(); c++) {
        map.put(header.get(c), c < record.size() ? CsvCells.unescape(record.get(c)) : "");
      }
      return map;
    }

    public String where() {
      return file + " line " + line();
    }

    @Override
    public String toString() {
      return where() + ": " + record.toList();
    }
  }
}
