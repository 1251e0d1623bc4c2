package ai.sergik.sidecar;

import ai.sergik.api.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A small Live set for {@link FakeDevice} to answer {@code /ableton/set} and {@code /ableton/read} from, in the shapes
 * and words the device uses (ai.sergik.device.LiveController): the new state as Live reports it ({@code tempo},
 * {@code is_playing}, a track's {@code volume_db}/{@code volume}/{@code pan}/{@code mute}/{@code solo}/{@code arm},
 * {@code fired}, {@code scene}/{@code scene_name}), or an error naming what exists.
 */
final class FakeLive {
  static final class Track {
    final String name;
    double volumeDb = 0;
    double pan = 0;
    boolean mute;
    boolean solo;
    boolean arm;
    final Map<Integer, ObjectNode> clips = new LinkedHashMap<>();
    Integer playing;

    Track(String name) {
      this.name = name;
    }

    ObjectNode state() {
      ObjectNode s = Json.MAPPER.createObjectNode();
      s.put("track", name);
      s.put("volume_db", volumeDb);
      s.put("volume", Math.pow(10, volumeDb / 20) * 0.85);
      s.put("pan", pan);
      s.put("mute", mute);
      s.put("solo", solo);
      s.put("arm", arm);
      return s;
    }
  }

  /** Why the device refuses a request; its message is what goes into {@code /sergik/error}. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  final int scenes;
  double tempo = 120;
  String transport = "stopped";
  final List<Track> tracks = new ArrayList<>();
  /** The highlighted clip slot (track, 1-based slot), as Live's view says. */
  String highlightedTrack;

  int highlightedSlot = 1;
  final List<String> fired = new ArrayList<>();
  final List<JsonNode> sets = new ArrayList<>();
  final List<JsonNode> written = new ArrayList<>();

  FakeLive(int scenes, String... trackNames) {
    this.scenes = scenes;
    for (String n : trackNames) {
      tracks.add(new Track(n));
    }
    highlightedTrack = trackNames.length > 0 ? trackNames[0] : null;
  }

  /** Drums, Bass and Keys in 8 scenes, with four bars of chords (Am, F, C, G, a bar each) in the Keys track's slot 1. */
  static FakeLive withChordsOnKeys() throws Refused {
    FakeLive live = new FakeLive(8, "Drums", "Bass", "Keys");
    int[][] chords = {{57, 60, 64}, {53, 57, 60}, {48, 52, 55}, {55, 59, 62}};
    double[][] notes = new double[12][];
    for (int bar = 0; bar < 4; bar++) {
      for (int i = 0; i < 3; i++) {
        notes[bar * 3 + i] = new double[] {chords[bar][i], bar * 4, 4};
      }
    }
    live.clip("Keys", 1, "Chords A", 16, notes);
    live.highlightedTrack = "Keys";
    return live;
  }

  synchronized Track track(String name) throws Refused {
    for (Track t : tracks) {
      if (t.name.equalsIgnoreCase(name.strip())) {
        return t;
      }
    }
    throw new Refused("no track '" + name + "'; tracks: "
        + tracks.stream().map(t -> t.name).collect(Collectors.joining(", ")));
  }

  /** Puts a clip of {@code notes} (pitch, start, duration in beats) into a slot. */
  synchronized void clip(String track, int slot, String name, double length, double[][] notes)
      throws Refused {
    ObjectNode clip = Json.MAPPER.createObjectNode();
    clip.put("clip", name);
    clip.put("length", length);
    ArrayNode list = clip.putArray("notes");
    for (double[] n : notes) {
      ObjectNode note = list.addObject();
      note.put("pitch", (int) n[0]);
      note.put("start", n[1]);
      note.put("duration", n[2]);
      note.put("velocity", 100);
    }
    track(track).clips.put(slot, clip);
  }

  synchronized JsonNode set(JsonNode change) throws Refused {
    sets.add(change);
    if (change.has("tempo")) {
      double bpm = change.get("tempo").asDouble();
      if (bpm < 20 || bpm > 999) {
        throw new Refused("tempo " + bpm + " outside 20..999");
      }
      tempo = bpm;
      ObjectNode s = Json.MAPPER.createObjectNode();
      s.put("tempo", tempo);
      return s;
    }
    if (change.has("transport")) {
      transport = switch (change.get("transport").asText()) {
        case "play", "continue" -> "playing";
        default -> "stopped";
      };
      ObjectNode s = Json.MAPPER.createObjectNode();
      s.put("is_playing", transport.equals("playing"));
      return s;
    }
    if (change.has("fire")) {
      Track t = track(change.get("fire").get("track").asText());
      int slot = change.get("fire").get("slot").asInt();
      if (slot < 1 || slot > scenes) {
        throw new Refused(
            "slot " + slot + " out of range 1.." + scenes + " on track '" + t.name + "'");
      }
      fired.add(t.name + " " + slot);
      t.playing = slot;
      ObjectNode s = Json.MAPPER.createObjectNode();
      ObjectNode f = s.putObject("fired");
      f.put("track", t.name);
      f.put("slot", slot);
      f.put("has_clip", t.clips.containsKey(slot));
      return s;
    }
    if (change.has("scene")) {
      int scene = change.get("scene").asInt();
      if (scene < 1 || scene > scenes) {
        throw new Refused("scene " + scene + " out of range 1.." + scenes);
      }
      fired.add("scene " + scene);
      ObjectNode s = Json.MAPPER.createObjectNode();
      s.put("scene", scene);
      s.put("scene_name", "Scene " + scene);
      return s;
    }
    Track t = track(change.get("track").asText());
    JsonNode v = change.get("value");
    switch (change.get("param").asText()) {
      case "volume" ->
        t.volumeDb =
            change.has("delta_db") ? t.volumeDb + change.get("delta_db").asDouble() : v.asDouble();
      case "pan" -> t.pan = v.asDouble();
      case "mute" -> t.mute = v.asBoolean();
      case "solo" -> t.solo = v.asBoolean();
      case "arm" -> t.arm = v.asBoolean();
      default -> throw new Refused("unknown param " + change.get("param"));
    }
    return t.state();
  }

  synchronized JsonNode read(JsonNode what) throws Refused {
    Track t;
    int slot;
    if (what.has("clip")) {
      t = track(highlightedTrack);
      slot = highlightedSlot;
    } else {
      t = track(what.get("track").asText());
      slot = what.has("slot")
          ? slot(what.get("slot").asInt(), t)
          : t.playing != null
              ? t.playing
              : t.clips.keySet().stream().findFirst().orElse(highlightedSlot);
    }
    ObjectNode clip = t.clips.get(slot);
    if (clip == null) {
      throw new Refused("slot " + slot + " on track '" + t.name + "' has no clip");
    }
    ObjectNode out = Json.MAPPER.createObjectNode();
    out.put("track", t.name);
    out.put("slot", slot);
    out.put("clip", clip.get("clip").asText());
    out.put("length", clip.get("length").asDouble());
    out.put("loop_start", 0.0);
    out.put("loop_end", clip.get("length").asDouble());
    out.put("signature", "4/4");
    out.set("notes", clip.get("notes"));
    return out;
  }

  /** A pushed notes payload, written where it says (its track, its slot or the highlighted one). */
  synchronized void write(JsonNode payload) {
    written.add(payload);
  }

  private int slot(int slot, Track t) throws Refused {
    if (slot < 1 || slot > scenes) {
      throw new Refused(
          "slot " + slot + " out of range 1.." + scenes + " on track '" + t.name + "'");
    }
    return slot;
  }
}
