package ai.sergik.live;

import ai.sergik.api.ApiException;
import ai.sergik.api.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The changes {@code /ableton/set} carries (protocol v2), checked before anything is sent to Live, and the sentence
 * that says what Live reported back. One control is one change:
 * {@code {"tempo":122}}, {@code {"transport":"play"|"stop"|"continue"}},
 * {@code {"track":"Bass","param":"volume"|"pan"|"mute"|"solo"|"arm","value":…}} (volume in dB, -70..6; pan -1..1,
 * left to right; mute, solo and arm true or false), {@code {"track":"Bass","param":"volume","delta_db":-3}},
 * {@code {"fire":{"track":"Bass","slot":2}}} or {@code {"scene":3}} (slots and scenes counted from 1).
 */
public final class Controls {
  private Controls() {}

  public static final double MIN_TEMPO = 20;
  public static final double MAX_TEMPO = 999;
  public static final double MIN_VOLUME_DB = -70;
  public static final double MAX_VOLUME_DB = 6;
  /** Most slots or scenes a number may name (Live's sets stay far below). */
  public static final int MAX_SLOT = 1000;
  /** Most controls one request may apply in order. */
  public static final int MAX_CONTROLS = 16;

  static final List<String> TRANSPORTS = List.of("play", "stop", "continue");
  static final List<String> PARAMS = List.of("volume", "pan", "mute", "solo", "arm");

  private static final String FORMS =
      "{\"tempo\":122}, {\"transport\":\"play\"|\"stop\"|\"continue\"}, "
          + "{\"track\":\"Bass\",\"param\":\"volume\"|\"pan\"|\"mute\"|\"solo\"|\"arm\",\"value\":…}, "
          + "{\"track\":\"Bass\",\"param\":\"volume\",\"delta_db\":-3}, {\"fire\":{\"track\":\"Bass\",\"slot\":2}} or {\"scene\":3}";

  /**
   * The controls of a request body: {@code {"controls":[…]}} (applied in order) or one control as the body itself.
   *
   * @throws ApiException 400 naming the control, field and value that are wrong and what is accepted
   */
  public static List<ObjectNode> read(ObjectNode body) {
    if (body.has("controls")) {
      JsonNode list = body.get("controls");
      if (!list.isArray() || list.isEmpty() || list.size() > MAX_CONTROLS) {
        throw ApiException.badField(
            "controls", "a list of 1 to " + MAX_CONTROLS + " controls such as " + FORMS, list);
      }
      if (body.size() > 1) {
        throw ApiException.badRequest(
            "send either \"controls\": [...] or one control, not both; got fields "
                + fieldNames(body));
      }
      List<ObjectNode> controls = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        JsonNode c = list.get(i);
        if (!c.isObject()) {
          throw ApiException.badField("controls[" + i + "]", "a control such as " + FORMS, c);
        }
        controls.add(check((ObjectNode) c, "controls[" + i + "]."));
      }
      return List.copyOf(controls);
    }
    return List.of(check(body, ""));
  }

  /** One control, checked and normalised (0/1 become false/true; names are trimmed). */
  public static ObjectNode check(ObjectNode control, String where) {
    ObjectNode out = Json.MAPPER.createObjectNode();
    if (control.has("tempo")) {
      only(control, where, Set.of("tempo"));
      out.put("tempo", number(control.get("tempo"), where + "tempo", MIN_TEMPO, MAX_TEMPO, "BPM"));
    } else if (control.has("transport")) {
      only(control, where, Set.of("transport"));
      String t = control.get("transport").asText("").strip().toLowerCase(Locale.ROOT);
      if (!control.get("transport").isTextual() || !TRANSPORTS.contains(t)) {
        throw ApiException.badField(
            where + "transport", "one of play, stop, continue", control.get("transport"));
      }
      out.put("transport", t);
    } else if (control.has("fire")) {
      only(control, where, Set.of("fire"));
      JsonNode fire = control.get("fire");
      if (!fire.isObject() || !fire.has("track") || !fire.has("slot")) {
        throw ApiException.badField(
            where + "fire", "{\"track\":\"Bass\",\"slot\":2} (slots counted from 1)", fire);
      }
      only((ObjectNode) fire, where + "fire.", Set.of("track", "slot"));
      ObjectNode f = out.putObject("fire");
      f.put("track", track(fire.get("track"), where + "fire.track"));
      f.put("slot", index(fire.get("slot"), where + "fire.slot", "slot"));
    } else if (control.has("scene")) {
      only(control, where, Set.of("scene"));
      out.put("scene", index(control.get("scene"), where + "scene", "scene"));
    } else if (control.has("track") || control.has("param")) {
      trackControl(control, where, out);
    } else {
      throw ApiException.badRequest(
          (where.isEmpty() ? "the body" : where.substring(0, where.length() - 1))
              + " must be a control: " + FORMS
              + "; or {\"controls\":[…]} for several in order; got fields "
              + fieldNames(control));
    }
    return out;
  }

  private static void trackControl(ObjectNode control, String where, ObjectNode out) {
    if (!control.has("track") || !control.has("param")) {
      throw ApiException.badRequest(where + "track and " + where + "param go together, e.g. "
          + "{\"track\":\"Bass\",\"param\":\"mute\",\"value\":true}; got fields "
          + fieldNames(control));
    }
    only(control, where, Set.of("track", "param", "value", "delta_db"));
    out.put("track", track(control.get("track"), where + "track"));
    String param = control.get("param").asText("").strip().toLowerCase(Locale.ROOT);
    if (!control.get("param").isTextual() || !PARAMS.contains(param)) {
      throw ApiException.badField(
          where + "param", "one of volume, pan, mute, solo, arm", control.get("param"));
    }
    out.put("param", param);
    boolean delta = control.has("delta_db");
    if (delta == control.has("value")) {
      throw ApiException.badRequest(
          where + (delta ? "value and delta_db exclude each other" : "value is missing")
              + " for param " + param
              + (param.equals("volume")
                  ? " (value in dB, -70..6, or delta_db: the change in dB)"
                  : ""));
    }
    if (delta) {
      if (!param.equals("volume")) {
        throw ApiException.badField(where + "param", "volume when delta_db is given", param);
      }
      double db = number(
          control.get("delta_db"),
          where + "delta_db",
          -(MAX_VOLUME_DB - MIN_VOLUME_DB),
          MAX_VOLUME_DB - MIN_VOLUME_DB,
          "dB");
      out.put("delta_db", db);
      return;
    }
    JsonNode v = control.get("value");
    switch (param) {
      case "volume" ->
        out.put("value", number(v, where + "value", MIN_VOLUME_DB, MAX_VOLUME_DB, "dB (volume)"));
      case "pan" ->
        out.put("value", number(v, where + "value", -1, 1, "(pan, -1 left to 1 right)"));
      default -> {
        if (v.isBoolean()) {
          out.put("value", v.booleanValue());
        } else if (v.isIntegralNumber() && (v.intValue() == 0 || v.intValue() == 1)) {
          out.put("value", v.intValue() == 1);
        } else {
          throw ApiException.badField(where + "value", "true or false for " + param, v);
        }
      }
    }
  }

  private static double number(JsonNode v, String field, double min, double max, String unit) {
    if (v == null
        || !v.isNumber()
        || !Double.isFinite(v.doubleValue())
        || v.doubleValue() < min
        || v.doubleValue() > max) {
      throw ApiException.badField(
          field, "a number " + plain(min) + ".." + plain(max) + " " + unit, v);
    }
    return v.doubleValue();
  }

  private static int index(JsonNode v, String field, String what) {
    if (v == null || !v.isIntegralNumber() || v.intValue() < 1 || v.intValue() > MAX_SLOT) {
      throw ApiException.badField(
          field, "a " + what + " number counted from 1 (the first " + what + " is 1)", v);
    }
    return v.intValue();
  }

  private static String track(JsonNode v, String field) {
    if (v == null || !v.isTextual() || v.asText().isBlank() || v.asText().length() > 256) {
      throw ApiException.badField(field, "the name of a track in Live, such as \"Bass\"", v);
    }
    return v.asText().strip();
  }

  private static void only(ObjectNode control, String where, Set<String> allowed) {
    for (Iterator<String> it = control.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (!allowed.contains(name)) {
        throw ApiException.badRequest(where + name + " does not go with "
            + allowed.stream()
                .sorted()
                .map(a -> where + a)
                .reduce((a, b) -> a + ", " + b)
                .orElse("")
            + "; one control is one change: " + FORMS
            + "; use {\"controls\":[…]} for several");
      }
    }
  }

  private static String fieldNames(ObjectNode node) {
    StringJoiner j = new StringJoiner(", ", "[", "]");
    node.fieldNames().forEachRemaining(j::add);
    return j.toString();
  }

  /** The track a control is about, if any: a device on that track is the one asked to apply it. */
  public static Optional<String> trackOf(ObjectNode control) {
    if (control.has("fire")) {
      return Optional.of(control.get("fire").get("track").asText());
    }
    return control.has("track") ? Optional.of(control.get("track").asText()) : Optional.empty();
  }

  /** "tempo 122", "transport play", "Bass volume -3 dB", "fire Bass slot 2", "scene 3": what was asked. */
  public static String describeChange(ObjectNode c) {
    if (c.has("tempo")) return "tempo " + plain(c.get("tempo").asDouble());
    if (c.has("transport")) return "transport " + c.get("transport").asText();
    if (c.has("fire"))
      return "fire " + c.get("fire").get("track").asText() + " slot "
          + c.get("fire").get("slot").asInt();
    if (c.has("scene")) return "fire scene " + c.get("scene").asInt();
    String track = c.get("track").asText() + " " + c.get("param").asText();
    if (c.has("delta_db"))
      return track + " " + (c.get("delta_db").asDouble() > 0 ? "+" : "")
          + plain(c.get("delta_db").asDouble()) + " dB";
    JsonNode v = c.get("value");
    return track + " "
        + (v.isBoolean()
            ? (v.asBoolean() ? "on" : "off")
            : plain(v.asDouble()) + (c.get("param").asText().equals("volume") ? " dB" : ""));
  }

  /**
   * What Live reported, as a clause: {@code {"tempo":122.0,"is_playing":true}} is "tempo 122 BPM; playing";
   * {@code {"track":"Bass","volume_db":-3.0,"volume":0.72,"mute":false}} is "Bass: volume -3 dB, mute off" (Live's raw
   * 0..1 fader value is left out beside the dB); {@code {"fired":{"track":"Bass","slot":2,"has_clip":true}}} is
   * "fired Bass slot 2"; {@code {"scene":3,"scene_name":"Drop"}} is "fired scene 3 (Drop)". Other fields are said as
   * they are.
   */
  public static String describeState(JsonNode state) {
    StringJoiner out = new StringJoiner("; ");
    StringJoiner trackPart = new StringJoiner(", ");
    for (Map.Entry<String, JsonNode> e : state.properties()) {
      String k = e.getKey();
      JsonNode v = e.getValue();
      if (k.equals("track")
          || k.equals("status")
          || k.equals("scene_name")
          || (k.equals("volume") && state.has("volume_db"))) {
        continue;
      }
      String said = switch (k) {
        case "tempo" -> "tempo " + plain(v.asDouble()) + " BPM";
        case "transport" -> "transport " + v.asText();
        case "is_playing" -> v.asBoolean() ? "playing" : "stopped";
        case "fired" ->
          v.isObject()
              ? "fired " + v.path("track").asText() + " slot " + v.path("slot").asInt()
                  + (v.path("has_clip").asBoolean(true)
                      ? ""
                      : " (an empty slot: it stops that track)")
              : "fired " + value(v);
        case "scene" ->
          "fired scene " + v.asInt()
              + (state.hasNonNull("scene_name")
                      && !state.get("scene_name").asText().isBlank()
                  ? " (" + state.get("scene_name").asText() + ")"
                  : "");
        case "volume_db" -> "volume " + (v.isNumber() ? plain(v.asDouble()) : v.asText()) + " dB";
        default -> k.replace('_', ' ') + " " + value(v);
      };
      boolean trackField = state.has("track")
          && !List.of("tempo", "transport", "is_playing", "fired", "scene").contains(k);
      (trackField ? trackPart : out).add(said);
    }
    if (state.has("track") && trackPart.length() > 0) {
      out.add(state.get("track").asText() + ": " + trackPart);
    }
    return out.toString();
  }

  private static String value(JsonNode v) {
    if (v.isBoolean()) return v.asBoolean() ? "on" : "off";
    if (v.isNumber()) return plain(v.asDouble());
    if (v.isTextual()) return v.asText();
    return v.toString();
  }

  static String plain(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e9) return String.valueOf((long) d);
    return String.format(Locale.ROOT, "%.2f", d).replaceAll("0$", "");
  }
}
