package ai.sergik.device;

import ai.sergik.generate.Generation;
import ai.sergik.generate.GenerationRequest;
import ai.sergik.generate.Generators;
import ai.sergik.generate.Part;
import ai.sergik.humanize.Humanizer;
import ai.sergik.music.JsonReader;
import ai.sergik.music.Key;
import ai.sergik.music.Note;
import ai.sergik.music.NoteJson;
import ai.sergik.osc.OscProtocol;
import ai.sergik.transform.NoteTransform;
import ai.sergik.transform.TransformSettings;
import ai.sergik.transform.Transformed;
import ai.sergik.transform.Transforms;
import com.cycling74.max.Atom;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everything the SERGIK device does, behind narrow interfaces ({@link Outlets}, {@link Console},
 * {@link Clock.Factory}, {@link MainThread}) so that it runs the same in Max and in tests. Each message
 * handler validates its input completely before it changes anything; bad input throws
 * {@link IllegalArgumentException} with one line for the Max console (the mxj object catches it).
 *
 * <p>Used on Max's threads only; work from the OSC thread arrives through {@link MainThread}.
 */
final class DeviceCore {
  /** The key menu: Camelot codes in wheel order, as the patcher's live.menu lists them. */
  static final List<String> KEYS;

  static {
    List<String> keys = new ArrayList<String>();
    for (int i = 1; i <= 12; i++) {
      keys.add(i + "A");
      keys.add(i + "B");
    }
    KEYS = Collections.unmodifiableList(keys);
  }

  /** The part menu, in the patcher's order; {@code melody} is accepted by name as well (Part.parse reads every part). */
  static final List<String> PARTS = Collections.unmodifiableList(Arrays.asList("chords", "bass", "arp", "drums"));


  private final Outlets out;
  private final Console console;
  private final MainThread main;
  private final BeatClock beats = new BeatClock();
  private final Player player;
  private final LiveHumanizer through;
  private final MidiParser midiIn;
  private final ClipWriter clipWriter;
  /** Reads scheduler time; never set. */
  private final Clock time;
  private Settings settings = Settings.defaults();
  private List<Note> notes = Collections.emptyList();
  private double lengthBeats;
  private String summary = "";
  private final DeviceIdentity identity = new DeviceIdentity();
  private String trackName = "";
  private boolean initialized;
  /** The patcher's gate lets MIDI around the mxj (for when Java is missing) until the device runs. */
  private boolean bypassClosed;
  /** Max's transport ticks arrive (Live is playing); they, not the late position reports, place the beat. */
  private boolean ticking;
  private SidecarLink link;
  /** Counts connections, so that what an earlier (stopped) link hands over is recognised and dropped. */
  private volatile int linkGeneration;
  /** Links stopped but maybe not ended yet; see {@link #takeStopped()}. */
  private final List<SidecarLink> stopped = new ArrayList<SidecarLink>();
  private SidecarLink.Settings linkSettings;
  private boolean closed;

  DeviceCore(Outlets out, Console console, Clock.Factory clocks, MainThread main) {
    this.out = out;
    this.console = console;
    this.main = main;
    this.clipWriter = new ClipWriter(out, clocks);
    this.time = clocks.create(new Runnable() {
      @Override
      public void run() {}
    });
    Player.Midi midi = new Player.Midi() {
      @Override
      public void noteOn(int pitch, int velocity) {
        DeviceCore.this.out.list(DevicePorts.OUT_MIDI, new int[] {0x90, pitch, velocity});
      }

      @Override
      public void noteOff(int pitch) {
        DeviceCore.this.out.list(DevicePorts.OUT_MIDI, new int[] {0x80, pitch, 0});
      }
    };
    this.player = new Player(clocks, midi, beats.tempo());
    this.through = new LiveHumanizer(clocks, beats, new LiveHumanizer.Sink() {
      @Override
      public void send(int[] bytes) {
        DeviceCore.this.out.list(DevicePorts.OUT_MIDI, bytes);
      }
    });
    this.midiIn = new MidiParser(new MidiParser.Handler() {
      @Override
      public void message(int[] bytes) {
        through.midi(bytes);
      }
    });
    configureThrough();
  }

  // ---- generation ----

  void generate(Atom[] args) {
    Part part = settings.part;
    if (args.length > 0) {
      part = Part.parse(Args.choice("generate", args, PARTS));
    }
    Generation g = Generators.generate(settings.request(part, beats.tempo()));
    take(g.notes(), g.lengthBeats(), g.summary());
  }

  void humanize() {
    if (notes.isEmpty()) {
      throw new IllegalArgumentException("humanize: nothing to humanize yet; send generate first");
    }
    List<Note> humanized = Humanizer.humanize(notes, settings.humanize(beats.tempo()));
    take(humanized, lengthBeats, summary.endsWith(" · humanized") ? summary : summary + " · humanized");
  }

  /**
   * {@code transform <name> [setting value ...]}: one clip transform ({@link Transforms}) over the current
   * notes, seeded by the Seed parameter; {@code write} then puts the result into the clip.
   */
  void transform(Atom[] args) {
    if (args.length == 0) {
      throw new IllegalArgumentException("transform needs a name: " + Args.join(Transforms.names()));
    }
    String name = args[0].isInt() ? Args.choice("transform", new Atom[] {args[0]}, Transforms.names()) : args[0].toString();
    if ((args.length - 1) % 2 != 0) {
      throw new IllegalArgumentException("transform " + name + " settings come in pairs (name value), got "
          + Args.describe(java.util.Arrays.copyOfRange(args, 1, args.length)));
    }
    String[] pairs = new String[args.length - 1];
    for (int i = 1; i < args.length; i++) pairs[i - 1] = args[i].toString();
    TransformSettings transformSettings = TransformSettings.pairs(pairs);
    NoteTransform transform = Transforms.named(name);
    if (notes.isEmpty()) {
      throw new IllegalArgumentException("transform: nothing to transform yet; send generate first");
    }
    Transformed made = transform.apply(notes, transformSettings, settings.seed);
    double length = lengthBeats;
    for (Note n : made.notes()) length = Math.max(length, Math.ceil(n.end() / 4 - 1e-9) * 4);
    take(made.notes(), length, made.summary());
  }

  private void take(List<Note> newNotes, double length, String newSummary) {
    this.notes = Collections.unmodifiableList(new ArrayList<Note>(newNotes));
    this.lengthBeats = length;
    this.summary = newSummary;
    status(newSummary);
    if (player.playing()) {
      player.replace(notes, lengthBeats);
    }
  }

  List<Note> notes() {
    return notes;
  }

  double lengthBeats() {
    return lengthBeats;
  }

  // ---- parameters ----

  void part(Atom[] args) {
    Part p = Part.parse(Args.choice("part", args, PARTS));
    settings = settings.withPart(p);
  }

  void key(Atom[] args) {
    String text = Args.choice("key", args, KEYS);
    Key key = Key.parse(text);
    Settings candidate = settings.withKey(key.code());
    candidate.request(candidate.part, beats.tempo());
    settings = candidate;
  }

  void style(Atom[] args) {
    String text = Args.choice("style", args, Generators.styles(Part.CHORDS));
    GenerationRequest checked = settings.withStyle(text).request(Part.CHORDS, beats.tempo());
    settings = settings.withStyle(checked.style());
  }

  void progression(Atom[] args) {
    String text = Args.text("progression", args, "i-VI-III-VII");
    String joined = text.trim().replaceAll("\\s+", "-");
    Settings candidate = settings.withProgression(joined);
    candidate.request(Part.CHORDS, beats.tempo()).effectiveProgression();
    settings = candidate;
  }

  void voicing(Atom[] args) {
    String text = Args.choice("voicing", args, Generators.voicings());
    GenerationRequest checked = settings.withVoicing(text).request(Part.CHORDS, beats.tempo());
    settings = settings.withVoicing(checked.voicing());
  }

  void bars(Atom[] args) {
    settings = settings.withBars(Args.wholeNumber("bars", args, Settings.MIN_BARS, Settings.MAX_BARS));
  }

  void seed(Atom[] args) {
    settings = settings.withSeed(Args.wholeNumber("seed", args, 0, Integer.MAX_VALUE));
  }

  void density(Atom[] args) {
    settings = settings.withDensity(Args.number("density", args, 0, 100, " %"));
  }

  void swing(Atom[] args) {
    Settings candidate = settings.withSwing(Args.number("swing", args, 50, 75, " %"));
    candidate.humanize(beats.tempo());
    settings = candidate;
    configureThrough();
  }

  void grid(Atom[] args) {
    int grid = Args.wholeNumber("grid", args, 8, 16);
    if (grid != 8 && grid != 16) {
      throw new IllegalArgumentException("grid needs 8 (swing on 8th notes) or 16 (16th notes), got " + grid);
    }
    settings = settings.withSwingGrid(grid);
    configureThrough();
  }

  void timing(Atom[] args) {
    settings = settings.withTiming(Args.number("timing", args, 0, 100, " ms"));
    configureThrough();
  }

  void velocity(Atom[] args) {
    double v = Args.number("velocity", args, 0, 64, "");
    settings = settings.withVelocity((int) Math.round(v));
    configureThrough();
  }

  void drift(Atom[] args) {
    settings = settings.withDrift(Args.number("drift", args, 0, 100, " ms"));
  }

  Settings settings() {
    return settings;
  }

  // ---- Live: clip, transport, tempo ----

  void write() {
    write(false, null);
  }

  /**
   * Writes the notes into the highlighted clip slot, or on this device's track in that slot's scene; a push
   * ({@code pushId} not null) is answered when the write is over.
   */
  private void write(boolean onOwnTrack, final String pushId) {
    if (notes.isEmpty()) {
      throw new IllegalArgumentException("write: nothing to write yet; send generate first");
    }
    final List<Note> written = notes;
    status("writing " + notes.size() + " notes into the selected clip slot...");
    clipWriter.write(written, lengthBeats, onOwnTrack, new ClipWriter.Result() {
      @Override
      public void written(int count, double length, boolean newClip) {
        status("wrote " + count + " notes, " + formatBeats(length) + " beats" + (newClip ? " into a new clip" : ""));
        confirmPush(pushId, count, null);
      }

      @Override
      public void failed(String reason) {
        if (closed) {
          return;
        }
        console.error("sergik: write failed: " + reason);
        status("write failed: " + reason);
        confirmPush(pushId, 0, reason);
      }
    });
  }

  /** {@code id N} from the live.path the device steers (the clip slot or clip of a write). */
  void target(Atom[] args) {
    clipWriter.target(args);
  }

  /** An answer of the live.object ({@code has_clip 1}, {@code add_new_notes …}). */
  void answer(Atom[] args) {
    clipWriter.answer(args);
  }

  void play() {
    if (notes.isEmpty()) {
      throw new IllegalArgumentException("play: nothing to play yet; send generate first");
    }
    player.start(notes, lengthBeats);
    status((beats.running() ? "playing from the next bar: " : "armed, plays when Live's transport starts: ") + summary);
  }

  void stop() {
    boolean was = player.playing();
    player.stop();
    if (was) {
      status("stopped");
    }
  }

  void clear() {
    player.stop();
    notes = Collections.emptyList();
    lengthBeats = 0;
    summary = "";
    status("cleared");
  }

  boolean playing() {
    return player.playing();
  }

  int soundingNotes() {
    return player.soundingCount();
  }

  void tempo(Atom[] args) {
    double bpm = Args.number("tempo", args, 1, 999, " BPM");
    beats.tempo(bpm, nowMs());
    player.tempo(bpm);
    if (link != null) {
      link.tempo(bpm);
    }
  }

  void transport(Atom[] args) {
    boolean playing = Args.wholeNumber("transport", args, 0, 1) == 1;
    double now = nowMs();
    beats.transport(playing, now);
    if (!playing) {
      player.transportStopped();
    }
    if (link != null) {
      link.transport(playing, beats.beatAt(now));
    }
  }

  /** Live's song position as reported by live.observer (late by the time the report takes). */
  void beat(Atom[] args) {
    double beat = Args.number("beat", args, -1e9, 1e9, " beats");
    if (!beats.running() || !ticking) {
      beats.position(beat, nowMs());
    }
    if (link != null) {
      link.transport(beats.running(), beat);
    }
  }

  /** Max's transport position in ticks (480 a beat), sent on every 16th by the patcher's metro and when. */
  void tick(Atom[] args) {
    double ticks = Args.number("tick", args, -1e12, 1e12, " ticks");
    double beat = ticks / Player.TICKS_PER_BEAT;
    ticking = true;
    beats.position(beat, nowMs());
    player.tick(beat);
  }

  private double nowMs() {
    return time.now();
  }

  // ---- MIDI through ----

  void through(Atom[] args) {
    through.enabled(Args.wholeNumber("through", args, 0, 1) == 1);
  }

  void midiByte(int value) {
    closeBypass();
    midiIn.accept(value);
  }

  private void configureThrough() {
    through.configure(settings.timingMs, settings.velocity, settings.swing, settings.swingGrid == 8 ? 0.5 : 0.25,
        settings.seed);
  }

  // ---- sidecar ----

  /**
   * Connects to the sidecar (replacing an earlier connection). Sends nothing out of the outlets, since the
   * constructor calls it before Max has made them; the state shows on the next status change or bang.
   */
  void connect(SidecarLink.Settings s) {
    disconnect();
    linkSettings = s;
    final int generation = ++linkGeneration;
    try {
      link = new SidecarLink(s, new SidecarLink.Listener() {
        @Override
        public void status(final boolean connected, final String detail) {
          main.run(new Runnable() {
            @Override
            public void run() {
              if (current(generation)) {
                onStatus(connected, detail);
              }
            }
          });
        }

        @Override
        public void notes(final int request, final String json) {
          main.run(new Runnable() {
            @Override
            public void run() {
              if (current(generation)) {
                onNotes(request, json);
              }
            }
          });
        }

        @Override
        public void error(final int request, final String message) {
          main.run(new Runnable() {
            @Override
            public void run() {
              if (current(generation)) {
                onError(request, message);
              }
            }
          });
        }

        @Override
        public void result(final int request, final String json) {
          main.run(new Runnable() {
            @Override
            public void run() {
              if (current(generation)) {
                console.post("sergik: sidecar answered request " + request + ": " + json);
              }
            }
          });
        }
      });
      link.identity(identity.id(), trackName);
    } catch (IOException e) {
      link = null;
      console.error("sergik: cannot open the OSC port " + s.listenPort + ": " + e.getMessage());
    }
  }

  void sidecar(Atom[] args) {
    if (args.length == 1 && args[0].isString() && args[0].getString().equals("off")) {
      disconnect();
      out.message(DevicePorts.OUT_SIDECAR, "absent");
      status("sidecar off");
      return;
    }
    if (args.length != 2 || !args[0].isString() || !args[1].isInt() || args[1].getInt() < 1
        || args[1].getInt() > 65535) {
      throw new IllegalArgumentException("sidecar needs a host and a port, e.g. sidecar 127.0.0.1 9000 (or sidecar off), got "
          + Args.describe(args));
    }
    SidecarLink.Settings base = linkSettings != null ? linkSettings : SidecarLink.Settings.defaults();
    connect(base.withAddress(args[0].getString(), args[1].getInt()));
    out.message(DevicePorts.OUT_SIDECAR, "absent");
    status("looking for the sidecar at " + args[0].getString() + ":" + args[1].getInt());
  }

  void prompt(Atom[] args) {
    String words = Args.text("prompt", args, "8 bars of deep house chords in 10B");
    if (link == null || !link.connected()) {
      throw new IllegalArgumentException("prompt needs the sidecar, which is not connected"
          + (linkSettings == null ? "" : " at " + linkSettings.host + ":" + linkSettings.port)
          + "; start it with scripts/sergik serve, or use generate inside the device");
    }
    int request = link.generate("{\"prompt\":\"" + jsonEscape(words) + "\",\"tempo\":" + beats.tempo() + "}");
    status("asked the sidecar (request " + request + "): " + words);
  }

  boolean sidecarConnected() {
    return link != null && link.connected();
  }

  int sidecarPort() {
    return link == null ? -1 : link.localPort();
  }

  private void onStatus(boolean connected, String detail) {
    if (closed) {
      return;
    }
    out.message(DevicePorts.OUT_SIDECAR, connected ? "connected" : "absent");
    status(detail);
  }

  private void onError(int request, String message) {
    if (closed) {
      return;
    }
    console.error("sergik: sidecar" + (request == OscProtocol.PUSH_REQUEST ? "" : " request " + request) + ": " + message);
    status("sidecar error: " + message);
  }

  private void onNotes(int request, String json) {
    if (closed) {
      return;
    }
    List<Note> received;
    Map<?, ?> fields;
    try {
      Object root = JsonReader.parse(json);
      received = NoteJson.read(root);
      fields = root instanceof Map ? (Map<?, ?>) root : Collections.emptyMap();
    } catch (IllegalArgumentException e) {
      onError(request, "notes could not be read: " + e.getMessage());
      return;
    }
    double length = lengthOf(fields.get("length_beats"), received);
    take(received, length, "from sidecar: " + received.size() + " notes · " + formatBeats(length) + " beats");
    String pushId = request == OscProtocol.PUSH_REQUEST ? pushId(fields.get(OscProtocol.PUSH_ID_FIELD)) : null;
    Object play = fields.get("play");
    if (Boolean.TRUE.equals(play) || (play instanceof Number && ((Number) play).doubleValue() == 1)) {
      play();
      if (pushId != null && link != null) {
        link.action(OscProtocol.ACTION_NOTES_RECEIVED, "{\"" + OscProtocol.PUSH_ID_FIELD + "\":" + pushId
            + ",\"count\":" + received.size() + ",\"played\":true}");
      }
    } else {
      try {
        write(true, pushId);
      } catch (IllegalArgumentException e) {
        confirmPush(pushId, 0, e.getMessage());
        throw e;
      }
    }
  }

  /** Answers a push once its write is over: written, or not and why. */
  private void confirmPush(String pushId, int count, String error) {
    if (pushId == null || link == null) {
      return;
    }
    link.action(OscProtocol.ACTION_NOTES_RECEIVED, "{\"" + OscProtocol.PUSH_ID_FIELD + "\":" + pushId + ",\"count\":"
        + count + ",\"written\":" + (error == null) + (error == null ? "" : ",\"error\":\"" + jsonEscape(error) + "\"")
        + "}");
  }

  /** The push id as JSON, to be echoed in the confirmation: a string or a whole number, else null. */
  private static String pushId(Object id) {
    if (id instanceof String) {
      return "\"" + jsonEscape((String) id) + "\"";
    }
    if (id instanceof Long) {
      return id.toString();
    }
    return null;
  }

  private static double lengthOf(Object lengthBeats, List<Note> received) {
    if (lengthBeats instanceof Number && ((Number) lengthBeats).doubleValue() > 0) {
      return ((Number) lengthBeats).doubleValue();
    }
    double end = 0;
    for (Note n : received) {
      end = Math.max(end, n.end());
    }
    return Math.max(Player.BAR_BEATS, Math.ceil(end / Player.BAR_BEATS) * Player.BAR_BEATS);
  }

  /**
   * Whether a link's news still counts: it is the latest link and the device is open. Not "link != null": the
   * link's thread starts in its constructor and may hear the sidecar's ack before {@code link} is assigned, and
   * a connection reported only on change must not be lost then.
   */
  private boolean current(int generation) {
    return generation == linkGeneration && !closed;
  }

  /** Stops the link; its thread ends soon after ({@link #takeStopped()} gives it to wait for, outside the lock). */
  private void disconnect() {
    linkGeneration++;
    if (link != null) {
      link.stop();
      stopped.add(link);
      link = null;
    }
  }

  /** The links stopped since the last call, for the caller to wait on without holding the device's lock. */
  List<SidecarLink> takeStopped() {
    List<SidecarLink> out = new ArrayList<SidecarLink>(stopped);
    stopped.clear();
    return out;
  }

  // ---- lifecycle ----

  /** live.thisdevice has finished loading: take over the MIDI path, keep the device id, show the state. */
  void init() {
    initialized = true;
    closeBypass();
    if (identity.needsStore()) {
      out.list(DevicePorts.OUT_DEVICE_ID, new int[] {identity.number()});
      identity.markStored();
    }
    announce();
    out.message(DevicePorts.OUT_SIDECAR, sidecarConnected() ? "connected" : "absent");
    status(summary.isEmpty() ? "ready: " + settings.style + " in " + settings.key + ", " + settings.bars + " bars" : summary);
  }

  /** The stored device id ({@code deviceid n}) as the Live set gives it back. */
  void deviceid(Atom[] args) {
    int saved = Args.wholeNumber("deviceid", args, 0, DeviceIdentity.MAX);
    if (!identity.restore(saved) && initialized) {
      out.list(DevicePorts.OUT_DEVICE_ID, new int[] {identity.number()});
      identity.markStored();
    }
    announce();
  }

  /** The name of the track the device sits on ({@code trackname …}), observed from Live. */
  void trackname(Atom[] args) {
    String name = args.length == 0 ? "" : Atom.toOneString(args);
    if (!name.equals(trackName)) {
      trackName = name;
      announce();
    }
  }

  String deviceId() {
    return identity.id();
  }

  String trackName() {
    return trackName;
  }

  private void announce() {
    if (link != null) {
      link.identity(identity.id(), trackName);
    }
  }

  private void closeBypass() {
    if (!bypassClosed) {
      bypassClosed = true;
      out.list(DevicePorts.OUT_BYPASS, new int[] {0});
    }
  }

  /** The box was deleted: stop sounding notes, stop the OSC thread, close the socket, free the clocks. */
  void close() {
    closed = true;
    disconnect();
    player.release();
    through.release();
    clipWriter.release();
    time.release();
    identity.release();
  }

  boolean oscThreadAlive() {
    return link != null && link.threadAlive();
  }

  private void status(String text) {
    out.message(DevicePorts.OUT_STATUS, "set", text);
  }

  static String formatBeats(double beats) {
    return beats == Math.rint(beats) ? Long.toString((long) beats) : String.format(Locale.ROOT, "%.2f", beats);
  }

  static String jsonEscape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"': sb.append("\\\""); break;
        case '\\': sb.append("\\\\"); break;
        case '\n': sb.append("\\n"); break;
        case '\r': sb.append("\\r"); break;
        case '\t': sb.append("\\t"); break;
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
