package ai.sergik.sidecar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The HTTP API takes hip-hop in every spelling it took before, for the walking bass and the drums. */
class StyleSpellingsHttpTest {
  static RunningSidecar server;

  @BeforeAll
  static void start() throws Exception {
    server = RunningSidecar.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"hip-hop", "hiphop", "hip hop", "rap"})
  void walkingBassAndDrums(String spelling) throws Exception {
    HttpResponse<String> bass = server.postJson("/generate/walking_bass", "{\"style\":\"" + spelling + "\",\"bars\":1}");
    assertThat(bass.statusCode()).as(bass.body()).isEqualTo(200);
    HttpResponse<String> drums = server.postJson("/generate/drums", "{\"genre\":\"" + spelling + "\",\"bars\":1}");
    assertThat(drums.statusCode()).as(drums.body()).isEqualTo(200);
    JsonNode d = RunningSidecar.json(drums);
    assertThat(d.get("genre").asText()).isEqualTo("hip-hop");
  }

  @Test
  void anUnknownBassStyleNamesTheField() throws Exception {
    HttpResponse<String> r = server.postJson("/generate/walking_bass", "{\"style\":\"polka\"}");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("style").contains("polka").contains("hiphop");
  }
}
