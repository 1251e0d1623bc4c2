package ai.sergik.device;

/**
 * Live's song position as a function of scheduler time: the last known position (beat {@code b0} at
 * {@code t0} ms) advanced at the current tempo, for humanizing MIDI through (swing) and for the sidecar.
 * Max's transport ticks set it exactly while Live plays; Live's position reports, late as they are, only
 * while it is stopped.
 */
final class BeatClock {
  static final double DEFAULT_TEMPO = 120;

  private double tempo = DEFAULT_TEMPO;
  private double anchorBeat;
  private double anchorMs;
  private boolean running;
  private boolean known;

  double tempo() {
    return tempo;
  }

  boolean running() {
    return running;
  }

  /** Whether Live has reported a position yet. */
  boolean positionKnown() {
    return known;
  }

  /** Live's position in beats at scheduler time {@code ms}; stands still while the transport is stopped. */
  double beatAt(double ms) {
    return running ? anchorBeat + (ms - anchorMs) * tempo / 60000.0 : anchorBeat;
  }

  /** Milliseconds from a position to a later one at the current tempo. */
  double msFor(double beats) {
    return beats * 60000.0 / tempo;
  }

  void tempo(double bpm, double nowMs) {
    reanchor(nowMs);
    tempo = bpm;
  }

  void position(double beat, double nowMs) {
    anchorBeat = beat;
    anchorMs = nowMs;
    known = true;
  }

  void transport(boolean playing, double nowMs) {
    reanchor(nowMs);
    running = playing;
  }

  private void reanchor(double nowMs) {
    anchorBeat = beatAt(nowMs);
    anchorMs = nowMs;
  }
}
