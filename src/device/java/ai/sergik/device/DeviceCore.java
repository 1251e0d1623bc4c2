package ai.sergik.device;

import ai.sergik.generate.Generation;
import ai.sergik.generate.GenerationRequest;
import ai.sergik.generate.Generators;
import ai.sergik.generate.Part;
import ai.sergik.humanize.Humanizer;
import ai.sergik.music.Key;
import ai.sergik.music.Note;
import ai.sergik.osc.OscProtocol;
import ai.sergik.transform.NoteTransform;
import ai.sergik.transform.TransformSettings;
import ai.sergik.transform.Transformed;
import ai.sergik.transform.Transforms;
import com.cycling74.max.Atom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

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
  static final List<String> PARTS =
      Collections.unmodifiableList(Arrays.asList("chords", "bass", "arp", "drums"));

  /** Controls from the sidecar ({@code /ableton/set}, {@code /ableton/read}) the device takes a second, and in a burst. */
  static final double CONTROLS_PER_SECOND = 20;

  static final double CONTROL_BURST = 40;

  private final Outlets out;
  private final Console console;
  private final MainThread main;
  private final BeatClock beats = new BeatClock();
  private final Player player;
  private final LiveHumanizer through;
  private final MidiParser midiIn;
  private final LiveCalls live;
  private final LiveController controller;
  private final SidecarBridge sidecar;
  private final ClipActions clips;
  private final Suggestions suggestions;
  private final TokenBucket controls = new TokenBucket(CONTROLS_PER_SECOND, CONTROL_BURST);
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

  private boolean closed;

  DeviceCore(Outlets out, Console console, Clock.Factory clocks, MainThread main) {
    this.out = out;
    this.console = console;
    this.main = main;
    this.live = new LiveCalls(out, clocks);
    this.controller = new LiveController(live);
    this.sidecar = new SidecarBridge(main, console, new FromSidecar(this));
    this.clips = new ClipActions(this, live, sidecar);
    this.suggestions = new Suggestions(this, live, controller, sidecar, clips, clocks);
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
    take(
        humanized,
        lengthBeats,
        summary.endsWith(" · humanized") ? summary : summary + " · humanized");
  }

  /**
   * {@code transform <name> [setting value ...]}: one clip transform ({@link Transforms}) over the current
   * notes, seeded by the Seed parameter; {@code write} then puts the result into the clip.
   */
  void transform(Atom[] args) {
    if (args.length == 0) {
      throw new IllegalArgumentException(
          "transform needs a name: " + Args.join(Transforms.names()));
    }
    String name = args[0].isInt()
        ? Args.choice("transform", new Atom[] {args[0]}, Transforms.names())
        : args[0].toString();
    if ((args.length - 1) % 2 != 0) {
      throw new IllegalArgumentException(
          "transform " + name + " settings come in pairs (name value), got "
              + Args.describe(java.util.Arrays.copyOfRange(args, 1, args.length)));
    }
    String[] pairs = new String[args.length - 1];
    for (int i = 1; i < args.length; i++) pairs[i - 1] = args[i].toString();
    TransformSettings transformSettings = TransformSettings.pairs(pairs);
    NoteTransform transform = Transforms.named(name);
    if (notes.isEmpty()) {
      throw new IllegalArgumentException(
          "transform: nothing to transform yet; send generate first");
    }
    Transformed made = transform.apply(notes, transformSettings, settings.seed);
    double length = lengthBeats;
    for (Note n : made.notes()) length = Math.max(length, Math.ceil(n.end() / 4 - 1e-9) * 4);
    take(made.notes(), length, made.summary());
  }

  void take(List<Note> newNotes, double length, String newSummary) {
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
    settings = settings.with(Settings.PART, p);
  }

  void key(Atom[] args) {
    String text = Args.choice("key", args, KEYS);
    Key key = Key.parse(text);
    Settings candidate = settings.with(Settings.KEY, key.code());
    candidate.request(candidate.part, beats.tempo());
    settings = candidate;
  }

  void style(Atom[] args) {
    String text = Args.choice("style", args, Generators.styles(Part.CHORDS));
    GenerationRequest checked =
        settings.with(Settings.STYLE, text).request(Part.CHORDS, beats.tempo());
    settings = settings.with(Settings.STYLE, checked.style().id());
  }

  void progression(Atom[] args) {
    String text = Args.text("progression", args, "i-VI-III-VII");
    String joined = text.trim().replaceAll("\\s+", "-");
    Settings candidate = settings.with(Settings.PROGRESSION, joined);
    candidate.request(Part.CHORDS, beats.tempo()).effectiveProgression();
    settings = candidate;
  }

  void voicing(Atom[] args) {
    String text = Args.choice("voicing", args, Generators.voicings());
    GenerationRequest checked =
        settings.with(Settings.VOICING, text).request(Part.CHORDS, beats.tempo());
    settings = settings.with(Settings.VOICING, checked.chords().voicing().id());
  }

  void bars(Atom[] args) {
    settings = settings.with(
        Settings.BARS, Args.wholeNumber("bars", args, Settings.MIN_BARS, Settings.MAX_BARS));
  }

  void seed(Atom[] args) {
    settings =
        settings.with(Settings.SEED, (long) Args.wholeNumber("seed", args, 0, Integer.MAX_VALUE));
  }

  void density(Atom[] args) {
    settings = settings.with(Settings.DENSITY, Args.number("density", args, 0, 100, " %"));
  }

  void swing(Atom[] args) {
    Settings candidate = settings.with(Settings.SWING, Args.number("swing", args, 50, 75, " %"));
    candidate.humanize(beats.tempo());
    settings = candidate;
    configureThrough();
  }

  void grid(Atom[] args) {
    int grid = Args.wholeNumber("grid", args, 8, 16);
    if (grid != 8 && grid != 16) {
      throw new IllegalArgumentException(
          "grid needs 8 (swing on 8th notes) or 16 (16th notes), got " + grid);
    }
    settings = settings.with(Settings.SWING_GRID, grid);
    configureThrough();
  }

  void timing(Atom[] args) {
    settings = settings.with(Settings.TIMING_MS, Args.number("timing", args, 0, 100, " ms"));
    configureThrough();
  }

  void velocity(Atom[] args) {
    double v = Args.number("velocity", args, 0, 64, "");
    settings = settings.with(Settings.VELOCITY, (int) Math.round(v));
    configureThrough();
  }

  void drift(Atom[] args) {
    settings = settings.with(Settings.DRIFT, Args.number("drift", args, 0, 100, " ms"));
  }

  Settings settings() {
    return settings;
  }

  // ---- Live: clips (through the one conversation with Live) ----

  void write() {
    clips.write();
  }

  /** {@code id N} from the live.path the device steers. */
  void target(Atom[] args) {
    live.target(args);
  }

  /** An answer of the live.object ({@code has_clip 1}, {@code add_new_notes …}). */
  void answer(Atom[] args) {
    live.answer(args);
  }

  void transformPick(Atom[] args) {
    clips.transformPick(args);
  }

  void apply() {
    clips.apply();
  }

  void fit() {
    clips.fit();
  }

  void arrangementBar(Atom[] args) {
    clips.arrangementBar(args);
  }

  void toArrangement() {
    clips.toArrangement();
  }

  void clipToArrangement() {
    clips.clipToArrangement();
  }

  void suggest() {
    suggestions.suggest(true);
  }

  void suggestion(Atom[] args) {
    suggestions.suggestion(args);
  }

  /** {@code highlighted id N}: Live's highlighted clip slot changed (observed). */
  void highlighted(Atom[] args) {
    suggestions.highlightedChanged();
  }

  void play() {
    if (notes.isEmpty()) {
      throw new IllegalArgumentException("play: nothing to play yet; send generate first");
    }
    player.start(notes, lengthBeats);
    status((beats.running()
            ? "playing from the next bar: "
            : "armed, plays when Live's transport starts: ")
        + summary);
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
    if (sidecar.link() != null) {
      sidecar.link().tempo(bpm);
    }
  }

  void transport(Atom[] args) {
    boolean playing = Args.wholeNumber("transport", args, 0, 1) == 1;
    double now = nowMs();
    beats.transport(playing, now);
    if (!playing) {
      player.transportStopped();
    }
    if (sidecar.link() != null) {
      sidecar.link().transport(playing, beats.beatAt(now));
    }
  }

  /** Live's song position as reported by live.observer (late by the time the report takes). */
  void beat(Atom[] args) {
    double beat = Args.number("beat", args, -1e9, 1e9, " beats");
    if (!beats.running() || !ticking) {
      beats.position(beat, nowMs());
    }
    if (sidecar.link() != null) {
      sidecar.link().transport(beats.running(), beat);
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
    through.configure(
        settings.timingMs,
        settings.velocity,
        settings.swing,
        settings.swingGrid == 8 ? 0.5 : 0.25,
        settings.seed);
  }

  // ---- sidecar ----

  /**
   * Connects to the sidecar (replacing an earlier connection). Sends nothing out of the outlets, since the
   * constructor calls it before Max has made them; the state shows on the next status change or bang.
   */
  void connect(SidecarLink.Settings s) {
    sidecar.connect(s, identity.id(), trackName);
  }

  void sidecar(Atom[] args) {
    if (args.length == 1 && args[0].isString() && args[0].getString().equals("off")) {
      sidecar.disconnect();
      out.message(DevicePorts.OUT_SIDECAR, "absent");
      status("sidecar off");
      return;
    }
    if (args.length != 2
        || !args[0].isString()
        || !args[1].isInt()
        || args[1].getInt() < 1
        || args[1].getInt() > 65535) {
      throw new IllegalArgumentException(
          "sidecar needs a host and a port, e.g. sidecar 127.0.0.1 9000 (or sidecar off), got "
              + Args.describe(args));
    }
    SidecarLink.Settings base =
        sidecar.settings() != null ? sidecar.settings() : SidecarLink.Settings.defaults();
    connect(base.withAddress(args[0].getString(), args[1].getInt()));
    out.message(DevicePorts.OUT_SIDECAR, "absent");
    status("looking for the sidecar at " + args[0].getString() + ":" + args[1].getInt());
  }

  void prompt(Atom[] args) {
    String words = Args.text("prompt", args, "8 bars of deep house chords in 10B");
    SidecarLink link = sidecar.link();
    if (link == null || !link.connected()) {
      SidecarLink.Settings where = sidecar.settings();
      throw new IllegalArgumentException("prompt needs the sidecar, which is not connected"
          + (where == null ? "" : " at " + where.host + ":" + where.port)
          + "; start it with scripts/sergik serve, or use generate inside the device");
    }
    int request = link.generate(
        "{\"prompt\":\"" + Json.escape(words) + "\",\"tempo\":" + beats.tempo() + "}");
    status("asked the sidecar (request " + request + "): " + words);
  }

  boolean sidecarConnected() {
    return sidecar.connected();
  }

  int sidecarPort() {
    return sidecar.localPort();
  }

  /** The links stopped since the last call, for the caller to wait on without holding the device's lock. */
  List<SidecarLink> takeStopped() {
    return sidecar.takeStopped();
  }

  ClipActions clips() {
    return clips;
  }

  Suggestions suggestions() {
    return suggestions;
  }

  LiveController controller() {
    return controller;
  }

  SidecarBridge bridge() {
    return sidecar;
  }

  /** Takes one control from the sidecar out of the rate limit; false when it is spent. */
  boolean controlAllowed() {
    return controls.take(nowMs());
  }

  void sidecarState(boolean connected) {
    out.message(DevicePorts.OUT_SIDECAR, connected ? "connected" : "absent");
  }

  void post(String line) {
    console.post(line);
  }

  void sidecarError(int request, String message) {
    console.error("sergik: sidecar"
        + (request == OscProtocol.PUSH_REQUEST ? "" : " request " + request) + ": " + message);
    status("sidecar error: " + message);
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
    status(
        summary.isEmpty()
            ? "ready: " + settings.style + " in " + settings.key + ", " + settings.bars + " bars"
            : summary);
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
    if (sidecar.link() != null) {
      sidecar.link().identity(identity.id(), trackName);
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
    sidecar.close();
    player.release();
    through.release();
    live.release();
    suggestions.release();
    time.release();
    identity.release();
  }

  boolean oscThreadAlive() {
    return sidecar.threadAlive();
  }

  void status(String text) {
    out.message(DevicePorts.OUT_STATUS, "set", text);
  }

  /** Something the producer asked for failed: one console line and the status line say why. */
  void fail(String text) {
    if (closed) {
      return;
    }
    console.error("sergik: " + text);
    status(text);
  }

  /** One of the suggestion lines of the status area (0-based). */
  void suggestionLine(int line, String text) {
    out.message(DevicePorts.OUT_SUGGESTION + line, "set", text);
  }

  /** Live's tempo as last reported. */
  double tempo() {
    return beats.tempo();
  }

  static String formatBeats(double beats) {
    return beats == Math.rint(beats)
        ? Long.toString((long) beats)
        : String.format(Locale.ROOT, "%.2f", beats);
  }
}
