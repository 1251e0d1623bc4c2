package ai.sergik.device;

import static ai.sergik.device.DeviceHarness.lines;
import static ai.sergik.device.DeviceHarness.send;
import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.data.DataDir;
import ai.sergik.music.NoteJson;
import ai.sergik.sidecar.Sidecar;
import ai.sergik.sidecar.SidecarConfig;
import com.cycling74.max.Atom;
import com.cycling74.max.StandIn;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The flow that matters most, end to end on loopback: a ChatGPT request reaches the real sidecar's HTTP API,
 * the sidecar pushes the notes over OSC, and the device writes them into the clip and confirms.
 */
class ChatGptToClipTest {
  @TempDir Path data;
  Sidecar sidecar;
  SergikDevice device;

  @BeforeEach
  void start() throws Exception {
    StandIn.reset();
    sidecar = Sidecar.start(SidecarConfig.loopback(0, 0), new DataDir(data), "test");
    device = StandIn.create(SergikDevice.class, Atom.newAtom(sidecar.oscPort()), Atom.newAtom(0));
    DeviceOscTest.waitFor("the device connected to the sidecar", 5000, () -> lines(device).contains("5: connected"));
  }

  @AfterEach
  void stop() {
    StandIn.delete(device);
    sidecar.close();
    assertThat(StandIn.escaped()).isEmpty();
  }

  @Test
  void aPromptSentToLiveIsWrittenIntoTheClipAndConfirmed() throws Exception {
    send(device, "tempo", 122.0);
    HttpRequest request = HttpRequest.newBuilder(URI.create(sidecar.httpUri() + "/gpt/generate"))
        .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(
            "{\"prompt\":\"8 bars of deep house chords in 10B\",\"send_to_live\":true}"))
        .build();
    HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode body = new ObjectMapper().readTree(response.body());
    assertThat(body.at("/live/confirmed").asBoolean()).as(response.body()).isTrue();

    String written = lines(device).stream().filter(l -> l.startsWith("3: parse ")).findFirst().orElseThrow()
        .substring("3: parse ".length());
    assertThat(NoteJson.parse(written)).isEqualTo(device.core().notes()).isNotEmpty();
    assertThat(lines(device)).contains("1: call create_clip 32.0");
    assertThat(body.at("/live/device_reply/count").asInt()).isEqualTo(device.core().notes().size());
  }

  @Test
  void aPromptFromTheDeviceIsAnsweredBySidecarNotes() throws Exception {
    send(device, "prompt", "4", "bars", "of", "techno", "drums");
    DeviceOscTest.waitFor("the answer written into the clip", 5000,
        () -> lines(device).stream().anyMatch(l -> l.startsWith("3: parse ")));
    assertThat(device.core().lengthBeats()).isEqualTo(16.0);
    assertThat(device.core().notes()).isNotEmpty();
  }
}
