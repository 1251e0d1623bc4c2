package ai.sergik.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.LayoutBase;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;

/**
 * The sidecar's logging, set up in code rather than from a logback.xml: reading XML loads a parser and a few hundred
 * classes, which cost the server memory and startup time on every start. For the same reason the one line format is
 * written by {@link Line} rather than by logback's pattern layout (whose pattern parser and converters are another
 * two hundred classes). Logs go to stderr so that command output on stdout stays clean for pipes. Libraries (Jetty
 * inside s3proxy, OkHttp, JGit) log at DEBUG when left unconfigured, so the root stays at WARN; {@code SERGIK_LOG=debug}
 * (or info, warn, error) sets our own level. With {@code -Dlogback.configurationFile=...} that file is used instead.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class ConsoleLogging extends ContextAwareBase implements Configurator {

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    if (System.getProperty("logback.configurationFile") != null) {
      return ExecutionStatus.INVOKE_NEXT_IF_ANY;
    }
    Line line = new Line(ZoneId.systemDefault());
    line.setContext(context);
    line.start();
    LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
    encoder.setContext(context);
    encoder.setLayout(line);
    encoder.start();
    ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
    stderr.setContext(context);
    stderr.setName("STDERR");
    stderr.setTarget("System.err");
    stderr.setEncoder(encoder);
    stderr.start();
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.WARN);
    root.addAppender(stderr);
    context.getLogger("ai.sergik").setLevel(ourLevel(System.getenv("SERGIK_LOG")));
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }

  /** {@code SERGIK_LOG}: debug, info (the default), warn or error. */
  static Level ourLevel(String setting) {
    return setting == null || setting.isBlank()
        ? Level.INFO
        : Level.toLevel(setting.trim().toUpperCase(Locale.ROOT), Level.INFO);
  }

  /**
   * One event as {@code 12:03:45.120 WARN  HttpApi - message}, then the stack trace if there is one: what the pattern
   * {@code %d{HH:mm:ss.SSS} %-5level %logger{0} - %msg%n} writes.
   */
  static final class Line extends LayoutBase<ILoggingEvent> {
    private final ZoneId zone;

    Line(ZoneId zone) {
      this.zone = zone;
    }

    @Override
    public String doLayout(ILoggingEvent event) {
      StringBuilder out = new StringBuilder(96);
      LocalTime time = LocalTime.ofInstant(Instant.ofEpochMilli(event.getTimeStamp()), zone);
      twoDigits(out, time.getHour()).append(':');
      twoDigits(out, time.getMinute()).append(':');
      twoDigits(out, time.getSecond()).append('.');
      int millis = time.getNano() / 1_000_000;
      out.append((char) ('0' + millis / 100))
          .append((char) ('0' + millis / 10 % 10))
          .append((char) ('0' + millis % 10))
          .append(' ');
      String level = event.getLevel().toString();
      out.append(level);
      for (int i = level.length(); i < 5; i++) out.append(' ');
      String logger = event.getLoggerName();
      out.append(' ')
          .append(logger, logger.lastIndexOf('.') + 1, logger.length())
          .append(" - ")
          .append(event.getFormattedMessage())
          .append(System.lineSeparator());
      IThrowableProxy thrown = event.getThrowableProxy();
      if (thrown != null) {
        out.append(ThrowableProxyUtil.asString(thrown)); // ends with a line separator
      }
      return out.toString();
    }

    private static StringBuilder twoDigits(StringBuilder out, int value) {
      return out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
  }
}
