package ai.sergik.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.time.ZoneId;
import java.util.TimeZone;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The hand-written log line is the one logback's pattern layout writes for the same pattern. */
class ConsoleLoggingTest {

  @ParameterizedTest
  @CsvSource({
    "INFO, ai.sergik.api.HttpApi, 1733400225120, listening, false",
    "WARN, ai.sergik.sidecar.Sidecar, 1733443199009, could not render the demo audio: disk full, true",
    "ERROR, Root, 0, a message with {} braces, true",
    "DEBUG, ai.sergik.requests, 1733356800999, POST /generate/chord_progression 200 0 ms, false"
  })
  void aLineIsWhatThePatternLayoutWrites(
      String level, String logger, long millis, String message, boolean withThrowable) {
    LoggerContext context = new LoggerContext();
    ZoneId zone = ZoneId.of("Europe/Berlin");
    TimeZone before = TimeZone.getDefault();
    TimeZone.setDefault(
        TimeZone.getTimeZone(zone)); // the pattern layout formats in the default zone
    try {
      PatternLayout pattern = new PatternLayout();
      pattern.setContext(context);
      pattern.setPattern("%d{HH:mm:ss.SSS} %-5level %logger{0} - %msg%n");
      pattern.start();
      ConsoleLogging.Line line = new ConsoleLogging.Line(zone);
      line.setContext(context);
      line.start();

      Throwable thrown = withThrowable
          ? new IllegalStateException("outer", new java.io.IOException("inner"))
          : null;
      LoggingEvent event = new LoggingEvent(
          logger, context.getLogger(logger), Level.valueOf(level), message, thrown, null);
      event.setTimeStamp(millis);

      assertThat(line.doLayout(event)).isEqualTo(pattern.doLayout(event));
    } finally {
      TimeZone.setDefault(before);
    }
  }
}
