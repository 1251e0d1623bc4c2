package ai.sergik.sidecar;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.api.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The optional OpenAI-compatible chat endpoint, played by mockwebserver3, for prompts the parser cannot read. */
class ChatFallbackTest {
  MockWebServer chat;
  RunningSidecar server;

  @BeforeEach
  void start() throws Exception {
    chat = new MockWebServer();
    chat.start();
    ai.sergik.prompt.ChatSettings settings = new ai.sergik.prompt.ChatSettings(
        Optional.of(chat.url("/v1").toString()),
        "test-model",
        Optional.of("sk-test"),
        Duration.ofSeconds(1));
    server = RunningSidecar.start(SidecarConfig.loopback(0, 0).withChat(settings));
  }

  @AfterEach
  void stop() {
    server.close();
    chat.close();
  }

  /** What {@code POST /gpt/generate} answers for {@code text}, typed as ChatGPT sends it. */
  HttpResponse<String> prompt(String text) throws Exception {
    return server.postJson("/gpt/generate", "{\"prompt\":\"" + text + "\"}");
  }

  static MockResponse answer(String content) {
    String body = "{\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":"
        + Json.MAPPER.valueToTree(content) + "}}]}";
    return new MockResponse.Builder()
        .code(200)
        .setHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  @Test
  void anUnreadablePromptGoesToTheChatEndpointAndItsFieldsAreUsed() throws Exception {
    chat.enqueue(answer(
        "{\"part\":\"bass\",\"key\":\"8A\",\"bars\":2,\"style\":\"jazz\",\"mood\":\"ignored\"}"));
    HttpResponse<String> r = prompt("something like a rainy afternoon");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode body = RunningSidecar.json(r);
    assertThat(body.get("parsed_by").asText()).isEqualTo("chat");
    assertThat(body.get("part").asText()).isEqualTo("bass");
    assertThat(body.get("key").asText()).isEqualTo("8A");
    assertThat(body.get("understood").has("mood")).isFalse();
    RecordedRequest sent = chat.takeRequest(5, TimeUnit.SECONDS);
    assertThat(sent.getUrl().encodedPath()).isEqualTo("/v1/chat/completions");
    assertThat(sent.getHeaders().get("Authorization")).isEqualTo("Bearer sk-test");
    JsonNode request = Json.MAPPER.readTree(sent.getBody().utf8());
    assertThat(request.get("model").asText()).isEqualTo("test-model");
    assertThat(request.get("response_format").get("type").asText()).isEqualTo("json_object");
    assertThat(request.get("messages").get(1).get("content").asText())
        .isEqualTo("something like a rainy afternoon");
  }

  @Test
  void aReadablePromptNeverCallsTheChatEndpoint() throws Exception {
    HttpResponse<String> r = prompt("chords in 10B");
    assertThat(RunningSidecar.json(r).get("parsed_by").asText()).isEqualTo("parser");
    assertThat(chat.getRequestCount()).isZero();
  }

  @Test
  void anHttpFailureIs502NamingTheEndpoint() throws Exception {
    chat.enqueue(new MockResponse.Builder().code(500).body("upstream exploded").build());
    HttpResponse<String> r = prompt("something like a rainy afternoon");
    assertThat(r.statusCode()).isEqualTo(502);
    assertThat(RunningSidecar.json(r).get("message").asText())
        .isEqualTo("the chat endpoint " + chat.url("/v1/chat/completions")
            + " answered HTTP 500: upstream exploded");
  }

  @Test
  void aSlowEndpointIs504AfterTheTimeoutNotAHang() throws Exception {
    chat.enqueue(new MockResponse.Builder()
        .code(200)
        .body("{}")
        .headersDelay(5, TimeUnit.SECONDS)
        .build());
    long started = System.nanoTime();
    HttpResponse<String> r = prompt("something like a rainy afternoon");
    long tookMs = (System.nanoTime() - started) / 1_000_000;
    assertThat(r.statusCode()).isEqualTo(504);
    assertThat(RunningSidecar.json(r).get("message").asText())
        .isEqualTo("the chat endpoint " + chat.url("/v1/chat/completions")
            + " did not answer within 1 s (chat.timeout_seconds)");
    assertThat(tookMs).isLessThan(4_000);
  }

  @Test
  void anAnswerThatIsNotFieldsIs502() throws Exception {
    chat.enqueue(answer("Sure! Here are some chords: Am F C G"));
    HttpResponse<String> r = prompt("something like a rainy afternoon");
    assertThat(r.statusCode()).isEqualTo(502);
    assertThat(RunningSidecar.json(r).get("message").asText())
        .startsWith("the chat endpoint " + chat.url("/v1/chat/completions")
            + " did not answer with a JSON object of fields: Sure!");
    chat.enqueue(answer("{\"bars\":500}"));
    r = prompt("something like a rainy afternoon");
    assertThat(r.statusCode()).isEqualTo(502);
    assertThat(RunningSidecar.json(r).get("message").asText())
        .startsWith(
            "the chat endpoint suggested settings that do not work (bars must be an integer 1..64, got 500)");
  }

  @Test
  void anUnreachableEndpointIs502() throws Exception {
    chat.close();
    HttpResponse<String> r = prompt("something like a rainy afternoon");
    assertThat(r.statusCode()).isEqualTo(502);
    assertThat(RunningSidecar.json(r).get("message").asText()).contains("could not be reached");
  }

  @Test
  void wordsLeftUnreadAreAskedAboutAndTheChatFillsOnlyWhatTheParserLeftAtADefault()
      throws Exception {
    chat.enqueue(answer("{\"key\":\"8A\",\"style\":\"jazz\",\"bars\":4}"));
    HttpResponse<String> r = prompt("techno chords like a rainy afternoon");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode body = RunningSidecar.json(r);
    assertThat(body.get("parsed_by").asText()).isEqualTo("parser+chat");
    assertThat(body.get("style").asText()).as("what the parser read stands").isEqualTo("techno");
    assertThat(body.get("key").asText()).isEqualTo("8A");
    assertThat(body.get("bars").asInt()).isEqualTo(4);
    assertThat(body.at("/understood/key/from").asText()).isEqualTo("chat");
    assertThat(body.get("defaults").toString()).doesNotContain("key ").doesNotContain("bars ");
    assertThat(chat.takeRequest(5, TimeUnit.SECONDS)).isNotNull();
  }

  @Test
  void whenTheChatFailsOnAPartlyReadPromptTheParsersReadingIsUsedAndSaidSo() throws Exception {
    chat.enqueue(new MockResponse.Builder().code(500).body("down").build());
    HttpResponse<String> r = prompt("techno chords like a rainy afternoon");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode body = RunningSidecar.json(r);
    assertThat(body.get("parsed_by").asText()).isEqualTo("parser");
    assertThat(body.get("message").asText())
        .contains("The chat endpoint was asked about \"rainy afternoon\" but failed");
  }
}
