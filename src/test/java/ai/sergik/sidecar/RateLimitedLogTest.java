package ai.sergik.sidecar;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** A flood of warnings logs one per interval of the clock and says how many it held back. */
class RateLimitedLogTest {
  @Test
  void oneWarningPerIntervalThenTheCountOfTheSuppressed() {
    Logger logger = (Logger) LoggerFactory.getLogger("ai.sergik.test.flood");
    ListAppender<ILoggingEvent> lines = new ListAppender<>();
    lines.start();
    logger.addAppender(lines);
    TestClock clock = new TestClock();
    RateLimitedLog flood = new RateLimitedLog(logger, 1000, clock);
    try {
      for (int i = 0; i < 5; i++) flood.warn("bad packet {}", i);
      clock.advance(Duration.ofMillis(999));
      flood.warn("bad packet {}", 5);
      assertThat(lines.list)
          .extracting(ILoggingEvent::getFormattedMessage)
          .containsExactly("bad packet 0");

      clock.advance(Duration.ofMillis(1));
      flood.warn("bad packet {}", 6);
      assertThat(lines.list)
          .extracting(ILoggingEvent::getFormattedMessage)
          .containsExactly("bad packet 0", "(5 similar warnings suppressed)", "bad packet 6");
    } finally {
      logger.detachAppender(lines);
    }
  }
}
