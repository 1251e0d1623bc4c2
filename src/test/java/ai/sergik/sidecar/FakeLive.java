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
 * A small Live set for {@link FakeDevice} to answer {@code /ableton/set} and {@code /ableton/read} from, the way the
 * protocol says the device does: the new state as Live would report it, or an error naming what exists.
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
    throw new Refused("no track '" + name + "'; tracks: " + tracks.stream().map(t -> t.name).collect(Collectors.joining(", ")));
  }

  /** Puts a clip of {@code notes} (pitch, start, duration in beats) into a slot. */
  synchronized void clip(String track, int slot, String name, double length, double[][] notes) throws Refused {
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
      s.put("transport", transport);
      return s;
    }
    if (change.has("fire")) {
      Track t = track(change.get("fire").get("track").asText());
      int slot = slot(change.get("fire").get("slot").asInt());
      fired.add(t.name + " " + slot);
      t.playing = slot;
      ObjectNode s = Json.MAPPER.createObjectNode();
      s.put("track", t.name);
      s.put("slot", slot);
      s.put("fired", true);
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
      s.put("fired", true);
      return s;
    }
    Track t = track(change.get("track").asText());
    JsonNode v = change.get("value");
    switch (change.get("param").asText()) {
      case "volume" -> t.volumeDb = change.has("delta_db") ? t.volumeDb + change.get("delta_db").asDouble() : v.asDouble();
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
      slot = what.has("slot") ? slot(what.get("slot").asInt())
          : t.playing != null ? t.playing : t.clips.keySet().stream().findFirst().orElse(highlightedSlot);
    }
    ObjectNode clip = t.clips.get(slot);
    if (clip == null) {
      throw new Refused("track '" + t.name + "' has no clip in slot " + slot);
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

  private int slot(int slot) throws Refused {
    if (slot < 1 || slot > scenes) {
      throw new Refused("slot " + slot + " out of range 1.." + scenes);
    }
    return slot;
  }
}
