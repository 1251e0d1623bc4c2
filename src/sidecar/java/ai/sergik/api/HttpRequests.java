package ai.sergik.api;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.server.Request;

/** What {@link HttpApi} reads from a Jetty request before a route sees it: path, query, headers, content type. */
final class HttpRequests {
  private HttpRequests() {}

  static void checkJsonContentType(String contentType) {
    String type =
        contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    if (!type.equals("application/json") && !type.endsWith("+json")) {
      throw ApiException.unsupportedMediaType(
          "request body must be JSON: send Content-Type: application/json"
              + (type.isEmpty() ? " (none was sent)" : ", not " + type));
    }
  }

  /** The decoded request path as routes are registered: without a trailing slash. */
  static String routePath(String rawPath) {
    String path = decodePath(rawPath == null || rawPath.isEmpty() ? "/" : rawPath);
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
    for (String pair : raw.split("&", -1)) { // empty pairs are skipped, wherever they are
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      try {
        String name =
            URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String value =
            eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      } catch (IllegalArgumentException e) {
        throw ApiException.badRequest("query string is not valid percent-encoding: " + raw);
      }
    }
    return params;
  }

  static Map<String, String> headers(Request request) {
    Map<String, String> headers = new HashMap<>();
    for (HttpField field : request.getHeaders()) {
      headers.putIfAbsent(field.getLowerCaseName(), field.getValue());
    }
    return headers;
  }
}
