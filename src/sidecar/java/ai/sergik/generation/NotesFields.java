package ai.sergik.generation;

import ai.sergik.api.ApiException;
import ai.sergik.api.JsonFields;
import ai.sergik.generate.GenerationRequest;
import ai.sergik.generate.Part;
import ai.sergik.music.Note;
import java.util.List;
import java.util.Optional;

/**
 * The fields of a request that brings its own notes ({@code notes}, {@code tempo}, {@code part}), read by one set of
 * rules for the transforms and the push to Live.
 */
public final class NotesFields {
  private NotesFields() {}

  /** The required {@code notes}, Live's note dictionaries; a 400 naming the field when missing or malformed. */
  public static List<Note> notes(JsonFields f) {
    return GenerationService.notes(
        "notes",
        f.get("notes")
            .orElseThrow(() -> ApiException.badField(
                "notes",
                "a list of notes such as [{\"pitch\":60,\"start_time\":0,\"duration\":1,\"velocity\":100}]",
                null)));
  }

  /** {@code tempo} in BPM, within the engine's range (default {@value GenerationRequest#DEFAULT_TEMPO}). */
  public static double tempo(JsonFields f) {
    return f.number(
        "tempo",
        GenerationRequest.DEFAULT_TEMPO,
        GenerationRequest.MIN_TEMPO,
        GenerationRequest.MAX_TEMPO);
  }

  /** The optional {@code part} the notes are for; {@code example} is shown when the field has the wrong type. */
  public static Optional<Part> part(JsonFields f, String example) {
    return f.optionalString("part", example).map(p -> {
      try {
        return Part.parse(p);
      } catch (IllegalArgumentException e) {
        throw ApiException.badField("part", "chords, bass, arp, drums or melody", p);
      }
    });
  }
}
