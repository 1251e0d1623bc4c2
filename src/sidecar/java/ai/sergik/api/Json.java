package ai.sergik.api;

import ai.sergik.music.Note;
import ai.sergik.music.NoteJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.NumberOutput;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The one JSON configuration of the HTTP API (thread-safe, shared). */
public final class Json {
  private Json() {}

  public static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
      .build();

  /**
   * Live's note dictionaries as a JSON array, written by {@link NoteJson} with the fast shortest-form double writer
   * {@link #MAPPER} uses for times off the grid (humanized notes).
   */
  public static String notes(List<Note> notes) {
    return NoteJson.toJsonArray(notes, d -> NumberOutput.toString(d, true));
  }

  /**
   * {@link #notes} as the UTF-8 bytes of an answer. The text is ASCII, so this is one copy of the string's bytes,
   * where handing the string to a JSON generator as a raw value would encode it again character by character.
   */
  public static byte[] notesUtf8(List<Note> notes) {
    return notes(notes).getBytes(StandardCharsets.UTF_8);
  }

  /** A Jackson parse error as one line for a client: what was wrong and where (line, column). */
  public static String describe(JsonProcessingException e) {
    String what = e.getOriginalMessage();
    int newline = what.indexOf('\n');
    if (newline >= 0) {
      what = what.substring(0, newline);
    }
    if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
      what += " (line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr() + ")";
    }
    return what;
  }

  public static byte[] bytes(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "cannot write JSON for " + value.getClass().getName() + ": " + e.getOriginalMessage(), e);
    }
  }
}
