package ai.sergik.suggest;

import ai.sergik.music.Key;
import ai.sergik.music.Note;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What the device knows when it asks for suggestions: the track it sits on, Live's tempo, the clip's key when the
 * producer has set one, and the highlighted clip's notes (from which the key is heard when none is given).
 * Suggestions speak of the 24 slots of the Camelot wheel, so a mode given as the key ("D dorian") stands
 * for the slot it shows (8A).
 */
public record SuggestRequest(
    String track, OptionalDouble tempo, Optional<Key> key, List<Note> notes) {

  public SuggestRequest {
    track = Objects.requireNonNullElse(track, "").strip();
    Objects.requireNonNull(tempo, "tempo");
    key = Objects.requireNonNull(key, "key").map(Key::onWheel);
    notes = List.copyOf(notes);
    if (tempo.isPresent() && !(tempo.getAsDouble() > 0 && tempo.getAsDouble() < 1000)) {
      throw new IllegalArgumentException(
          "tempo must be above 0 and below 1000 BPM, got " + tempo.getAsDouble());
    }
  }

  public static SuggestRequest of(String track, Double tempo, Key key, List<Note> notes) {
    return new SuggestRequest(
        track,
        tempo == null ? OptionalDouble.empty() : OptionalDouble.of(tempo),
        Optional.ofNullable(key),
        notes == null ? List.of() : notes);
  }
}
