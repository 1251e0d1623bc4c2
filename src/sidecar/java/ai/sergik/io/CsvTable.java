package ai.sergik.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The tool's CSV files, read one record at a time and written atomically. Columns are looked up by name,
 * case-insensitively, with aliases, because the dataset standard and the earlier tool name some columns differently
 * ({@code project_name} vs {@code name}): the first alias with a non-blank cell wins. Cells are written through
 * {@link CsvCells#escape} (safe to open in a spreadsheet) and read back through {@link CsvCells#unescape}.
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

  /** How every file is written: RFC 4180 quoting, one {@code \n} per record on every platform. */
  public static final CSVFormat WRITE =
      CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

  public Path file() {
    return file;
  }

  /** The first of {@code aliases} that is a column of this file. */
  public Optional<String> column(String... aliases) {
    for (String alias : aliases) {
      if (columns.containsKey(alias)) return Optional.of(alias);
    }
    return Optional.empty();
  }

  public boolean has(String... aliases) {
    return column(aliases).isPresent();
  }

  /** Like {@link #column} but fails naming the file and the columns it has. */
  public String require(String... aliases) throws IOException {
    return column(aliases)
        .orElseThrow(() -> new IOException(file + ": no column " + String.join(" or ", aliases)
            + " (columns: " + columns.keySet() + ")"));
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

    public String get(String... aliases) {
      for (String alias : aliases) {
        Integer index = columns.get(alias);
        if (index != null && index < record.size()) {
          String value = CsvCells.unescape(record.get(index).trim());
          if (!value.isEmpty()) return value;
        }
      }
      return "";
    }

    /** The number in the first non-blank alias column, or null when blank or not a number. */
    public Double number(String... aliases) {
      String text = get(aliases);
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
