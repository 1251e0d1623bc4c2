package ai.sergik.osc;

/**
 * {@code /ableton/track/<n>/<param> value}: one track parameter. The value is a String for
 * {@code name}, a number for {@code volume} and {@code pan}, and a number 0/1 (or boolean) for
 * {@code mute}, {@code solo} and {@code arm}.
 */
public final class TrackParameter {
  private final int track;
  private final String param;
  private final Object value;

  public TrackParameter(int track, String param, Object value) {
    OscProtocol.trackAddress(track, param); // validates both
    if (value == null) {
      throw new IllegalArgumentException("track " + param + " value must not be null");
    }
    this.track = track;
    this.param = param;
    this.value = value;
  }

  public int track() {
    return track;
  }

  public String param() {
    return param;
  }

  /** A String, Number or Boolean. */
  public Object value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof TrackParameter)) return false;
    TrackParameter t = (TrackParameter) o;
    return track == t.track && param.equals(t.param) && value.equals(t.value);
  }

  @Override
  public int hashCode() {
    return (track * 31 + param.hashCode()) * 31 + value.hashCode();
  }

  @Override
  public String toString() {
    return "TrackParameter{" + track + "/" + param + "=" + value + "}";
  }
}
