package ai.sergik.osc;

/** {@code /ableton/transport s state, f beats}: Live's transport state and song position in beats. */
public final class Transport {
  private final String state;
  private final double beats;

  public Transport(String state, double beats) {
    if (!OscProtocol.STATE_PLAYING.equals(state)
        && !OscProtocol.STATE_STOPPED.equals(state)
        && !OscProtocol.STATE_RECORDING.equals(state)) {
      throw new IllegalArgumentException(
          "transport state must be playing, stopped or recording, got " + state);
    }
    if (Double.isNaN(beats) || Double.isInfinite(beats)) {
      throw new IllegalArgumentException(
          "song position must be a finite number of beats, got " + beats);
    }
    this.state = state;
    this.beats = beats;
  }

  /** {@code playing}, {@code stopped} or {@code recording}. */
  public String state() {
    return state;
  }

  public double beats() {
    return beats;
  }

  public boolean playing() {
    return !OscProtocol.STATE_STOPPED.equals(state);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Transport)) return false;
    Transport t = (Transport) o;
    return state.equals(t.state) && Double.compare(beats, t.beats) == 0;
  }

  @Override
  public int hashCode() {
    return state.hashCode() * 31 + Double.valueOf(beats).hashCode();
  }

  @Override
  public String toString() {
    return "Transport{" + state + " at " + beats + "}";
  }
}
