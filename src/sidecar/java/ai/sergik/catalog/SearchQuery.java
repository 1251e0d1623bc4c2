package ai.sergik.catalog;

import ai.sergik.music.Key;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A catalog search: words to match, plus filters. Every filter is optional.
 *
 * @param text words matched against names, collaborators, plugins and sample names
 * @param bpmMin lowest tempo, NaN for none
 * @param bpmMax highest tempo, NaN for none
 * @param key only items in this key (and its Camelot neighbours when {@code compatible}), or null
 * @param year only items last modified in this year, or 0
 * @param collaborator only items whose collaborator contains this (any case), or ""
 * @param plugin only sets using a plugin whose name contains this (any case), or ""
 * @param type only this kind of item, or null for all
 * @param includeBackups whether Live's automatic backup sets may appear
 * @param limit the most results returned, 1..{@value #MAX_LIMIT}
 */
public record SearchQuery(
    String text,
    double bpmMin,
    double bpmMax,
    Key key,
    boolean compatible,
    int year,
    String collaborator,
    String plugin,
    CatalogEntry.Kind type,
    boolean includeBackups,
    int limit) {

  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_LIMIT = 200;

  /** The parameter names {@link #fromParameters} understands, shared by the HTTP route and its docs. */
  public static final List<String> PARAMETERS = List.of(
      "query",
      "bpm_min",
      "bpm_max",
      "key",
      "compatible",
      "year",
      "collaborator",
      "plugin",
      "type",
      "include_backups",
      "limit");

  public SearchQuery {
    text = Objects.requireNonNullElse(text, "").strip();
    collaborator = Objects.requireNonNullElse(collaborator, "").strip();
    plugin = Objects.requireNonNullElse(plugin, "").strip();
    if (!Double.isNaN(bpmMin) && (bpmMin < 0 || bpmMin > 999)) {
      throw new IllegalArgumentException("bpm_min must be 0..999, got " + bpmMin);
    }
    if (!Double.isNaN(bpmMax) && (bpmMax < 0 || bpmMax > 999)) {
      throw new IllegalArgumentException("bpm_max must be 0..999, got " + bpmMax);
    }
    if (!Double.isNaN(bpmMin) && !Double.isNaN(bpmMax) && bpmMin > bpmMax) {
      throw new IllegalArgumentException(
          "bpm_min (" + bpmMin + ") must not be above bpm_max (" + bpmMax + ")");
    }
    if (year != 0 && (year < 1980 || year > 2200)) {
      throw new IllegalArgumentException(
          "year must be a four-digit year such as 2024, got " + year);
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", got " + limit);
    }
  }

  public static SearchQuery text(String text) {
    return new SearchQuery(
        text, Double.NaN, Double.NaN, null, false, 0, "", "", null, false, DEFAULT_LIMIT);
  }

  /**
   * Reads a query from URL parameters ({@link #PARAMETERS}); {@code q} is accepted for {@code query}.
   *
   * @throws IllegalArgumentException naming the parameter, what it accepts and what it got
   */
  public static SearchQuery fromParameters(Map<String, List<String>> parameters) {
    for (String name : parameters.keySet()) {
      if (!PARAMETERS.contains(name) && !name.equals("q")) {
        throw new IllegalArgumentException(
            "unknown parameter '" + name + "'; accepted: " + String.join(", ", PARAMETERS));
      }
    }
    String text = one(parameters, "query");
    if (text.isEmpty()) text = one(parameters, "q");
    return new SearchQuery(
        text,
        number(parameters, "bpm_min"),
        number(parameters, "bpm_max"),
        key(one(parameters, "key")),
        bool(parameters, "compatible"),
        (int) integer(parameters, "year", 0),
        one(parameters, "collaborator"),
        one(parameters, "plugin"),
        one(parameters, "type").isEmpty() ? null : CatalogEntry.Kind.parse(one(parameters, "type")),
        bool(parameters, "include_backups"),
        (int) integer(parameters, "limit", DEFAULT_LIMIT));
  }

  static Key key(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Key.parse(text.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("key: " + e.getMessage(), e);
    }
  }

  private static String one(Map<String, List<String>> p, String name) {
    List<String> values = p.get(name);
    if (values == null || values.isEmpty()) return "";
    if (values.size() > 1) {
      throw new IllegalArgumentException(
          name + " was given " + values.size() + " times; give it once");
    }
    return values.get(0).strip();
  }

  private static double number(Map<String, List<String>> p, String name) {
    String v = one(p, name);
    if (v.isEmpty()) return Double.NaN;
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a number such as 120, got '" + v + "'");
    }
  }

  private static long integer(Map<String, List<String>> p, String name, long fallback) {
    String v = one(p, name);
    if (v.isEmpty()) return fallback;
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, got '" + v + "'");
    }
  }

  private static boolean bool(Map<String, List<String>> p, String name) {
    String v = one(p, name).toLowerCase(Locale.ROOT);
    return switch (v) {
      case "", "false", "0", "no" -> false;
      case "true", "1", "yes" -> true;
      default ->
        throw new IllegalArgumentException(name + " must be true or false, got '" + v + "'");
    };
  }
}
