package ai.sergik.prompt;

import ai.sergik.generate.GenerationRequest;
import ai.sergik.humanize.HumanizeSettings;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the parser read from a prompt: the generation request (defaults where the prompt said nothing),
 * optional humanization, how many drum variations were asked for (0 = none), what each value came from,
 * which fields took defaults, and the words it could not place.
 *
 * @param understood field name → what was read, in prompt order
 * @param defaults fields the prompt did not mention, as "field value" lines
 * @param unread words that were neither understood nor common filler
 */
public record ParsedPrompt(
    String prompt,
    GenerationRequest request,
    Optional<HumanizeSettings> humanize,
    int variations,
    Map<String, Understood> understood,
    List<String> defaults,
    List<String> unread) {

  /** One value read from the prompt and the words it was read from. */
  public record Understood(Object value, String text, String note) {
    public Understood {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(text, "text");
      note = note == null ? "" : note;
    }
  }

  public ParsedPrompt {
    Objects.requireNonNull(prompt, "prompt");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(humanize, "humanize");
    understood = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(understood));
    defaults = List.copyOf(defaults);
    unread = List.copyOf(unread);
  }

  /** Whether the prompt said anything the parser could use; if not, the chat fallback (or an error) takes over. */
  public boolean readable() {
    return !understood.isEmpty();
  }

  /** Whether the prompt named a tempo (otherwise Live's tempo may be used). */
  public boolean tempoGiven() {
    return understood.containsKey("tempo");
  }
}
