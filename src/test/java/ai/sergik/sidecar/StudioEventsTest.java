package ai.sergik.sidecar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The studio's live status stream through the real socket, on a clock the test moves: the keep-alive and the end of
 * a long stream come when the sidecar's clock says so, without waiting 15 s or 10 minutes.
 */
class StudioEventsTest {
  @Test
  @Timeout(60) // read on a real clock, the keep-alive and the end would take 15 s and 10 minutes
  void theStreamSendsTheStatusThenKeepsAliveOnTheClockAndEndsAfterTenMinutes() throws Exception {
    TestClock clock = new TestClock();
    try (RunningSidecar server = RunningSidecar.start(SidecarConfig.loopback(0, 0), clock)) {
      HttpResponse<InputStream> stream = server.http.send(
          server.request("/studio/events").GET().build(),
          HttpResponse.BodyHandlers.ofInputStream());
      assertThat(stream.statusCode()).isEqualTo(200);
      assertThat(stream.headers().firstValue("Content-Type"))
          .hasValue("text/event-stream; charset=utf-8");
      try (BufferedReader lines =
          new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
        assertThat(lines.readLine()).isEqualTo("event: live");
        assertThat(lines.readLine()).startsWith("data: {").contains("\"connected\":false");
        assertThat(lines.readLine()).isEmpty();

        clock.advance(Duration.ofSeconds(16));
        assertThat(lines.readLine()).as("a quiet stream is kept alive").isEqualTo(": still here");
        assertThat(lines.readLine()).isEmpty();

        server.sidecar.device().tempo(131);
        assertThat(lines.readLine()).as("a change is sent at once").isEqualTo("event: live");
        assertThat(lines.readLine()).contains("131");
        assertThat(lines.readLine()).isEmpty();

        clock.advance(Duration.ofMinutes(10));
        assertThat(lines.readLine()).as("the stream ends; the page reconnects").isNull();
      }
    }
  }
}
