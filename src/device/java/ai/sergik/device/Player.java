package ai.sergik.device;

import ai.sergik.music.Note;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Plays the notes as a looping clip locked to Live's transport.
 *
 * <p>The clock is Max's transport, which Live drives: the patcher's {@code metro 16n @quantize 16n} fires on
 * every 16th of Live's song position, in Max's scheduler, and {@code when} adds the position in ticks. Each
 * {@link #tick} therefore arrives at the exact time of a grid position, and the notes of the 16th that starts
 * there are scheduled from it: a note on the grid plays at once, one between grid lines after the part of the
 * 16th it lies in, at the tempo measured between the last two ticks (or reported by Live since the last tick;
 * a tempo report re-times the notes still waiting). Nothing depends on Live's position
 * reports ({@code current_song_time}), which reach Max on the main thread tens of milliseconds late.
 *
 * <p>Play while Live is stopped arms the player; it starts with the transport. Playback begins on a bar line
 * (the next one when Live is already playing, Live's default launch quantization) and follows the song
 * position from there, so a tempo change is followed from the next tick and a jump (loop brace, a click in
 * the timeline) releases what sounds and continues at the new position.
 *
 * <p>No stuck notes: a pitch struck again while sounding is released first, a note-off only ends the note
 * that started it, and {@link #stop} and {@link #transportStopped} release every sounding pitch. Used under
 * the device's lock only.
 */
final class Player {
  /** Where the notes go (MIDI channel 1). */
  interface Midi {
    void noteOn(int pitch, int velocity);

    void noteOff(int pitch);
  }

  static final double BAR_BEATS = 4;

  /** The patcher's metro interval: a 16th note. */
  static final double TICK_BEATS = 0.25;

  /** Ticks per beat of Max's transport ({@code when}'s right outlet). */
  static final double TICKS_PER_BEAT = 480;

  private static final double EPSILON = 1e-6;

  private final Timeline timeline;
  private final Midi midi;
  private final Map<Integer, Long> sounding = new HashMap<Integer, Long>();
  private List<Note> notes = new ArrayList<Note>();
  private double length;
  private boolean armed;
  private boolean anchored;
  private double anchorBeat;
  private double lastTickBeat = Double.NaN;
  private double lastTickMs;
  private double tempo;
  private long tokens;
  /** Notes scheduled and not yet played, by song beat, so that a tempo report can re-time them. */
  private final List<Pending> pending = new ArrayList<Pending>();
  /** The song position the pending notes are timed from (the last tick, or the last tempo report). */
  private double planBeat;

  private double planMs;

  private static final class Pending {
    final double beat;
    final Runnable task;

    Pending(double beat, Runnable task) {
      this.beat = beat;
      this.task = task;
    }
  }

  Player(Clock.Factory clocks, Midi midi, double tempo) {
    this.timeline = new Timeline(clocks);
    this.midi = midi;
    this.tempo = tempo;
  }

  /** Arms playback of {@code clipNotes} looped every {@code lengthBeats}; it starts on the next bar line. */
  void start(List<Note> clipNotes, double lengthBeats) {
    stop();
    this.notes = new ArrayList<Note>(clipNotes);
    this.length = lengthBeats;
    this.armed = true;
  }

  /** New notes while playing: what sounds is released, the new notes continue from the same song position. */
  void replace(List<Note> clipNotes, double lengthBeats) {
    releaseAll();
    this.notes = new ArrayList<Note>(clipNotes);
    this.length = lengthBeats;
  }

  /** Stops and releases every sounding note. */
  void stop() {
    armed = false;
    anchored = false;
    releaseAll();
  }

  boolean playing() {
    return armed;
  }

  /** Whether notes are running (armed and the transport reached the start bar). */
  boolean running() {
    return armed && anchored;
  }

  /**
   * The tempo Live reports. It is used for the next 16th; after that, two consecutive ticks give the tempo as
   * it is now (reports arrive late, the ticks do not).
   */
  void tempo(double bpm) {
    if (bpm != tempo && !pending.isEmpty()) {
      // Notes already timed at the old tempo are re-timed from where the song is now.
      double now = timeline.now();
      planBeat += (now - planMs) * tempo / 60000.0;
      planMs = now;
      tempo = bpm;
      replan();
    }
    tempo = bpm;
    tempoReported = true;
  }

  private boolean tempoReported;

  /** Live's transport stopped: release everything; playback starts again on a bar when it runs again. */
  void transportStopped() {
    anchored = false;
    lastTickBeat = Double.NaN;
    releaseAll();
  }

  /** Max's transport is at {@code beat} now (a 16th grid position). */
  void tick(double beat) {
    double now = timeline.now();
    boolean contiguous =
        !Double.isNaN(lastTickBeat) && Math.abs(beat - lastTickBeat - TICK_BEATS) < EPSILON;
    if (contiguous && now > lastTickMs && !tempoReported) {
      tempo = TICK_BEATS * 60000.0 / (now - lastTickMs);
    }
    tempoReported = false;
    boolean jumped = !Double.isNaN(lastTickBeat) && !contiguous;
    lastTickBeat = beat;
    lastTickMs = now;
    planBeat = beat;
    planMs = now;
    if (!pending.isEmpty()) {
      replan();
    }
    if (!armed || notes.isEmpty() || length <= 0) {
      return;
    }
    if (jumped) {
      releaseAll();
      if (anchored && beat < anchorBeat - EPSILON) {
        anchored = false;
      }
    }
    if (!anchored) {
      anchorBeat = Math.ceil(beat / BAR_BEATS - EPSILON) * BAR_BEATS;
      anchored = true;
    }
    double from = beat - anchorBeat;
    double to = from + TICK_BEATS;
    if (to <= EPSILON) {
      return;
    }
    scheduleWindow(Math.max(0, from), to);
  }

  void release() {
    stop();
    timeline.release();
  }

  /** Schedules the offs, then the ons, whose clip time (since the anchor) lies in [from, to). */
  private void scheduleWindow(double from, double to) {
    long firstLoop = (long) Math.floor((from + EPSILON) / length);
    long lastLoop = (long) Math.floor((to - EPSILON) / length);
    List<double[]> ons = new ArrayList<double[]>();
    for (long loop = firstLoop; loop <= lastLoop; loop++) {
      double base = loop * length;
      for (int i = 0; i < notes.size(); i++) {
        Note n = notes.get(i);
        if (n.mute() || n.start() >= length) {
          continue;
        }
        double on = base + n.start();
        double off = base + Math.max(n.start(), Math.min(n.start() + n.duration(), length));
        if (inWindow(off, from, to)) {
          final int pitch = n.pitch();
          final long token = tokenOf(loop, i);
          at(anchorBeat + off, () -> noteOff(pitch, token));
        }
        if (inWindow(on, from, to)) {
          ons.add(new double[] {on, i, loop});
        }
      }
    }
    for (double[] o : ons) {
      Note n = notes.get((int) o[1]);
      final int pitch = n.pitch();
      final int velocity = n.velocity();
      final long token = tokenOf((long) o[2], (int) o[1]);
      at(anchorBeat + o[0], () -> noteOn(pitch, velocity, token));
    }
  }

  private long tokenOf(long loop, int index) {
    return loop * 1_000_003L + index + tokens;
  }

  private static boolean inWindow(double t, double from, double to) {
    return t >= from - EPSILON && t < to - EPSILON;
  }

  /** Runs {@code task} when the song reaches {@code songBeat}, timed from the plan at the current tempo. */
  private void at(double songBeat, Runnable task) {
    final Pending p = new Pending(songBeat, task);
    pending.add(p);
    schedule(p);
  }

  private void schedule(final Pending p) {
    timeline.at(planMs + Math.max(0, p.beat - planBeat) * 60000.0 / tempo, () -> {
      pending.remove(p);
      p.task.run();
    });
  }

  private void replan() {
    timeline.clear();
    for (Pending p : new ArrayList<Pending>(pending)) {
      schedule(p);
    }
  }

  private void noteOn(int pitch, int velocity, long token) {
    if (sounding.containsKey(pitch)) {
      midi.noteOff(pitch);
    }
    sounding.put(pitch, token);
    midi.noteOn(pitch, velocity);
  }

  private void noteOff(int pitch, long token) {
    Long owner = sounding.get(pitch);
    if (owner != null && owner == token) {
      sounding.remove(pitch);
      midi.noteOff(pitch);
    }
  }

  private void releaseAll() {
    timeline.clear();
    pending.clear();
    // Tokens of earlier passes must never match notes scheduled after this point.
    tokens += 1_000_000_007L;
    for (Integer pitch : new ArrayList<Integer>(sounding.keySet())) {
      midi.noteOff(pitch);
    }
    sounding.clear();
  }
}
