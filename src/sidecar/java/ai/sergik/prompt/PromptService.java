package ai.sergik.prompt;

import ai.sergik.api.ApiException;
import ai.sergik.api.JsonFields;
import ai.sergik.generate.GenerationRequest;
import ai.sergik.generate.Part;
import ai.sergik.generation.GenerationService;
import ai.sergik.generation.Made;
import ai.sergik.humanize.HumanizeSettings;
import ai.sergik.music.Key;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a prompt into notes: the {@link PromptParser} first; when it can read nothing, the optional
 * {@link ChatFallback}, otherwise a 400 with examples. When the parser read some of the prompt but left words
 * unread, the chat endpoint (when configured) is asked too, and its fields fill in what the parser left at a
 * default; what the parser read always stands. Without a tempo in the prompt, Live's current tempo is used when
 * the device has reported one.
 */
public final class PromptService {
  private final PromptParser parser;
  private final GenerationService generation;
  private final ChatFallback chat;

  public PromptService(PromptParser parser, GenerationService generation, ChatFallback chat) {
    this.parser = parser;
    this.generation = generation;
    this.chat = chat;
  }

  /**
   * Reads a prompt and makes what it asks for; the chat endpoint, when set, reads what the parser could not.
   *
   * @param liveTempo Live's tempo as the device last reported it, if any
   * @throws ApiException 400 for a prompt that cannot be read (and no chat endpoint), 502/504 for chat failures
   */
  public PromptResult make(String prompt, Optional<Double> liveTempo) {
    ParsedPrompt parsed;
    try {
      parsed = parser.parse(prompt);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
    if (!parsed.readable()) {
      if (chat.enabled()) {
        return viaChat(prompt);
      }
      throw ApiException.badRequest(
          "could not read a part, key, style, length or tempo in \"" + shorten(prompt)
              + "\"; try for example \"8 bars of deep house chords in 10B\", \"techno bass in F#m at 128 bpm\" or"
              + " \"slightly humanized trap drums, 4 variations\"");
    }
    GenerationRequest request = parsed.request();
    Optional<HumanizeSettings> feel = parsed.humanize();
    List<String> defaults = new ArrayList<>(parsed.defaults());
    Map<String, Object> fromChat = new LinkedHashMap<>();
    String chatNote = "";
    if (!parsed.unread().isEmpty() && chat.enabled()) {
      try {
        request = fillIn(request, parsed, chat.fields(prompt), fromChat, defaults);
      } catch (ApiException chatFailed) {
        chatNote = " The chat endpoint was asked about \"" + String.join(" ", parsed.unread())
            + "\" but failed (" + chatFailed.getMessage()
            + "), so only the parser's reading was used.";
      }
    }
    if (!parsed.tempoGiven() && liveTempo.isPresent()) {
      double tempo = Math.max(
          GenerationRequest.MIN_TEMPO, Math.min(GenerationRequest.MAX_TEMPO, liveTempo.get()));
      request = request.newBuilder().tempo(tempo).build();
      feel = feel.map(s -> s.newBuilder().tempo(tempo).build());
      defaults.replaceAll(
          d -> d.startsWith("tempo ") ? "tempo " + plain(tempo) + " (Live's tempo)" : d);
    }
    Made made = parsed.variations() > 0
        ? generation.variations(request, Optional.empty(), feel)
        : generation.run(request, feel);
    Map<String, Object> understood = new LinkedHashMap<>();
    parsed.understood().forEach((field, u) -> {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("value", u.value());
      entry.put("from", u.text());
      if (!u.note().isEmpty()) {
        entry.put("note", u.note());
      }
      understood.put(field, entry);
    });
    understood.putAll(fromChat);
    return new PromptResult(
        prompt,
        made,
        fromChat.isEmpty() ? "parser" : "parser+chat",
        understood,
        defaults,
        parsed.unread(),
        message(request, made, feel) + chatNote);
  }

  /**
   * The parser's request with the chat endpoint's fields for what the prompt did not say (fields the parser read are
   * kept); each field taken goes into {@code taken}, and its default line leaves {@code defaults}. A field the
   * engine rejects is left out, and said so.
   */
  static GenerationRequest fillIn(
      GenerationRequest request,
      ParsedPrompt parsed,
      ObjectNode fields,
      Map<String, Object> taken,
      List<String> defaults) {
    GenerationRequest current = request;
    for (Map.Entry<String, JsonNode> e : fields.properties()) {
      String field = e.getKey();
      String readAs = switch (field) {
        case "progression_type" -> "progression";
        case "genre" -> "style";
        default -> field;
      };
      if (parsed.understood().containsKey(readAs)) {
        continue;
      }
      GenerationRequest.Builder b = current.newBuilder();
      String text = e.getValue().asText();
      try {
        switch (field) {
          case "part" -> b.part(text);
          case "key" -> b.key(text);
          case "style" -> b.style(text);
          case "genre" -> b.drumGenre(text);
          case "bars" -> b.bars(e.getValue().asInt());
          case "tempo" -> b.tempo(e.getValue().asDouble());
          case "voicing" -> b.voicing(text);
          case "progression_type" -> b.progression(text);
          case "seventh_chords" -> b.sevenths(e.getValue().asBoolean());
          case "ninths" -> b.ninths(e.getValue().asBoolean());
          case "pattern" -> b.arpPattern(text);
          case "rate" -> b.arpRate(text);
          case "octaves" -> b.arpOctaves(e.getValue().asInt());
          case "seed" -> b.seed(e.getValue().asLong());
          default -> {
            continue; // humanize and swing amounts stay the parser's
          }
        }
        current = b.build();
        taken.put(readAs, Map.of("value", e.getValue(), "from", "chat"));
        defaults.removeIf(d -> d.startsWith(readAs + " "));
      } catch (IllegalArgumentException rejected) {
        taken.put(
            readAs,
            Map.of(
                "value",
                e.getValue(),
                "from",
                "chat",
                "note",
                "not used: " + rejected.getMessage()));
      }
    }
    return current;
  }

  private PromptResult viaChat(String prompt) {
    ObjectNode fields = chat.fields(prompt);
    Made made;
    try {
      made = generation.generate(new JsonFields(fields.deepCopy()));
    } catch (ApiException e) {
      if (e.status() == 400) {
        throw ApiException.upstream("the chat endpoint suggested settings that do not work ("
            + e.getMessage() + "): " + fields);
      }
      throw e;
    }
    Map<String, Object> understood = new LinkedHashMap<>();
    fields
        .properties()
        .forEach(e -> understood.put(e.getKey(), Map.of("value", e.getValue(), "from", "chat")));
    return new PromptResult(
        prompt,
        made,
        "chat",
        understood,
        List.of(),
        List.of(),
        "Read by the chat endpoint. " + made.summary());
  }

  /** "Made 8 bars of deep-house chords in 10B (D major) at 125 BPM: Bm7 | … · 32 notes · 8 bars". */
  static String message(GenerationRequest r, Made made, Optional<HumanizeSettings> feel) {
    Key key = r.key();
    StringBuilder sb = new StringBuilder("Made ");
    sb.append(r.part() == Part.DRUMS ? "" : r.bars() + " bars of ");
    if (r.part() == Part.DRUMS) {
      sb.append(made.bars()).append(" bars of ").append(r.drums().genre().id()).append(" drums");
    } else {
      sb.append(r.style().id())
          .append(' ')
          .append(
              r.part() == Part.ARP
                  ? "arpeggios"
                  : r.part() == Part.BASS
                      ? "bass"
                      : r.part() == Part.MELODY
                          ? r.melody().instrument().id() + " melody"
                          : "chords")
          .append(" in ")
          .append(key.camelot())
          .append(" (")
          .append(key.name())
          .append(')');
    }
    sb.append(" at ").append(plain(r.tempo())).append(" BPM");
    feel.ifPresent(s -> sb.append(", humanized (timing \u00b1")
        .append(plain(s.timingMs()))
        .append(" ms, velocity \u00b1")
        .append(s.velocity())
        .append(s.swing() > 50 ? ", swing " + plain(s.swing()) + "%" : "")
        .append(')'));
    sb.append(": ").append(made.summary());
    return sb.toString();
  }

  private static String plain(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.1f", d);
  }

  private static String shorten(String text) {
    return text.length() > 120 ? text.substring(0, 120) + "\u2026" : text;
  }
}
