package ai.sergik.device;

import ai.sergik.music.Note;
import com.cycling74.max.Atom;
import java.util.List;

/**
 * The device in time with Live: follows Live's tempo and transport (and streams them to the sidecar), plays the
 * held notes as a loop locked to Max's transport ({@link Player}), and humanizes the MIDI passing through
 * ({@link LiveHumanizer}). Used under the device's lock only.
 */
final class Playback {
  private final Outlets out;
  private final SidecarBridge sidecar;
  private final BeatClock beats = new BeatClock();
  private final Player player;
  private final LiveHumanizer through;
  private final MidiParser midiIn;
  /** Scheduler time; its task is never due. */
  private final Clock time;

  /** The patcher's gate lets MIDI around the mxj (for when Java is missing) until the device runs. */
  private boolean bypassClosed;

  /** Max's transport ticks arrive (Live is playing); they, not the late position reports, place the beat. */
  private boolean ticking;

  Playback(Outlets out, Clock.Factory clocks, Clock time, SidecarBridge sidecar) {
    this.out = out;
    this.time = time;
    this.sidecar = sidecar;
    Player.Midi midi = new Player.Midi() {
      @Override
      public void noteOn(int pitch, int velocity) {
        sendMidi(new int[] {0x90, pitch, velocity});
      }

      @Override
      public void noteOff(int pitch) {
        sendMidi(new int[] {0x80, pitch, 0});
      }
    };
    this.player = new Player(clocks, midi, beats.tempo());
    this.through = new LiveHumanizer(clocks, beats, this::sendMidi);
    this.midiIn = new MidiParser(through::midi);
  }

  private void sendMidi(int[] bytes) {
    out.list(DevicePorts.OUT_MIDI, bytes);
  }

  // ---- Live's tempo and transport ----

  void tempo(Atom[] args) {
    double bpm = Args.number("tempo", args, 1, 999, " BPM");
    beats.tempo(bpm, time.now());
    player.tempo(bpm);
    if (sidecar.link() != null) {
      sidecar.link().tempo(bpm);
    }
  }

  void transport(Atom[] args) {
    boolean playing = Args.wholeNumber("transport", args, 0, 1) == 1;
    double now = time.now();
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
      beats.position(beat, time.now());
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
    beats.position(beat, time.now());
    player.tick(beat);
  }

  /** Live's tempo as last reported. */
  double tempo() {
    return beats.tempo();
  }

  /** Whether Live's transport runs. */
  boolean running() {
    return beats.running();
  }

  // ---- the held notes, looped ----

  /** Arms a loop of {@code notes}; it starts on the next bar line (with the transport, if Live is stopped). */
  void play(List<Note> notes, double lengthBeats) {
    player.start(notes, lengthBeats);
  }

  /** New notes for the loop, if one plays. */
  void replace(List<Note> notes, double lengthBeats) {
    if (player.playing()) {
      player.replace(notes, lengthBeats);
    }
  }

  void stop() {
    player.stop();
  }

  boolean playing() {
    return player.playing();
  }

  // ---- MIDI through ----

  void through(Atom[] args) {
    through.enabled(Args.wholeNumber("through", args, 0, 1) == 1);
  }

  void midiByte(int value) {
    closeBypass();
    midiIn.accept(value);
  }

  /** Humanizing of the MIDI passing through, from the parameters. */
  void humanizeThrough(Settings settings) {
    through.configure(
        settings.timingMs,
        settings.velocity,
        settings.swing,
        settings.swingGrid == 8 ? 0.5 : 0.25,
        settings.seed);
  }

  /** From now on MIDI goes through the device, not around it. */
  void closeBypass() {
    if (!bypassClosed) {
      bypassClosed = true;
      out.list(DevicePorts.OUT_BYPASS, new int[] {0});
    }
  }

  /** The device is going away: nothing sounds any more, the clocks are freed. */
  void release() {
    player.release();
    through.release();
  }
}
