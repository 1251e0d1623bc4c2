package ai.sergik.studio;

import ai.sergik.api.ApiResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The studio page's files, read from the classpath ({@code /studio/...}) once at startup and answered
 * from memory: the page is small, so every request is a copy of bytes, not a file read.
 */
final class StaticAssets {
  /** URL path → the asset answered there. */
  private final Map<String, ApiResponse> byPath = new LinkedHashMap<>();

  StaticAssets(Map<String, String> urlToResource) {
    urlToResource.forEach((url, resource) -> byPath.put(url, load(resource)));
  }

  Map<String, ApiResponse> all() {
    return byPath;
  }

  private static ApiResponse load(String resource) {
    try (InputStream in = StaticAssets.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("the studio resource " + resource + " is missing from the jar");
      return ApiResponse.bytes(200, contentType(resource), in.readAllBytes())
          .withHeader("Cache-Control", "no-cache")
          .withHeader("X-Content-Type-Options", "nosniff");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the studio resource " + resource, e);
    }
  }

  static String contentType(String resource) {
    if (resource.endsWith(".html")) return "text/html; charset=utf-8";
    if (resource.endsWith(".js")) return "text/javascript; charset=utf-8";
    if (resource.endsWith(".css")) return "text/css; charset=utf-8";
    if (resource.endsWith(".svg")) return "image/svg+xml";
    throw new IllegalArgumentException("no content type known for " + resource + "; add it to StaticAssets");
  }
}
