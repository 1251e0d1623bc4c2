package ai.sergik.api;

import ai.sergik.concurrent.DaemonThreads;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EofException;
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
 * <p>{@link #close()} drains: new requests get 503 while those in flight finish (up to the grace period), then the
 * port closes.
 */
public final class HttpApi implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(HttpApi.class);
  /** One line per request: method, path (no query string), status, milliseconds. Never headers, so never the token. */
  private static final Logger requests = LoggerFactory.getLogger("ai.sergik.requests");

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
  private final Routes routes;
  private final BearerAuth auth;
  private final Limits limits;
  private final AtomicInteger inFlight = new AtomicInteger();
  private volatile boolean draining;

  private HttpApi(
      Server server,
      ServerConnector connector,
      ExecutorService blocking,
      Routes routes,
      BearerAuth auth,
      Limits limits) {
    this.server = server;
    this.connector = connector;
    this.blocking = blocking;
    this.routes = routes;
    this.auth = auth;
    this.limits = limits;
  }

  /** {@link #start(String, int, Routes, BearerAuth, int, Limits)} with the {@linkplain Limits#DEFAULT default limits}. */
  public static HttpApi start(String host, int port, Routes routes, BearerAuth auth, int threads)
      throws IOException {
    return start(host, port, routes, auth, threads, Limits.DEFAULT);
  }

  /**
   * Binds {@code host:port} (port 0 picks a free one) and starts answering, with about {@code threads} threads for
   * the quick routes and up to {@link #BLOCKING_THREADS} for the blocking ones.
   *
   * @throws IOException when the address cannot be bound (e.g. the port is taken)
   */
  public static HttpApi start(
      String host, int port, Routes routes, BearerAuth auth, int threads, Limits limits)
      throws IOException {
    // One thread accepts, one selector does the non-blocking reads, the rest answer quick routes. A
    // dedicated
    // acceptor (rather than the selector accepting) is what lets the connection limit pause
    // accepting, so that
    // connections beyond it wait in the accept queue instead of being accepted and closed at once.
    // Jetty's default job queue sizes itself to the CPU's cache lines through the management beans,
    // a hundred
    // classes and a few hundred KB for a server that has never more than a few hundred jobs queued.
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
    connector.addBean(new HeaderDeadline(server, limits.headerTimeout()));
    server.addConnector(connector);
    server.addBean(new NetworkConnectionLimit(limits.maxConnections(), connector));
    server.setErrorHandler(new JsonErrorHandler(limits.maxHeaderBytes()));

    ExecutorService blocking = pool("http-blocking", BLOCKING_THREADS);
    HttpApi api = new HttpApi(server, connector, blocking, routes, auth, limits);
    server.setHandler(new org.eclipse.jetty.server.Handler.Abstract() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) {
        api.exchange(request, response, callback);
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
    return api;
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
    return inFlight.get();
  }

  /** Connections open right now. */
  public int connections() {
    return connector.getConnectedEndPoints().size();
  }

  /** Stops taking requests, lets those in flight finish for up to {@code graceMillis}, then closes the port. */
  public void stop(long graceMillis) {
    draining = true;
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(graceMillis);
    while (inFlight.get() > 0 && System.nanoTime() < deadline) {
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
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

  // ---- one exchange ----

  private void exchange(Request request, Response response, Callback callback) {
    inFlight.incrementAndGet();
    Exchange ex = new Exchange(request, response, callback);
    try {
      ex.begin();
    } catch (Throwable failure) {
      ex.answerAfterBody(ex.errorAnswer(failure));
    }
  }

  /**
   * One request from its headers to the last byte of its answer: checks what can be checked from the headers, reads
   * the body without holding a thread, runs the route on the right pool and writes the answer.
   */
  private final class Exchange implements Runnable {
    private final Request request;
    private final Response response;
    private final Callback callback;
    private final String method;
    private final String where;
    private final AtomicBoolean finished = new AtomicBoolean();
    private Routes.Route route;
    private String path;
    private byte[] body = new byte[0];
    private int length;
    private long received;
    private boolean tooLarge;
    /** An answer decided from the headers alone, sent once the body has been read and thrown away. */
    private ApiResponse answerAfterBody;

    Exchange(Request request, Response response, Callback callback) {
      this.request = request;
      this.response = response;
      this.callback = callback;
      this.method = request.getMethod().toUpperCase(Locale.ROOT);
      this.where = method + " " + request.getHttpURI().getPath();
    }

    private final long started = System.nanoTime();

    void begin() {
      if (draining) {
        throw ApiException.unavailable("the server is shutting down; retry in a moment");
      }
      path = HttpRequests.routePath(request.getHttpURI().getPath());
      Map<String, Routes.Route> methods = routes.at(path);
      if (methods.isEmpty()) {
        Optional<Routes.StaticMount> mount = routes.staticMountFor(path);
        if (mount.isPresent()) {
          answerStatic(mount.get());
          return;
        }
      }
      boolean open = !methods.isEmpty() && methods.values().stream().allMatch(Routes.Route::open);
      if (!open) {
        auth.check(Optional.ofNullable(request.getHeaders().get(HttpHeader.AUTHORIZATION)));
      }
      if (methods.isEmpty()) {
        throw ApiException.notFound("no route " + path + "; GET /openapi.yaml lists every route");
      }
      route = methods.get(method);
      if (route == null && method.equals("HEAD")) {
        route = methods.get("GET");
      }
      if (route == null) {
        String allowed = String.join(", ", methods.keySet());
        answerAfterBody(ErrorMapper.toResponse(
                ApiException.methodNotAllowed(path + " answers " + allowed + ", not " + method),
                path)
            .withHeader("Allow", allowed));
        return;
      }
      long declared = request.getLength();
      if (declared > limits.maxBodyBytes()) {
        tooLarge = true;
        boolean expectsContinue =
            request.getHeaders().contains(HttpHeader.EXPECT, HttpHeaderValue.CONTINUE.asString());
        if (declared > limits.maxDiscardBytes() || expectsContinue) {
          // Not worth reading (or not sent yet): answer now and let the connection close.
          finish(bodyTooLarge(declared).withHeader("Connection", "close"));
          return;
        }
      } else if (declared > 0) {
        body = new byte[(int) declared];
      }
      run();
    }

    /** Reads what has arrived of the body; asks to be called again when more comes. */
    @Override
    public void run() {
      try {
        while (true) {
          Content.Chunk chunk = request.read();
          if (chunk == null) {
            request.demand(this);
            return;
          }
          if (Content.Chunk.isFailure(chunk)) {
            bodyFailed(chunk.getFailure());
            return;
          }
          take(chunk.getByteBuffer());
          chunk.release();
          if (chunk.isLast()) {
            bodyComplete();
            return;
          }
          if (received > limits.maxDiscardBytes()) {
            finish((answerAfterBody != null ? answerAfterBody : bodyTooLarge(received))
                .withHeader("Connection", "close"));
            return;
          }
        }
      } catch (Throwable failure) {
        fail(failure);
      }
    }

    /**
     * Sends {@code answer} after reading and throwing away the request body, if there is one: a client still sending
     * its body then hears the answer (a 401 for a missing token, a 404 for a wrong path) instead of a reset.
     */
    void answerAfterBody(ApiResponse answer) {
      HttpFields headers = request.getHeaders();
      long declared = request.getLength();
      boolean hasBody = declared > 0 || headers.contains(HttpHeader.TRANSFER_ENCODING);
      if (!hasBody) {
        finish(answer);
        return;
      }
      if (declared > limits.maxDiscardBytes()
          || headers.contains(HttpHeader.EXPECT, HttpHeaderValue.CONTINUE.asString())) {
        finish(answer.withHeader("Connection", "close"));
        return;
      }
      answerAfterBody = answer;
      run();
    }

    private void take(ByteBuffer bytes) {
      int n = bytes.remaining();
      received += n;
      if (answerAfterBody != null) {
        return;
      }
      if (tooLarge || received > limits.maxBodyBytes()) {
        tooLarge = true;
        return;
      }
      if (length + n > body.length) {
        body = java.util.Arrays.copyOf(body, (int)
            Math.min(limits.maxBodyBytes(), Math.max(length + n, body.length * 2L + 256)));
      }
      bytes.get(body, length, n);
      length += n;
    }

    private void bodyFailed(Throwable cause) {
      // A client fault or a client gone: answer 400 (or 408) if it still listens; nothing for the
      // error log.
      log.debug("{}: the request body could not be read: {}", where, cause.toString());
      if (answerAfterBody != null) {
        finish(answerAfterBody.withHeader("Connection", "close"));
        return;
      }
      if (cause instanceof TimeoutException) {
        finish(ErrorMapper.toResponse(
                new ApiException(
                    408,
                    "request_timeout",
                    "the request body did not arrive within "
                        + limits.idleTimeout().toSeconds() + " s"),
                where)
            .withHeader("Connection", "close"));
      } else if (cause instanceof EofException || cause instanceof java.io.EOFException) {
        finish(ErrorMapper.toResponse(
                ApiException.badRequest("the request body ended early: the connection closed after "
                    + received + " bytes"
                    + (request.getLength() >= 0
                        ? " of the " + request.getLength() + " announced"
                        : "")),
                where)
            .withHeader("Connection", "close"));
      } else {
        String reason =
            cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        finish(ErrorMapper.toResponse(
                ApiException.badRequest("the request body is malformed: " + reason), where)
            .withHeader("Connection", "close"));
      }
    }

    private void bodyComplete() {
      if (answerAfterBody != null) {
        finish(answerAfterBody);
        return;
      }
      if (tooLarge) {
        finish(bodyTooLarge(received));
        return;
      }
      if (length != body.length) {
        body = java.util.Arrays.copyOf(body, length);
      }
      if (route.blocking()) {
        try {
          blocking.execute(this::callRoute);
          return;
        } catch (RejectedExecutionException shuttingDown) {
          finish(ErrorMapper.toResponse(
              ApiException.unavailable("the server is shutting down; retry in a moment"), where));
          return;
        }
      }
      callRoute();
    }

    private void callRoute() {
      ApiResponse answer;
      try {
        if (body.length > 0 && route.takesJson()) {
          HttpRequests.checkJsonContentType(request.getHeaders().get(HttpHeader.CONTENT_TYPE));
        } else if (body.length > 0) {
          throw ApiException.badRequest(
              method + " " + path + " takes no request body; send parameters in the query string");
        }
        ApiRequest apiRequest = new ApiRequest(
            method,
            path,
            HttpRequests.query(request.getHttpURI().getQuery()),
            HttpRequests.headers(request),
            body);
        answer = route.handler().handle(apiRequest);
      } catch (Throwable failure) {
        fail(failure);
        return;
      }
      finish(answer);
    }

    private void answerStatic(Routes.StaticMount mount) {
      if (!method.equals("GET") && !method.equals("HEAD")) {
        answerAfterBody(ErrorMapper.toResponse(
                ApiException.methodNotAllowed(path + " answers GET, not " + method), path)
            .withHeader("Allow", "GET, HEAD"));
        return;
      }
      finish(StaticResources.answer(mount, path));
    }

    private ApiResponse bodyTooLarge(long bytes) {
      return ErrorMapper.toResponse(
          ApiException.tooLarge(
              "request body of " + bytes + " bytes is over the limit of " + limits.maxBodyBytes()
                  + " bytes" + (limits.maxBodyBytes() == MAX_BODY_BYTES ? " (1 MiB)" : "")),
          where);
    }

    void fail(Throwable failure) {
      finish(errorAnswer(failure));
    }

    ApiResponse errorAnswer(Throwable failure) {
      ApiResponse answer = ErrorMapper.toResponse(failure, where);
      return answer.status() == 401 ? answer.withHeader("WWW-Authenticate", "Bearer") : answer;
    }

    /** Writes {@code answer} (or hands a streamed one to the blocking pool) and completes the exchange once. */
    void finish(ApiResponse answer) {
      if (!finished.compareAndSet(false, true)) {
        return;
      }
      requests.info(
          "{} {} {} ms", where, answer.status(), (System.nanoTime() - started) / 1_000_000);
      if (answer.streamed()) {
        try {
          blocking.execute(() -> stream(answer));
        } catch (RejectedExecutionException shuttingDown) {
          done(ErrorMapper.toResponse(
              ApiException.unavailable("the server is shutting down; retry in a moment"), where));
        }
        return;
      }
      done(answer);
    }

    private void done(ApiResponse answer) {
      try {
        setHeaders(answer);
        byte[] bytes = answer.bodyUnsafe();
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
        response.write(true, ByteBuffer.wrap(bytes), new Callback() {
          @Override
          public void succeeded() {
            inFlight.decrementAndGet();
            callback.succeeded();
          }

          @Override
          public void failed(Throwable x) {
            inFlight.decrementAndGet();
            log.debug(
                "client went away before the answer to {} was written: {}", where, x.toString());
            callback.failed(x);
          }
        });
      } catch (Throwable failure) {
        inFlight.decrementAndGet();
        callback.failed(failure);
      }
    }

    private void stream(ApiResponse answer) {
      try {
        setHeaders(answer);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
        try (OutputStream out = Content.Sink.asOutputStream(response)) {
          if (!method.equals("HEAD")) {
            answer.streamBody().writeTo(out);
          }
        }
        inFlight.decrementAndGet();
        callback.succeeded();
      } catch (Throwable failure) {
        inFlight.decrementAndGet();
        if (failure instanceof IOException) {
          log.debug("{}: the stream ended: {}", where, failure.toString());
        } else {
          ErrorMapper.toApiException(failure, where);
        }
        callback.failed(failure);
      }
    }

    private void setHeaders(ApiResponse answer) {
      response.setStatus(answer.status());
      HttpFields.Mutable headers = response.getHeaders();
      String type = answer.contentType();
      headers.put(
          HttpHeader.CONTENT_TYPE,
          type.equals(ApiResponse.JSON)
                  || type.equals(ApiResponse.YAML)
                  || type.startsWith("text/") && !type.contains("charset")
              ? type + "; charset=utf-8"
              : type);
      answer.headers().forEach(headers::put);
    }
  }
}
