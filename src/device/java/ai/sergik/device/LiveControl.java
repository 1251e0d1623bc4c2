package ai.sergik.device;

import ai.sergik.music.JsonReader;
import java.util.Locale;
import java.util.Map;

/**
 * One {@code /ableton/set} request, read and checked completely before anything in Live changes: tempo,
 * transport, one track's volume/pan/mute/solo/arm, a clip slot to fire, a scene to fire (slots and scenes
 * 1-based, as the producer counts). Bad input throws {@link IllegalArgumentException} naming the field and what
 * would be accepted.
 */
final class LiveControl {
  /** Live's tempo range (Song.tempo: 20..999 BPM). */
  static final double MIN_TEMPO = 20;

  static final double MAX_TEMPO = 999;
  /** Volume in dB the producer may ask for: Live's fader goes to +6 dB; below about -70 dB it is -inf. */
  static final double MIN_DB = -70;

  static final double MAX_DB = 6;

  private static final java.util.List<String> FIELDS = java.util.Arrays.asList(
      "tempo", "transport", "track", "param", "value", "delta_db", "fire", "scene");

  final Double tempo;
  /** start_playing, stop_playing or continue_playing. */
  final String transport;

  final String track;
  final String param;
  /** The value for the param: dB for volume, -1..1 for pan, 0/1 for the switches; null with a delta. */
  final Double value;

  final Double deltaDb;
  final String fireTrack;
  /** 0-based. */
  final int fireSlot;
  /** 0-based, -1 for none. */
  final int scene;

  private LiveControl(
      Double tempo,
      String transport,
      String track,
      String param,
      Double value,
      Double deltaDb,
      String fireTrack,
      int fireSlot,
      int scene) {
    this.tempo = tempo;
    this.transport = transport;
    this.track = track;
    this.param = param;
    this.value = value;
    this.deltaDb = deltaDb;
    this.fireTrack = fireTrack;
    this.fireSlot = fireSlot;
    this.scene = scene;
  }

  static LiveControl tempo(double bpm) {
    checkTempo(bpm);
    return new LiveControl(bpm, null, null, null, null, null, null, -1, -1);
  }

  static LiveControl parse(String json) {
    Object root;
    try {
      root = JsonReader.parse(json);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("/ableton/set needs a JSON object: " + e.getMessage());
    }
    if (!(root instanceof Map)) {
      throw new IllegalArgumentException(
          "/ableton/set needs a JSON object such as {\"tempo\":122}");
    }
    Map<?, ?> m = (Map<?, ?>) root;
    for (Object k : m.keySet()) {
      if (!FIELDS.contains(String.valueOf(k))) {
        throw new IllegalArgumentException(
            "unknown field \"" + k
                + "\"; /ableton/set takes tempo, transport, track + param + value (or delta_db), fire, scene");
      }
    }
    Double tempo = null;
    if (m.containsKey("tempo")) {
      tempo = number(m, "tempo");
      checkTempo(tempo);
    }
    String transport = null;
    if (m.containsKey("transport")) {
      String t = String.valueOf(m.get("transport")).toLowerCase(Locale.ROOT);
      if (t.equals("play") || t.equals("start")) transport = "start_playing";
      else if (t.equals("stop")) transport = "stop_playing";
      else if (t.equals("continue")) transport = "continue_playing";
      else
        throw new IllegalArgumentException(
            "transport \"" + m.get("transport") + "\" unknown; use play, stop or continue");
    }
    String track = null;
    String param = null;
    Double value = null;
    Double delta = null;
    if (m.containsKey("track") || m.containsKey("param")) {
      track = text(m, "track");
      param = text(m, "param").toLowerCase(Locale.ROOT);
      if (param.equals("panning")) param = "pan";
      if (!param.equals("volume")
          && !param.equals("pan")
          && !param.equals("mute")
          && !param.equals("solo")
          && !param.equals("arm")) {
        throw new IllegalArgumentException(
            "param \"" + param + "\" unknown; use volume, pan, mute, solo or arm");
      }
      if (m.containsKey("delta_db")) {
        if (!param.equals("volume")) {
          throw new IllegalArgumentException("delta_db goes with param volume, not " + param);
        }
        delta = number(m, "delta_db");
        if (Math.abs(delta) > MAX_DB - MIN_DB) {
          throw new IllegalArgumentException(
              "delta_db " + Display.number(delta) + " outside -76..76 dB");
        }
      } else if (!m.containsKey("value")) {
        throw new IllegalArgumentException("track " + track + " " + param + " needs a value"
            + (param.equals("volume") ? " in dB (or delta_db)" : ""));
      } else {
        value = switchOrNumber(m, param);
        checkValue(param, value);
      }
    }
    String fireTrack = null;
    int fireSlot = -1;
    if (m.containsKey("fire")) {
      if (!(m.get("fire") instanceof Map)) {
        throw new IllegalArgumentException("fire needs {\"track\":\"Bass\",\"slot\":2}");
      }
      Map<?, ?> f = (Map<?, ?>) m.get("fire");
      fireTrack = text(f, "track");
      fireSlot = whole(f, "slot") - 1;
    }
    int scene = -1;
    if (m.containsKey("scene")) {
      scene = whole(m, "scene") - 1;
    }
    if (tempo == null && transport == null && track == null && fireTrack == null && scene < 0) {
      throw new IllegalArgumentException(
          "/ableton/set asked for nothing; give tempo, transport, track + param, fire or scene");
    }
    return new LiveControl(
        tempo, transport, track, param, value, delta, fireTrack, fireSlot, scene);
  }

  private static void checkTempo(double bpm) {
    if (!(bpm >= MIN_TEMPO && bpm <= MAX_TEMPO)) {
      throw new IllegalArgumentException("tempo " + Display.number(bpm) + " outside 20..999");
    }
  }

  private static void checkValue(String param, double v) {
    if (param.equals("volume") && !(v >= MIN_DB && v <= MAX_DB) && v != Double.NEGATIVE_INFINITY) {
      throw new IllegalArgumentException(
          "volume " + Display.number(v) + " dB outside -70..6 dB (or \"-inf\")");
    }
    if (param.equals("pan") && !(v >= -1 && v <= 1)) {
      throw new IllegalArgumentException(
          "pan " + Display.number(v) + " outside -1..1 (-1 hard left, 0 centre, 1 hard right)");
    }
  }

  private static Double switchOrNumber(Map<?, ?> m, String param) {
    Object v = m.get("value");
    boolean isSwitch = param.equals("mute") || param.equals("solo") || param.equals("arm");
    if (isSwitch) {
      if (v instanceof Boolean) return ((Boolean) v) ? 1.0 : 0.0;
      if (v instanceof Number
          && (((Number) v).doubleValue() == 0 || ((Number) v).doubleValue() == 1)) {
        return ((Number) v).doubleValue();
      }
      throw new IllegalArgumentException(param + " value " + v + " is not true, false, 1 or 0");
    }
    if ("-inf".equals(v) && param.equals("volume")) return Double.NEGATIVE_INFINITY;
    if (!(v instanceof Number)) {
      throw new IllegalArgumentException(
          param + " value " + v + " is not a number" + (param.equals("volume") ? " of dB" : ""));
    }
    return ((Number) v).doubleValue();
  }

  private static double number(Map<?, ?> m, String field) {
    Object v = m.get(field);
    if (!(v instanceof Number)) {
      throw new IllegalArgumentException(field + " " + v + " is not a number");
    }
    return ((Number) v).doubleValue();
  }

  private static int whole(Map<?, ?> m, String field) {
    Object v = m.get(field);
    if (!(v instanceof Number)
        || ((Number) v).doubleValue() != Math.rint(((Number) v).doubleValue())
        || ((Number) v).doubleValue() < 1) {
      throw new IllegalArgumentException(field + " " + v + " is not a whole number from 1");
    }
    return ((Number) v).intValue();
  }

  private static String text(Map<?, ?> m, String field) {
    Object v = m.get(field);
    if (!(v instanceof String) || ((String) v).trim().isEmpty()) {
      throw new IllegalArgumentException(field + " needs a name, got " + v);
    }
    return (String) v;
  }

  // ---- Live's volume fader ----

  /**
   * Live's track volume parameter runs 0..1 with 0 dB at 0.85 and +6 dB at 1.0; between, Live's curve is close
   * to 40 dB per unit (0.025 per dB) down to about -30 dB, then falls steeply to -inf at 0. This mapping is that
   * approximation (Ableton documents no formula); the device reads the exact dB back from Live
   * ({@code DeviceParameter.str_for_value}), so what it reports is Live's own figure.
   */
  static double volumeValue(double db) {
    if (db == Double.NEGATIVE_INFINITY) return 0;
    return Math.max(0, Math.min(1, 0.85 + 0.025 * db));
  }
}
