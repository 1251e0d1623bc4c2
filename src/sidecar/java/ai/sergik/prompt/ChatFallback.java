package ai.sergik.prompt;

import ai.sergik.api.ApiException;
import ai.sergik.api.Json;
import ai.sergik.generate.GenerationRequest;
import ai.sergik.generate.Generators;
import ai.sergik.generate.Part;
import ai.sergik.generate.Style;
import ai.sergik.io.Redaction;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Asks an OpenAI-compatible chat endpoint ({@code POST <url>/chat/completions}, JSON output) to turn a
 * prompt the parser could not read into the generation fields. Off unless {@code chat.url} is set.
 * The whole call is bounded by the configured timeout (at most 30 s, under ChatGPT Actions' 45 s), and
 * every failure becomes an {@link ApiException}: 504 for a timeout, 502 for anything else, each saying
 * which endpoint failed and how.
 */
public final class ChatFallback implements AutoCloseable {
  /** The fields the chat endpoint may answer with; others are dropped. */
  static final Set<String> FIELDS = Set.of(
      "part",
      "key",
      "style",
      "bars",
      "tempo",
      "voicing",
      "progression_type",
      "seventh_chords",
      "ninths",
      "pattern",
      "rate",
      "octaves",
      "genre",
      "density",
      "humanize",
      "swing",
      "seed");

  private final ChatSettings settings;
  private final OkHttpClient client;

  public ChatFallback(ChatSettings settings) {
    this.settings = settings;
    // no HTTP client (and none of its TLS setup) unless a chat endpoint is configured
    this.client = settings.enabled() ? client(settings.timeout()) : null;
  }

  private static OkHttpClient client(Duration timeout) {
    return new OkHttpClient.Builder()
        .callTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
        .connectTimeout(Math.min(timeout.toMillis(), 5000), TimeUnit.MILLISECONDS)
        .readTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
        .retryOnConnectionFailure(false)
        .build();
  }

  public boolean enabled() {
    return settings.enabled();
  }

  /**
   * The generation fields the chat endpoint reads from {@code prompt} (part, key, style …), as an object
   * for {@code GenerationService.generate}.
   *
   * @throws ApiException 502 or 504 when the endpoint fails, times out or answers something unusable
   */
  public ObjectNode fields(String prompt) {
    if (client == null) {
      throw ApiException.unavailable("no chat endpoint is configured (chat.url)");
    }
    String url = settings.url().get();
    String target =
        url.endsWith("/chat/completions") ? url : url.replaceAll("/+$", "") + "/chat/completions";
    // every message below reaches HTTP and OSC callers (a ChatGPT chat) and the log: never the
    // URL's credentials
    String endpoint = Redaction.url(target);
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.put("model", settings.model());
    body.put("temperature", 0);
    body.putObject("response_format").put("type", "json_object");
    ArrayNode messages = body.putArray("messages");
    messages.addObject().put("role", "system").put("content", instructions());
    messages.addObject().put("role", "user").put("content", prompt);
    Request.Builder request;
    try {
      request = new Request.Builder()
          .url(target)
          .post(RequestBody.create(body.toString(), MediaType.get("application/json")));
    } catch (IllegalArgumentException e) {
      throw ApiException.upstream("chat.url " + endpoint + " is not a valid http(s) URL");
    }
    settings.apiKey().ifPresent(k -> request.header("Authorization", "Bearer " + k));
    okhttp3.HttpUrl parsed = okhttp3.HttpUrl.parse(target);
    if (settings.apiKey().isEmpty() && parsed != null && !parsed.username().isEmpty()) {
      // OkHttp does not send a URL's user-info by itself; a proxy behind basic auth expects it
      request.header(
          "Authorization", okhttp3.Credentials.basic(parsed.username(), parsed.password()));
    }
    String answer;
    try (Response response = client.newCall(request.build()).execute()) {
      ResponseBody responseBody = response.body();
      String text = responseBody == null ? "" : responseBody.string();
      if (!response.isSuccessful()) {
        throw ApiException.upstream("the chat endpoint " + endpoint + " answered HTTP "
            + response.code() + ": " + shorten(text));
      }
      answer = content(text, endpoint);
    } catch (InterruptedIOException e) {
      throw ApiException.upstreamTimeout("the chat endpoint " + endpoint + " did not answer within "
          + settings.timeout().toSeconds() + " s (chat.timeout_seconds)");
    } catch (IOException e) {
      throw ApiException.upstream("the chat endpoint " + endpoint + " could not be reached: "
          + Redaction.text(e.getMessage()));
    }
    return fieldsFrom(answer, endpoint);
  }

  private static String content(String text, String endpoint) {
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw ApiException.upstream("the chat endpoint " + endpoint
          + " answered with something that is not JSON: " + shorten(text));
    }
    JsonNode content = root.path("choices").path(0).path("message").path("content");
    if (!content.isTextual()) {
      throw ApiException.upstream("the chat endpoint " + endpoint
          + " answered without choices[0].message.content: " + shorten(text));
    }
    return content.textValue();
  }

  static ObjectNode fieldsFrom(String answer, String endpoint) {
    String text = answer.trim();
    if (text.startsWith("```")) {
      text = text.replaceAll("^```[a-zA-Z]*\\s*", "").replaceAll("\\s*```$", "");
    }
    JsonNode node;
    try {
      node = Json.MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw ApiException.upstream("the chat endpoint " + endpoint
          + " did not answer with a JSON object of fields: " + shorten(answer));
    }
    if (node == null || !node.isObject()) {
      throw ApiException.upstream("the chat endpoint " + endpoint
          + " did not answer with a JSON object of fields: " + shorten(answer));
    }
    ObjectNode fields = Json.MAPPER.createObjectNode();
    node.properties().forEach(e -> {
      if (FIELDS.contains(e.getKey()) && !e.getValue().isNull()) {
        fields.set(e.getKey(), e.getValue());
      }
    });
    if (fields.isEmpty()) {
      throw ApiException.upstream("the chat endpoint " + endpoint
          + " answered with none of the fields " + FIELDS + ": " + shorten(answer));
    }
    return fields;
  }

  static String instructions() {
    return "Turn the user's request for music into generation settings. Answer with one JSON object and nothing else,"
        + " using only these fields (omit what the user did not ask for): part (one of chords, bass, arp, drums);"
        + " key (Camelot like 10B or 8A); style (one of "
        + String.join(", ", Style.ids()) + ");"
        + " bars (" + GenerationRequest.MIN_BARS + "-" + GenerationRequest.MAX_BARS
        + "); tempo (BPM "
        + (int) GenerationRequest.MIN_TEMPO + "-" + (int) GenerationRequest.MAX_TEMPO
        + "); voicing (one of "
        + String.join(", ", Generators.voicings())
        + "); progression_type (Roman numerals joined by dashes, e.g. i-VI-III-VII);"
        + " pattern (arpeggio: " + String.join(", ", Generators.arpPatterns()) + "); octaves (1-4);"
        + " genre (drums: " + String.join(", ", Generators.styles(Part.DRUMS))
        + "); humanize (0-100); swing (0-100).";
  }

  private static String shorten(String text) {
    String t = text.replaceAll("\\s+", " ").trim();
    return t.length() > 200 ? t.substring(0, 200) + "\u2026" : t;
  }

  @Override
  public void close() {
    if (client != null) {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
  }

  /** For error messages in tests and docs. */
  static List<String> fieldNames() {
    return List.copyOf(FIELDS);
  }
}
