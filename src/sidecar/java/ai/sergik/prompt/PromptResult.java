package ai.sergik.prompt;

import ai.sergik.api.Json;
import ai.sergik.generation.Downloads;
import ai.sergik.generation.Made;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The answer to a prompt: what was made, how the prompt was read ({@code parser} or {@code chat}),
 * what each value came from, which fields took defaults, and one sentence saying all of that.
 */
public record PromptResult(
    String prompt,
    Made made,
    String parsedBy,
    Map<String, Object> understood,
    List<String> defaults,
    List<String> unread,
    String message) {

  public PromptResult {
    Objects.requireNonNull(prompt, "prompt");
    Objects.requireNonNull(made, "made");
    Objects.requireNonNull(parsedBy, "parsedBy");
    understood = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(understood));
    defaults = List.copyOf(defaults);
    unread = List.copyOf(unread);
  }

  /** The HTTP answer: {@link Made#toJson()} plus prompt, parsed_by, understood, defaults, unread and message. */
  public ObjectNode toJson() {
    ObjectNode body = made.toJson();
    addReading(body);
    return body;
  }

  /**
   * {@link #toJson()}, or when that is too big for one answer, {@link Made#toSummaryJson} with the reading and a
   * link from {@code downloads}.
   */
  public ObjectNode toAnswer(Downloads downloads) {
    if (Made.fitsWhole(made.toJsonBytes())) {
      return toJson();
    }
    ObjectNode body = made.toSummaryJson(downloads.offer(made.toMidi(), made.fileName()));
    addReading(body);
    body.put(
        "message",
        message + " The notes are too many for one answer: the first bars are shown, and "
            + body.path("download").path("url").asText() + " has them all as a MIDI file for "
            + Downloads.DEFAULT_TTL.toMinutes() + " minutes.");
    return body;
  }

  /** The OSC notes payload with the same reading. */
  public ObjectNode toNotesPayload() {
    ObjectNode payload = made.toNotesPayload();
    addReading(payload);
    return payload;
  }

  private void addReading(ObjectNode body) {
    body.put("prompt", prompt);
    body.put("parsed_by", parsedBy);
    body.set("understood", Json.MAPPER.valueToTree(understood));
    body.set("defaults", Json.MAPPER.valueToTree(defaults));
    body.set("unread", Json.MAPPER.valueToTree(unread));
    body.put("message", message);
  }
}
