package ai.sergik.dna;

import ai.sergik.music.Key;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * What a comparison needs to know about one track; any trait may be unknown.
 *
 * @param name what the user called it (track id, file name), for messages
 * @param source where the values came from, e.g. {@code analysis/bpm_key/analyzed_tracks.csv line 12}
 */
public record TrackTraits(
    String name, String source, OptionalDouble bpm, Optional<Key> key, OptionalInt energy) {

  public TrackTraits {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(bpm, "bpm");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(energy, "energy");
    if (bpm.isPresent() && !(bpm.getAsDouble() > 0 && bpm.getAsDouble() < 400)) {
      throw new IllegalArgumentException("bpm must be between 0 and 400, got " + bpm.getAsDouble());
    }
    if (energy.isPresent() && (energy.getAsInt() < 1 || energy.getAsInt() > 10)) {
      throw new IllegalArgumentException("energy must be a level 1..10, got " + energy.getAsInt());
    }
  }

  /** Values given directly (any may be null = unknown). */
  public static TrackTraits of(String name, Double bpm, Key key, Integer energy) {
    return new TrackTraits(
        name,
        "given values",
        bpm == null ? OptionalDouble.empty() : OptionalDouble.of(bpm),
        Optional.ofNullable(key),
        energy == null ? OptionalInt.empty() : OptionalInt.of(energy));
  }

  /** This track with any given value replacing the known one. */
  public TrackTraits overriddenBy(Double newBpm, Key newKey, Integer newEnergy) {
    if (newBpm == null && newKey == null && newEnergy == null) return this;
    return new TrackTraits(
        name,
        source + " (with given values)",
        newBpm != null ? OptionalDouble.of(newBpm) : bpm,
        newKey != null ? Optional.of(newKey) : key,
        newEnergy != null ? OptionalInt.of(newEnergy) : energy);
  }
}
