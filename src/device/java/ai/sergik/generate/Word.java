package ai.sergik.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A word of the generators' vocabulary (a voicing, a spread, an arpeggio pattern or rate): its id is how requests,
 * answers and files spell it, and {@link #parse} is the one place a spelling is read (any case, {@code _} for
 * {@code -}).
 */
interface Word {
  /** The id: the constant's name in lower case with {@code -} for {@code _} (DROP_2 is drop-2), unless a word says. */
  default String id() {
    return fold(((Enum<?>) this).name());
  }

  /** The form every spelling is compared in: trimmed, lower case, {@code _} read as {@code -}. */
  static String fold(String text) {
    return text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The ids of all the words of a kind, in declaration order. */
  static <E extends Enum<E> & Word> List<String> ids(Class<E> kind) {
    List<String> ids = new ArrayList<String>();
    for (E e : kind.getEnumConstants()) ids.add(e.id());
    return Collections.unmodifiableList(ids);
  }

  /**
   * The word {@code text} spells.
   *
   * @param field what the text was given as, for the error: {@code voicing}, {@code arp rate} ...
   * @throws IllegalArgumentException that repeats the text and lists the ids
   */
  static <E extends Enum<E> & Word> E parse(Class<E> kind, String field, String text) {
    if (text != null) {
      String s = fold(text);
      for (E e : kind.getEnumConstants()) {
        if (e.id().equals(s)) return e;
      }
    }
    throw unknown(kind, field, text);
  }

  /** The error for a text that spells no word of a kind: it repeats the text and lists the ids. */
  static <E extends Enum<E> & Word> IllegalArgumentException unknown(
      Class<E> kind, String field, String text) {
    return new IllegalArgumentException(
        field + " \"" + text + "\" is unknown; use one of " + join(ids(kind)));
  }

  /** Items joined by ", ", as error messages list what is accepted. */
  static String join(List<String> items) {
    StringBuilder sb = new StringBuilder();
    for (String s : items) sb.append(sb.length() == 0 ? "" : ", ").append(s);
    return sb.toString();
  }

  /**
   * Rows of a table that has one row per word of a kind, in the kind's declaration order, keyed by their word.
   *
   * @throws IllegalStateException when the rows do not match the words one for one
   */
  static <E extends Enum<E> & Word, T> Map<E, T> table(Class<E> kind, T[] rows) {
    E[] words = kind.getEnumConstants();
    if (rows.length != words.length)
      throw new IllegalStateException(
          rows.length + " rows for the " + words.length + " words of " + kind.getSimpleName());
    EnumMap<E, T> table = new EnumMap<E, T>(kind);
    for (int i = 0; i < rows.length; i++) table.put(words[i], rows[i]);
    return Collections.unmodifiableMap(table);
  }

  /** An unmodifiable list of the given texts. */
  static List<String> list(String... texts) {
    return Collections.unmodifiableList(new ArrayList<String>(java.util.Arrays.asList(texts)));
  }
}
