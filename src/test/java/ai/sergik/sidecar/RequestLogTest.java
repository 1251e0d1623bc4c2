package ai.sergik.sidecar;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The terminal running `serve` shows a line per request: method, path, status, milliseconds, and never the token. */
class RequestLogTest {
  @Test
  void everyRequestIsLoggedOnceWithoutTheToken() throws Exception {
    Logger logger = (Logger) LoggerFactory.getLogger("ai.sergik.requests");
    ListAppender<ILoggingEvent> lines = new ListAppender<>();
    lines.start();
    logger.addAppender(lines);
    try (RunningSidecar server =
        RunningSidecar.start(SidecarConfig.loopback(0, 0).withToken("s3cret-token"))) {
      server.get("/health");
      server.postJson("/gpt/generate", "{\"prompt\":\"8 bars of house chords\"}");
      server.token = "wrong-token";
      server.get("/gpt/catalog/search?query=x");
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (lines.list.size() < 3 && System.nanoTime() < deadline) {
        Thread
            .onSpinWait(); // the line is written as the exchange closes, a moment after the client
        // has its answer
      }
    } finally {
      logger.detachAppender(lines);
    }
    List<String> text =
        lines.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    assertThat(text).hasSize(3);
    assertThat(text.get(0)).matches("GET /health 200 \\d+ ms");
    assertThat(text.get(1)).matches("POST /gpt/generate 200 \\d+ ms");
    assertThat(text.get(2)).matches("GET /gpt/catalog/search 401 \\d+ ms");
    assertThat(String.join("\n", text)).doesNotContain("s3cret").doesNotContain("wrong-token");
  }
}
