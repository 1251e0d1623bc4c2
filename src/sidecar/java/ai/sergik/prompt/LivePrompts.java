package ai.sergik.prompt;

import ai.sergik.api.Json;
import ai.sergik.api.JsonFields;
import ai.sergik.live.Controls;
import ai.sergik.live.LiveControl;
import ai.sergik.live.LiveFit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The prompts {@link LivePhrases} reads, carried out: controls through {@link LiveControl}, fitted parts through
 * {@link LiveFit}. The answer is theirs plus the prompt and how it was read ({@code parsed_by: "live"},
 * {@code understood}).
 */
public final class LivePrompts implements LiveIntents {
  private final LiveControl control;
  private final LiveFit fit;

  public LivePrompts(LiveControl control, LiveFit fit) {
    this.control = Objects.requireNonNull(control, "control");
    this.fit = Objects.requireNonNull(fit, "fit");
  }

  public LiveControl control() {
    return control;
  }

  public LiveFit fit() {
    return fit;
  }

  /**
   * What the device that sent the prompt over OSC hears: {@code message}, {@code understood} and {@code live}, small
   * enough for one datagram, and without notes (they went to Live already, or there were none).
   */
  public static ObjectNode summary(ObjectNode answer) {
    ObjectNode out = Json.MAPPER.createObjectNode();
    for (String field : List.of("message", "understood", "live")) {
      if (answer.has(field)) {
        out.set(field, answer.get(field));
      }
    }
    return out;
  }

  static final String PARSED_BY = "live";

  @Override
  public Optional<ObjectNode> answer(JsonFields request) throws InterruptedException {
    String prompt = request.optionalString("prompt", "set the tempo to 122").orElse("");
    Optional<LivePhrases.Intent> intent = LivePhrases.read(prompt);
    if (intent.isEmpty()) {
      return Optional.empty();
    }
    ObjectNode understood = Json.MAPPER.createObjectNode();
    ObjectNode answer;
    if (intent.get() instanceof LivePhrases.Control c) {
      List<ObjectNode> controls = new ArrayList<>();
      for (int i = 0; i < c.controls().size(); i++) {
        controls.add(Controls.check(
            c.controls().get(i), c.controls().size() == 1 ? "" : "controls[" + i + "]."));
      }
      ArrayNode read = understood.putArray("controls");
      controls.forEach(read::add);
      answer = control.apply(controls);
    } else {
      LivePhrases.Fit f = (LivePhrases.Fit) intent.get();
      Optional<JsonNode> notes = request.get("notes").filter(n -> !n.isNull());
      Optional<String> to = f.toTrack().or(() -> request.optionalString("track", "Bass"));
      boolean send = request.bool("send_to_live", notes.isEmpty() || f.toTrack().isPresent());
      understood.put("part", f.part());
      understood.put(
          "from",
          f.fromTrack()
              .map(t -> "the " + t + " track's clip")
              .orElse(notes.isPresent() ? "the notes given" : "the highlighted clip"));
      to.ifPresent(t -> understood.put("to_track", t));
      answer = fit.fit(new LiveFit.Request(
          notes.filter(n -> f.fromTrack().isEmpty()),
          f.fromTrack(),
          Optional.empty(),
          f.part(),
          request.integer("seed", 0, 0, Integer.MAX_VALUE),
          send,
          to,
          request.bool("play", false)));
    }
    answer.put("prompt", prompt);
    answer.put("parsed_by", PARSED_BY);
    answer.set("understood", understood);
    return Optional.of(answer);
  }
}
