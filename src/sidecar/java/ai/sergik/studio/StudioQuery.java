package ai.sergik.studio;

import java.util.List;
import java.util.Map;

/** Reads the studio's own query parameters (the catalog's are read by {@code SearchQuery}). */
final class StudioQuery {
  private StudioQuery() {}

  static String text(Map<String, List<String>> parameters, String name) {
    List<String> values = parameters.get(name);
    if (values == null || values.isEmpty()) return "";
    if (values.size() > 1)
      throw new IllegalArgumentException(
          name + " was given " + values.size() + " times; give it once");
    return values.get(0).strip();
  }

  static int integer(
      Map<String, List<String>> parameters, String name, int fallback, int min, int max) {
    String v = text(parameters, name);
    if (v.isEmpty()) return fallback;
    int n;
    try {
      n = Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          name + " must be a whole number " + min + ".." + max + ", got '" + v + "'");
    }
    if (n < min || n > max)
      throw new IllegalArgumentException(name + " must be " + min + ".." + max + ", got " + n);
    return n;
  }

  static String required(Map<String, List<String>> parameters, String name, String example) {
    String v = text(parameters, name);
    if (v.isEmpty())
      throw new IllegalArgumentException(name + " is required, e.g. ?" + name + "=" + example);
    return v;
  }
}
