package ai.sergik.analysis;

import ai.sergik.io.CsvCells;
import ai.sergik.io.CsvTable;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as rows of named cells. Reading keeps every column it finds (so columns written by the
 * earlier tool or by other commands survive a rewrite); writing puts the given columns first, then
 * any others the rows carry, and replaces the file atomically.
 */
public final class CsvRows {
  private CsvRows() {}

  public static List<Map<String, String>> read(Path file) throws IOException {
    List<Map<String, String>> rows = new ArrayList<>();
    if (!Files.isRegularFile(file)) return rows;
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser parser = CSVParser.parse(in, format)) {
      List<String> header = parser.getHeaderNames();
      for (CSVRecord r : parser) {
        Map<String, String> row = new LinkedHashMap<>();
        for (String h : header) row.put(h.strip(), r.isSet(h) ? CsvCells.unescape(r.get(h)) : "");
        rows.add(row);
      }
    } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
      throw new IOException(file + ": not a readable CSV table (" + e.getMessage() + ")", e);
    }
    return rows;
  }

  static void write(Path file, List<String> leadingColumns, List<Map<String, String>> rows) throws IOException {
    Set<String> columns = new LinkedHashSet<>(leadingColumns);
    for (Map<String, String> r : rows) columns.addAll(r.keySet());
    List<String> header = List.copyOf(columns);
    List<List<String>> cells = new ArrayList<>(rows.size());
    for (Map<String, String> r : rows) {
      List<String> row = new ArrayList<>(header.size());
      for (String h : header) row.add(r.getOrDefault(h, ""));
      cells.add(row);
    }
    CsvTable.write(file, header, cells);
  }

  /** A number as plain text without exponent or trailing zeros; null becomes an empty cell. */
  static String number(Number n) {
    if (n == null) return "";
    if (n instanceof Double d && !Double.isFinite(d)) return "";
    if (n instanceof Float f && !Float.isFinite(f)) return "";
    if (n instanceof Integer || n instanceof Long) return n.toString();
    return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
  }

  static String text(Object o) {
    return o == null ? "" : o.toString();
  }
}
