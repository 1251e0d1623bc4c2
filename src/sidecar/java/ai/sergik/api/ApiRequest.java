package ai.sergik.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One HTTP request as a handler sees it: method, path, query parameters, headers (lower-case names)
 * and the whole body, already checked against the size limit and, for routes that take JSON, the
 * content type. Immutable.
 */
public final class ApiRequest {
  private final String method;
  private final String path;
  private final Map<String, List<String>> query;
  private final Map<String, String> headers;
  private final byte[] body;

  public ApiRequest(
      String method,
      String path,
      Map<String, List<String>> query,
      Map<String, String> headers,
      byte[] body) {
    this.method = method;
    this.path = path;
    this.query = Map.copyOf(query);
    this.headers = Map.copyOf(headers);
    this.body = body.clone();
  }

  public String method() {
    return method;
  }

  public String path() {
    return path;
  }

  /** The first value of query parameter {@code name}. */
  public Optional<String> query(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  public Map<String, List<String>> queryParameters() {
    return query;
  }

  /** A header by case-insensitive name. */
  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name.toLowerCase(java.util.Locale.ROOT)));
  }

  public byte[] body() {
    return body.clone();
  }

  public boolean hasBody() {
    return body.length > 0;
  }

  /**
   * The body as a JSON object; an empty body is {@code {}}.
   *
   * @throws ApiException 400 when the body is not JSON or not an object
   */
  public ObjectNode json() {
    if (body.length == 0) {
      return Json.MAPPER.createObjectNode();
    }
    JsonNode node;
    try {
      node = Json.MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest("request body is not valid JSON: " + Json.describe(e));
    } catch (java.io.IOException e) {
      throw ApiException.badRequest("request body could not be read: " + e.getMessage());
    }
    if (node == null || node.isMissingNode()) {
      return Json.MAPPER.createObjectNode();
    }
    if (!node.isObject()) {
      throw ApiException.badRequest(
          "request body must be a JSON object such as {\"key\":\"10B\"}, got a JSON "
              + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
    }
    return (ObjectNode) node;
  }

  /** {@link #json()} wrapped for typed field reads with defaults and ranges. */
  public JsonFields fields() {
    return new JsonFields(json());
  }

  @Override
  public String toString() {
    return method + " " + path;
  }
}
