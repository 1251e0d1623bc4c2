package ai.sergik.sidecar;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.api.Json;
import ai.sergik.osc.OscMessages;
import ai.sergik.osc.OscProtocol;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** POST /gpt/generate with send_to_live pushes the notes to a fake device socket that confirms (or not). */
class SendToLiveTest {
  static RunningSidecar server;

  @BeforeAll
  static void start() throws Exception {
    server = RunningSidecar.start(SidecarConfig.loopback(0, 0).withPushConfirmTimeout(Duration.ofMillis(1500)));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void theDeviceReceivesThePushAndItsConfirmationIsReported() throws Exception {
    try (FakeDevice device = new FakeDevice(server.oscPort())) {
      device.send(OscMessages.test(1));
      OscMessages.readAck(device.receive());
      device.send(OscMessages.tempo(121));
      CompletableFuture<HttpResponse<String>> answer = CompletableFuture.supplyAsync(() -> {
        try {
          return server.postJson("/gpt/generate",
              "{\"prompt\":\"16 bars of deep house chords in 10B\",\"send_to_live\":true,\"track\":2,\"play\":true}");
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      String payload = device.receiveNotes(OscProtocol.PUSH_REQUEST);
      JsonNode pushed = Json.MAPPER.readTree(payload);
      assertThat(pushed.get("track").asInt()).isEqualTo(2);
      assertThat(pushed.get("play").asBoolean()).isTrue();
      assertThat(pushed.get("key").asText()).isEqualTo("10B");
      int pushId = pushed.get(OscProtocol.PUSH_ID_FIELD).asInt();
      device.send(OscMessages.action(0, OscProtocol.ACTION_NOTES_RECEIVED,
          "{\"push_id\":" + pushId + ",\"count\":" + pushed.get("count").asInt() + "}"));

      HttpResponse<String> r = answer.get();
      assertThat(r.statusCode()).isEqualTo(200);
      JsonNode body = RunningSidecar.json(r);
      assertThat(body.get("notes")).isEqualTo(pushed.get("notes"));
      assertThat(body.get("tempo").asDouble()).as("Live's tempo when the prompt names none").isEqualTo(121.0);
      assertThat(body.get("defaults").toString()).contains("tempo 121 (Live's tempo)");
      JsonNode live = body.get("live");
      assertThat(live.get("sent").asBoolean()).isTrue();
      assertThat(live.get("confirmed").asBoolean()).isTrue();
      assertThat(live.get("device_connected").asBoolean()).isTrue();
      assertThat(live.get("sent_to").asText()).isEqualTo("127.0.0.1:" + device.port());
      assertThat(live.get("push_id").asInt()).isEqualTo(pushId);
      assertThat(live.get("device_reply").get("count").asInt()).isEqualTo(pushed.get("count").asInt());
      assertThat(live.get("message").asText()).isEqualTo("The device in Live confirmed it received the notes.");
    }
  }

  @Test
  void withoutAConfirmationTheAnswerSaysSo() throws Exception {
    try (FakeDevice device = new FakeDevice(server.oscPort())) {
      device.send(OscMessages.test(1));
      OscMessages.readAck(device.receive());
      long started = System.nanoTime();
      HttpResponse<String> r = server.postJson("/gpt/generate", "{\"prompt\":\"techno drums\",\"send_to_live\":true}");
      long tookMs = (System.nanoTime() - started) / 1_000_000;
      assertThat(r.statusCode()).isEqualTo(200);
      JsonNode live = RunningSidecar.json(r).get("live");
      assertThat(live.get("confirmed").asBoolean()).isFalse();
      assertThat(live.get("message").asText()).isEqualTo("Sent to 127.0.0.1:" + device.port()
          + ", but no device confirmed within 1500 ms.");
      assertThat(tookMs).as("waits only for the confirmation timeout").isLessThan(10_000);
      assertThat(device.receiveNotes(0)).contains("\"push_id\"");
    }
  }

  @Test
  void theAnswerSaysWhatWasUnderstoodAndMade() throws Exception {
    JsonNode body = RunningSidecar.json(server.postJson("/gpt/generate", "{\"prompt\":\"generate chords in 10B\"}"));
    assertThat(body.get("status").asText()).isEqualTo("ok");
    assertThat(body.get("understood").get("key").get("value").asText()).isEqualTo("10B");
    assertThat(body.get("understood").get("key").get("from").asText()).isEqualTo("10B");
    assertThat(body.get("understood").get("part").get("value").asText()).isEqualTo("chords");
    assertThat(body.get("message").asText()).startsWith("Made 8 bars of house chords in 10B (D major) at ");
    assertThat(body.has("live")).isFalse();
    HttpResponse<String> unreadable = server.postJson("/gpt/generate", "{\"prompt\":\"something like a rainy afternoon\"}");
    assertThat(unreadable.statusCode()).isEqualTo(400);
    assertThat(RunningSidecar.json(unreadable).get("message").asText())
        .startsWith("could not read a part, key, style, length or tempo in \"something like a rainy afternoon\"; try for example");
    HttpResponse<String> missing = server.postJson("/gpt/generate", "{}");
    assertThat(RunningSidecar.json(missing).get("message").asText())
        .isEqualTo("prompt must be a sentence such as \"8 bars of deep house chords in 10B\", got nothing");
  }
}
