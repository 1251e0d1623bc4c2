package ai.sergik.sidecar;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.api.Json;
import ai.sergik.generate.GenerationRequest;
import ai.sergik.generate.Generators;
import ai.sergik.generate.Part;
import ai.sergik.music.NoteJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** POST /generate/fit on the real server: what was heard in the notes, and a part that fits them. */
class FitRoutesTest {
  @RegisterExtension
  static final RunningSidecar server = RunningSidecar.perClass();

  @Test
  void aBassFitsTheChordsOfANotesListAndSaysWhatItHeard() throws Exception {
    ai.sergik.generate.Generation made = Generators.generate(GenerationRequest.builder()
        .part(Part.CHORDS)
        .key("10A")
        .style("house")
        .bars(4)
        .seed(2)
        .build());
    String chords = NoteJson.toJsonArray(made.notes());
    JsonNode body = RunningSidecar.json(server.postJson(
        "/generate/fit", "{\"part\":\"bass\",\"seed\":2,\"notes\":" + chords + "}"));
    assertThat(body.get("status").asText()).isEqualTo("ok");
    assertThat(made.tonic().camelot()).isEqualTo("10A");
    assertThat(body.at("/heard/camelot").asText()).isEqualTo("10A");
    assertThat(body.at("/heard/chords/0/name").asText()).startsWith("Bm");
    assertThat(body.get("part").asText()).isEqualTo("bass");
    assertThat(body.get("count").asInt()).isEqualTo(body.get("notes").size()).isPositive();
    JsonNode first = body.get("notes").get(0);
    assertThat(first.get("start_time").asDouble()).isEqualTo(0.0);
    assertThat(first.get("pitch").asInt() % 12).as("B, the root of Bm").isEqualTo(11);
    JsonNode again = RunningSidecar.json(server.postJson(
        "/generate/fit", "{\"part\":\"bass\",\"seed\":2,\"notes\":" + chords + "}"));
    assertThat(again.get("notes")).isEqualTo(body.get("notes"));
    HttpResponse<byte[]> midi = server.postJsonBytes(
        "/generate/fit?format=mid", "{\"part\":\"chords\",\"notes\":" + chords + "}");
    assertThat(new String(midi.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("MThd");
  }

  @Test
  void badFitsAreRefusedNamingTheField() throws Exception {
    HttpResponse<String> noNotes = server.postJson("/generate/fit", "{\"part\":\"bass\"}");
    assertThat(noNotes.statusCode()).isEqualTo(400);
    assertThat(Json.MAPPER.readTree(noNotes.body()).get("message").asText()).contains("notes");
    HttpResponse<String> badPart = server.postJson(
        "/generate/fit",
        "{\"part\":\"tuba\",\"notes\":[{\"pitch\":60,\"start_time\":0,\"duration\":1}]}");
    assertThat(Json.MAPPER.readTree(badPart.body()).get("message").asText())
        .contains("part", "tuba", "counter-melody");
    String beat = NoteJson.toJsonArray(Generators.generate(GenerationRequest.builder()
            .part(Part.DRUMS)
            .drumGenre("techno")
            .bars(2)
            .build())
        .notes());
    HttpResponse<String> bassOnDrums =
        server.postJson("/generate/fit", "{\"part\":\"bass\",\"notes\":" + beat + "}");
    assertThat(bassOnDrums.statusCode()).isEqualTo(400);
    assertThat(Json.MAPPER.readTree(bassOnDrums.body()).get("message").asText()).contains("drums");
  }
}
