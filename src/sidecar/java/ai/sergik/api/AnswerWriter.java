package ai.sergik.api;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one answer onto Jetty's response (status, headers, then the body whole or streamed), completes the
 * exchange and counts it out of {@link InFlight}, whether the client listened to the end or went away.
 */
final class AnswerWriter {
  private static final Logger log = LoggerFactory.getLogger(HttpApi.class);

  private final Response response;
  private final Callback callback;
  private final InFlight inFlight;
  private final String where;
  private final boolean head;

  AnswerWriter(
      Response response, Callback callback, InFlight inFlight, String where, boolean head) {
    this.response = response;
    this.callback = callback;
    this.inFlight = inFlight;
    this.where = where;
    this.head = head;
  }

  /** Writes a whole answer without holding the thread while the client reads it. */
  void write(ApiResponse answer) {
    try {
      setHeaders(answer);
      byte[] bytes = answer.bodyUnsafe();
      response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
      response.write(true, ByteBuffer.wrap(bytes), new Callback() {
        @Override
        public void succeeded() {
          inFlight.end();
          callback.succeeded();
        }

        @Override
        public void failed(Throwable x) {
          inFlight.end();
          log.debug(
              "client went away before the answer to {} was written: {}", where, x.toString());
          callback.failed(x);
        }
      });
    } catch (Throwable failure) {
      inFlight.end();
      callback.failed(failure);
    }
  }

  /** Writes a streamed answer as its producer makes it; blocks, so it runs on the blocking pool. */
  void stream(ApiResponse answer) {
    try {
      setHeaders(answer);
      response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
      try (OutputStream out = Content.Sink.asOutputStream(response)) {
        if (!head) {
          answer.streamBody().writeTo(out);
        }
      }
      inFlight.end();
      callback.succeeded();
    } catch (Throwable failure) {
      inFlight.end();
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
                || (type.startsWith("text/") && !type.contains("charset"))
            ? type + "; charset=utf-8"
            : type);
    answer.headers().forEach(headers::put);
  }
}
