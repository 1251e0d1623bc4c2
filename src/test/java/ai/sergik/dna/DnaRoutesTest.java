package ai.sergik.dna;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.data.DataDir;
import ai.sergik.sidecar.Sidecar;
import ai.sergik.sidecar.SidecarConfig;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** POST /gpt/dna/compare on the real sidecar, on loopback, over the earlier tool's catalog. */
class DnaRoutesTest {
  static final String TOKEN = "dna-token";

  @TempDir
  static Path tmp;

  static Sidecar sidecar;
  static Path empty;
  static Sidecar bare;
  final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void start() throws Exception {
    Path data = SergikRefCorpus.copyTo(tmp.resolve("data"));
    new DnaService(new DataDir(data), AudioTraits.ANALYZER).build(Instant.EPOCH, false);
    Path library = java.nio.file.Files.createDirectories(tmp.resolve("library"));
    writeTone(library.resolve("idea.wav"));
    java.nio.file.Files.writeString(
        data.resolve("sergik.properties"), "library.roots=" + library + "\n");
    sidecar =
        Sidecar.start(SidecarConfig.loopback(0, 0).withToken(TOKEN), new DataDir(data), "test");
    empty = java.nio.file.Files.createDirectories(tmp.resolve("empty"));
    bare = Sidecar.start(SidecarConfig.loopback(0, 0).withToken(TOKEN), new DataDir(empty), "test");
  }

  @AfterAll
  static void stop() {
    sidecar.stop(1000);
    bare.stop(1000);
  }

  private HttpResponse<String> post(Sidecar to, String json, String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(to.httpUri() + "/gpt/dna/compare"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json))
        .timeout(Duration.ofSeconds(30));
    if (token != null) b.header("Authorization", "Bearer " + token);
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void scoresGivenValuesWithPartsAndSuggestions() throws Exception {
    HttpResponse<String> r =
        post(sidecar, "{\"bpm\": 105, \"key\": \"F minor\", \"energy\": 3}", TOKEN);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode body = new ObjectMapper().readTree(r.body());
    assertThat(body.get("status").asText()).isEqualTo("ok");
    assertThat(body.get("traits").get("key").asText()).isEqualTo("4A");
    assertThat(body.get("parts")).hasSize(3);
    assertThat(body.get("parts").get(1).get("verdict").asText()).isEqualTo("distant");
    assertThat(body.get("suggestions").get(0).asText())
        .isEqualTo(
            "tempo 105 → 86 puts it in your downtempo and hip-hop zone (48% of your tracks)");
    assertThat(body.get("score").asInt()).isEqualTo(24);
  }

  /** 6 s of a D major triad with a click every beat at 124 BPM, 16-bit mono. */
  static void writeTone(Path wav) throws Exception {
    float rate = 22_050f;
    int frames = (int) (rate * 6);
    byte[] pcm = new byte[frames * 2];
    for (int i = 0; i < frames; i++) {
      double t = i / rate, sinceBeat = t % (60.0 / 124);
      double v = 0.15
          * (Math.sin(2 * Math.PI * 293.66 * t)
              + Math.sin(2 * Math.PI * 369.99 * t)
              + Math.sin(2 * Math.PI * 440 * t));
      if (sinceBeat < 0.03) v += 0.5 * Math.sin(2 * Math.PI * 60 * sinceBeat);
      short s = (short) Math.round(Math.max(-1, Math.min(1, v)) * 20000);
      pcm[2 * i] = (byte) s;
      pcm[2 * i + 1] = (byte) (s >> 8);
    }
    javax.sound.sampled.AudioFormat format =
        new javax.sound.sampled.AudioFormat(rate, 16, 1, true, false);
    try (var in = new javax.sound.sampled.AudioInputStream(
        new java.io.ByteArrayInputStream(pcm), format, frames)) {
      javax.sound.sampled.AudioSystem.write(
          in, javax.sound.sampled.AudioFileFormat.Type.WAVE, wav.toFile());
    }
  }

  @Test
  void gptAnalyzeCarriesTheDnaPart() throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(sidecar.httpUri() + "/gpt/analyze"))
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + TOKEN)
        .POST(HttpRequest.BodyPublishers.ofString("{\"path\": \"idea.wav\"}"))
        .timeout(Duration.ofSeconds(60))
        .build();
    HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode dna = new ObjectMapper().readTree(r.body()).get("dna");
    assertThat(dna.get("available").asBoolean()).isTrue();
    assertThat(dna.get("parts")).hasSize(3);
    assertThat(dna.get("score").asInt()).isBetween(0, 100);
    assertThat(dna.get("source").asText()).startsWith("analysis of ");
  }

  @Test
  void scoresACatalogTrackById() throws Exception {
    HttpResponse<String> r = post(sidecar, "{\"track\": \"835084e04e2a\"}", TOKEN);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode body = new ObjectMapper().readTree(r.body());
    assertThat(body.get("traits").get("bpm").asDouble()).isEqualTo(129.2);
    assertThat(body.get("score").asInt()).isEqualTo(100);
  }

  @Test
  void errorsAreJsonWithTheRightStatus() throws Exception {
    HttpResponse<String> badKey = post(sidecar, "{\"key\": \"H major\"}", TOKEN);
    assertThat(badKey.statusCode()).isEqualTo(400);
    assertThat(badKey.body()).contains("\"status\":\"error\"").contains("key");
    HttpResponse<String> nothing = post(sidecar, "{}", TOKEN);
    assertThat(nothing.statusCode()).isEqualTo(400);
    assertThat(new ObjectMapper().readTree(nothing.body()).get("message").asText())
        .isEqualTo(
            "give a catalog track (\"track\": a track_id or analysed file name) or any of \"bpm\", \"key\" and \"energy\"");
    HttpResponse<String> unknown = post(sidecar, "{\"track\": \"/etc/passwd\"}", TOKEN);
    assertThat(unknown.statusCode()).isEqualTo(404);
    HttpResponse<String> noProfile = post(bare, "{\"bpm\": 120}", TOKEN);
    assertThat(noProfile.statusCode()).isEqualTo(404);
    assertThat(noProfile.body()).contains("run `sergik dna build` first");
    assertThat(post(sidecar, "{\"bpm\": 120}", null).statusCode()).isEqualTo(401);
  }
}
