package ai.sergik.api;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes a connection whose request line and headers have not all arrived {@code timeout} after their first byte.
 * The idle timeout alone does not do this: a client trickling a byte every few seconds (slowloris) keeps resetting
 * it and could hold every connection the server allows. Jetty's parser reads headers without a thread, so this only
 * watches its state: a sweep every quarter of the timeout (at most a second) notes when each connection started a
 * request's headers and closes those past the deadline. The deadline is read on the server's clock, so a test can
 * move past it without waiting for it.
 */
final class HeaderDeadline extends AbstractLifeCycle implements Connection.Listener, Runnable {
  private static final Logger log = LoggerFactory.getLogger(HeaderDeadline.class);
  private static final long NOT_IN_HEADERS = Long.MIN_VALUE;

  private final Server server;
  private final Clock clock;
  private final long timeoutMillis;
  private final long sweepMillis;
  private final Map<HttpConnection, Long> headersSince = new ConcurrentHashMap<>();
  private volatile Scheduler.Task next;

  HeaderDeadline(Server server, Duration timeout, Clock clock) {
    this.server = server;
    this.clock = clock;
    this.timeoutMillis = timeout.toMillis();
    this.sweepMillis = Math.max(20, Math.min(1000, timeout.toMillis() / 4));
  }

  @Override
  protected void doStart() {
    schedule();
  }

  @Override
  protected void doStop() {
    Scheduler.Task task = next;
    if (task != null) {
      task.cancel();
    }
    headersSince.clear();
  }

  private void schedule() {
    if (isRunning() || isStarting()) {
      next = server.getScheduler().schedule(this, sweepMillis, TimeUnit.MILLISECONDS);
    }
  }

  @Override
  public void onOpened(Connection connection) {
    if (connection instanceof HttpConnection http) {
      headersSince.put(http, NOT_IN_HEADERS);
    }
  }

  @Override
  public void onClosed(Connection connection) {
    headersSince.remove(connection);
  }

  /** One sweep. */
  @Override
  public void run() {
    long now = clock.millis();
    try {
      headersSince.replaceAll((connection, since) -> {
        HttpParser parser = connection.getParser();
        boolean inHeaders = parser.inHeaderState() && !parser.isState(HttpParser.State.START);
        if (!inHeaders) {
          return NOT_IN_HEADERS;
        }
        if (since == NOT_IN_HEADERS) {
          return now;
        }
        if (now - since > timeoutMillis) {
          log.debug(
              "closing {}: its request headers did not arrive within {} ms",
              connection.getEndPoint().getRemoteSocketAddress(),
              timeoutMillis);
          connection.getEndPoint().close();
        }
        return since;
      });
    } finally {
      schedule();
    }
  }
}
