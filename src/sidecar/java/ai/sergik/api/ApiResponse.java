package ai.sergik.api;

import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a handler answers: status, content type, extra headers and either the body bytes or, for an answer written
 * while it is produced (Server-Sent Events, see {@link #events}), a {@link StreamBody}. Immutable.
 */
public final class ApiResponse {
  public static final String JSON = "application/json";
  public static final String MIDI = "audio/midi";
  public static final String YAML = "application/yaml";
  public static final String EVENT_STREAM = "text/event-stream";

  private final int status;
  private final String contentType;
  private final byte[] body;
  private final Map<String, String> headers;
  private final StreamBody stream;

  /** Writes a streamed answer; each {@code flush()} sends what was written so far. Runs on the server's blocking pool. */
  @FunctionalInterface
  public interface StreamBody {
    void writeTo(OutputStream out) throws Exception;
  }

  private ApiResponse(
      int status, String contentType, byte[] body, Map<String, String> headers, StreamBody stream) {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("HTTP status must be 100..599, got " + status);
    }
    this.status = status;
    this.contentType = Objects.requireNonNull(contentType, "contentType");
    this.body = body.clone();
    this.headers = Map.copyOf(headers);
    this.stream = stream;
  }

  private ApiResponse(int status, String contentType, byte[] body, Map<String, String> headers) {
    this(status, contentType, body, headers, null);
  }

  /**
   * An answer written while it is produced: {@code body} runs on the server's blocking pool (so it may wait) after
   * the status and headers are sent, with chunked transfer; it ends when {@code body} returns. A client that goes
   * away makes the next write or flush throw an IOException.
   */
  public static ApiResponse stream(int status, String contentType, StreamBody body) {
    return new ApiResponse(
        status, contentType, new byte[0], Map.of(), Objects.requireNonNull(body, "body"));
  }

  /**
   * A Server-Sent Events stream ({@code text/event-stream}): {@code events} sends each event with {@link EventSink}
   * and returns to end the stream. A stream that may be quiet for longer than the server's idle timeout (30 s) should
   * send {@link EventSink#comment} now and then to keep the connection open.
   */
  public static ApiResponse events(EventSink.Producer events) {
    Objects.requireNonNull(events, "events");
    return stream(200, EVENT_STREAM, out -> events.produce(new EventSink(out)));
  }

  /** 200 with {@code body} written as JSON (a Map, a record, a JsonNode …). */
  public static ApiResponse ok(Object body) {
    return json(200, body);
  }

  public static ApiResponse json(int status, Object body) {
    return new ApiResponse(status, JSON, Json.bytes(body), Map.of());
  }

  public static ApiResponse bytes(int status, String contentType, byte[] body) {
    return new ApiResponse(status, contentType, body, Map.of());
  }

  public ApiResponse withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new ApiResponse(status, contentType, body, more, stream);
  }

  /** Whether the body is written while it is produced ({@link #stream}) rather than held in {@link #body()}. */
  public boolean streamed() {
    return stream != null;
  }

  StreamBody streamBody() {
    return stream;
  }

  public int status() {
    return status;
  }

  public String contentType() {
    return contentType;
  }

  public byte[] body() {
    return body.clone();
  }

  byte[] bodyUnsafe() {
    return body;
  }

  public Map<String, String> headers() {
    return headers;
  }

  @Override
  public String toString() {
    return "ApiResponse{" + status + " " + contentType + ", " + body.length + " bytes}";
  }
}
