package ai.sergik.device;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The device's JSON text for answers to the sidecar: objects of strings, numbers, booleans, lists and objects. */
final class Json {
  private Json() {}

  static String object(Map<String, ?> fields) {
    StringBuilder sb = new StringBuilder();
    value(sb, fields);
    return sb.toString();
  }

  private static void value(StringBuilder sb, Object v) {
    if (v == null) {
      sb.append("null");
    } else if (v instanceof String) {
      sb.append('"').append(escape((String) v)).append('"');
    } else if (v instanceof Boolean) {
      sb.append(v);
    } else if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      sb.append(Double.isNaN(d) || Double.isInfinite(d) ? "null" : LiveClip.number(d));
    } else if (v instanceof Number) {
      sb.append(((Number) v).longValue());
    } else if (v instanceof Map) {
      sb.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
        sb.append(first ? "" : ",")
            .append('"')
            .append(escape(String.valueOf(e.getKey())))
            .append("\":");
        value(sb, e.getValue());
        first = false;
      }
      sb.append('}');
    } else if (v instanceof List) {
      sb.append('[');
      boolean first = true;
      for (Object o : (List<?>) v) {
        sb.append(first ? "" : ",");
        value(sb, o);
        first = false;
      }
      sb.append(']');
    } else {
      value(sb, String.valueOf(v));
    }
  }

  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          sb.append("\\\"");
          break;
        case '\\':
          sb.append("\\\\");
          break;
        case '\n':
          sb.append("\\n");
          break;
        case '\r':
          sb.append("\\r");
          break;
        case '\t':
          sb.append("\\t");
          break;
        default:
          if (c < 0x20) {
            sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
      }
    }
    return sb.toString();
  }
}
