package ai.sergik.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.api.Json;
import ai.sergik.audio.TestWavs;
import ai.sergik.data.DataDir;
import ai.sergik.sidecar.Sidecar;
import ai.sergik.sidecar.SidecarConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attack as it was made: a 101-byte {@code x.ogg} inside the library roots holding an HLS playlist that names an
 * audio file outside them; {@code /gpt/analyze} answered with that file's features.
 */
class PlaylistAttackRouteTest {
  @TempDir
  Path tmp;

  @Test
  void
      gptAnalyzeOfAPlaylistNamedXOggRefusesItInsteadOfAnsweringWithTheFeaturesOfTheFileOutsideTheRoots()
          throws Exception {
    Path data = Files.createDirectories(tmp.resolve("data"));
    Path lib = Files.createDirectories(tmp.resolve("music"));
    Path outside = TestWavs.writeWav(
        tmp.resolve("private/outside.wav"),
        TestWavs.sine(440, -6, 4, 44_100, 2),
        44_100,
        TestWavs.Sample.INT16);
    Files.writeString(
        lib.resolve("x.ogg"),
        "#EXTM3U\n#EXT-X-TARGETDURATION:10\n#EXTINF:10,\n" + outside + "\n#EXT-X-ENDLIST\n");
    Files.writeString(data.resolve("sergik.properties"), "library.roots=" + lib + "\n");
    Sidecar sidecar =
        Sidecar.start(SidecarConfig.loopback(0, 0).withToken("secret"), new DataDir(data), "test");
    try {
      HttpResponse<String> r = HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(URI.create(sidecar.httpUri() + "/gpt/analyze"))
                  .header("Content-Type", "application/json")
                  .header("Authorization", "Bearer secret")
                  .POST(HttpRequest.BodyPublishers.ofString("{\"path\": \"x.ogg\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
      var body = Json.MAPPER.readTree(r.body());
      assertThat(body.get("message").asText())
          .contains("x.ogg: named .ogg but it is not an Ogg file (it begins '#EXTM3U");
      assertThat(body.has("lufs")).isFalse();
      assertThat(body.has("bpm")).isFalse();
    } finally {
      sidecar.stop(1000);
    }
  }
}
