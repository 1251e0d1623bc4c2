package ai.sergik.device.virtuallive;

import com.cycling74.max.Atom;
import com.cycling74.max.MaxClock;
import com.cycling74.max.StandIn;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * An executable model of Live behind {@code live.path}, {@code live.object} and {@code live.observer}: the Live
 * Object Model (objects with ids, addressed by paths, with properties, children and functions, get / set /
 * call / observe), the song and its transport, tracks, clip slots and MIDI clips with the Live 11+ notes API.
 *
 * <p>Sources for the behaviour: the Live Object Model reference
 * (https://docs.cycling74.com/apiref/lom/ — Song, Song.View, Track, ClipSlot, Clip) and the Live API overview
 * (https://docs.cycling74.com/max8/vignettes/live_api_overview: paths, ids, "id 0" for nothing). Errors are
 * raised as Live raises them: a function called where Live refuses it (create_clip on a slot that has a clip)
 * prints an error in the Max console and answers nothing.
 *
 * <p>Time is the Max API stand-in's virtual scheduler ({@link StandIn#now()}): the transport's song position is
 * a function of it, and observer notifications (tempo, is_playing, current_song_time, names …) reach Max
 * {@link #reportLatencyMs} late at most (uniform jitter, in order), as the Live API's reports reach Max on its
 * main thread. Max's own transport ({@link #addGridListener}) follows the song position exactly, in the
 * scheduler, as Live drives it.
 */
public final class VirtualLive {
  static final ObjectMapper JSON = new ObjectMapper();

  /** An error Live gives for a get/set/call it refuses. */
  public static final class LiveError extends RuntimeException {
    LiveError(String message) {
      super(message);
    }
  }

  /** One object of the model. */
  public abstract class LomObject {
    final int id;
    final String type;
    private final Map<String, List<Consumer<Atom[]>>> observers = new HashMap<>();

    LomObject(String type) {
      this.id = nextId++;
      this.type = type;
      objects.put(id, this);
    }

    public int id() {
      return id;
    }

    /** A property's value, or a child's {@code id n}, or a list child's {@code id a id b …}. */
    abstract Atom[] get(String property);

    void set(String property, Atom[] value) {
      throw new LiveError("property " + property + " of " + type + " cannot be set");
    }

    /** A function's result, null for none. */
    Atom[] call(String function, Atom[] args) {
      throw new LiveError(type + " has no function " + function);
    }

    /** The canonical path of the object ({@code getpath}). */
    String path() {
      throw new LiveError(type + " has no canonical path here");
    }

    /** The object a child name leads to (null if none), for paths. */
    LomObject child(String name) {
      return null;
    }

    /** The object at index {@code i} of a list child (null if none), for paths. */
    LomObject child(String name, int i) {
      return null;
    }

    void observe(String property, Consumer<Atom[]> listener) {
      get(property);
      observers.computeIfAbsent(property, k -> new ArrayList<>()).add(listener);
    }

    void unobserve(Consumer<Atom[]> listener) {
      observers.values().forEach(l -> l.remove(listener));
    }

    /** Tells the observers of {@code property}, late by the report latency. */
    void changed(String property) {
      List<Consumer<Atom[]>> list = observers.get(property);
      if (list == null || list.isEmpty()) {
        return;
      }
      final Atom[] value = get(property);
      for (Consumer<Atom[]> l : new ArrayList<>(list)) {
        report(() -> l.accept(value));
      }
    }
  }

  // ---- the model ----

  private int nextId = 1;
  private final Map<Integer, LomObject> objects = new HashMap<>();
  public final Song song;
  private final Random jitter;
  private double reportLatencyMs;
  private double lastDelivery;
  /** Console lines of the Live API (errors of live.object calls). */
  final List<String> console = new ArrayList<>();

  public VirtualLive(long seed) {
    this.jitter = new Random(seed);
    this.song = new Song();
  }

  /** Each report from Live arrives up to {@code ms} late (uniformly), never overtaking an earlier one. */
  public VirtualLive reportLatency(double ms) {
    this.reportLatencyMs = ms;
    return this;
  }

  public List<String> console() {
    return Collections.unmodifiableList(console);
  }

  LomObject byId(int id) {
    return objects.get(id);
  }

  /** Resolves a path of the Live API; {@code thisDevice} is the device asking. Null when nothing is there. */
  LomObject resolve(List<String> path, LomObject thisDevice) {
    if (path.isEmpty()) {
      return null;
    }
    LomObject at;
    int i = 1;
    switch (path.get(0)) {
      case "live_set":
        at = song;
        break;
      case "this_device":
        at = thisDevice;
        break;
      case "id":
        at = path.size() > 1 ? byId(parseInt(path.get(1))) : null;
        i = 2;
        break;
      default:
        return null;
    }
    while (at != null && i < path.size()) {
      String name = path.get(i);
      if (i + 1 < path.size() && isInt(path.get(i + 1))) {
        at = at.child(name, Integer.parseInt(path.get(i + 1)));
        i += 2;
      } else {
        at = at.child(name);
        i++;
      }
    }
    return at;
  }

  private void report(Runnable r) {
    double now = StandIn.now();
    double at = now + (reportLatencyMs > 0 ? jitter.nextDouble() * reportLatencyMs : 0);
    at = Math.max(at, lastDelivery);
    lastDelivery = at;
    if (at <= now) {
      r.run();
      return;
    }
    new MaxClock(r::run).delay(at - now);
  }

  // ---- transport ----

  private double anchorMs;
  private double anchorBeat;
  private double tempo = 120;
  private boolean playing;
  private final List<Runnable> gridListeners = new ArrayList<>();
  private final MaxClock gridClock = new MaxClock(this::gridTick);
  private double nextGridBeat;
  /** Live notifies current_song_time observers about this often while playing. */
  static final double SONG_TIME_REPORT_MS = 50;
  private final MaxClock songTimeClock = new MaxClock(this::songTimeTick);

  /** Live's song position in beats at scheduler time {@code ms}. */
  public double beatAt(double ms) {
    return playing ? anchorBeat + (ms - anchorMs) * tempo / 60000.0 : anchorBeat;
  }

  /** Every change of tempo, position or play state: {anchor ms, anchor beat, tempo, playing}. */
  private final List<double[]> history = new ArrayList<>();

  private void remember() {
    history.add(new double[] {anchorMs, anchorBeat, tempo, playing ? 1 : 0});
  }

  /** Live's song position at a past scheduler time, through the tempo changes since. */
  public double beatAtHistory(double ms) {
    double[] seg = null;
    for (double[] h : history) {
      if (h[0] <= ms) {
        seg = h;
      }
    }
    if (seg == null) {
      return 0;
    }
    return seg[3] == 1 ? seg[1] + (ms - seg[0]) * seg[2] / 60000.0 : seg[1];
  }

  /** Scheduler time at which the running song reaches {@code beat} at the current tempo. */
  public double timeOf(double beat) {
    return anchorMs + (beat - anchorBeat) * 60000.0 / tempo;
  }

  public double tempo() {
    return tempo;
  }

  public boolean playing() {
    return playing;
  }

  public void setTempo(double bpm) {
    reanchor();
    tempo = bpm;
    remember();
    song.changed("tempo");
    scheduleGrid();
  }

  public void startPlaying() {
    if (playing) {
      return;
    }
    reanchor();
    playing = true;
    remember();
    song.changed("is_playing");
    scheduleGrid();
    songTimeClock.delay(0);
  }

  public void stopPlaying() {
    if (!playing) {
      return;
    }
    reanchor();
    playing = false;
    remember();
    song.changed("is_playing");
    gridClock.unset();
    songTimeClock.unset();
  }

  /** Moves the song position (a click in the timeline). */
  public void jumpTo(double beat) {
    anchorMs = StandIn.now();
    anchorBeat = beat;
    remember();
    song.changed("current_song_time");
    scheduleGrid();
  }

  /** Max's transport, which Live drives: called at every 16th of the song position while it runs. */
  void addGridListener(Runnable r) {
    gridListeners.add(r);
    scheduleGrid();
  }

  void removeGridListener(Runnable r) {
    gridListeners.remove(r);
  }

  private void reanchor() {
    double now = StandIn.now();
    anchorBeat = beatAt(now);
    anchorMs = now;
  }

  private static final double GRID = 0.25;

  private void scheduleGrid() {
    gridClock.unset();
    if (!playing || gridListeners.isEmpty()) {
      return;
    }
    double beat = beatAt(StandIn.now());
    nextGridBeat = Math.ceil(beat / GRID - 1e-9) * GRID;
    gridClock.delay(Math.max(0, timeOf(nextGridBeat) - StandIn.now()));
  }

  private void gridTick() {
    double fired = nextGridBeat;
    for (Runnable r : new ArrayList<>(gridListeners)) {
      r.run();
    }
    if (playing && nextGridBeat == fired) {
      nextGridBeat = fired + GRID;
      gridClock.delay(Math.max(0, timeOf(nextGridBeat) - StandIn.now()));
    }
  }

  private void songTimeTick() {
    if (!playing) {
      return;
    }
    song.changed("current_song_time");
    songTimeClock.delay(SONG_TIME_REPORT_MS);
  }

  // ---- objects ----

  static Atom[] atoms(Object... values) {
    Atom[] a = new Atom[values.length];
    for (int i = 0; i < values.length; i++) {
      Object v = values[i];
      if (v instanceof Integer) {
        a[i] = Atom.newAtom((Integer) v);
      } else if (v instanceof Boolean) {
        a[i] = Atom.newAtom(((Boolean) v) ? 1 : 0);
      } else if (v instanceof Number) {
        a[i] = Atom.newAtom(((Number) v).doubleValue());
      } else {
        a[i] = Atom.newAtom(String.valueOf(v));
      }
    }
    return a;
  }

  static Atom[] idOf(LomObject o) {
    return atoms("id", o == null ? 0 : o.id);
  }

  static Atom[] idsOf(List<? extends LomObject> list) {
    List<Object> out = new ArrayList<>();
    for (LomObject o : list) {
      out.add("id");
      out.add(o.id);
    }
    return atoms(out.toArray());
  }

  /** The song: {@code live_set}. */
  public final class Song extends LomObject {
    public final List<Track> tracks = new ArrayList<>();
    public final SongView view = new SongView();

    Song() {
      super("Song");
    }

    @Override
    String path() {
      return "live_set";
    }

    public Track addMidiTrack(String name, int slots) {
      Track t = new Track(name, true, slots);
      tracks.add(t);
      if (view.selectedTrack == null) {
        view.selectedTrack = t;
      }
      return t;
    }

    public Track addAudioTrack(String name, int slots) {
      Track t = new Track(name, false, slots);
      tracks.add(t);
      return t;
    }

    @Override
    Atom[] get(String p) {
      switch (p) {
        case "tempo": return atoms(tempo);
        case "is_playing": return atoms(playing ? 1 : 0);
        case "current_song_time": return atoms(beatAt(StandIn.now()));
        case "tracks": return idsOf(tracks);
        case "view": return idOf(view);
        default: throw new LiveError("Song has no property " + p);
      }
    }

    @Override
    void set(String p, Atom[] v) {
      switch (p) {
        case "tempo": setTempo(v[0].toDouble()); break;
        case "is_playing": if (v[0].toInt() != 0) startPlaying(); else stopPlaying(); break;
        default: super.set(p, v);
      }
    }

    @Override
    Atom[] call(String f, Atom[] args) {
      switch (f) {
        case "start_playing": startPlaying(); return null;
        case "stop_playing": stopPlaying(); return null;
        default: return super.call(f, args);
      }
    }

    @Override
    LomObject child(String name) {
      return name.equals("view") ? view : null;
    }

    @Override
    LomObject child(String name, int i) {
      return name.equals("tracks") && i >= 0 && i < tracks.size() ? tracks.get(i) : null;
    }
  }

  /** {@code live_set view}: what is selected. The highlighted clip slot is the selected track's slot in the selected scene. */
  public final class SongView extends LomObject {
    Track selectedTrack;
    int selectedScene;

    SongView() {
      super("Song.View");
    }

    /** The user clicks a clip slot in Session view. */
    public void select(Track track, int scene) {
      selectedTrack = track;
      selectedScene = scene;
      changed("selected_track");
      changed("highlighted_clip_slot");
    }

    ClipSlot highlighted() {
      return selectedTrack == null || selectedScene >= selectedTrack.slots.size() ? null
          : selectedTrack.slots.get(selectedScene);
    }

    @Override
    Atom[] get(String p) {
      switch (p) {
        case "selected_track": return idOf(selectedTrack);
        case "highlighted_clip_slot": return idOf(highlighted());
        default: throw new LiveError("Song.View has no property " + p);
      }
    }

    @Override
    LomObject child(String name) {
      switch (name) {
        case "selected_track": return selectedTrack;
        case "highlighted_clip_slot": return highlighted();
        default: return null;
      }
    }
  }

  public final class Track extends LomObject {
    private String name;
    final boolean midi;
    public final List<ClipSlot> slots = new ArrayList<>();
    public final List<DeviceObject> devices = new ArrayList<>();

    Track(String name, boolean midi, int slotCount) {
      super("Track");
      this.name = name;
      this.midi = midi;
      for (int i = 0; i < slotCount; i++) {
        slots.add(new ClipSlot(this));
      }
    }

    public String name() {
      return name;
    }

    @Override
    String path() {
      return "live_set tracks " + song.tracks.indexOf(this);
    }

    public void rename(String newName) {
      name = newName;
      changed("name");
    }

    public ClipSlot slot(int i) {
      return slots.get(i);
    }

    /** A Max device is dropped on the track: its {@code this_device}. */
    public DeviceObject addDevice(String deviceName) {
      DeviceObject d = new DeviceObject(this, deviceName);
      devices.add(d);
      return d;
    }

    @Override
    Atom[] get(String p) {
      switch (p) {
        case "name": return atoms(name);
        case "has_midi_input": return atoms(midi ? 1 : 0);
        case "clip_slots": return idsOf(slots);
        case "devices": return idsOf(devices);
        default: throw new LiveError("Track has no property " + p);
      }
    }

    @Override
    void set(String p, Atom[] v) {
      if (p.equals("name")) {
        rename(Atom.toOneString(v));
      } else {
        super.set(p, v);
      }
    }

    @Override
    LomObject child(String n, int i) {
      if (n.equals("clip_slots") && i >= 0 && i < slots.size()) return slots.get(i);
      if (n.equals("devices") && i >= 0 && i < devices.size()) return devices.get(i);
      return null;
    }
  }

  /** A Max device on a track: {@code this_device}. */
  public final class DeviceObject extends LomObject {
    final Track track;
    final String name;

    DeviceObject(Track track, String name) {
      super("Device");
      this.track = track;
      this.name = name;
    }

    @Override
    Atom[] get(String p) {
      switch (p) {
        case "name": return atoms(name);
        case "canonical_parent": return idOf(track);
        default: throw new LiveError("Device has no property " + p);
      }
    }

    @Override
    LomObject child(String n) {
      return n.equals("canonical_parent") ? track : null;
    }
  }

  public final class ClipSlot extends LomObject {
    final Track track;
    Clip clip;

    ClipSlot(Track track) {
      super("ClipSlot");
      this.track = track;
    }

    public Clip clip() {
      return clip;
    }

    @Override
    String path() {
      return track.path() + " clip_slots " + track.slots.indexOf(this);
    }

    /** The user records or drops a clip into the slot. */
    public Clip putClip(double length, List<Map<String, Object>> notes) {
      clip = new Clip(length);
      for (Map<String, Object> n : notes) {
        clip.add(n);
      }
      changed("has_clip");
      return clip;
    }

    @Override
    Atom[] get(String p) {
      switch (p) {
        case "has_clip": return atoms(clip == null ? 0 : 1);
        case "clip": return idOf(clip);
        default: throw new LiveError("ClipSlot has no property " + p);
      }
    }

    @Override
    Atom[] call(String f, Atom[] args) {
      switch (f) {
        case "create_clip":
          // LOM ClipSlot.create_clip(length): "Only works on MIDI tracks and empty clip slots".
          if (clip != null) {
            throw new LiveError("create_clip: the clip slot already has a clip");
          }
          if (!track.midi) {
            throw new LiveError("create_clip: clips can only be created in clip slots of MIDI tracks");
          }
          if (args.length != 1 || args[0].isString() || args[0].toDouble() <= 0) {
            throw new LiveError("create_clip: needs a length > 0 in beats");
          }
          clip = new Clip(args[0].toDouble());
          changed("has_clip");
          return null;
        case "delete_clip":
          clip = null;
          changed("has_clip");
          return null;
        default:
          return super.call(f, args);
      }
    }

    @Override
    LomObject child(String n) {
      return n.equals("clip") ? clip : null;
    }
  }

  /** A MIDI clip with the Live 11+ notes API. */
  public final class Clip extends LomObject {
    double length;
    double loopStart;
    double loopEnd;
    double startMarker;
    double endMarker;
    private int nextNoteId = 1;
    final List<ObjectNode> notes = new ArrayList<>();

    Clip(double length) {
      super("Clip");
      this.length = length;
      this.loopEnd = length;
      this.endMarker = length;
    }

    public double length() {
      return length;
    }

    public double loopEnd() {
      return loopEnd;
    }

    /** The notes as Live keeps them (pitch, start_time, duration, velocity, mute, note_id …), by start. */
    public List<ObjectNode> notes() {
      List<ObjectNode> sorted = new ArrayList<>(notes);
      sorted.sort((a, b) -> {
        int c = Double.compare(a.get("start_time").asDouble(), b.get("start_time").asDouble());
        return c != 0 ? c : Integer.compare(a.get("pitch").asInt(), b.get("pitch").asInt());
      });
      return sorted;
    }

    int add(Map<String, Object> n) {
      ObjectNode o = JSON.valueToTree(n);
      return add(o);
    }

    private int add(JsonNode n) {
      for (String f : new String[] {"pitch", "start_time", "duration"}) {
        if (!n.has(f)) {
          throw new LiveError("add_new_notes: a note has no " + f);
        }
      }
      int pitch = n.get("pitch").asInt();
      if (pitch < 0 || pitch > 127 || n.get("duration").asDouble() <= 0) {
        throw new LiveError("add_new_notes: invalid note " + n);
      }
      ObjectNode o = JSON.createObjectNode();
      int id = nextNoteId++;
      o.put("note_id", id);
      o.put("pitch", pitch);
      o.put("start_time", n.get("start_time").asDouble());
      o.put("duration", n.get("duration").asDouble());
      o.put("velocity", n.path("velocity").asDouble(100));
      o.put("mute", n.path("mute").asInt(0));
      o.put("probability", n.path("probability").asDouble(1));
      o.put("velocity_deviation", n.path("velocity_deviation").asDouble(0));
      o.put("release_velocity", n.path("release_velocity").asDouble(64));
      notes.add(o);
      return id;
    }

    @Override
    Atom[] get(String p) {
      switch (p) {
        case "length": return atoms(loopEnd - loopStart);
        case "loop_start": return atoms(loopStart);
        case "loop_end": return atoms(loopEnd);
        case "start_marker": return atoms(startMarker);
        case "end_marker": return atoms(endMarker);
        case "is_midi_clip": return atoms(1);
        case "looping": return atoms(1);
        default: throw new LiveError("Clip has no property " + p);
      }
    }

    @Override
    void set(String p, Atom[] v) {
      double x = v[0].toDouble();
      switch (p) {
        case "loop_start":
          if (x >= loopEnd) throw new LiveError("loop_start must be before loop_end");
          loopStart = x;
          break;
        case "loop_end":
          if (x <= loopStart) throw new LiveError("loop_end must be after loop_start");
          loopEnd = x;
          length = loopEnd - loopStart;
          break;
        case "start_marker":
          if (x >= endMarker) throw new LiveError("start_marker must be before end_marker");
          startMarker = x;
          break;
        case "end_marker":
          if (x <= startMarker) throw new LiveError("end_marker must be after start_marker");
          endMarker = x;
          break;
        default:
          super.set(p, v);
      }
    }

    @Override
    Atom[] call(String f, Atom[] args) {
      switch (f) {
        case "add_new_notes": {
          JsonNode dict = dictArgument(f, args);
          JsonNode list = dict.get("notes");
          if (list == null || !list.isArray()) {
            throw new LiveError("add_new_notes: the dictionary needs a \"notes\" list");
          }
          List<Object> ids = new ArrayList<>();
          for (JsonNode n : list) {
            ids.add(add(n));
          }
          return atoms(ids.toArray());
        }
        case "remove_notes_extended": {
          double[] r = range(f, args);
          notes.removeIf(n -> inRange(n, r));
          return null;
        }
        case "get_notes_extended": {
          double[] r = range(f, args);
          ObjectNode out = JSON.createObjectNode();
          ArrayNode list = out.putArray("notes");
          for (ObjectNode n : notes()) {
            if (inRange(n, r)) list.add(n.deepCopy());
          }
          return atoms(out.toString());
        }
        default:
          return super.call(f, args);
      }
    }

    private double[] range(String f, Atom[] args) {
      if (args.length != 4) {
        throw new LiveError(f + ": needs from_pitch pitch_span from_time time_span");
      }
      return new double[] {args[0].toDouble(), args[1].toDouble(), args[2].toDouble(), args[3].toDouble()};
    }

    private boolean inRange(JsonNode n, double[] r) {
      int p = n.get("pitch").asInt();
      double t = n.get("start_time").asDouble();
      return p >= r[0] && p < r[0] + r[1] && t >= r[2] && t < r[2] + r[3];
    }
  }

  /** Dictionaries by name, as Max keeps them (shared by every dict object and the Live API). */
  final Map<String, JsonNode> dictionaries = new LinkedHashMap<>();

  private JsonNode dictArgument(String f, Atom[] args) {
    if (args.length == 2 && args[0].toString().equals("dictionary")) {
      JsonNode d = dictionaries.get(args[1].toString());
      if (d == null) {
        throw new LiveError(f + ": no dictionary named " + args[1]);
      }
      return d;
    }
    throw new LiveError(f + ": needs a dictionary (dictionary <name>), got " + Atom.toOneString(args));
  }

  private static boolean isInt(String s) {
    return s.matches("-?\\d+");
  }

  private static int parseInt(String s) {
    return isInt(s) ? Integer.parseInt(s) : -1;
  }
}
