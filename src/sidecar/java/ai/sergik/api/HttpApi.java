package ai.sergik.api;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP side of the sidecar on the JDK's built-in server: one handler in front of the route table
 * applies, in order, route lookup (404/405), the bearer token (401), the 1 MiB body limit (413) and
 * the JSON content type (415), then calls the route and writes its answer; every failure goes through
 * {@link ErrorMapper}.
 *
 * <p>Two pools answer: a small one, a thread per core by default, for the quick routes (a generation is tens of
 * microseconds of CPU, and more threads than cores only add queueing and context switches to the tail latency), and
 * a larger one for {@linkplain Routes.Route#blocking blocking} routes, which may wait for seconds on audio, a remote
 * model or the device, so that they never hold a quick route's thread.
 *
 * <p>{@link #close()} drains: new requests get 503 while those in flight finish (up to the grace
 * period), then the port closes.
 */
public final class HttpApi implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(HttpApi.class);
  /** One line per request: method, path (no query string), status, milliseconds. Never headers, so never the token. */
  private static final Logger requests = LoggerFactory.getLogger("ai.sergik.requests");

  /** Largest request body accepted: 1 MiB. */
  public static final int MAX_BODY_BYTES = 1 << 20;

  /** Threads for blocking routes; more waiting requests queue. ChatGPT Actions send one request at a time per chat. */
  public static final int BLOCKING_THREADS = 32;

  static {
    // The JDK server writes headers and body in separate packets; without TCP_NODELAY, Nagle's algorithm
    // and delayed ACKs add ~40 ms to responses on keep-alive connections. Read once when the server loads.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final HttpServer server;
  private final ExecutorService workers;
  private final ExecutorService blocking;
  private final Routes routes;
  private final BearerAuth auth;
  private final AtomicInteger inFlight = new AtomicInteger();
  private volatile boolean draining;

  private HttpApi(HttpServer server, ExecutorService workers, ExecutorService blocking, Routes routes, BearerAuth auth) {
    this.server = server;
    this.workers = workers;
    this.blocking = blocking;
    this.routes = routes;
    this.auth = auth;
  }

  /**
   * Binds {@code host:port} (port 0 picks a free one) and starts answering, with {@code threads} threads for the
   * quick routes and up to {@link #BLOCKING_THREADS} for the blocking ones.
   *
   * @throws IOException when the address cannot be bound (e.g. the port is taken)
   */
  public static HttpApi start(String host, int port, Routes routes, BearerAuth auth, int threads) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 256);
    ExecutorService workers = pool("http-", threads);
    ExecutorService blocking = pool("http-blocking-", BLOCKING_THREADS);
    HttpApi api = new HttpApi(server, workers, blocking, routes, auth);
    server.createContext("/", api::exchange);
    server.setExecutor(workers);
    server.start();
    return api;
  }

  /** A fixed pool of daemon threads that are started on demand and end after a minute idle. */
  private static ExecutorService pool(String prefix, int threads) {
    AtomicInteger n = new AtomicInteger();
    ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
        r -> {
          Thread t = new Thread(r, prefix + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  public InetSocketAddress address() {
    return server.getAddress();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** Requests being answered right now. */
  public int inFlight() {
    return inFlight.get();
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
    server.stop(0);
    workers.shutdown();
    blocking.shutdown();
    try {
      long wait = Math.max(1, graceMillis);
      workers.awaitTermination(wait, TimeUnit.MILLISECONDS);
      blocking.awaitTermination(wait, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    stop(10_000);
  }

  private void exchange(HttpExchange ex) {
    inFlight.incrementAndGet();
    if (isBlocking(ex)) {
      try {
        blocking.execute(() -> answerAndClose(ex));
        return;
      } catch (RejectedExecutionException shuttingDown) {
        // answered below, where draining turns it into a 503
      }
    }
    answerAndClose(ex);
  }

  /** Whether the exchange is for a blocking route; malformed requests are not, and fail quickly where they are. */
  private boolean isBlocking(HttpExchange ex) {
    try {
      Routes.Route route = routes.at(routePath(ex)).get(ex.getRequestMethod().toUpperCase(Locale.ROOT));
      return route != null && route.blocking();
    } catch (ApiException malformedPath) {
      return false;
    }
  }

  private void answerAndClose(HttpExchange ex) {
    long started = System.nanoTime();
    int status = 500;
    try {
      ApiResponse response;
      String where = ex.getRequestMethod() + " " + ex.getRequestURI().getRawPath();
      try {
        response = answer(ex);
      } catch (Throwable failure) {
        response = ErrorMapper.toResponse(failure, where);
        if (response.status() == 401) {
          response = response.withHeader("WWW-Authenticate", "Bearer");
        }
      }
      status = response.status();
      write(ex, response);
    } finally {
      inFlight.decrementAndGet();
      ex.close();
      requests.info("{} {} {} {} ms", ex.getRequestMethod(), ex.getRequestURI().getRawPath(), status,
          (System.nanoTime() - started) / 1_000_000);
    }
  }

  private ApiResponse answer(HttpExchange ex) throws Exception {
    if (draining) {
      throw ApiException.unavailable("the server is shutting down; retry in a moment");
    }
    String method = ex.getRequestMethod().toUpperCase(Locale.ROOT);
    String path = routePath(ex);
    Map<String, Routes.Route> methods = routes.at(path);
    boolean open = !methods.isEmpty() && methods.values().stream().allMatch(Routes.Route::open);
    if (!open) {
      auth.check(Optional.ofNullable(ex.getRequestHeaders().getFirst("Authorization")));
    }
    if (methods.isEmpty()) {
      throw ApiException.notFound("no route " + path + "; GET /openapi.yaml lists every route");
    }
    Routes.Route route = methods.get(method);
    if (route == null) {
      String allowed = String.join(", ", methods.keySet());
      return ErrorMapper.toResponse(ApiException.methodNotAllowed(path + " answers " + allowed + ", not " + method), path)
          .withHeader("Allow", allowed);
    }
    byte[] body = readBody(ex);
    if (body.length > 0 && route.takesJson()) {
      checkJsonContentType(ex.getRequestHeaders().getFirst("Content-Type"));
    } else if (body.length > 0) {
      throw ApiException.badRequest(method + " " + path + " takes no request body; send parameters in the query string");
    }
    ApiRequest request = new ApiRequest(method, path, query(ex.getRequestURI().getRawQuery()), headers(ex), body);
    return route.handler().handle(request);
  }

  private static byte[] readBody(HttpExchange ex) throws IOException {
    String length = ex.getRequestHeaders().getFirst("Content-Length");
    if (length != null) {
      long declared;
      try {
        declared = Long.parseLong(length.trim());
      } catch (NumberFormatException e) {
        throw ApiException.badRequest("Content-Length must be a number of bytes, got " + length);
      }
      if (declared > MAX_BODY_BYTES) {
        throw ApiException.tooLarge("request body of " + declared + " bytes is over the limit of " + MAX_BODY_BYTES
            + " bytes (1 MiB)");
      }
    }
    try (InputStream in = ex.getRequestBody()) {
      byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
      if (body.length > MAX_BODY_BYTES) {
        throw ApiException.tooLarge("request body is over the limit of " + MAX_BODY_BYTES + " bytes (1 MiB)");
      }
      return body;
    }
  }

  private static void checkJsonContentType(String contentType) {
    String type = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    if (!type.equals("application/json") && !type.endsWith("+json")) {
      throw ApiException.unsupportedMediaType("request body must be JSON: send Content-Type: application/json"
          + (type.isEmpty() ? " (none was sent)" : ", not " + type));
    }
  }

  private static void write(HttpExchange ex, ApiResponse response) {
    try {
      var headers = ex.getResponseHeaders();
      headers.set("Content-Type", response.contentType().equals(ApiResponse.JSON) || response.contentType().equals(ApiResponse.YAML)
          ? response.contentType() + "; charset=utf-8" : response.contentType());
      response.headers().forEach(headers::set);
      byte[] body = response.bodyUnsafe();
      boolean head = "HEAD".equalsIgnoreCase(ex.getRequestMethod());
      ex.sendResponseHeaders(response.status(), body.length == 0 || head ? -1 : body.length);
      if (!head && body.length > 0) {
        try (OutputStream out = ex.getResponseBody()) {
          out.write(body);
        }
      }
    } catch (IOException e) {
      log.debug("client went away before the answer to {} {} was written: {}", ex.getRequestMethod(),
          ex.getRequestURI(), e.getMessage());
    }
  }

  /** The decoded request path as routes are registered: without a trailing slash. */
  private static String routePath(HttpExchange ex) {
    String path = decodePath(ex.getRequestURI().getRawPath());
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  private static String decodePath(String raw) {
    try {
      return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("request path is not valid percent-encoding: " + raw);
    }
  }

  static Map<String, List<String>> query(String raw) {
    if (raw == null || raw.isEmpty()) {
      return Map.of();
    }
    Map<String, List<String>> params = new LinkedHashMap<>();
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      try {
        String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      } catch (IllegalArgumentException e) {
        throw ApiException.badRequest("query string is not valid percent-encoding: " + raw);
      }
    }
    return params;
  }

  private static Map<String, String> headers(HttpExchange ex) {
    Map<String, String> headers = new HashMap<>();
    ex.getRequestHeaders().forEach((name, values) -> {
      if (!values.isEmpty()) {
        headers.put(name.toLowerCase(Locale.ROOT), values.get(0));
      }
    });
    return headers;
  }
}
