package ai.sergik.prompt;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.sergik.api.ApiException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

/**
 * The chat fallback's failures become the message of a 502/504 that reaches HTTP callers, OSC callers (the device) and
 * the log alike; a password in {@code chat.url} was part of it. Every way it fails is tried here.
 */
class ChatUrlPasswordTest {
  static final String PASSWORD = "hunter2-s3cr3t";

  static ChatFallback fallback(String url) {
    return new ChatFallback(
        new ChatSettings(Optional.of(url), "m", Optional.empty(), Duration.ofSeconds(2)));
  }

  @Test
  void upstreamErrorNotJsonAndNoFieldsAnswersNeverCarryThePassword() throws Exception {
    try (MockWebServer chat = new MockWebServer()) {
      chat.start();
      chat.enqueue(new MockResponse.Builder().code(401).body("bad credentials").build());
      chat.enqueue(new MockResponse.Builder().code(200).body("<html>").build());
      chat.enqueue(new MockResponse.Builder()
          .code(200)
          .body("{\"choices\":[{\"message\":{\"content\":\"{}\"}}]}")
          .build());
      String url = "http://me:" + PASSWORD + "@127.0.0.1:" + chat.getPort() + "/v1";
      try (ChatFallback f = fallback(url)) {
        for (String expected :
            new String[] {"answered HTTP 401", "is not JSON", "answered with none of the fields"}) {
          assertThatThrownBy(() -> f.fields("something melancholic"))
              .isInstanceOf(ApiException.class)
              .hasMessageContaining(
                  "http://***@127.0.0.1:" + chat.getPort() + "/v1/chat/completions")
              .hasMessageContaining(expected)
              .hasMessageNotContaining(PASSWORD);
        }
      }
    }
  }

  @Test
  void unreachableEndpointAndAnInvalidUrlNeverCarryThePassword() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    try (ChatFallback f = fallback("http://me:" + PASSWORD + "@127.0.0.1:" + port + "/v1")) {
      assertThatThrownBy(() -> f.fields("x"))
          .hasMessageContaining("could not be reached")
          .hasMessageNotContaining(PASSWORD);
    }
    try (ChatFallback f = fallback("ftp://me:" + PASSWORD + "@host/v1")) {
      assertThatThrownBy(() -> f.fields("x"))
          .hasMessageContaining("is not a valid http(s) URL")
          .hasMessageNotContaining(PASSWORD);
    }
  }
}
