package ai.sergik.studio;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.analysis.DemoAudio;
import ai.sergik.api.Json;
import ai.sergik.data.DataDir;
import ai.sergik.io.Digests;
import ai.sergik.io.FileTrees;
import ai.sergik.sidecar.Sidecar;
import ai.sergik.sidecar.SidecarConfig;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashSet;
import java.util.Set;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The studio's routes on the real server with a token, through a real HTTP client. */
class StudioRoutesTest {
  static final String TOKEN = "studio-token";

  @TempDir
  static Path temp;

  static Sidecar sidecar;
  static Path data;
  static final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @BeforeAll
  static void start() throws Exception {
    data = temp.resolve("data");
    Path demo = Paths.get(System.getProperty("sergik.basedir", ".")).resolve("data");
    FileTrees.copy(demo, data);
    DemoAudio.renderMissing(new DataDir(data));
    sidecar =
        Sidecar.start(SidecarConfig.loopback(0, 0).withToken(TOKEN), new DataDir(data), "test");
  }

  @AfterAll
  static void stop() {
    sidecar.stop(1000);
  }

  static HttpResponse<byte[]> get(String path, boolean withToken) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(sidecar.httpUri() + path));
    if (withToken) b.header("Authorization", "Bearer " + TOKEN);
    return http.send(b.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  static HttpResponse<byte[]> post(String path, String json) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(sidecar.httpUri() + path))
            .header("Authorization", "Bearer " + TOKEN)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  static JsonNode json(HttpResponse<byte[]> r) throws Exception {
    return Json.MAPPER.readTree(r.body());
  }

  @Test
  void thePageAndItsFilesAnswerWithoutTheTokenAndHoldNoData() throws Exception {
    HttpResponse<byte[]> page = get("/", false);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    String html = new String(page.body(), StandardCharsets.UTF_8);
    assertThat(html)
        .contains("<title>SERGIK Studio</title>", "/studio/app.js")
        .doesNotContain("http://", "https://");
    assertThat(get("/studio/app.js", false).headers().firstValue("Content-Type").orElse(""))
        .startsWith("text/javascript");
    assertThat(get("/studio/app.css", false).statusCode()).isEqualTo(200);
  }

  @Test
  void everyStudioDataRouteNeedsTheTokenLikeTheRestOfTheApi() throws Exception {
    for (String path : new String[] {
      "/studio/library",
      "/studio/tracks",
      "/studio/dna",
      "/studio/options",
      "/studio/set?path=x",
      "/studio/track?id=x",
      "/studio/track/audio?id=x",
      "/studio/fits?id=x"
    }) {
      assertThat(get(path, false).statusCode()).as(path).isEqualTo(401);
    }
    assertThat(get("/studio/library", true).statusCode()).isEqualTo(200);
  }

  @Test
  void libraryPagesVisitEveryItemOnce() throws Exception {
    JsonNode first = json(get("/studio/library?size=2", true));
    int total = first.get("total").asInt();
    assertThat(total).isGreaterThan(4);
    Set<String> seen = new HashSet<>();
    for (int page = 1; page <= first.get("pages").asInt(); page++) {
      JsonNode answer = json(get("/studio/library?size=2&page=" + page, true));
      for (JsonNode item : answer.get("items")) {
        assertThat(seen.add(item.get("type").asText() + "|" + item.get("name").asText() + "|"
                + item.path("path").asText()))
            .as("item on page " + page + " seen before: " + item)
            .isTrue();
      }
    }
    assertThat(seen).hasSize(total);
  }

  @Test
  void libraryFiltersByModificationDateAndNamesTheDateFormatWhenItIsWrong() throws Exception {
    JsonNode answer = json(get("/studio/library?type=project&from=2024-01-01&size=100", true));
    assertThat(answer.get("items")).isNotEmpty();
    for (JsonNode item : answer.get("items"))
      assertThat(item.get("modified").asText()).isGreaterThanOrEqualTo("2024-01-01");
    JsonNode all = json(get("/studio/library?type=project&size=100", true));
    assertThat(all.get("total").asInt()).isGreaterThan(answer.get("total").asInt());
    HttpResponse<byte[]> bad = get("/studio/library?from=2024-13", true);
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(json(bad).get("message").asText()).contains("from", "2024-01-31", "2024-13");
  }

  @Test
  void aSetAnswersWithItsTracksDevicesClipsAndSamples() throws Exception {
    String path =
        "/Users/sergik/Music/Ableton/Projects/SERGIK x Nala - Midnight Drive Project/SERGIK x Nala - Midnight Drive.als";
    JsonNode set = json(get(
            "/studio/set?path=" + URLEncoder.encode(path, StandardCharsets.UTF_8), true))
        .get("set");
    assertThat(set.get("project_name").asText()).isEqualTo("SERGIK x Nala - Midnight Drive");
    JsonNode bass = null;
    for (JsonNode t : set.get("tracks")) if (t.get("name").asText().equals("Bass")) bass = t;
    assertThat(bass).isNotNull();
    assertThat(bass.get("devices").findValuesAsText("name")).contains("Serum");
    assertThat(bass.get("clips").findValuesAsText("name")).contains("Bass 1");
    assertThat(set.get("samples").findValuesAsText("file_name")).contains("kick_sergik_01.wav");
    HttpResponse<byte[]> missing = get("/studio/set?path=%2Fnope.als", true);
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(json(missing).get("message").asText()).contains("scan als", "/nope.als");
  }

  @Test
  void aTrackUnderTheLibraryRootsIsAnalysedForItsPictureAndPlayable() throws Exception {
    Path wav = data.resolve("audio/demo/sergik-demo-loop-92bpm.wav").toRealPath();
    String id = Digests.trackId(wav.toString());
    JsonNode listed = json(get("/studio/tracks", true)).get("tracks");
    assertThat(listed.findValuesAsText("id")).contains(id);
    JsonNode track = json(get("/studio/track?id=" + id, true));
    assertThat(track.get("playable").asBoolean()).isTrue();
    assertThat(track.at("/features/camelot").asText()).isEqualTo("10A");
    JsonNode curves = track.get("curves");
    JsonNode beats = curves.get("beats");
    assertThat(beats.size()).isGreaterThanOrEqualTo(16);
    double[] gaps = new double[beats.size() - 1];
    for (int i = 1; i < beats.size(); i++)
      gaps[i - 1] = beats.get(i).asDouble() - beats.get(i - 1).asDouble();
    java.util.Arrays.sort(gaps);
    assertThat(gaps[gaps.length / 2])
        .as("the beat grid of a 92 BPM loop")
        .isCloseTo(60 / 92.0, org.assertj.core.data.Offset.offset(0.015));
    assertThat(curves.get("envelope_max").size())
        .isEqualTo(curves.get("envelope_min").size())
        .isPositive();
    assertThat(curves.get("chroma").get(0).size()).isEqualTo(12);
    HttpResponse<byte[]> audio = get("/studio/track/audio?id=" + id, true);
    assertThat(audio.statusCode()).isEqualTo(200);
    assertThat(audio.body()).isEqualTo(Files.readAllBytes(wav));
    assertThat(get("/studio/track?id=000000000000", true).statusCode()).isEqualTo(404);
  }

  @Test
  void aTrackThatIsNotAWavPlaysAsAMonoPreview() throws Exception {
    // one second of a 440 Hz tone, stereo AIFF at 48 kHz, under the library roots (data/audio by
    // default)
    javax.sound.sampled.AudioFormat stereo =
        new javax.sound.sampled.AudioFormat(48_000, 16, 2, true, true);
    byte[] pcm = new byte[48_000 * 4];
    for (int i = 0; i < 48_000; i++) {
      short v = (short) Math.round(Math.sin(2 * Math.PI * 440 * i / 48_000.0) * 16_000);
      for (int c = 0; c < 2; c++) {
        pcm[i * 4 + c * 2] = (byte) (v >> 8);
        pcm[i * 4 + c * 2 + 1] = (byte) v;
      }
    }
    Path aiff = data.resolve("audio/tone.aiff");
    AudioSystem.write(
        new AudioInputStream(new ByteArrayInputStream(pcm), stereo, 48_000),
        javax.sound.sampled.AudioFileFormat.Type.AIFF,
        aiff.toFile());
    String id = Digests.trackId(aiff.toRealPath().toString());
    HttpResponse<byte[]> audio = get("/studio/track/audio?id=" + id, true);
    assertThat(audio.statusCode()).isEqualTo(200);
    try (AudioInputStream preview =
        AudioSystem.getAudioInputStream(new ByteArrayInputStream(audio.body()))) {
      assertThat(preview.getFormat().getChannels()).isEqualTo(1);
      assertThat(preview.getFormat().getSampleRate()).isEqualTo(22_050f);
      assertThat(preview.getFrameLength()).isBetween(22_040L, 22_060L);
      byte[] mono = preview.readAllBytes();
      int loudest = 0;
      for (int i = 0; i + 1 < mono.length; i += 2)
        loudest = Math.max(loudest, Math.abs((short) ((mono[i] & 0xff) | (mono[i + 1] << 8))));
      assertThat(loudest).as("the tone survives the downmix").isBetween(15_000, 16_500);
    }
  }

  @Test
  void fitsAreKeyOrTempoCompatibleAndSayWhy() throws Exception {
    JsonNode tracks = json(get("/studio/tracks", true)).get("tracks");
    JsonNode target = null;
    for (JsonNode t : tracks)
      if (t.path("camelot").asText().equals("10B") && t.path("analysed").asBoolean()) target = t;
    assertThat(target).isNotNull();
    JsonNode fits =
        json(get("/studio/fits?id=" + target.get("id").asText(), true)).get("fits");
    assertThat(fits).isNotEmpty();
    for (JsonNode fit : fits) {
      String reasons = fit.get("reasons").toString();
      assertThat(reasons)
          .containsAnyOf(
              "same key",
              "relative key",
              "a fifth",
              "tempo",
              "half time",
              "double time",
              "similar sound");
      if (reasons.contains("same key")) assertThat(fit.get("camelot").asText()).isEqualTo("10B");
    }
  }

  @Test
  void formatWavRendersTheNotesWithTheJdkSynthesizerOnEveryGenerationEndpoint() throws Exception {
    for (String path : new String[] {
      "/generate/chord_progression",
      "/generate/walking_bass",
      "/generate/arpeggios",
      "/generate/drums"
    }) {
      HttpResponse<byte[]> r =
          post(path + "?format=wav", "{\"key\":\"8A\",\"bars\":2,\"tempo\":120}");
      assertThat(r.statusCode()).as(path).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type").orElse("")).isEqualTo("audio/wav");
      try (AudioInputStream audio =
          AudioSystem.getAudioInputStream(new ByteArrayInputStream(r.body()))) {
        double seconds = audio.getFrameLength() / audio.getFormat().getFrameRate();
        assertThat(seconds)
            .as(path + ": 2 bars at 120 BPM are 4 s, plus the release")
            .isBetween(4.0, 9.0);
        byte[] pcm = audio.readAllBytes();
        int loudest = 0;
        for (int i = 0; i + 1 < pcm.length; i += 2)
          loudest = Math.max(loudest, Math.abs((short) ((pcm[i] & 0xff) | (pcm[i + 1] << 8))));
        assertThat(loudest).as(path + " is audible").isGreaterThan(1000);
      }
    }
    HttpResponse<byte[]> prompt =
        post("/gpt/generate?format=wav", "{\"prompt\":\"4 bars of house chords in 10B\"}");
    assertThat(prompt.headers().firstValue("Content-Type").orElse("")).isEqualTo("audio/wav");
  }

  @Test
  void aPreviewLongerThanThreeMinutesIsRefusedNamingTheLimit() throws Exception {
    HttpResponse<byte[]> r =
        post("/generate/chord_progression?format=wav", "{\"bars\":64,\"tempo\":60}");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(json(r).get("message").asText()).contains("180 s", "256 s", "format=mid");
    HttpResponse<byte[]> unknown = post("/generate/chord_progression?format=mp3", "{}");
    assertThat(json(unknown).get("message").asText()).contains("wav");
  }

  @Test
  void optionsAreTheEnginesOwnVocabulary() throws Exception {
    JsonNode options = json(get("/studio/options", true));
    assertThat(options.get("parts").findValuesAsText("")).isEmpty();
    assertThat(options.get("parts").toString()).contains("chords", "bass", "arp", "drums");
    assertThat(options.get("styles").size())
        .isEqualTo(ai.sergik.generate.Style.ids().size());
    assertThat(options.get("transforms").toString())
        .contains("humanize", "strum", "quantize", "transpose");
    for (JsonNode transform : options.get("transforms")) {
      JsonNode made = json(
          post(
              "/transform/" + transform.asText(),
              "{\"notes\":[{\"pitch\":60,\"start_time\":0,\"duration\":1},{\"pitch\":64,\"start_time\":0,\"duration\":1},"
                  + "{\"pitch\":67,\"start_time\":0.1,\"duration\":1}],\"tempo\":120,\"seed\":1,\"part\":\"chords\"}"));
      assertThat(made.path("status").asText())
          .as(transform.asText() + ": " + made)
          .isEqualTo("ok");
    }
  }
}
