package ai.sergik.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

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
    StringBuilder accepted = new StringBuilder();
    for (String id : ids(kind))
      accepted.append(accepted.length() == 0 ? "" : ", ").append(id);
    throw new IllegalArgumentException(
        field + " \"" + text + "\" is unknown; use one of " + accepted);
  }
}
