package ai.sergik.prompt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites numbers written as words into digits ("eight bars at one hundred and twenty-four bpm" →
 * "8 bars at 124 bpm"), so that the rest of the parser reads only digits. Ordinals ("eighth") and
 * words that merely contain a number ("someone") are left alone.
 */
final class NumberWords {
  private NumberWords() {}

  private static final Map<String, Integer> UNITS = Map.ofEntries(
      Map.entry("zero", 0),
      Map.entry("one", 1),
      Map.entry("two", 2),
      Map.entry("three", 3),
      Map.entry("four", 4),
      Map.entry("five", 5),
      Map.entry("six", 6),
      Map.entry("seven", 7),
      Map.entry("eight", 8),
      Map.entry("nine", 9),
      Map.entry("ten", 10),
      Map.entry("eleven", 11),
      Map.entry("twelve", 12),
      Map.entry("thirteen", 13),
      Map.entry("fourteen", 14),
      Map.entry("fifteen", 15),
      Map.entry("sixteen", 16),
      Map.entry("seventeen", 17),
      Map.entry("eighteen", 18),
      Map.entry("nineteen", 19));

  private static final Map<String, Integer> TENS = Map.of(
      "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70, "eighty",
      80, "ninety", 90);

  private static final Pattern WORD = Pattern.compile("[a-z]+|[^a-z]+");

  /** {@code text} (lower case) with every run of number words replaced by its value in digits. */
  static String toDigits(String text) {
    List<String> parts = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      parts.add(m.group());
    }
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < parts.size()) {
      int end = numberEnd(parts, i);
      if (end > i) {
        out.append(value(parts, i, end));
        i = end;
      } else {
        out.append(parts.get(i));
        i++;
      }
    }
    return out.toString();
  }

  private static boolean isNumberWord(String w) {
    return UNITS.containsKey(w) || TENS.containsKey(w) || w.equals("hundred");
  }

  /** Separator between number words: one space or a hyphen. */
  private static boolean isJoiner(String s) {
    return s.equals(" ") || s.equals("-") || s.equals(" - ");
  }

  /** Index after the number starting at {@code i}, or {@code i} when none starts there. */
  private static int numberEnd(List<String> parts, int i) {
    String first = parts.get(i);
    boolean leadingA = first.equals("a")
        && i + 2 < parts.size()
        && isJoiner(parts.get(i + 1))
        && parts.get(i + 2).equals("hundred");
    if (!isNumberWord(first) && !leadingA) {
      return i;
    }
    int end = i + 1;
    String last = first;
    int k = i + 1;
    while (k + 1 < parts.size() && isJoiner(parts.get(k))) {
      String next = parts.get(k + 1);
      if (next.equals("and")
          && k + 3 < parts.size()
          && isJoiner(parts.get(k + 2))
          && isNumberWord(parts.get(k + 3))
          && last.equals("hundred")) {
        k += 2;
        continue;
      }
      if (!isNumberWord(next) || !follows(last, next)) {
        break;
      }
      last = next;
      end = k + 2;
      k += 2;
    }
    return end;
  }

  /** Whether {@code next} continues a number ending in {@code last} ("twenty" "four", not "four" "two"). */
  private static boolean follows(String last, String next) {
    if (next.equals("hundred")) {
      return UNITS.containsKey(last) || last.equals("a");
    }
    if (last.equals("hundred") || last.equals("a")) {
      return true;
    }
    if (TENS.containsKey(last)) {
      return UNITS.containsKey(next) && UNITS.get(next) < 10 && UNITS.get(next) > 0;
    }
    return false;
  }

  private static String value(List<String> parts, int from, int to) {
    int total = 0;
    int current = 0;
    for (int k = from; k < to; k++) {
      String w = parts.get(k);
      if (UNITS.containsKey(w)) {
        current += UNITS.get(w);
      } else if (TENS.containsKey(w)) {
        current += TENS.get(w);
      } else if (w.equals("hundred")) {
        current = (current == 0 ? 1 : current) * 100;
        total += current;
        current = 0;
      }
    }
    return String.valueOf(total + current);
  }
}
