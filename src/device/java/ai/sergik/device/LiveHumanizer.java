package ai.sergik.device;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/**
 * Humanizes MIDI played through the device, in real time. Notes can only be delayed, never played early, so
 * timing variance is a delay of 0..{@code timing} ms; swing delays notes that start on the off-beat of the
 * swing grid (which needs Live's position); velocity varies by ±{@code velocity}.
 *
 * <p>Every message of one channel and pitch leaves in the order it came in (each is scheduled no earlier than
 * the previous one of that key), and a note-off takes the delay of the note-on before it, so a note-off never
 * overtakes its note-on and durations keep their length. Other messages pass at once. When switched off,
 * everything pending is sent at once and new input passes through untouched.
 */
final class LiveHumanizer {
  /** Receives each outgoing MIDI message. */
  interface Sink {
    void send(int[] bytes);
  }

  /** A note "on the off-beat" starts within this fraction of a grid step after it. */
  private static final double OFFBEAT_WINDOW = 0.25;

  private final Timeline timeline;
  private final BeatClock beats;
  private final Sink sink;
  private final Map<Integer, Double> lastTime = new HashMap<Integer, Double>();
  private final Map<Integer, Double> noteDelay = new HashMap<Integer, Double>();
  private Random random = new Random(0);
  private boolean enabled;
  private double timingMs;
  private int velocity;
  private double swing = 50;
  private double swingGrid = 0.25;

  LiveHumanizer(Clock.Factory clocks, BeatClock beats, Sink sink) {
    this.timeline = new Timeline(clocks);
    this.beats = beats;
    this.sink = sink;
  }

  void configure(
      double timingMs, int velocity, double swingPercent, double swingGridBeats, long seed) {
    this.timingMs = timingMs;
    this.velocity = velocity;
    this.swing = swingPercent;
    this.swingGrid = swingGridBeats;
    this.random = new Random(seed);
  }

  boolean enabled() {
    return enabled;
  }

  void enabled(boolean on) {
    if (enabled && !on) {
      timeline.flush();
      lastTime.clear();
      noteDelay.clear();
    }
    enabled = on;
  }

  int pending() {
    return timeline.pending();
  }

  /** One complete MIDI message from the track. */
  void midi(final int[] message) {
    if (!enabled || message.length != 3 || !isNote(message[0])) {
      sink.send(message);
      return;
    }
    double now = timeline.now();
    int key = ((message[0] & 0x0f) << 7) | message[1];
    boolean on = (message[0] & 0xf0) == 0x90 && message[2] > 0;
    final int[] out = message.clone();
    double delay;
    if (on) {
      delay = random.nextDouble() * timingMs + swingDelayMs(now);
      if (velocity > 0) {
        int v = message[2] + random.nextInt(2 * velocity + 1) - velocity;
        out[2] = Math.max(1, Math.min(127, v));
      }
      noteDelay.put(key, delay);
    } else {
      Double d = noteDelay.get(key);
      delay = d == null ? 0 : d;
    }
    Double last = lastTime.get(key);
    double at = Math.max(now + delay, last == null ? now : last);
    lastTime.put(key, at);
    timeline.at(at, () -> sink.send(out));
  }

  void release() {
    timeline.flush();
    timeline.release();
  }

  private double swingDelayMs(double now) {
    if (swing <= 50 || !beats.positionKnown()) {
      return 0;
    }
    double step = beats.beatAt(now) / swingGrid;
    long index = (long) Math.floor(step);
    double into = step - index;
    if (index % 2 == 0 || into > OFFBEAT_WINDOW) {
      return 0;
    }
    return beats.msFor((swing / 100.0 - 0.5) * 2 * swingGrid);
  }

  private static boolean isNote(int status) {
    int kind = status & 0xf0;
    return kind == 0x80 || kind == 0x90;
  }
}
