package ai.sergik.device;

import ai.sergik.music.Note;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Plays a looping clip in time with Live. Each note-on and note-off has a song position in beats; one
 * {@link Clock} is set for the next of them from the {@link BeatClock}, so a tempo change or a position
 * report only moves the next wake-up ({@link #retime()}) and the notes keep their beats.
 *
 * <p>No stuck notes: a pitch that is struck again while sounding is released first, a note-off only ends the
 * note that started it, and {@link #stop()} releases every sounding pitch.
 */
final class Player {
  /** Where the notes go (MIDI channel 1). */
  interface Midi {
    void noteOn(int pitch, int velocity);

    void noteOff(int pitch);
  }

  /** Live's default launch quantization: a playing transport starts the loop on the next bar. */
  static final double BAR_BEATS = 4;

  private static final double EPSILON = 1e-9;
  private static final int OFF = 0;
  private static final int ON = 1;
  private static final int LOOP = 2;

  private static final class Event implements Comparable<Event> {
    final double beat;
    final int kind;
    final int pitch;
    final int velocity;
    final long token;
    final long order;

    Event(double beat, int kind, int pitch, int velocity, long token, long order) {
      this.beat = beat;
      this.kind = kind;
      this.pitch = pitch;
      this.velocity = velocity;
      this.token = token;
      this.order = order;
    }

    @Override
    public int compareTo(Event o) {
      int c = Double.compare(beat, o.beat);
      if (c != 0) return c;
      c = Integer.compare(kind, o.kind);
      return c != 0 ? c : Long.compare(order, o.order);
    }
  }

  private final Clock clock;
  private final BeatClock beats;
  private final Midi midi;
  private final PriorityQueue<Event> queue = new PriorityQueue<Event>();
  private final Map<Integer, Long> sounding = new HashMap<Integer, Long>();
  private List<Note> notes = new ArrayList<Note>();
  private double length;
  private boolean playing;
  private boolean followsTransport;
  private long order;
  private long tokens;

  Player(Clock.Factory clocks, BeatClock beats, Midi midi) {
    this.beats = beats;
    this.midi = midi;
    this.clock = clocks.create(new Runnable() {
      @Override
      public void run() {
        tick();
      }
    });
  }

  /**
   * Starts looping {@code notes} (clip beats) with the given loop length: on the next bar when Live is
   * playing, at once (free-running at the current tempo) when it is stopped. Restarts if already playing.
   */
  void start(List<Note> clipNotes, double lengthBeats) {
    stop();
    double now = clock.now();
    this.notes = new ArrayList<Note>(clipNotes);
    this.length = lengthBeats;
    this.followsTransport = beats.running();
    double startBeat;
    if (followsTransport) {
      double beat = beats.beatAt(now);
      startBeat = Math.ceil(beat / BAR_BEATS - EPSILON) * BAR_BEATS;
    } else {
      beats.position(beats.beatAt(now), now);
      startBeat = beats.beatAt(now);
    }
    playing = true;
    enqueueLoop(startBeat);
    tick();
  }

  /** Stops and releases every sounding note. */
  void stop() {
    clock.unset();
    queue.clear();
    playing = false;
    for (Integer pitch : new ArrayList<Integer>(sounding.keySet())) {
      midi.noteOff(pitch);
    }
    sounding.clear();
  }

  boolean playing() {
    return playing;
  }

  /** Whether playback started with Live's transport running (so a transport stop ends it). */
  boolean followsTransport() {
    return followsTransport;
  }

  int soundingCount() {
    return sounding.size();
  }

  /** Re-plans the next wake-up after the tempo or position changed. */
  void retime() {
    if (playing) {
      tick();
    }
  }

  void release() {
    stop();
    clock.release();
  }

  private double currentBeat() {
    return beats.freeBeatAt(clock.now());
  }

  private void tick() {
    if (!playing) {
      return;
    }
    double now = currentBeat();
    Event e;
    while ((e = queue.peek()) != null && e.beat <= now + EPSILON) {
      queue.poll();
      play(e);
    }
    Event next = queue.peek();
    if (next == null) {
      clock.unset();
      return;
    }
    clock.delay(Math.max(0, beats.msFor(next.beat - currentBeat())));
  }

  private void play(Event e) {
    switch (e.kind) {
      case LOOP:
        enqueueLoop(e.beat);
        break;
      case ON:
        if (sounding.containsKey(e.pitch)) {
          midi.noteOff(e.pitch);
        }
        sounding.put(e.pitch, e.token);
        midi.noteOn(e.pitch, e.velocity);
        break;
      default:
        Long owner = sounding.get(e.pitch);
        if (owner != null && owner == e.token) {
          sounding.remove(e.pitch);
          midi.noteOff(e.pitch);
        }
    }
  }

  /** Queues one pass of the clip from {@code startBeat} plus the marker that queues the next pass. */
  private void enqueueLoop(double startBeat) {
    for (Note n : notes) {
      if (n.mute() || n.start() >= length) {
        continue;
      }
      long token = ++tokens;
      double on = startBeat + n.start();
      double off = startBeat + Math.min(n.start() + n.duration(), length);
      queue.add(new Event(on, ON, n.pitch(), n.velocity(), token, order++));
      queue.add(new Event(Math.max(off, on), OFF, n.pitch(), 0, token, order++));
    }
    queue.add(new Event(startBeat + length, LOOP, 0, 0, 0, order++));
  }
}
