package ai.sergik.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * Reads the fields of a JSON request body with defaults and ranges. A missing field or JSON
 * {@code null} takes the default; a present field of the wrong type or outside its range fails with
 * 400 and a message naming the field, the accepted range and the value received. Numbers sent as
 * strings ({@code "8"}) are accepted, since chat clients send them that way.
 */
public final class JsonFields {
  private final ObjectNode body;

  public JsonFields(ObjectNode body) {
    this.body = body;
  }

  public static JsonFields empty() {
    return new JsonFields(JsonNodeFactory.instance.objectNode());
  }

  public ObjectNode node() {
    return body.deepCopy();
  }

  public boolean has(String name) {
    JsonNode value = body.get(name);
    return value != null && !value.isNull();
  }

  public Optional<JsonNode> get(String name) {
    return has(name) ? Optional.of(body.get(name)) : Optional.empty();
  }

  /** A string field; {@code example} completes the message "must be a string such as …". */
  public String string(String name, String defaultValue, String example) {
    JsonNode value = body.get(name);
    if (value == null || value.isNull()) {
      return defaultValue;
    }
    if (!value.isTextual()) {
      throw ApiException.badField(name, "a string such as \"" + example + "\"", value.toString());
    }
    return value.textValue();
  }

  public Optional<String> optionalString(String name, String example) {
    return Optional.ofNullable(string(name, null, example));
  }

  public int integer(String name, int defaultValue, int min, int max) {
    JsonNode value = body.get(name);
    if (value == null || value.isNull()) {
      return defaultValue;
    }
    String accepted = "an integer " + min + ".." + max;
    long parsed;
    if (value.isIntegralNumber() && value.canConvertToLong()) {
      parsed = value.longValue();
    } else if (value.isNumber()
        && value.doubleValue() == Math.rint(value.doubleValue())
        && Math.abs(value.doubleValue()) < 1e15) {
      parsed = (long) value.doubleValue();
    } else if (value.isTextual()) {
      try {
        parsed = Long.parseLong(value.textValue().trim());
      } catch (NumberFormatException e) {
        throw ApiException.badField(name, accepted, value.textValue());
      }
    } else {
      throw ApiException.badField(name, accepted, value.toString());
    }
    if (parsed < min || parsed > max) {
      throw ApiException.badField(name, accepted, parsed);
    }
    return (int) parsed;
  }

  public Optional<Integer> optionalInteger(String name, int min, int max) {
    return has(name) ? Optional.of(integer(name, 0, min, max)) : Optional.empty();
  }

  public double number(String name, double defaultValue, double min, double max) {
    JsonNode value = body.get(name);
    if (value == null || value.isNull()) {
      return defaultValue;
    }
    String accepted = "a number " + plain(min) + ".." + plain(max);
    double parsed;
    if (value.isNumber()) {
      parsed = value.doubleValue();
    } else if (value.isTextual()) {
      try {
        parsed = Double.parseDouble(value.textValue().trim());
      } catch (NumberFormatException e) {
        throw ApiException.badField(name, accepted, value.textValue());
      }
    } else {
      throw ApiException.badField(name, accepted, value.toString());
    }
    if (!(parsed >= min && parsed <= max)) {
      throw ApiException.badField(name, accepted, plain(parsed));
    }
    return parsed;
  }

  public Optional<Double> optionalNumber(String name, double min, double max) {
    return has(name) ? Optional.of(number(name, 0, min, max)) : Optional.empty();
  }

  public boolean bool(String name, boolean defaultValue) {
    JsonNode value = body.get(name);
    if (value == null || value.isNull()) {
      return defaultValue;
    }
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    if (value.isTextual()
        && (value.textValue().equalsIgnoreCase("true")
            || value.textValue().equalsIgnoreCase("false"))) {
      return Boolean.parseBoolean(value.textValue());
    }
    throw ApiException.badField(name, "true or false", value.toString());
  }

  static String plain(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
  }
}
