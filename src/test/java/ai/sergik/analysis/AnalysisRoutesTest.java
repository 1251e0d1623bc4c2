package ai.sergik.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.api.Json;
import ai.sergik.audio.TestWavs;
import ai.sergik.data.DataDir;
import ai.sergik.io.Digests;
import ai.sergik.sidecar.Sidecar;
import ai.sergik.sidecar.SidecarConfig;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** POST /gpt/analyze on the real sidecar over loopback. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalysisRoutesTest {
  private Path tmp;
  private Sidecar sidecar;
  private Path data, lib, wav;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  void start(@TempDir Path dir) throws Exception {
    tmp = dir;
    data = Files.createDirectories(tmp.resolve("data"));
    lib = Files.createDirectories(tmp.resolve("music"));
    Files.writeString(data.resolve("sergik.properties"), "library.roots=" + lib + "\n");
    wav = TestWavs.writeWav(
        lib.resolve("Loop 120.wav"),
        ai.sergik.cli.AnalyzeCommandTestAccess.chordWithClicks(44_100, 6),
        44_100,
        TestWavs.Sample.INT24);
    TestWavs.writeWav(
        tmp.resolve("outside.wav"),
        TestWavs.sine(440, -6, 1, 44_100, 1),
        44_100,
        TestWavs.Sample.INT16);
    Files.writeString(lib.resolve("fake.wav"), "not audio");
    sidecar =
        Sidecar.start(SidecarConfig.loopback(0, 0).withToken("secret"), new DataDir(data), "test");
  }

  @AfterAll
  void stop() {
    sidecar.stop(1000);
  }

  private HttpResponse<String> post(String json, String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(sidecar.httpUri() + "/gpt/analyze"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json));
    if (token != null) b.header("Authorization", "Bearer " + token);
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String json) throws Exception {
    return post(json, "secret");
  }

  private static JsonNode json(HttpResponse<String> r) throws Exception {
    return Json.MAPPER.readTree(r.body());
  }

  @Test
  void analysesAFileNamedRelativeToTheLibraryRoot() throws Exception {
    HttpResponse<String> r = post("{\"path\": \"Loop 120.wav\"}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode j = json(r);
    assertThat(j.get("status").asText()).isEqualTo("ok");
    assertThat(j.get("camelot").asText()).isEqualTo("11B");
    assertThat(j.get("key").asText()).isEqualTo("A major");
    assertThat(j.get("bpm").asDouble()).isBetween(117.6, 122.4);
    assertThat(j.get("lufs").isNumber()).isTrue();
    assertThat(j.get("mfcc_means")).hasSize(13);
    assertThat(j.get("chroma").get("A").asDouble())
        .isGreaterThan(j.get("chroma").get("G").asDouble());
    assertThat(j.get("track_id").asText())
        .isEqualTo(Digests.trackId(wav.toRealPath().toString()));
  }

  @Test
  void analysesATrackNamedByItsManifestId() throws Exception {
    Path manifest = Files.createDirectories(data.resolve("manifests")).resolve("tracks.csv");
    String id = Digests.trackId(wav.toString());
    Files.writeString(
        manifest,
        "track_id,filename,full_path\n" + id + ",Loop 120.wav," + wav + "\n"
            + "835084e04e2a,SERGIK - Jahdelicah 1.wav,/Users/machd/Desktop/SERGIKDROPZ/SERGIK - Jahdelicah 1.wav\n");
    HttpResponse<String> r = post("{\"track_id\": \"" + id + "\"}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(json(r).get("filename").asText()).isEqualTo("Loop 120.wav");

    HttpResponse<String> elsewhere = post("{\"track_id\": \"835084e04e2a\"}");
    assertThat(elsewhere.statusCode()).isEqualTo(404);
    assertThat(json(elsewhere).get("message").asText())
        .contains("track 835084e04e2a is listed, but its file is not on this machine");

    HttpResponse<String> unknown = post("{\"track_id\": \"000000000000\"}");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(json(unknown).get("error").asText()).isEqualTo("not_found");
  }

  @Test
  void refusesFilesOutsideTheLibraryRoots() throws Exception {
    for (String path : new String[] {tmp.resolve("outside.wav").toString(), "../outside.wav"}) {
      HttpResponse<String> r = post("{\"path\": " + Json.MAPPER.writeValueAsString(path) + "}");
      assertThat(r.statusCode()).as(path).isEqualTo(400);
      assertThat(json(r).get("message").asText())
          .startsWith(path + " is outside the library roots [" + lib + "]");
    }
  }

  @Test
  void missingFileIs404AndBrokenAudioIs400WithTheReason() throws Exception {
    HttpResponse<String> missing = post("{\"path\": \"nope.wav\"}");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(json(missing).get("message").asText())
        .isEqualTo("nope.wav: no such file under the library roots [" + lib + "]");
    HttpResponse<String> broken = post("{\"path\": \"fake.wav\"}");
    assertThat(broken.statusCode()).isEqualTo(400);
    assertThat(json(broken).get("message").asText())
        .contains("fake.wav")
        .contains("not a WAV header");
  }

  @Test
  void needsExactlyOneOfPathAndTrackId() throws Exception {
    for (String body :
        new String[] {"{}", "{\"path\": \"a.wav\", \"track_id\": \"835084e04e2a\"}"}) {
      HttpResponse<String> r = post(body);
      assertThat(r.statusCode()).isEqualTo(400);
      assertThat(json(r).get("message").asText()).startsWith("send exactly one of \"path\"");
    }
    HttpResponse<String> badId = post("{\"track_id\": \"XYZ\"}");
    assertThat(badId.statusCode()).isEqualTo(400);
    assertThat(json(badId).get("message").asText()).contains("track_id").contains("XYZ");
  }

  @Test
  void needsTheToken() throws Exception {
    assertThat(post("{\"path\": \"Loop 120.wav\"}", null).statusCode()).isEqualTo(401);
  }
}
