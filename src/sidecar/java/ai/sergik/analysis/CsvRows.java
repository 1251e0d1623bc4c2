package ai.sergik.analysis;

import ai.sergik.io.CsvTable;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A CSV file as rows of named cells. Reading keeps every column it finds (so columns written by the
 * earlier tool or by other commands survive a rewrite); writing puts the given columns first, then
 * any others the rows carry, and replaces the file atomically.
 */
public final class CsvRows {
  private CsvRows() {}

  public static List<Map<String, String>> read(Path file) throws IOException {
    List<Map<String, String>> rows = new ArrayList<>();
    CsvTable.forEachIn(file, row -> rows.add(row.toMap()));
    return rows;
  }

  static void write(Path file, List<String> leadingColumns, List<Map<String, String>> rows)
      throws IOException {
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
