package ai.sergik.als;

import java.util.Objects;

/**
 * One clip, with times in beats.
 *
 * @param slot the session slot (0-based) for session clips, else -1
 * @param time where an arrangement or take-lane clip starts in the song; 0 for session clips
 * @param start {@code CurrentStart}: the clip's start within its content
 * @param end {@code CurrentEnd}
 */
public record Clip(
    int trackIndex,
    ClipLocation location,
    boolean midi,
    int slot,
    double time,
    String name,
    double start,
    double end,
    double loopStart,
    double loopEnd,
    boolean loopOn) {
  public Clip {
    Objects.requireNonNull(location, "location");
    name = Objects.requireNonNullElse(name, "");
  }

  /** Length in beats: {@code CurrentEnd − CurrentStart}. */
  public double lengthBeats() {
    return end - start;
  }
}
