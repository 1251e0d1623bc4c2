package ai.sergik.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** What a handler answers: status, content type, body bytes and extra headers. Immutable. */
public final class ApiResponse {
  public static final String JSON = "application/json";
  public static final String MIDI = "audio/midi";
  public static final String YAML = "application/yaml";

  private final int status;
  private final String contentType;
  private final byte[] body;
  private final Map<String, String> headers;

  private ApiResponse(int status, String contentType, byte[] body, Map<String, String> headers) {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("HTTP status must be 100..599, got " + status);
    }
    this.status = status;
    this.contentType = Objects.requireNonNull(contentType, "contentType");
    this.body = body.clone();
    this.headers = Map.copyOf(headers);
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
    return new ApiResponse(status, contentType, body, more);
  }

  public int status() { return status; }

  public String contentType() { return contentType; }

  public byte[] body() { return body.clone(); }

  byte[] bodyUnsafe() { return body; }

  public Map<String, String> headers() { return headers; }

  @Override
  public String toString() {
    return "ApiResponse{" + status + " " + contentType + ", " + body.length + " bytes}";
  }
}
