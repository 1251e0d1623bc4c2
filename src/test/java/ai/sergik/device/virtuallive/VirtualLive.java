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

  // ---- undo ----

  private int undoDepth;
  private boolean stepDirty;
  private int undoSteps;

  /** Entries in Live's undo history made since the set was opened. */
  public int undoSteps() {
    return undoSteps;
  }

  /** An edit of the set: its own undo entry, or part of the open undo step. */
  void edited() {
    if (undoDepth > 0) {
      stepDirty = true;
    } else {
      undoSteps++;
    }
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
    private final List<Scene> sceneList = new ArrayList<>();
    public int signatureNumerator = 4;
    public int signatureDenominator = 4;
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
        case "tempo":
          return atoms(tempo);
        case "is_playing":
          return atoms(playing ? 1 : 0);
        case "current_song_time":
          return atoms(beatAt(StandIn.now()));
        case "tracks":
          return idsOf(tracks);
        case "view":
          return idOf(view);
        case "signature_numerator":
          return atoms(signatureNumerator);
        case "signature_denominator":
          return atoms(signatureDenominator);
        case "scenes":
          return idsOf(scenes());
        default:
          throw new LiveError("Song has no property " + p);
      }
    }

    @Override
    void set(String p, Atom[] v) {
      switch (p) {
        case "tempo":
          setTempo(v[0].toDouble());
          break;
        case "is_playing":
          if (v[0].toInt() != 0) startPlaying();
          else stopPlaying();
          break;
        default:
          super.set(p, v);
      }
    }

    @Override
    Atom[] call(String f, Atom[] args) {
      switch (f) {
        case "start_playing":
          startPlaying();
          return null;
        case "stop_playing":
          stopPlaying();
          return null;
        // Song.continue_playing: "From the current playback position."
        case "continue_playing":
          startPlaying();
          return null;
        // Live's Song.begin_undo_step / end_undo_step (Live's Python API, which the LOM passes
        // through):
        // everything changed between them is one entry in Live's undo history.
        case "begin_undo_step":
          undoDepth++;
          return null;
        case "end_undo_step":
          if (undoDepth > 0 && --undoDepth == 0 && stepDirty) {
            undoSteps++;
            stepDirty = false;
          }
          return null;
        default:
          return super.call(f, args);
      }
    }

    @Override
    LomObject child(String name) {
      return name.equals("view") ? view : null;
    }

    @Override
    LomObject child(String name, int i) {
      if (name.equals("scenes")) {
        List<Scene> all = scenes();
        return i >= 0 && i < all.size() ? all.get(i) : null;
      }
      return name.equals("tracks") && i >= 0 && i < tracks.size() ? tracks.get(i) : null;
    }

    /** Live keeps one scene per clip slot row; every track has a slot in each. */
    public List<Scene> scenes() {
      int rows = 0;
      for (Track t : tracks) {
        rows = Math.max(rows, t.slots.size());
      }
      while (sceneList.size() < rows) {
        sceneList.add(new Scene(sceneList.size()));
      }
      return sceneList;
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
      changed("selected_scene");
      changed("highlighted_clip_slot");
    }

    Scene selectedScene() {
      List<Scene> all = song.scenes();
      return selectedScene >= 0 && selectedScene < all.size() ? all.get(selectedScene) : null;
    }

    ClipSlot highlighted() {
      return selectedTrack == null || selectedScene >= selectedTrack.slots.size()
          ? null
          : selectedTrack.slots.get(selectedScene);
    }

    @Override
    Atom[] get(String p) {
      switch (p) {
        case "selected_track":
          return idOf(selectedTrack);
        case "highlighted_clip_slot":
          return idOf(highlighted());
        case "selected_scene":
          return idOf(selectedScene());
        default:
          throw new LiveError("Song.View has no property " + p);
      }
    }

    @Override
    LomObject child(String name) {
      switch (name) {
        case "selected_track":
          return selectedTrack;
        case "highlighted_clip_slot":
          return highlighted();
        case "selected_scene":
          return selectedScene();
        default:
          return null;
      }
    }
  }

  public final class Track extends LomObject {
    private String name;
    final boolean midi;
    public final List<ClipSlot> slots = new ArrayList<>();
    public final List<DeviceObject> devices = new ArrayList<>();
    public final MixerDevice mixer = new MixerDevice(this);
    /** Clips in the Arrangement View, by start time (Track.arrangement_clips, Live 11+). */
    public final List<Clip> arrangementClips = new ArrayList<>();

    public boolean mute;
    public boolean solo;
    public boolean arm;
    /** Track.playing_slot_index: the Session clip playing, -1 none. */
    public int playingSlot = -1;

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
        case "name":
          return atoms(name);
        case "has_midi_input":
          return atoms(midi ? 1 : 0);
        case "clip_slots":
          return idsOf(slots);
        case "devices":
          return idsOf(devices);
        case "mixer_device":
          return idOf(mixer);
        case "arrangement_clips":
          return idsOf(arrangementClips);
        case "mute":
          return atoms(mute);
        case "solo":
          return atoms(solo);
        // Track.arm: "Only available for tracks that can be armed" (can_be_armed).
        case "can_be_armed":
          return atoms(1);
        case "arm":
          return atoms(arm);
        case "playing_slot_index":
          return atoms(playingSlot);
        default:
          throw new LiveError("Track has no property " + p);
      }
    }

    @Override
    void set(String p, Atom[] v) {
      switch (p) {
        case "name":
          rename(Atom.toOneString(v));
          break;
        case "mute":
          mute = v[0].toInt() != 0;
          edited();
          changed("mute");
          break;
        case "solo":
          solo = v[0].toInt() != 0;
          edited();
          changed("solo");
          break;
        case "arm":
          arm = v[0].toInt() != 0;
          changed("arm");
          break;
        default:
          super.set(p, v);
      }
    }

    @Override
    Atom[] call(String f, Atom[] args) {
      switch (f) {
        case "create_midi_clip": {
          // Live 12.1 Track.create_midi_clip(start_time, length): "Creates an empty MIDI clip and
          // inserts it
          // into the arrangement at the specified time. Throws an error when called on non-MIDI
          // tracks or
          // frozen tracks." Returns the new clip.
          if (!midi) throw new LiveError("create_midi_clip: only MIDI tracks hold MIDI clips");
          if (args.length != 2 || args[1].toDouble() <= 0 || args[0].toDouble() < 0) {
            throw new LiveError("create_midi_clip: needs start_time >= 0 and length > 0 in beats");
          }
          Clip c = placeInArrangement(args[0].toDouble(), args[1].toDouble());
          return idOf(c);
        }
        case "duplicate_clip_to_arrangement": {
          // Track.duplicate_clip_to_arrangement(clip, destination_time): a copy of a Session clip
          // in the
          // arrangement; what it covers there is replaced. Returns the new clip.
          if (args.length != 3 || !"id".equals(args[0].toString())) {
            throw new LiveError(
                "duplicate_clip_to_arrangement: needs id <clip> and a time in beats");
          }
          LomObject o = byId(args[1].toInt());
          if (!(o instanceof Clip))
            throw new LiveError("duplicate_clip_to_arrangement: id " + args[1] + " is no clip");
          Clip source = (Clip) o;
          Clip c = placeInArrangement(args[2].toDouble(), source.length);
          c.name = source.name;
          for (ObjectNode n : source.notes()) c.add(n);
          return idOf(c);
        }
        default:
          return super.call(f, args);
      }
    }

    /** A new arrangement clip at {@code start}; clips it covers are cut back or removed, as Live does. */
    private Clip placeInArrangement(double start, double length) {
      double end = start + length;
      List<Clip> keep = new ArrayList<>();
      for (Clip c : arrangementClips) {
        if (c.startTime >= end || c.startTime + c.length <= start) {
          keep.add(c);
        } else if (c.startTime < start) {
          c.length = start - c.startTime;
          c.loopEnd = c.endMarker = c.length;
          keep.add(c);
        }
      }
      Clip c = new Clip(length);
      c.startTime = start;
      c.arrangementOf = this;
      keep.add(c);
      keep.sort((a, b) -> Double.compare(a.startTime, b.startTime));
      arrangementClips.clear();
      arrangementClips.addAll(keep);
      edited();
      return c;
    }

    @Override
    LomObject child(String n) {
      return n.equals("mixer_device") ? mixer : null;
    }

    @Override
    LomObject child(String n, int i) {
      if (n.equals("clip_slots") && i >= 0 && i < slots.size()) return slots.get(i);
      if (n.equals("devices") && i >= 0 && i < devices.size()) return devices.get(i);
      if (n.equals("arrangement_clips") && i >= 0 && i < arrangementClips.size())
        return arrangementClips.get(i);
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
        case "name":
          return atoms(name);
        case "canonical_parent":
          return idOf(track);
        default:
          throw new LiveError("Device has no property " + p);
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

    /**
     * ClipSlot.fire: launches the clip (and Live's transport with it); a slot without a clip stops the track's
     * clip, like its stop button.
     */
    void fire() {
      track.playingSlot = clip == null ? -1 : track.slots.indexOf(this);
      if (clip != null) {
        startPlaying();
      }
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
        case "has_clip":
          return atoms(clip == null ? 0 : 1);
        case "clip":
          return idOf(clip);
        default:
          throw new LiveError("ClipSlot has no property " + p);
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
            throw new LiveError(
                "create_clip: clips can only be created in clip slots of MIDI tracks");
          }
          if (args.length != 1 || args[0].isString() || args[0].toDouble() <= 0) {
            throw new LiveError("create_clip: needs a length > 0 in beats");
          }
          clip = new Clip(args[0].toDouble());
          edited();
          changed("has_clip");
          return null;
        case "delete_clip":
          clip = null;
          edited();
          changed("has_clip");
          return null;
        case "fire":
          fire();
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
    String name = "";
    int signatureNumerator = 4;
    int signatureDenominator = 4;
    /** For an arrangement clip: where it starts in the song (beats), and its track. */
    double startTime;

    Track arrangementOf;
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

    public String name() {
      return name;
    }

    public Clip named(String newName) {
      name = newName;
      return this;
    }

    public Clip signature(int numerator, int denominator) {
      signatureNumerator = numerator;
      signatureDenominator = denominator;
      return this;
    }

    public double startTime() {
      return startTime;
    }

    @Override
    String path() {
      if (arrangementOf != null) {
        return arrangementOf.path() + " arrangement_clips "
            + arrangementOf.arrangementClips.indexOf(this);
      }
      for (Track t : song.tracks) {
        for (ClipSlot slot : t.slots) {
          if (slot.clip == this) return slot.path() + " clip";
        }
      }
      return super.path();
    }

    /** The notes as Live keeps them (pitch, start_time, duration, velocity, mute, note_id …), by start. */
    public List<ObjectNode> notes() {
      List<ObjectNode> sorted = new ArrayList<>(notes);
      sorted.sort((a, b) -> {
        int c =
            Double.compare(a.get("start_time").asDouble(), b.get("start_time").asDouble());
        return c != 0
            ? c
            : Integer.compare(a.get("pitch").asInt(), b.get("pitch").asInt());
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
        case "length":
          return atoms(loopEnd - loopStart);
        case "loop_start":
          return atoms(loopStart);
        case "loop_end":
          return atoms(loopEnd);
        case "start_marker":
          return atoms(startMarker);
        case "end_marker":
          return atoms(endMarker);
        case "is_midi_clip":
          return atoms(1);
        case "looping":
          return atoms(1);
        case "name":
          return atoms(name);
        case "signature_numerator":
          return atoms(signatureNumerator);
        case "signature_denominator":
          return atoms(signatureDenominator);
        case "is_arrangement_clip":
          return atoms(arrangementOf != null);
        case "start_time":
          return atoms(startTime);
        case "end_time":
          return atoms(startTime + length);
        default:
          throw new LiveError("Clip has no property " + p);
      }
    }

    @Override
    void set(String p, Atom[] v) {
      if (p.equals("name")) {
        name = Atom.toOneString(v);
        edited();
        return;
      }
      double x = v[0].toDouble();
      edited();
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
          edited();
          return atoms(ids.toArray());
        }
        case "remove_notes_extended": {
          double[] r = range(f, args);
          notes.removeIf(n -> inRange(n, r));
          edited();
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
      return new double[] {
        args[0].toDouble(), args[1].toDouble(), args[2].toDouble(), args[3].toDouble()
      };
    }

    private boolean inRange(JsonNode n, double[] r) {
      int p = n.get("pitch").asInt();
      double t = n.get("start_time").asDouble();
      return p >= r[0] && p < r[0] + r[1] && t >= r[2] && t < r[2] + r[3];
    }
  }

  /** Track.mixer_device: the volume and panning DeviceParameters. */
  public final class MixerDevice extends LomObject {
    final Track track;
    public final DeviceParameter volume;
    public final DeviceParameter panning;

    MixerDevice(Track track) {
      super("MixerDevice");
      this.track = track;
      this.volume = new DeviceParameter("Track Volume", 0, 1, 0.85, true);
      this.panning = new DeviceParameter("Track Panning", -1, 1, 0, false);
    }

    @Override
    Atom[] get(String p) {
      switch (p) {
        case "volume":
          return idOf(volume);
        case "panning":
          return idOf(panning);
        default:
          throw new LiveError("MixerDevice has no property " + p);
      }
    }

    @Override
    LomObject child(String n) {
      switch (n) {
        case "volume":
          return volume;
        case "panning":
          return panning;
        default:
          return null;
      }
    }
  }

  /**
   * DeviceParameter: {@code value} within {@code min}..{@code max} (Live refuses a value outside), and
   * {@code str_for_value(value)}, the text Live shows for a value. For the track volume that is dB: Live's fader
   * has 0 dB at 0.85 and +6 dB at 1.0, about 0.025 per dB below, -inf at 0 (Live documents no formula; the
   * model uses this approximation).
   */
  public final class DeviceParameter extends LomObject {
    final String name;
    final double min;
    final double max;
    double value;
    final boolean decibels;

    DeviceParameter(String name, double min, double max, double value, boolean decibels) {
      super("DeviceParameter");
      this.name = name;
      this.min = min;
      this.max = max;
      this.value = value;
      this.decibels = decibels;
    }

    public double value() {
      return value;
    }

    public void value(double v) {
      value = v;
    }

    /** The dB Live shows for the volume now. */
    public double decibels() {
      return value <= 0 ? Double.NEGATIVE_INFINITY : Math.round((value - 0.85) / 0.025 * 10) / 10.0;
    }

    String display(double v) {
      if (decibels) {
        return v <= 0
            ? "-inf dB"
            : String.format(
                java.util.Locale.ROOT, "%.1f dB", Math.round((v - 0.85) / 0.025 * 10) / 10.0);
      }
      long pan = Math.round(v * 50);
      return pan == 0 ? "C" : Math.abs(pan) + (pan < 0 ? "L" : "R");
    }

    @Override
    Atom[] get(String p) {
      switch (p) {
        case "value":
          return atoms(value);
        case "min":
          return atoms(min);
        case "max":
          return atoms(max);
        case "name":
          return atoms(name);
        default:
          throw new LiveError("DeviceParameter has no property " + p);
      }
    }

    @Override
    void set(String p, Atom[] v) {
      if (!p.equals("value")) {
        super.set(p, v);
      }
      double x = v[0].toDouble();
      if (x < min || x > max) {
        throw new LiveError("value " + x + " out of range " + min + ".." + max + " for " + name);
      }
      value = x;
      edited();
      changed("value");
    }

    @Override
    Atom[] call(String f, Atom[] args) {
      if (f.equals("str_for_value")) {
        return atoms(display(args.length > 0 ? args[0].toDouble() : value));
      }
      return super.call(f, args);
    }
  }

  /** A scene: {@code live_set scenes n}; firing it launches the clip of every track in its row. */
  public final class Scene extends LomObject {
    final int row;
    public String name = "";

    Scene(int row) {
      super("Scene");
      this.row = row;
    }

    @Override
    String path() {
      return "live_set scenes " + row;
    }

    @Override
    Atom[] get(String p) {
      switch (p) {
        case "name":
          return atoms(name);
        case "is_empty": {
          for (Track t : song.tracks)
            if (row < t.slots.size() && t.slots.get(row).clip != null) return atoms(0);
          return atoms(1);
        }
        default:
          throw new LiveError("Scene has no property " + p);
      }
    }

    @Override
    Atom[] call(String f, Atom[] args) {
      if (f.equals("fire")) {
        for (Track t : song.tracks) {
          if (row < t.slots.size()) t.slots.get(row).fire();
        }
        return null;
      }
      return super.call(f, args);
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
    throw new LiveError(
        f + ": needs a dictionary (dictionary <name>), got " + Atom.toOneString(args));
  }

  private static boolean isInt(String s) {
    return s.matches("-?\\d+");
  }

  private static int parseInt(String s) {
    return isInt(s) ? Integer.parseInt(s) : -1;
  }
}
