package ai.sergik.music;

/**
 * One MIDI note as Live's notes API describes it: pitch, start and duration in beats (quarter notes),
 * velocity, and whether it is muted. Immutable; every constructor argument is validated.
 */
public final class Note {
  private final int pitch;
  private final double start;
  private final double duration;
  private final int velocity;
  private final boolean mute;

  public Note(int pitch, double start, double duration, int velocity, boolean mute) {
    if (pitch < 0 || pitch > 127) {
      throw new IllegalArgumentException("pitch must be a MIDI note 0..127, got " + pitch);
    }
    if (!(start >= 0) || Double.isInfinite(start)) {
      throw new IllegalArgumentException("start must be >= 0 beats, got " + start);
    }
    if (!(duration > 0) || Double.isInfinite(duration)) {
      throw new IllegalArgumentException("duration must be > 0 beats, got " + duration);
    }
    if (velocity < 1 || velocity > 127) {
      throw new IllegalArgumentException("velocity must be 1..127, got " + velocity);
    }
    this.pitch = pitch;
    this.start = start + 0.0; // -0.0 becomes 0.0, so equal notes compare equal
    this.duration = duration;
    this.velocity = velocity;
    this.mute = mute;
  }

  /** An unmuted note. */
  public Note(int pitch, double start, double duration, int velocity) {
    this(pitch, start, duration, velocity, false);
  }

  public int pitch() {
    return pitch;
  }

  /** Start in beats from the clip start. */
  public double start() {
    return start;
  }

  /** Length in beats. */
  public double duration() {
    return duration;
  }

  /** Start plus duration, in beats. */
  public double end() {
    return start + duration;
  }

  public int velocity() {
    return velocity;
  }

  public boolean mute() {
    return mute;
  }

  public Note withPitch(int newPitch) {
    return new Note(newPitch, start, duration, velocity, mute);
  }

  public Note withStart(double newStart) {
    return new Note(pitch, newStart, duration, velocity, mute);
  }

  public Note withDuration(double newDuration) {
    return new Note(pitch, start, newDuration, velocity, mute);
  }

  public Note withVelocity(int newVelocity) {
    return new Note(pitch, start, duration, newVelocity, mute);
  }

  public Note withMute(boolean newMute) {
    return new Note(pitch, start, duration, velocity, newMute);
  }

  /** Orders notes by start, then pitch, then duration: the order every generator returns. */
  public static final java.util.Comparator<Note> BY_START_THEN_PITCH =
      new java.util.Comparator<Note>() {
        @Override
        public int compare(Note a, Note b) {
          int c = Double.compare(a.start, b.start);
          if (c != 0) return c;
          c = Integer.compare(a.pitch, b.pitch);
          if (c != 0) return c;
          return Double.compare(a.duration, b.duration);
        }
      };

  @Override
  public boolean equals(Object o) {
    if (this == o) return true;
    if (!(o instanceof Note)) return false;
    Note n = (Note) o;
    return pitch == n.pitch
        && velocity == n.velocity
        && mute == n.mute
        && Double.compare(start, n.start) == 0
        && Double.compare(duration, n.duration) == 0;
  }

  @Override
  public int hashCode() {
    int h = pitch;
    h = 31 * h + Double.hashCode(start);
    h = 31 * h + Double.hashCode(duration);
    h = 31 * h + velocity;
    return 31 * h + (mute ? 1 : 0);
  }

  @Override
  public String toString() {
    return "Note{pitch=" + pitch + ", start=" + start + ", duration=" + duration + ", velocity="
        + velocity + (mute ? ", muted" : "") + "}";
  }
}
