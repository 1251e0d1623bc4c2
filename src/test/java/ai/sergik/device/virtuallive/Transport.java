package ai.sergik.device.virtuallive;

import com.cycling74.max.MaxClock;
import com.cycling74.max.StandIn;
import java.util.ArrayList;
import java.util.List;

/**
 * Live's transport: the song position as a function of the scheduler's time, the tempo and play state (reported
 * to the song's observers), and Max's transport, which Live drives at every 16th while it runs.
 */
final class Transport {
  /** Live notifies current_song_time observers about this often while playing. */
  static final double SONG_TIME_REPORT_MS = 50;

  private static final double GRID = 0.25;

  private final Song song;
  private double anchorMs;
  private double anchorBeat;
  private double tempo = 120;
  private boolean playing;
  private final List<Runnable> gridListeners = new ArrayList<>();
  private final MaxClock gridClock = new MaxClock(this::gridTick);
  private double nextGridBeat;
  private final MaxClock songTimeClock = new MaxClock(this::songTimeTick);
  /** Every change of tempo, position or play state: {anchor ms, anchor beat, tempo, playing}. */
  private final List<double[]> history = new ArrayList<>();

  Transport(Song song) {
    this.song = song;
  }

  double beatAt(double ms) {
    return playing ? anchorBeat + (ms - anchorMs) * tempo / 60000.0 : anchorBeat;
  }

  private void remember() {
    history.add(new double[] {anchorMs, anchorBeat, tempo, playing ? 1 : 0});
  }

  double beatAtHistory(double ms) {
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

  double timeOf(double beat) {
    return anchorMs + (beat - anchorBeat) * 60000.0 / tempo;
  }

  double tempo() {
    return tempo;
  }

  boolean playing() {
    return playing;
  }

  void setTempo(double bpm) {
    reanchor();
    tempo = bpm;
    remember();
    song.changed("tempo");
    scheduleGrid();
  }

  void startPlaying() {
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

  void stopPlaying() {
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

  void jumpTo(double beat) {
    anchorMs = StandIn.now();
    anchorBeat = beat;
    remember();
    song.changed("current_song_time");
    scheduleGrid();
  }

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
}
