package ai.sergik.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.Locale;

/**
 * The sidecar's logging, set up in code rather than from a logback.xml: reading XML loads a parser and a few hundred
 * classes, which cost the server memory and startup time on every start. Logs go to stderr so that command output
 * on stdout stays clean for pipes. Libraries (Jetty inside s3proxy, OkHttp, JGit) log at DEBUG when left
 * unconfigured, so the root stays at WARN; {@code SERGIK_LOG=debug} (or info, warn, error) sets our own level.
 * With {@code -Dlogback.configurationFile=...} that file is used instead.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class ConsoleLogging extends ContextAwareBase implements Configurator {
  static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{0} - %msg%n";

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    if (System.getProperty("logback.configurationFile") != null) {
      return ExecutionStatus.INVOKE_NEXT_IF_ANY;
    }
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern(PATTERN);
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
    return setting == null || setting.isBlank() ? Level.INFO : Level.toLevel(setting.trim().toUpperCase(Locale.ROOT), Level.INFO);
  }
}
