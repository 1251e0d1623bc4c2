package ai.sergik.sidecar;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.api.Json;
import ai.sergik.osc.OscMessages;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The HTTP API and the OSC face take hip-hop in every spelling they took before, for the bass and the drums. */
class StyleSpellingsServerTest {
  @RegisterExtension
  static final RunningSidecar server = RunningSidecar.perClass();

  @ParameterizedTest
  @ValueSource(strings = {"hip-hop", "hiphop", "hip hop", "rap"})
  void walkingBassAndDrums(String spelling) throws Exception {
    HttpResponse<String> bass =
        server.postJson("/generate/walking_bass", "{\"style\":\"" + spelling + "\",\"bars\":1}");
    assertThat(bass.statusCode()).as(bass.body()).isEqualTo(200);
    HttpResponse<String> drums =
        server.postJson("/generate/drums", "{\"genre\":\"" + spelling + "\",\"bars\":1}");
    assertThat(drums.statusCode()).as(drums.body()).isEqualTo(200);
    JsonNode d = RunningSidecar.json(drums);
    assertThat(d.get("genre").asText()).isEqualTo("hip-hop");
  }

  @ParameterizedTest
  @ValueSource(strings = {"hip-hop", "hiphop", "hip hop", "rap"})
  void oscGenerateRequests(String spelling) throws Exception {
    try (FakeDevice device = new FakeDevice(server.oscPort())) {
      device.hello("dev-" + device.port(), "Bass");
      device.send(OscMessages.generate(
          31, "{\"part\":\"bass\",\"style\":\"" + spelling + "\",\"bars\":1}"));
      JsonNode bass = Json.MAPPER.readTree(device.receiveNotes(31));
      assertThat(bass.get("part").asText()).isEqualTo("bass");
      device.send(OscMessages.generate(
          32, "{\"part\":\"drums\",\"genre\":\"" + spelling + "\",\"bars\":1}"));
      assertThat(Json.MAPPER.readTree(device.receiveNotes(32)).get("genre").asText())
          .isEqualTo("hip-hop");
    }
  }

  @Test
  void anUnknownBassStyleNamesTheField() throws Exception {
    HttpResponse<String> r = server.postJson("/generate/walking_bass", "{\"style\":\"polka\"}");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("style").contains("polka").contains("hiphop");
  }
}
