package ai.sergik.transform;

import ai.sergik.music.Key;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The settings of one transform as text (from a command line, a JSON body or a Max message), read with
 * typed getters that check the range and name the transform, the setting, the value and what it accepts.
 * Immutable.
 */
public final class TransformSettings {
  public static final TransformSettings NONE =
      new TransformSettings(Collections.<String, String>emptyMap());

  private final Map<String, String> values;

  private TransformSettings(Map<String, String> values) {
    this.values = values;
  }

  /** Settings from names and values; names are read case-insensitively, "_" as "-". */
  public static TransformSettings of(Map<String, String> values) {
    Map<String, String> copy = new LinkedHashMap<String, String>();
    for (Map.Entry<String, String> e : values.entrySet()) {
      if (e.getKey() == null || e.getValue() == null) continue;
      copy.put(normalize(e.getKey()), e.getValue().trim());
    }
    return new TransformSettings(Collections.unmodifiableMap(copy));
  }

  /** Settings from pairs: name, value, name, value ... */
  public static TransformSettings pairs(String... nameValue) {
    if (nameValue.length % 2 != 0) {
      throw new IllegalArgumentException(
          "settings come in pairs (name value), got an odd count: " + nameValue.length);
    }
    Map<String, String> m = new LinkedHashMap<String, String>();
    for (int i = 0; i < nameValue.length; i += 2) m.put(nameValue[i], nameValue[i + 1]);
    return of(m);
  }

  static String normalize(String name) {
    String s = name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    while (s.startsWith("-")) s = s.substring(1);
    return s;
  }

  /** Names given, normalized. */
  public Map<String, String> values() {
    return values;
  }

  public boolean has(String name) {
    return values.containsKey(name);
  }

  /** Refuses any setting the transform does not read. */
  void checkNames(String transform, List<TransformOption> options) {
    for (String name : values.keySet()) {
      boolean known = false;
      for (TransformOption o : options) known |= o.name().equals(name);
      if (!known) {
        StringBuilder accepted = new StringBuilder();
        for (TransformOption o : options)
          accepted.append(accepted.length() == 0 ? "" : ", ").append(o.name());
        throw new IllegalArgumentException(transform + " has no setting \"" + name + "\"; it reads "
            + (accepted.length() == 0 ? "none" : accepted));
      }
    }
  }

  double number(String transform, String name, double defaultValue, double min, double max) {
    String text = values.get(name);
    if (text == null) return defaultValue;
    double v;
    try {
      v = fraction(text);
    } catch (NumberFormatException e) {
      v = Double.NaN;
    }
    if (!(v >= min && v <= max)) {
      throw new IllegalArgumentException(transform + " " + name + " must be a number " + plain(min)
          + ".." + plain(max) + ", got \"" + text + "\"");
    }
    return v;
  }

  /** Reads "0.25", "1/16" and "-2". */
  private static double fraction(String text) {
    int slash = text.indexOf('/');
    if (slash > 0)
      return Double.parseDouble(text.substring(0, slash))
          / Double.parseDouble(text.substring(slash + 1));
    return Double.parseDouble(text);
  }

  int integer(String transform, String name, int defaultValue, int min, int max) {
    String text = values.get(name);
    if (text == null) return defaultValue;
    try {
      int v = Integer.parseInt(text.trim());
      if (v >= min && v <= max) return v;
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(transform + " " + name + " must be a whole number " + min
        + ".." + max + ", got \"" + text + "\"");
  }

  String choice(String transform, String name, String defaultValue, String... accepted) {
    String text = values.get(name);
    if (text == null) return defaultValue;
    String v = text.trim().toLowerCase(Locale.ROOT);
    for (String a : accepted) if (a.equals(v)) return a;
    StringBuilder sb = new StringBuilder();
    for (String a : accepted) sb.append(sb.length() == 0 ? "" : ", ").append(a);
    throw new IllegalArgumentException(
        transform + " " + name + " must be one of " + sb + ", got \"" + text + "\"");
  }

  boolean bool(String transform, String name, boolean defaultValue) {
    String text = values.get(name);
    if (text == null) return defaultValue;
    String v = text.trim().toLowerCase(Locale.ROOT);
    if (v.equals("true") || v.equals("1") || v.equals("yes") || v.equals("on")) return true;
    if (v.equals("false") || v.equals("0") || v.equals("no") || v.equals("off")) return false;
    throw new IllegalArgumentException(
        transform + " " + name + " must be true or false, got \"" + text + "\"");
  }

  /** The key setting, or null when it is not given (the transform then reads the key from the notes). */
  Key key(String transform) {
    String text = values.get("key");
    if (text == null) return null;
    try {
      return Key.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(transform + " key: " + e.getMessage(), e);
    }
  }

  String text(String name, String defaultValue) {
    String text = values.get(name);
    return text == null ? defaultValue : text;
  }

  static String plain(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
