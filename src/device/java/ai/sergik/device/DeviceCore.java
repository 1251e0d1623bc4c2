package ai.sergik.device;

import ai.sergik.music.Note;
import java.util.List;

/**
 * Everything the SERGIK device does, behind narrow interfaces ({@link Outlets}, {@link Console},
 * {@link Clock.Factory}, {@link MainThread}) so that it runs the same in Max and in tests. Each message
 * handler validates its input completely before it changes anything; bad input throws
 * {@link IllegalArgumentException} with one line for the Max console (the mxj object catches it).
 *
 * <p>The jobs: {@link Parameters} (menus and dials), {@link HeldNotes} (the notes and what makes them),
 * {@link Playback} (Live's tempo and transport, the loop, MIDI through), {@link ToSidecar} and
 * {@link FromSidecar} (the sidecar, out and in), {@link ClipActions} and {@link Suggestions} (clips in Live, through
 * the one {@link LiveCalls} conversation), {@link Display} (what the producer sees). This class makes them and
 * runs the device's life: load, close.
 *
 * <p>Used on Max's threads only, under the one lock {@link SergikDevice} holds for every entry; work from the OSC
 * thread arrives through {@link MainThread}, which takes that lock too.
 */
final class DeviceCore {
  private final Display display;
  private final LiveCalls live;
  private final LiveController controller;
  private final SidecarBridge bridge;
  private final Playback playback;
  private final Parameters parameters;
  private final HeldNotes held;
  private final ToSidecar sidecar;
  private final ClipActions clips;
  private final Suggestions suggestions;
  /** Reads scheduler time; its task is never due. */
  private final Clock time;

  DeviceCore(Outlets out, Console console, Clock.Factory clocks, MainThread main) {
    this.display = new Display(out, console);
    this.time = clocks.create(() -> {});
    this.live = new LiveCalls(out, clocks);
    this.controller = new LiveController(live);
    this.bridge = new SidecarBridge(main, console, new FromSidecar(this, time));
    this.playback = new Playback(out, clocks, time, bridge);
    this.parameters = new Parameters(playback);
    this.held = new HeldNotes(parameters, playback, display);
    this.sidecar = new ToSidecar(bridge, out, display, playback);
    this.clips = new ClipActions(held, parameters, display, live, bridge);
    this.suggestions = new Suggestions(display, playback, live, controller, bridge, clips, clocks);
  }

  /** live.thisdevice has finished loading: take over the MIDI path, keep the device id, show the state. */
  void init() {
    playback.closeBypass();
    sidecar.loaded();
    Settings s = parameters.settings();
    display.status(
        held.summary().isEmpty()
            ? "ready: " + s.style + " in " + s.key + ", " + s.bars + " bars"
            : held.summary());
  }

  /** The box was deleted: stop sounding notes, stop the OSC thread, close the socket, free the clocks. */
  void close() {
    display.close();
    sidecar.close();
    playback.release();
    live.release();
    suggestions.release();
    time.release();
  }

  /** Connects to the sidecar (replacing an earlier connection); see {@link ToSidecar#connect}. */
  void connect(SidecarLink.Settings s) {
    sidecar.connect(s);
  }

  Parameters parameters() {
    return parameters;
  }

  HeldNotes held() {
    return held;
  }

  Playback playback() {
    return playback;
  }

  ToSidecar sidecar() {
    return sidecar;
  }

  LiveCalls live() {
    return live;
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
    return bridge;
  }

  Display display() {
    return display;
  }

  // ---- what tests in this package look at ----

  Settings settings() {
    return parameters.settings();
  }

  List<Note> notes() {
    return held.notes();
  }

  double lengthBeats() {
    return held.lengthBeats();
  }

  boolean playing() {
    return playback.playing();
  }

  boolean sidecarConnected() {
    return sidecar.connected();
  }

  boolean oscThreadAlive() {
    return bridge.threadAlive();
  }
}
