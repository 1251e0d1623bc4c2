package ai.sergik.device.virtuallive;

import com.cycling74.max.Atom;
import com.cycling74.max.MaxClock;
import com.cycling74.max.StandIn;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * An executable model of Live behind {@code live.path}, {@code live.object} and {@code live.observer}: the Live
 * Object Model (objects with ids, addressed by paths, with properties, children and functions, get / set /
 * call / observe), the song and its transport, tracks, clip slots and MIDI clips with the Live 11+ notes API.
 * The objects are {@link Song}, {@link SongView}, {@link Scene}, {@link Track}, {@link DeviceObject},
 * {@link MixerDevice}, {@link DeviceParameter}, {@link ClipSlot} and {@link Clip}; the song position is the
 * {@link Transport}'s.
 *
 * <p>Sources for the behaviour: the Live Object Model reference
 * (https://docs.cycling74.com/apiref/lom/ — Song, Song.View, Track, ClipSlot, Clip) and the Live API overview
 * (https://docs.cycling74.com/max8/vignettes/live_api_overview: paths, ids, "id 0" for nothing). Errors are
 * raised as Live raises them: a function called where Live refuses it (create_clip on a slot that has a clip)
 * prints an error in the Max console and answers nothing.
 *
 * <p>Time is the Max API stand-in's virtual scheduler ({@link StandIn#now()}): the transport's song position is
 * a function of it, and observer notifications (tempo, is_playing, current_song_time, names …) reach Max
 * {@link #reportLatency} late at most (uniform jitter, in order), as the Live API's reports reach Max on its
 * main thread. Max's own transport ({@link #addGridListener}) follows the song position exactly, in the
 * scheduler, as Live drives it.
 */
public final class VirtualLive {
  static final ObjectMapper JSON = new ObjectMapper();

  private int nextId = 1;
  private final Map<Integer, LomObject> objects = new HashMap<>();
  private final Random jitter;
  private double reportLatencyMs;
  private double lastDelivery;
  /** Console lines of the Live API (errors of live.object calls). */
  final List<String> console = new ArrayList<>();

  /** Dictionaries by name, as Max keeps them (shared by every dict object and the Live API). */
  final Map<String, JsonNode> dictionaries = new LinkedHashMap<>();

  public final Song song;
  private final Transport transport;

  public VirtualLive(long seed) {
    this.jitter = new Random(seed);
    this.song = new Song(this);
    this.transport = new Transport(song);
  }

  /** Each report from Live arrives up to {@code ms} late (uniformly), never overtaking an earlier one. */
  public VirtualLive reportLatency(double ms) {
    this.reportLatencyMs = ms;
    return this;
  }

  public List<String> console() {
    return Collections.unmodifiableList(console);
  }

  /** A new object's id. */
  int register(LomObject o) {
    int id = nextId++;
    objects.put(id, o);
    return id;
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

  /** Runs {@code r} when Live's report of a change reaches Max. */
  void report(Runnable r) {
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

  /** The dictionary a notes function is given as {@code dictionary <name>}. */
  JsonNode dictArgument(String f, Atom[] args) {
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

  /** Live's Song.begin_undo_step: everything changed until the matching end is one entry. */
  void beginUndoStep() {
    undoDepth++;
  }

  void endUndoStep() {
    if (undoDepth > 0 && --undoDepth == 0 && stepDirty) {
      undoSteps++;
      stepDirty = false;
    }
  }

  // ---- transport ----

  /** Live's song position in beats at scheduler time {@code ms}. */
  public double beatAt(double ms) {
    return transport.beatAt(ms);
  }

  /** Live's song position at a past scheduler time, through the tempo changes since. */
  public double beatAtHistory(double ms) {
    return transport.beatAtHistory(ms);
  }

  /** Scheduler time at which the running song reaches {@code beat} at the current tempo. */
  public double timeOf(double beat) {
    return transport.timeOf(beat);
  }

  public double tempo() {
    return transport.tempo();
  }

  public boolean playing() {
    return transport.playing();
  }

  public void setTempo(double bpm) {
    transport.setTempo(bpm);
  }

  public void startPlaying() {
    transport.startPlaying();
  }

  public void stopPlaying() {
    transport.stopPlaying();
  }

  /** Moves the song position (a click in the timeline). */
  public void jumpTo(double beat) {
    transport.jumpTo(beat);
  }

  /** Max's transport, which Live drives: called at every 16th of the song position while it runs. */
  void addGridListener(Runnable r) {
    transport.addGridListener(r);
  }

  void removeGridListener(Runnable r) {
    transport.removeGridListener(r);
  }
}
