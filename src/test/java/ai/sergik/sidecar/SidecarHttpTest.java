package ai.sergik.sidecar;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.midifile.MidiFile;
import ai.sergik.midifile.MidiFiles;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The real server on an ephemeral loopback port, without a token, answering a real HTTP client. */
class SidecarHttpTest {
  @RegisterExtension
  static final RunningSidecar server = RunningSidecar.perClass();

  @Test
  void healthReportsVersionDataDirAndNoDeviceYet() throws Exception {
    HttpResponse<String> r = server.get("/health");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode body = RunningSidecar.json(r);
    assertThat(body.get("status").asText()).isEqualTo("ok");
    assertThat(body.get("version").asText()).isEqualTo("test");
    assertThat(body.get("data_dir").asText())
        .isEqualTo(RunningSidecar.DEMO_DATA.toAbsolutePath().normalize().toString());
    assertThat(body.get("uptime_seconds").asDouble()).isGreaterThanOrEqualTo(0);
    assertThat(body.get("osc_port").asInt()).isEqualTo(server.oscPort());
    assertThat(body.get("auth").asBoolean()).isFalse();
    assertThat(body.path("device").get("connected").asBoolean()).isFalse();
    assertThat(body.path("device").get("tempo").isNull()).isTrue();
  }

  @Test
  void chordProgressionUsesTheEarlierToolsDefaults() throws Exception {
    JsonNode body = RunningSidecar.json(server.postJson("/generate/chord_progression", "{}"));
    assertThat(body.get("status").asText()).isEqualTo("ok");
    assertThat(body.get("key").asText()).isEqualTo("10B");
    assertThat(body.get("progression").asText()).isEqualTo("i-VI-III-VII");
    assertThat(body.get("tempo").asDouble()).isEqualTo(125.0);
    assertThat(body.get("bars").asInt()).isEqualTo(8);
    assertThat(body.get("voicing").asText()).isEqualTo("stabs");
    assertThat(body.get("count").asInt()).isEqualTo(body.get("notes").size()).isPositive();
    // i-VI-III-VII in 10B is played in the relative minor, B minor: Bm, G, D, A
    assertThat(body.get("tonic").asText()).isEqualTo("B minor");
    assertThat(body.get("chord_names").size()).isEqualTo(4);
    assertThat(body.get("chord_names").get(0).asText()).startsWith("Bm");
    JsonNode note = body.get("notes").get(0);
    assertThat(note.fieldNames())
        .toIterable()
        .containsExactly("pitch", "start_time", "duration", "velocity", "mute");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/generate/chord_progression",
        "/generate/walking_bass",
        "/generate/arpeggios",
        "/generate/drums",
        "/generate/drum_variations"
      })
  void everyGenerationEndpointAnswersNotesAndTheSameRequestGivesTheSameNotes(String path)
      throws Exception {
    String request = "{\"key\":\"F#m\",\"bars\":2,\"tempo\":128,\"seed\":3}";
    JsonNode first = RunningSidecar.json(server.postJson(path, request));
    JsonNode again = RunningSidecar.json(server.postJson(path, request));
    assertThat(first.get("status").asText()).isEqualTo("ok");
    assertThat(first.get("count").asInt()).isEqualTo(first.get("notes").size()).isPositive();
    assertThat(first.get("tempo").asDouble()).isEqualTo(128.0);
    assertThat(first.get("notes")).isEqualTo(again.get("notes"));
  }

  @Test
  void formatMidReturnsAStandardMidiFileWithTheSameNotes() throws Exception {
    String request = "{\"key\":\"8A\",\"bars\":2}";
    JsonNode json = RunningSidecar.json(server.postJson("/generate/walking_bass", request));
    HttpResponse<byte[]> mid = server.postJsonBytes("/generate/walking_bass?format=mid", request);
    assertThat(mid.statusCode()).isEqualTo(200);
    assertThat(mid.headers().firstValue("Content-Type")).hasValue("audio/midi");
    assertThat(mid.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"sergik-bass-8A.mid\"");
    assertThat(Arrays.copyOf(mid.body(), 4)).isEqualTo("MThd".getBytes());
    MidiFile file = MidiFiles.read(mid.body(), "response");
    assertThat(file.allNotes()).hasSize(json.get("count").asInt());
    assertThat(file.tempo()).isEqualTo(125.0);
  }

  @Test
  void drumsGoOnChannelTenInMidiAndDrumVariationsVaryTheSeedPattern() throws Exception {
    HttpResponse<byte[]> mid =
        server.postJsonBytes("/generate/drums?format=mid", "{\"genre\":\"techno\",\"bars\":1}");
    assertThat(MidiFiles.read(mid.body(), "drums").tracks())
        .anySatisfy(t -> assertThat(t.channel()).isEqualTo(9));
    JsonNode body = RunningSidecar.json(
        server.postJson(
            "/generate/drum_variations",
            "{\"num_variations\":3,\"seed_pattern\":[{\"pitch\":36,\"start_time\":0,\"duration\":0.25},{\"pitch\":38,\"start_time\":1,\"duration\":0.25}]}"));
    assertThat(body.get("variation_count").asInt()).isEqualTo(3);
    assertThat(body.get("variations").size()).isEqualTo(3);
    assertThat(body.get("variation_bars").asInt()).isEqualTo(1);
    assertThat(body.get("seed_pattern_given").asBoolean()).isTrue();
    int total = 0;
    for (JsonNode v : body.get("variations")) total += v.size();
    assertThat(body.get("count").asInt()).isEqualTo(total);
  }

  @Test
  void humanizeKeepsTheNotesAndMovesThem() throws Exception {
    String notes =
        "[{\"pitch\":60,\"start_time\":0,\"duration\":1,\"velocity\":100},{\"pitch\":64,\"start_time\":1,\"duration\":1,\"velocity\":100}]";
    JsonNode body = RunningSidecar.json(server.postJson(
        "/transform/humanize",
        "{\"notes\":" + notes + ",\"timing_variance_ms\":30,\"velocity_variance\":20,\"seed\":5}"));
    assertThat(body.get("count").asInt()).isEqualTo(2);
    assertThat(body.get("notes").get(0).get("pitch").asInt()).isEqualTo(60);
    assertThat(body.get("timing_variance_ms").asDouble()).isEqualTo(30.0);
    assertThat(body.get("notes").toString()).isNotEqualTo(notes);
  }

  // ---- errors ----

  @Test
  void badJsonIs400NamingWhereItBroke() throws Exception {
    HttpResponse<String> r = server.postJson("/generate/chord_progression", "{\"bars\":8,");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body())
        .isEqualTo(
            "{\"status\":\"error\",\"error\":\"bad_request\",\"message\":\"request body is not valid JSON:"
                + " Unexpected end-of-input within/between Object entries (line 1, column 11)\"}");
  }

  @Test
  void aFieldOutOfRangeIs400NamingTheFieldAndTheRange() throws Exception {
    HttpResponse<String> r = server.postJson("/generate/chord_progression", "{\"bars\":0}");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(RunningSidecar.json(r).get("message").asText())
        .isEqualTo("bars must be an integer 1..64, got 0");
    r = server.postJson("/generate/chord_progression", "{\"voicing\":\"clusters\"}");
    assertThat(RunningSidecar.json(r).get("message").asText())
        .isEqualTo(
            "voicing \"clusters\" is unknown; use one of stabs, pads, spread, shell, rootless");
    r = server.postJson("/generate/arpeggios", "{\"speed\":0.3}");
    assertThat(RunningSidecar.json(r).get("message").asText())
        .startsWith("speed must be a step length in beats");
    r = server.postJson("/transform/humanize", "{}");
    assertThat(RunningSidecar.json(r).get("message").asText())
        .startsWith("notes must be a list of notes");
    r = server.postJson(
        "/transform/humanize", "{\"notes\":[{\"pitch\":200,\"start_time\":0,\"duration\":1}]}");
    assertThat(RunningSidecar.json(r).get("message").asText())
        .isEqualTo("notes: notes[0]: pitch must be a MIDI note 0..127, got 200");
    r = server.postJson("/generate/chord_progression?format=mp3", "{}");
    assertThat(RunningSidecar.json(r).get("message").asText())
        .isEqualTo("format must be json, mid or wav, got \"mp3\"");
    r = server.postJson("/generate/chord_progression", "[1,2]");
    assertThat(RunningSidecar.json(r).get("message").asText())
        .isEqualTo(
            "request body must be a JSON object such as {\"key\":\"10B\"}, got a JSON array");
  }

  @Test
  void unknownRouteIs404AndWrongMethodIs405WithAllow() throws Exception {
    HttpResponse<String> r = server.get("/generate/kazoo_solo");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body())
        .isEqualTo(
            "{\"status\":\"error\",\"error\":\"not_found\",\"message\":\"no route /generate/kazoo_solo; GET /openapi.yaml lists every route\"}");
    r = server.get("/generate/chord_progression");
    assertThat(r.statusCode()).isEqualTo(405);
    assertThat(r.headers().firstValue("Allow")).hasValue("POST");
    assertThat(RunningSidecar.json(r).get("message").asText())
        .isEqualTo("/generate/chord_progression answers POST, not GET");
  }

  @Test
  void aBodyOverOneMebibyteIs413() throws Exception {
    char[] big = new char[(1 << 20) + 10];
    Arrays.fill(big, ' ');
    HttpResponse<String> r =
        server.postJson("/generate/chord_progression", "{" + new String(big) + "}");
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(RunningSidecar.json(r).get("error").asText()).isEqualTo("payload_too_large");
    assertThat(RunningSidecar.json(r).get("message").asText())
        .isEqualTo("request body of 1048588 bytes is over the limit of 1048576 bytes (1 MiB)");
  }

  @Test
  void aBodyThatIsNotJsonIs415() throws Exception {
    HttpResponse<String> r = server.http.send(
        server
            .request("/generate/chord_progression")
            .header("Content-Type", "text/plain")
            .POST(HttpRequest.BodyPublishers.ofString("key=10B"))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(415);
    assertThat(r.body())
        .isEqualTo(
            "{\"status\":\"error\",\"error\":\"unsupported_media_type\",\"message\":"
                + "\"request body must be JSON: send Content-Type: application/json, not text/plain\"}");
  }

  @Test
  void errorsNeverCarryAStackTrace() throws Exception {
    HttpResponse<String> r = server.postJson("/generate/chord_progression", "{\"key\":\"X#\"}");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).doesNotContain("at ai.sergik", "Exception", "\\n\\tat ");
  }
}
