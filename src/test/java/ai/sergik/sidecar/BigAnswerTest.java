package ai.sergik.sidecar;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.midifile.MidiFiles;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every answer stays under ChatGPT's 100,000 characters; big results come as a summary and a download link. */
class BigAnswerTest {
  @RegisterExtension
  static final RunningSidecar server =
      RunningSidecar.perClass(SidecarConfig.loopback(0, 0).withToken("big-token"));

  @ParameterizedTest
  @ValueSource(
      strings = {
        "64 bars of arpeggio in 8A, 1/32 notes, 4 octaves",
        "8 bars of busy techno drums with 16 variations",
        "64 bars of busy drum and bass drums, 2 variations"
      })
  void bigPromptResultsAreASummaryWithTheFirstBarsAndALinkToTheWholeFile(String prompt)
      throws Exception {
    HttpResponse<String> r = server.postJson("/gpt/generate", "{\"prompt\":\"" + prompt + "\"}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.body().length()).isLessThan(100_000);
    JsonNode body = RunningSidecar.json(r);
    assertThat(body.get("notes_complete").asBoolean()).isFalse();
    assertThat(body.get("bars_shown").asInt()).isBetween(1, 4);
    assertThat(body.get("notes").size())
        .isEqualTo(body.get("notes_shown").asInt())
        .isPositive();
    for (JsonNode n : body.get("notes")) {
      assertThat(n.get("start_time").asDouble())
          .isLessThan(body.get("bars_shown").asInt() * 4.0);
    }
    assertThat(body.get("message").asText()).contains(body.at("/download/url").asText());

    // the link works without the token, as a browser or the device would fetch it
    HttpResponse<byte[]> file = HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(body.at("/download/url").asText()))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.headers().firstValue("Content-Type")).hasValue("audio/midi");
    assertThat(file.body().length).isEqualTo(body.at("/download/bytes").asInt());
    int notesInFile =
        MidiFiles.read(file.body(), "download").tracks().get(0).notes().size();
    assertThat(notesInFile).isEqualTo(body.get("count").asInt());
  }

  @Test
  void smallResultsStayWhole() throws Exception {
    JsonNode body = RunningSidecar.json(
        server.postJson("/gpt/generate", "{\"prompt\":\"8 bars of deep house chords in 10B\"}"));
    assertThat(body.has("download")).isFalse();
    assertThat(body.get("notes").size()).isEqualTo(body.get("count").asInt());
  }

  @Test
  void theEndpointsOfTheEarlierToolAlsoAnswerBigResultsWithALink() throws Exception {
    HttpResponse<String> r = server.postJson(
        "/generate/arpeggios", "{\"key\":\"8A\",\"bars\":64,\"rate\":\"1/32\",\"octaves\":4}");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body().length()).isLessThan(100_000);
    assertThat(RunningSidecar.json(r).at("/download/url").asText())
        .matches("http://127\\.0\\.0\\.1:\\d+/files/[0-9a-f]{32}\\.mid");
  }

  @Test
  void barsTimesVariationsIsCappedWithAMessageSayingWhatFits() throws Exception {
    HttpResponse<String> r = server.postJson(
        "/gpt/generate", "{\"prompt\":\"64 bars of busy techno drums with 16 variations\"}");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(RunningSidecar.json(r).get("message").asText())
        .isEqualTo(
            "16 variations of 64 bars would be 1024 bars; one request makes at most 128 bars in all: ask for at most 2"
                + " variations of 64 bars, or for shorter ones (e.g. 16 variations of 8 bars)");
    HttpResponse<String> direct =
        server.postJson("/generate/drum_variations", "{\"bars\":64,\"num_variations\":3}");
    assertThat(direct.statusCode()).isEqualTo(400);
    assertThat(RunningSidecar.json(direct).get("message").asText())
        .startsWith("3 variations of 64 bars would be 192 bars");
  }

  @Test
  void anUnknownOrExpiredFileIsA404ThatSaysWhatToDo() throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(server.uri("/files/" + "ab".repeat(16) + ".mid"))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(RunningSidecar.json(r).get("message").asText())
        .isEqualTo("no file " + "ab".repeat(16)
            + ".mid: download links last 30 minutes; ask for the result again");
  }

  /** The largest request each generation endpoint takes still answers under 100,000 characters. */
  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
      /generate/chord_progression | {"bars":64,"voicing":"spread","ninths":true,"humanize":100}
      /generate/walking_bass      | {"bars":64,"style":"jazz","humanize":100}
      /generate/arpeggios         | {"bars":64,"rate":"1/32t","octaves":4,"humanize":100}
      /generate/drums             | {"bars":64,"genre":"drum-and-bass","density":2.0,"humanize":100,"swing":100}
      /generate/drum_variations   | {"bars":8,"num_variations":16,"genre":"techno","density":2.0,"humanize":100}
      /gpt/generate               | {"prompt":"64 bars of busy drum and bass drums, 2 variations, heavily humanized"}
      """)
  void theLargestRequestOfEachEndpointStaysUnderTheLimit(String path, String body)
      throws Exception {
    HttpResponse<String> r = server.postJson(path, body);
    assertThat(r.statusCode())
        .as(r.body().substring(0, Math.min(300, r.body().length())))
        .isEqualTo(200);
    assertThat(r.body().length()).isLessThan(100_000);
  }
}
