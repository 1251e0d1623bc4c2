package ai.sergik.api;

import ai.sergik.concurrent.DaemonThreads;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP side of the sidecar on an embedded Jetty 12 (its core API, no servlets). One handler in front of the
 * route table applies, in order, route lookup (404/405), the bearer token (401), the body limit (413) and the JSON
 * content type (415), then calls the route and writes its answer; every failure goes through {@link ErrorMapper},
 * and the errors Jetty answers itself (431 headers too large, 400 malformed request) have the same JSON shape.
 *
 * <p>The limits that keep hostile or careless clients from hurting the server are in {@link Limits}: connections
 * idle too long are closed, request headers must arrive within a deadline (slowloris), headers and bodies have size
 * caps, and the number of open connections is bounded. Headers and bodies are read without holding a thread, so
 * slow or silent clients never block the routes; a client that hangs up before its answer costs nothing after.
 *
 * <p>Quick routes run on Jetty's own small pool (a generation is tens of microseconds of CPU, and more threads than
 * cores only add queueing and context switches to the tail latency). {@linkplain Routes.Route#blocking Blocking}
 * routes, which may wait for seconds on audio, a remote model or the device, and {@linkplain ApiResponse#stream
 * streamed} answers run on a separate pool so that they never hold a quick route's thread.
 *
 * <p>One request's way through is {@link HttpExchange}; {@link AnswerWriter} writes its answer.
 *
 * <p>{@link #close()} drains: new requests get 503 while those in flight finish (up to the grace period), then the
 * port closes.
 */
public final class HttpApi implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(HttpApi.class);

  /** Largest request body accepted: 1 MiB. */
  public static final int MAX_BODY_BYTES = 1 << 20;

  /** Threads for blocking routes; more waiting requests queue. ChatGPT Actions send one request at a time per chat. */
  public static final int BLOCKING_THREADS = 32;

  /**
   * What a client may cost the server. {@code idleTimeout}: a connection with no bytes in either direction for
   * that long is closed (also a keep-alive connection between requests). {@code headerTimeout}: a request's line and
   * headers must have arrived this long after their first byte (a client trickling them is cut off). {@code
   * maxHeaderBytes}: request line plus headers, over it is 431. {@code maxBodyBytes}: over it is 413, after the
   * rest of the body (up to {@code maxDiscardBytes}) has been read and thrown away so that the client, still
   * sending, hears the answer instead of a reset. {@code maxConnections}: more clients wait in the accept queue.
   */
  public record Limits(
      Duration idleTimeout,
      Duration headerTimeout,
      int maxHeaderBytes,
      int maxBodyBytes,
      long maxDiscardBytes,
      int maxConnections) {
    public static final Limits DEFAULT = new Limits(
        Duration.ofSeconds(30),
        Duration.ofSeconds(10),
        16 * 1024,
        MAX_BODY_BYTES,
        16L * MAX_BODY_BYTES,
        128);

    public Limits {
      if (idleTimeout.isNegative()
          || idleTimeout.isZero()
          || headerTimeout.isNegative()
          || headerTimeout.isZero()) {
        throw new IllegalArgumentException("HTTP timeouts must be positive, got idle " + idleTimeout
            + ", headers " + headerTimeout);
      }
      if (maxHeaderBytes < 1024
          || maxBodyBytes < 0
          || maxDiscardBytes < maxBodyBytes
          || maxConnections < 1) {
        throw new IllegalArgumentException("HTTP limits out of range: " + maxHeaderBytes
            + " header bytes, " + maxBodyBytes + " body bytes, " + maxDiscardBytes
            + " discarded bytes, " + maxConnections + " connections");
      }
    }

    public Limits withTimeouts(Duration idle, Duration headers) {
      return new Limits(
          idle, headers, maxHeaderBytes, maxBodyBytes, maxDiscardBytes, maxConnections);
    }

    public Limits withMaxConnections(int connections) {
      return new Limits(
          idleTimeout, headerTimeout, maxHeaderBytes, maxBodyBytes, maxDiscardBytes, connections);
    }
  }

  private final Server server;
  private final ServerConnector connector;
  private final ExecutorService blocking;
  private final InFlight inFlight;
  private final Limits limits;

  private HttpApi(
      Server server, ServerConnector connector, ExecutorService blocking, Serving serving) {
    this.server = server;
    this.connector = connector;
    this.blocking = blocking;
    this.inFlight = serving.inFlight();
    this.limits = serving.limits();
  }

  /** {@link #start(String, int, Routes, BearerAuth, int, Limits, Clock)} with the {@linkplain Limits#DEFAULT default limits} and the system clock. */
  public static HttpApi start(String host, int port, Routes routes, BearerAuth auth, int threads)
      throws IOException {
    return start(host, port, routes, auth, threads, Limits.DEFAULT, Clock.systemUTC());
  }

  /**
   * Binds {@code host:port} (port 0 picks a free one) and starts answering, with about {@code threads} threads for
   * the quick routes and up to {@link #BLOCKING_THREADS} for the blocking ones. {@code clock} times the header
   * deadline and the request log.
   *
   * @throws IOException when the address cannot be bound (e.g. the port is taken)
   */
  public static HttpApi start(
      String host,
      int port,
      Routes routes,
      BearerAuth auth,
      int threads,
      Limits limits,
      Clock clock)
      throws IOException {
    // One thread accepts, one selector does the non-blocking reads, the rest answer quick routes. A
    // dedicated acceptor (rather than the selector accepting) is what lets the connection limit
    // pause
    // accepting, so that connections beyond it wait in the accept queue instead of being accepted
    // and
    // closed at once. Jetty's default job queue sizes itself to the CPU's cache lines through the
    // management beans, a hundred classes and a few hundred KB for a server that has never more
    // than a
    // few hundred jobs queued.
    QueuedThreadPool pool =
        new QueuedThreadPool(Math.max(4, threads + 2), 2, 60_000, new LinkedBlockingQueue<>());
    pool.setName("http");
    pool.setDaemon(true);
    pool.setReservedThreads(0);
    // daemon threads throughout: the server never keeps a JVM alive on its own (serve waits for its
    // shutdown hook)
    Server server = new Server(pool, new ScheduledExecutorScheduler("http-scheduler", true), null);

    HttpConfiguration config = new HttpConfiguration();
    config.setRequestHeaderSize(limits.maxHeaderBytes());
    config.setSendServerVersion(false);
    config.setSendXPoweredBy(false);
    config.setSendDateHeader(false);
    ServerConnector connector =
        new ServerConnector(server, 1, 1, new HttpConnectionFactory(config));
    connector.setHost(host);
    connector.setPort(port);
    connector.setIdleTimeout(limits.idleTimeout().toMillis());
    connector.setAcceptQueueSize(256);
    connector.setAcceptedTcpNoDelay(true);
    connector.addBean(new HeaderDeadline(server, limits.headerTimeout(), clock));
    server.addConnector(connector);
    server.addBean(new NetworkConnectionLimit(limits.maxConnections(), connector));
    server.setErrorHandler(new JsonErrorHandler(limits.maxHeaderBytes()));

    ExecutorService blocking = pool("http-blocking", BLOCKING_THREADS);
    Serving serving = new Serving(routes, auth, limits, blocking, new InFlight(), clock);
    server.setHandler(new org.eclipse.jetty.server.Handler.Abstract() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) {
        HttpExchange.answer(serving, request, response, callback);
        return true;
      }
    });
    try {
      server.start();
    } catch (IOException e) {
      stopQuietly(server);
      blocking.shutdownNow();
      throw e;
    } catch (Exception e) {
      stopQuietly(server);
      blocking.shutdownNow();
      throw new IOException(
          "cannot start the HTTP server on " + host + ":" + port + ": " + e.getMessage(), e);
    }
    return new HttpApi(server, connector, blocking, serving);
  }

  /** A fixed pool of daemon threads that are started on demand and end after a minute idle. */
  private static ExecutorService pool(String prefix, int threads) {
    ThreadPoolExecutor pool = new ThreadPoolExecutor(
        threads,
        threads,
        60,
        TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(),
        DaemonThreads.named(prefix));
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  private static void stopQuietly(Server server) {
    try {
      server.stop();
    } catch (Exception e) {
      log.debug("stopping the HTTP server: {}", e.toString());
    }
  }

  public InetSocketAddress address() {
    return new InetSocketAddress(connector.getHost(), connector.getLocalPort());
  }

  public int port() {
    return connector.getLocalPort();
  }

  public Limits limits() {
    return limits;
  }

  /** Requests being answered right now. */
  public int inFlight() {
    return inFlight.count();
  }

  /** Connections open right now. */
  public int connections() {
    return connector.getConnectedEndPoints().size();
  }

  /** Stops taking requests, lets those in flight finish for up to {@code graceMillis}, then closes the port. */
  public void stop(long graceMillis) {
    inFlight.stopTaking();
    try {
      inFlight.awaitNone(Duration.ofMillis(graceMillis));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    stopQuietly(server);
    blocking.shutdown();
    try {
      blocking.awaitTermination(Math.max(1, graceMillis), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    stop(10_000);
  }
}
