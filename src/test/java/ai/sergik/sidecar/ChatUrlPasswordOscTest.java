package ai.sergik.sidecar;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.osc.OscMessages;
import ai.sergik.osc.OscProtocol;
import com.illposed.osc.OSCMessage;
import java.time.Duration;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

/**
 * A password inside {@code chat.url} never reaches an OSC caller: the device that asked for a prompt the chat endpoint
 * failed on hears the endpoint named without its credentials (HTTP callers: {@code ChatUrlPasswordServeTest}).
 */
class ChatUrlPasswordOscTest {
  static final String PASSWORD = "hunter2-s3cr3t";

  @Test
  void aFailedChatAnswerToTheDeviceCarriesNoPassword() throws Exception {
    try (MockWebServer chat = new MockWebServer()) {
      chat.start();
      chat.enqueue(
          new MockResponse.Builder().code(500).body("upstream exploded").build());
      String url = "http://sergik:" + PASSWORD + "@127.0.0.1:" + chat.getPort() + "/v1";
      ai.sergik.prompt.ChatSettings settings = new ai.sergik.prompt.ChatSettings(
          Optional.of(url), "test-model", Optional.empty(), Duration.ofSeconds(5));
      try (RunningSidecar server =
              RunningSidecar.start(SidecarConfig.loopback(0, 0).withChat(settings));
          FakeDevice device = new FakeDevice(server.oscPort())) {
        device.hello("dev-1", "Keys");
        device.send(OscMessages.generate(11, "{\"prompt\":\"xyzzy plugh\"}"));
        OSCMessage reply = device.receive();
        assertThat(reply.getAddress()).isEqualTo(OscProtocol.ERROR);
        String said = String.valueOf(reply.getArguments());
        assertThat(said)
            .contains(
                "the chat endpoint http://***@127.0.0.1:" + chat.getPort() + "/v1/chat/completions")
            .doesNotContain(PASSWORD)
            .doesNotContain("sergik:");
      }
    }
  }
}
