package ai.sergik.suggest;

import ai.sergik.dna.CamelotKey;
import ai.sergik.music.Note;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What the device knows when it asks for suggestions: the track it sits on, Live's tempo, the clip's key when the
 * producer has set one, and the highlighted clip's notes (from which the key is heard when none is given).
 */
public record SuggestRequest(
    String track, OptionalDouble tempo, Optional<CamelotKey> key, List<Note> notes) {

  public SuggestRequest {
    track = Objects.requireNonNullElse(track, "").strip();
    Objects.requireNonNull(tempo, "tempo");
    Objects.requireNonNull(key, "key");
    notes = List.copyOf(notes);
    if (tempo.isPresent() && !(tempo.getAsDouble() > 0 && tempo.getAsDouble() < 1000)) {
      throw new IllegalArgumentException(
          "tempo must be above 0 and below 1000 BPM, got " + tempo.getAsDouble());
    }
  }

  public static SuggestRequest of(String track, Double tempo, CamelotKey key, List<Note> notes) {
    return new SuggestRequest(
        track,
        tempo == null ? OptionalDouble.empty() : OptionalDouble.of(tempo),
        Optional.ofNullable(key),
        notes == null ? List.of() : notes);
  }
}
