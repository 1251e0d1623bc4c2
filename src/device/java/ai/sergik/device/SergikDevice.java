package ai.sergik.device;

import ai.sergik.osc.OscProtocol;
import com.cycling74.max.Atom;
import com.cycling74.max.MaxClock;
import com.cycling74.max.MaxObject;
import com.cycling74.max.MaxSystem;

/**
 * The SERGIK Max for Live device: {@code mxj ai.sergik.device.SergikDevice [sidecar-port [device-port]]}
 * (or {@code off} to start without the sidecar).
 *
 * <p>Inlet 0 takes the messages (generate, humanize, write, play, stop, clear, prompt, sidecar, the
 * parameters, and tempo/transport/beat/tick/trackname/deviceid and live.object/live.path answers from the patcher); inlet 1 takes MIDI bytes
 * from {@code midiin}. Outlets: MIDI bytes, {@code live.object}, {@code live.path}, the notes {@code dict},
 * the status line, and the sidecar state; see {@link DevicePorts}. The parameters are also attributes, so
 * {@code @key 10B} works in the box and {@code get key} answers.
 *
 * <p>Nothing escapes into Max: bad input posts one line to the Max console and leaves the state unchanged,
 * and an unexpected failure posts one line naming the message. The logic lives in {@link DeviceCore}; this
 * class only adapts Max's API to it.
 */
public final class SergikDevice extends MaxObject {
  /** Inlets Max creates for this class (read by the patcher check without loading the class). */
  public static final int INLETS = 2;
  /** Outlets Max creates for this class: no info outlet. */
  public static final int OUTLETS = 11;

  /**
   * The one lock of the device's state. Max calls in on its main thread (clicks, Live's answers, work handed
   * over from the OSC thread) and its scheduler thread (MIDI in, transport ticks, clocks); each entry holds
   * this lock, so the core is never used by two threads at once.
   */
  private final Object lock = new Object();

  private final DeviceCore core;

  public SergikDevice(Atom[] args) {
    declareIO(INLETS, OUTLETS);
    createInfoOutlet(false);
    setInletAssist(DevicePorts.INLET_ASSIST);
    setOutletAssist(DevicePorts.OUTLET_ASSIST);
    String[] attributes = {
      "part",
      "key",
      "style",
      "progression",
      "voicing",
      "bars",
      "seed",
      "density",
      "swing",
      "timing",
      "velocity",
      "drift"
    };
    for (String name : attributes) {
      declareAttribute(name, name + "Value", name);
    }
    core = new DeviceCore(new MaxOutlets(), new MaxConsole(), new MaxClocks(), new MaxMainThread());
    try {
      SidecarLink.Settings link = linkSettings(args);
      if (link != null) {
        core.connect(link);
      }
    } catch (IllegalArgumentException e) {
      error("sergik: " + e.getMessage());
    }
  }

  private static SidecarLink.Settings linkSettings(Atom[] args) {
    SidecarLink.Settings d = SidecarLink.Settings.defaults();
    if (args.length == 1 && args[0].isString() && args[0].getString().equals("off")) {
      return null;
    }
    int sidecarPort = d.port;
    int devicePort = d.listenPort;
    if (args.length >= 1) {
      if (!args[0].isInt()) {
        throw new IllegalArgumentException(
            "box arguments are [sidecar-port [device-port]] or off, got "
                + Args.describe(args)
                + "; the sidecar link stays off until you send sidecar HOST PORT (default port "
                + OscProtocol.DEFAULT_SIDECAR_PORT + ")");
      }
      sidecarPort = args[0].getInt();
    }
    if (args.length >= 2 && args[1].isInt()) {
      devicePort = args[1].getInt();
    }
    return new SidecarLink.Settings(
        d.host, sidecarPort, devicePort, d.heartbeatMs, d.streamIntervalMs, d.requestTimeoutMs);
  }

  // ---- Max's inbound methods ----

  @Override
  public void bang() {
    guard("bang", core::init);
  }

  @Override
  public void inlet(int value) {
    if (getInlet() == DevicePorts.IN_MIDI) {
      guard("midi", () -> core.playback().midiByte(value));
    } else {
      error(
          "sergik: a number in the left inlet means nothing; send a message such as bars " + value);
    }
  }

  @Override
  public void inlet(float value) {
    error(
        "sergik: a number in the left inlet means nothing; send a message such as swing " + value);
  }

  @Override
  public void list(Atom[] args) {
    if (getInlet() == DevicePorts.IN_MIDI) {
      guard("midi", () -> {
        for (Atom a : args) {
          core.playback().midiByte(a.toInt());
        }
      });
    } else {
      error(
          "sergik: a list in the left inlet means nothing; start it with a message name such as progression");
    }
  }

  @Override
  public void anything(String message, Atom[] args) {
    error(
        "sergik: unknown message \"" + message
            + "\"; the device understands generate, humanize, write, play, "
            + "stop, clear, prompt, sidecar, part, key, style, progression, voicing, bars, seed, density, swing, grid, "
            + "timing, velocity, drift, through, tempo, transport, beat, tick, trackname, deviceid, target, answer");
  }

  @Override
  public void notifyDeleted() {
    guard("delete", core::close);
    awaitStoppedLinks();
  }

  // ---- actions ----

  public void generate(Atom[] args) {
    guard("generate", () -> core.held().generate(args));
  }

  public void humanize() {
    guard("humanize", () -> core.held().humanize());
  }

  public void transform(Atom[] args) {
    guard("transform", () -> core.held().transform(args));
  }

  public void write() {
    guard("write", () -> core.clips().write());
  }

  public void transformpick(Atom[] args) {
    guard("transformpick", () -> core.clips().transformPick(args));
  }

  public void apply() {
    guard("apply", () -> core.clips().apply());
  }

  public void fit() {
    guard("fit", () -> core.clips().fit());
  }

  public void arrangementbar(Atom[] args) {
    guard("arrangementbar", () -> core.clips().arrangementBar(args));
  }

  public void arrange() {
    guard("arrange", () -> core.clips().toArrangement());
  }

  public void arrangeclip() {
    guard("arrangeclip", () -> core.clips().clipToArrangement());
  }

  public void suggest() {
    guard("suggest", () -> core.suggestions().suggest(true));
  }

  public void suggestion(Atom[] args) {
    guard("suggestion", () -> core.suggestions().suggestion(args));
  }

  public void highlighted(Atom[] args) {
    guard("highlighted", () -> core.suggestions().highlightedChanged());
  }

  public void play() {
    guard("play", () -> core.held().play());
  }

  public void stop() {
    guard("stop", () -> core.held().stop());
  }

  public void clear() {
    guard("clear", () -> core.held().clear());
  }

  public void prompt(Atom[] args) {
    guard("prompt", () -> core.sidecar().prompt(args));
  }

  public void sidecar(Atom[] args) {
    guard("sidecar", () -> core.sidecar().sidecar(args));
    awaitStoppedLinks();
  }

  /** Waits for the OSC threads of closed links to end, without the lock their last hand-over may need. */
  private void awaitStoppedLinks() {
    java.util.List<SidecarLink> stopped;
    synchronized (lock) {
      stopped = core.sidecar().takeStopped();
    }
    for (SidecarLink l : stopped) {
      l.awaitStopped();
    }
  }

  public void through(Atom[] args) {
    guard("through", () -> core.playback().through(args));
  }

  public void grid(Atom[] args) {
    guard("grid", () -> core.parameters().grid(args));
  }

  // ---- from Live (observers in the patcher) ----

  public void tempo(Atom[] args) {
    guard("tempo", () -> core.playback().tempo(args));
  }

  public void transport(Atom[] args) {
    guard("transport", () -> core.playback().transport(args));
  }

  public void beat(Atom[] args) {
    guard("beat", () -> core.playback().beat(args));
  }

  public void tick(Atom[] args) {
    guard("tick", () -> core.playback().tick(args));
  }

  public void trackname(Atom[] args) {
    guard("trackname", () -> core.sidecar().trackname(args));
  }

  public void deviceid(Atom[] args) {
    guard("deviceid", () -> core.sidecar().deviceid(args));
  }

  public void target(Atom[] args) {
    guard("target", () -> core.live().target(args));
  }

  public void answer(Atom[] args) {
    guard("answer", () -> core.live().answer(args));
  }

  // ---- parameters (message setters of the attributes) ----

  public void part(Atom[] args) {
    guard("part", () -> core.parameters().part(args));
  }

  public void key(Atom[] args) {
    guard("key", () -> core.parameters().key(args));
  }

  public void style(Atom[] args) {
    guard("style", () -> core.parameters().style(args));
  }

  public void progression(Atom[] args) {
    guard("progression", () -> core.parameters().progression(args));
  }

  public void voicing(Atom[] args) {
    guard("voicing", () -> core.parameters().voicing(args));
  }

  public void bars(Atom[] args) {
    guard("bars", () -> core.parameters().bars(args));
  }

  public void seed(Atom[] args) {
    guard("seed", () -> core.parameters().seed(args));
  }

  public void density(Atom[] args) {
    guard("density", () -> core.parameters().density(args));
  }

  public void swing(Atom[] args) {
    guard("swing", () -> core.parameters().swing(args));
  }

  public void timing(Atom[] args) {
    guard("timing", () -> core.parameters().timing(args));
  }

  public void velocity(Atom[] args) {
    guard("velocity", () -> core.parameters().velocity(args));
  }

  public void drift(Atom[] args) {
    guard("drift", () -> core.parameters().drift(args));
  }

  // ---- attribute getters (mxj's "get <attribute>"): the settings as the core holds them ----

  public String partValue() {
    return settings().part.id();
  }

  public String keyValue() {
    return settings().key;
  }

  public String styleValue() {
    return settings().style;
  }

  public String progressionValue() {
    return settings().progression;
  }

  public String voicingValue() {
    return settings().voicing;
  }

  public int barsValue() {
    return settings().bars;
  }

  public int seedValue() {
    return (int) settings().seed;
  }

  public float densityValue() {
    return (float) settings().density;
  }

  public float swingValue() {
    return (float) settings().swing;
  }

  public float timingValue() {
    return (float) settings().timingMs;
  }

  public int velocityValue() {
    return settings().velocity;
  }

  public float driftValue() {
    return (float) settings().drift;
  }

  private Settings settings() {
    synchronized (lock) {
      return core.settings();
    }
  }

  /** The core behind this object, for tests in this package. */
  DeviceCore core() {
    return core;
  }

  /** Runs a handler under the lock so that nothing escapes into Max: bad input is one console line, anything else too. */
  private void guard(String message, Runnable handler) {
    synchronized (lock) {
      guardUnlocked(message, handler);
    }
  }

  private static void guardUnlocked(String message, Runnable handler) {
    try {
      handler.run();
    } catch (IllegalArgumentException e) {
      error("sergik: " + e.getMessage());
    } catch (RuntimeException e) {
      error("sergik: " + message + " failed: " + e);
    } catch (LinkageError e) {
      error("sergik: " + message + " failed, the device jar is incomplete: " + e);
    }
  }

  // ---- adapters from the narrow interfaces to Max ----

  private final class MaxOutlets implements Outlets {
    @Override
    public void message(int index, String selector, Object... args) {
      Atom[] atoms = new Atom[args.length];
      for (int i = 0; i < args.length; i++) {
        Object a = args[i];
        if (a instanceof Integer) {
          atoms[i] = Atom.newAtom(((Integer) a).intValue());
        } else if (a instanceof Number) {
          atoms[i] = Atom.newAtom(((Number) a).doubleValue());
        } else {
          atoms[i] = Atom.newAtom(String.valueOf(a));
        }
      }
      outlet(index, selector, atoms);
    }

    @Override
    public void list(int index, int[] values) {
      outlet(index, values);
    }
  }

  private static final class MaxConsole implements Console {
    @Override
    public void post(String line) {
      MaxObject.post(line);
    }

    @Override
    public void error(String line) {
      MaxObject.error(line);
    }
  }

  private final class MaxClocks implements Clock.Factory {
    @Override
    public Clock create(final Runnable task) {
      final MaxClock clock = new MaxClock(() -> guard("scheduled work", task));
      return new Clock() {
        @Override
        public double now() {
          return MaxClock.getTime();
        }

        @Override
        public void delay(double ms) {
          clock.delay(ms);
        }

        @Override
        public void unset() {
          clock.unset();
        }

        @Override
        public void release() {
          clock.release();
        }
      };
    }
  }

  private final class MaxMainThread implements MainThread {
    @Override
    public void run(final Runnable task) {
      MaxSystem.deferLow(() -> guard("sidecar message", task));
    }
  }
}
