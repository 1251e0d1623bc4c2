package ai.sergik.music;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small strict JSON reader (RFC 8259) for the device, which carries no JSON library. Objects become
 * {@link LinkedHashMap}s, arrays {@link ArrayList}s, numbers {@link Double}s (or {@link Long}s when
 * integral and written without fraction or exponent), plus String, Boolean and null. Errors give the
 * character offset and what was expected there.
 */
public final class JsonReader {
  /** Deeper nesting than this is refused, so hostile input cannot overflow the stack. */
  public static final int MAX_DEPTH = 64;

  private final String text;
  private int pos;
  private int depth;

  private JsonReader(String text) {
    this.text = text;
  }

  /** Parses one JSON value that fills the whole text (surrounding whitespace allowed). */
  public static Object parse(String text) {
    if (text == null) throw new IllegalArgumentException("JSON text is missing (null)");
    JsonReader r = new JsonReader(text);
    r.skipWhitespace();
    if (r.pos >= text.length()) throw new IllegalArgumentException("JSON text is empty");
    Object value = r.value();
    r.skipWhitespace();
    if (r.pos < text.length()) throw r.error("end of input after the JSON value");
    return value;
  }

  static String typeName(Object o) {
    if (o == null) return "null";
    if (o instanceof Map) return "object";
    if (o instanceof List) return "array";
    if (o instanceof String) return "string";
    if (o instanceof Number) return "number";
    if (o instanceof Boolean) return "boolean";
    return o.getClass().getSimpleName();
  }

  private Object value() {
    if (pos >= text.length()) throw error("a value");
    char c = text.charAt(pos);
    switch (c) {
      case '{':
        return object();
      case '[':
        return array();
      case '"':
        return string();
      case 't':
        literal("true");
        return true;
      case 'f':
        literal("false");
        return false;
      case 'n':
        literal("null");
        return null;
      default:
        if (c == '-' || (c >= '0' && c <= '9')) return number();
        throw error("a value (object, array, string, number, true, false or null)");
    }
  }

  private Map<String, Object> object() {
    enter();
    pos++;
    Map<String, Object> map = new LinkedHashMap<String, Object>();
    skipWhitespace();
    if (peek() == '}') {
      pos++;
      depth--;
      return map;
    }
    while (true) {
      skipWhitespace();
      if (peek() != '"') throw error("a quoted field name");
      String key = string();
      skipWhitespace();
      expect(':');
      skipWhitespace();
      map.put(key, value());
      skipWhitespace();
      char c = peek();
      if (c == ',') {
        pos++;
      } else if (c == '}') {
        pos++;
        depth--;
        return map;
      } else {
        throw error("',' or '}'");
      }
    }
  }

  private List<Object> array() {
    enter();
    pos++;
    List<Object> list = new ArrayList<Object>();
    skipWhitespace();
    if (peek() == ']') {
      pos++;
      depth--;
      return list;
    }
    while (true) {
      skipWhitespace();
      list.add(value());
      skipWhitespace();
      char c = peek();
      if (c == ',') {
        pos++;
      } else if (c == ']') {
        pos++;
        depth--;
        return list;
      } else {
        throw error("',' or ']'");
      }
    }
  }

  private void enter() {
    if (++depth > MAX_DEPTH) throw error("at most " + MAX_DEPTH + " nested objects/arrays");
  }

  private String string() {
    pos++;
    StringBuilder sb = new StringBuilder();
    while (true) {
      if (pos >= text.length()) throw error("a closing '\"'");
      char c = text.charAt(pos++);
      if (c == '"') return sb.toString();
      if (c < 0x20) {
        pos--;
        throw error("no raw control characters inside a string (escape them)");
      }
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      if (pos >= text.length()) throw error("an escape character");
      char e = text.charAt(pos++);
      switch (e) {
        case '"':
          sb.append('"');
          break;
        case '\\':
          sb.append('\\');
          break;
        case '/':
          sb.append('/');
          break;
        case 'b':
          sb.append('\b');
          break;
        case 'f':
          sb.append('\f');
          break;
        case 'n':
          sb.append('\n');
          break;
        case 'r':
          sb.append('\r');
          break;
        case 't':
          sb.append('\t');
          break;
        case 'u':
          if (pos + 4 > text.length()) throw error("four hex digits after \\u");
          try {
            sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
          } catch (NumberFormatException ex) {
            throw error("four hex digits after \\u");
          }
          pos += 4;
          break;
        default:
          pos--;
          throw error("one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX");
      }
    }
  }

  private Number number() {
    int begin = pos;
    if (peek() == '-') pos++;
    if (peek() == '0') {
      pos++;
    } else if (isDigit(peek())) {
      while (isDigit(peek())) pos++;
    } else {
      throw error("a digit");
    }
    boolean integral = true;
    if (peek() == '.') {
      integral = false;
      pos++;
      if (!isDigit(peek())) throw error("a digit after '.'");
      while (isDigit(peek())) pos++;
    }
    if (peek() == 'e' || peek() == 'E') {
      integral = false;
      pos++;
      if (peek() == '+' || peek() == '-') pos++;
      if (!isDigit(peek())) throw error("a digit in the exponent");
      while (isDigit(peek())) pos++;
    }
    String s = text.substring(begin, pos);
    if (integral && pos - begin <= 18) return Long.parseLong(s);
    return Double.parseDouble(s);
  }

  private void literal(String word) {
    if (!text.startsWith(word, pos)) throw error("'" + word + "'");
    pos += word.length();
  }

  private void expect(char c) {
    if (peek() != c) throw error("'" + c + "'");
    pos++;
  }

  private char peek() {
    return pos < text.length() ? text.charAt(pos) : '\0';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private void skipWhitespace() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return;
      pos++;
    }
  }

  private IllegalArgumentException error(String expected) {
    String found = pos >= text.length() ? "end of input" : "'" + text.charAt(pos) + "'";
    return new IllegalArgumentException(
        "invalid JSON at character " + pos + ": expected " + expected + ", found " + found);
  }
}
