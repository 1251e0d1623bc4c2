package ai.sergik.sidecar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** POST /live/notes: given notes written by the device on a named track, over real UDP. */
class LiveNotesTest {
  @RegisterExtension
  static final RunningSidecar server = RunningSidecar.perClass();

  static final String NOTES =
      "[{\"pitch\":45,\"start_time\":0,\"duration\":1},{\"pitch\":52,\"start_time\":1.5,\"duration\":0.5}]";

  @Test
  void theNotesReachTheDeviceOnTheTrackAndTheAnswerSaysItConfirmed() throws Exception {
    try (FakeDevice bass = new FakeDevice(server.oscPort())) {
      bass.hello("dev-bass", "Bass");
      var answer = new java.util.concurrent.CompletableFuture<HttpResponse<String>>();
      Thread client = new Thread(() -> {
        try {
          answer.complete(server.postJson(
              "/live/notes", "{\"track\":\"bass\",\"tempo\":124,\"notes\":" + NOTES + "}"));
        } catch (Exception e) {
          answer.completeExceptionally(e);
        }
      });
      client.start();
      JsonNode pushed = SendToLiveTest.confirm(bass, "");
      assertThat(pushed.get("notes").size()).isEqualTo(2);
      assertThat(pushed.get("tempo").asDouble()).isEqualTo(124.0);
      JsonNode body = RunningSidecar.json(answer.get(10, java.util.concurrent.TimeUnit.SECONDS));
      assertThat(body.get("count").asInt()).isEqualTo(2);
      assertThat(body.at("/live/confirmed").asBoolean()).isTrue();
      assertThat(body.at("/live/track").asText()).isEqualTo("Bass");
    }
  }

  @Test
  void anUnknownTrackIsRefusedNamingTheConnectedOnes() throws Exception {
    try (FakeDevice keys = new FakeDevice(server.oscPort())) {
      keys.hello("dev-keys", "Keys");
      HttpResponse<String> r =
          server.postJson("/live/notes", "{\"track\":\"Drums\",\"notes\":" + NOTES + "}");
      assertThat(r.statusCode()).isEqualTo(400);
      assertThat(RunningSidecar.json(r).get("message").asText()).contains("Drums", "Keys");
    }
    HttpResponse<String> none = server.postJson("/live/notes", "{\"notes\":[]}");
    assertThat(RunningSidecar.json(none).get("message").asText()).contains("at least one note");
  }
}
