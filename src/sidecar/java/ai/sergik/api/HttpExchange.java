package ai.sergik.api;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One request from its headers to the last byte of its answer: checks what can be checked from the headers (route,
 * method, token, declared size), reads the body without holding a thread, runs the route on the right pool and
 * hands the answer to an {@link AnswerWriter}. Every path ends in {@link #finish} exactly once.
 */
final class HttpExchange implements Runnable {
  private static final Logger log = LoggerFactory.getLogger(HttpApi.class);
  /** One line per request: method, path (no query string), status, milliseconds. Never headers, so never the token. */
  private static final Logger requests = LoggerFactory.getLogger("ai.sergik.requests");

  private final Serving serving;
  private final HttpApi.Limits limits;
  private final Request request;
  private final AnswerWriter writer;
  private final String method;
  private final String where;
  private final long startedMillis;
  private final AtomicBoolean finished = new AtomicBoolean();
  private Routes.Route route;
  private String path;
  private byte[] body = new byte[0];
  private int length;
  private long received;
  private boolean tooLarge;
  /** An answer decided from the headers alone, sent once the body has been read and thrown away. */
  private ApiResponse answerAfterBody;

  private HttpExchange(Serving serving, Request request, Response response, Callback callback) {
    this.serving = serving;
    this.limits = serving.limits();
    this.request = request;
    this.method = request.getMethod().toUpperCase(Locale.ROOT);
    this.where = method + " " + request.getHttpURI().getPath();
    this.startedMillis = serving.clock().millis();
    this.writer =
        new AnswerWriter(response, callback, serving.inFlight(), where, method.equals("HEAD"));
  }

  /** Answers one request; returns at once, the answer follows when its body has come and its route has run. */
  static void answer(Serving serving, Request request, Response response, Callback callback) {
    serving.inFlight().begin();
    HttpExchange exchange = new HttpExchange(serving, request, response, callback);
    try {
      exchange.begin();
    } catch (Throwable failure) {
      exchange.answerAfterBody(exchange.errorAnswer(failure));
    }
  }

  private void begin() {
    if (serving.inFlight().draining()) {
      throw shuttingDown();
    }
    path = HttpRequests.routePath(request.getHttpURI().getPath());
    Map<String, Routes.Route> methods = serving.routes().at(path);
    if (methods.isEmpty()) {
      Optional<Routes.StaticMount> mount = serving.routes().staticMountFor(path);
      if (mount.isPresent()) {
        answerStatic(mount.get());
        return;
      }
    }
    boolean open = !methods.isEmpty() && methods.values().stream().allMatch(Routes.Route::open);
    if (!open) {
      serving.auth().check(Optional.ofNullable(request.getHeaders().get(HttpHeader.AUTHORIZATION)));
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
              ApiException.methodNotAllowed(path + " answers " + allowed + ", not " + method), path)
          .withHeader("Allow", allowed));
      return;
    }
    long declared = request.getLength();
    if (declared > limits.maxBodyBytes()) {
      tooLarge = true;
      if (declared > limits.maxDiscardBytes() || expectsContinue()) {
        // Not worth reading (or not sent yet): answer now and let the connection close.
        finish(closing(bodyTooLarge(declared)));
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
          finish(closing(answerAfterBody != null ? answerAfterBody : bodyTooLarge(received)));
          return;
        }
      }
    } catch (Throwable failure) {
      finish(errorAnswer(failure));
    }
  }

  /**
   * Sends {@code answer} after reading and throwing away the request body, if there is one: a client still sending
   * its body then hears the answer (a 401 for a missing token, a 404 for a wrong path) instead of a reset.
   */
  private void answerAfterBody(ApiResponse answer) {
    HttpFields headers = request.getHeaders();
    long declared = request.getLength();
    boolean hasBody = declared > 0 || headers.contains(HttpHeader.TRANSFER_ENCODING);
    if (!hasBody) {
      finish(answer);
      return;
    }
    if (declared > limits.maxDiscardBytes() || expectsContinue()) {
      finish(closing(answer));
      return;
    }
    answerAfterBody = answer;
    run();
  }

  private boolean expectsContinue() {
    return request.getHeaders().contains(HttpHeader.EXPECT, HttpHeaderValue.CONTINUE.asString());
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
      body = Arrays.copyOf(body, (int)
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
      finish(closing(answerAfterBody));
      return;
    }
    ApiException failure;
    if (cause instanceof TimeoutException) {
      failure = new ApiException(
          408,
          "request_timeout",
          "the request body did not arrive within " + limits.idleTimeout().toSeconds() + " s");
    } else if (cause instanceof EofException || cause instanceof java.io.EOFException) {
      failure = ApiException.badRequest(
          "the request body ended early: the connection closed after " + received + " bytes"
              + (request.getLength() >= 0 ? " of the " + request.getLength() + " announced" : ""));
    } else {
      String reason =
          cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
      failure = ApiException.badRequest("the request body is malformed: " + reason);
    }
    finish(closing(ErrorMapper.toResponse(failure, where)));
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
      body = Arrays.copyOf(body, length);
    }
    if (route.blocking()) {
      try {
        serving.blocking().execute(this::callRoute);
        return;
      } catch (RejectedExecutionException stopped) {
        finish(ErrorMapper.toResponse(shuttingDown(), where));
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
      answer = errorAnswer(failure);
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
        ApiException.tooLarge("request body of " + bytes + " bytes is over the limit of "
            + limits.maxBodyBytes() + " bytes"
            + (limits.maxBodyBytes() == HttpApi.MAX_BODY_BYTES ? " (1 MiB)" : "")),
        where);
  }

  private static ApiException shuttingDown() {
    return ApiException.unavailable("the server is shutting down; retry in a moment");
  }

  private static ApiResponse closing(ApiResponse answer) {
    return answer.withHeader("Connection", "close");
  }

  private ApiResponse errorAnswer(Throwable failure) {
    ApiResponse answer = ErrorMapper.toResponse(failure, where);
    return answer.status() == 401 ? answer.withHeader("WWW-Authenticate", "Bearer") : answer;
  }

  /** Writes {@code answer} (or hands a streamed one to the blocking pool) and completes the exchange once. */
  private void finish(ApiResponse answer) {
    if (!finished.compareAndSet(false, true)) {
      return;
    }
    requests.info("{} {} {} ms", where, answer.status(), serving.clock().millis() - startedMillis);
    if (answer.streamed()) {
      try {
        serving.blocking().execute(() -> writer.stream(answer));
      } catch (RejectedExecutionException stopped) {
        writer.write(ErrorMapper.toResponse(shuttingDown(), where));
      }
      return;
    }
    writer.write(answer);
  }
}
