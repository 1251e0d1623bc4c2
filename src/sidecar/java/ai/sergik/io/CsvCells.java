package ai.sergik.io;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the CSV files this tool writes safe to open in a spreadsheet (OWASP, "CSV Injection"): a cell that starts
 * with {@code = + - @}, a tab or a carriage return would be run as a formula there (a track named
 * {@code =HYPERLINK("http://…","click")}), so it is written with a single quote in front, which spreadsheets show as
 * text. Numbers such as {@code -14.2} cannot be formulas and are written as they are, so columns of numbers stay
 * numbers.
 *
 * <p>Every reader of these files takes the quote off again ({@link #unescape}), so values round-trip exactly. A value
 * that itself starts with a quote followed by such a cell gets one more quote, so that {@code unescape(escape(v))}
 * is {@code v} for every string.
 */
public final class CsvCells {
  private CsvCells() {}

  /** The cell as written: a leading quote when a spreadsheet would take it for a formula. */
  public static String escape(String cell) {
    return cell != null && needsQuote(cell) ? "'" + cell : cell;
  }

  /** The value a written cell stands for: {@link #escape} undone. */
  public static String unescape(String cell) {
    return cell != null
            && cell.length() > 1
            && cell.charAt(0) == '\''
            && needsQuote(cell.substring(1))
        ? cell.substring(1)
        : cell;
  }

  /** Every cell of a row, escaped. */
  public static List<String> escape(Iterable<String> row) {
    List<String> out = new ArrayList<>();
    for (String cell : row) out.add(escape(cell));
    return out;
  }

  /** A number as plain text without exponent or trailing zeros; null and non-finite become an empty cell. */
  public static String number(Number n) {
    if (n == null) return "";
    if (n instanceof Double d && !Double.isFinite(d)) return "";
    if (n instanceof Float f && !Float.isFinite(f)) return "";
    if (n instanceof Integer || n instanceof Long) return n.toString();
    return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
  }

  /** A value as text; null becomes an empty cell. */
  public static String text(Object o) {
    return o == null ? "" : o.toString();
  }

  private static boolean needsQuote(String cell) {
    if (cell.isEmpty()) return false;
    char c = cell.charAt(0);
    if (c == '\'') return needsQuote(cell.substring(1));
    if (c == '=' || c == '@' || c == '\t' || c == '\r') return true;
    return (c == '+' || c == '-') && !isNumber(cell);
  }

  private static boolean isNumber(String cell) {
    return cell.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
  }
}
