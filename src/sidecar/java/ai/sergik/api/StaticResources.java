package ai.sergik.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;

/** Answers a {@link Routes#staticResources} mount from the classpath; nothing outside the mount's folder is reachable. */
final class StaticResources {
  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("html", "text/html; charset=utf-8"),
      Map.entry("js", "text/javascript; charset=utf-8"),
      Map.entry("mjs", "text/javascript; charset=utf-8"),
      Map.entry("css", "text/css; charset=utf-8"),
      Map.entry("json", "application/json; charset=utf-8"),
      Map.entry("svg", "image/svg+xml"),
      Map.entry("png", "image/png"),
      Map.entry("ico", "image/x-icon"),
      Map.entry("woff2", "font/woff2"),
      Map.entry("txt", "text/plain; charset=utf-8"),
      Map.entry("wasm", "application/wasm"));

  private StaticResources() {}

  static ApiResponse answer(Routes.StaticMount mount, String path) {
    String relative = path.length() <= mount.prefix().length()
        ? ""
        : path.substring(mount.prefix().length() + 1);
    if (relative.isEmpty()) {
      relative = "index.html";
    }
    for (String segment : relative.split("/", -1)) {
      if (segment.isEmpty()
          || segment.equals(".")
          || segment.equals("..")
          || segment.indexOf('\\') >= 0) {
        throw ApiException.notFound("no file " + path);
      }
    }
    byte[] bytes;
    try (InputStream in =
        StaticResources.class.getResourceAsStream(mount.classpathRoot() + "/" + relative)) {
      if (in == null) {
        throw ApiException.notFound("no file " + path);
      }
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw ApiException.notFound("no file " + path);
    }
    int dot = relative.lastIndexOf('.');
    String type = TYPES.getOrDefault(
        dot < 0 ? "" : relative.substring(dot + 1).toLowerCase(Locale.ROOT),
        "application/octet-stream");
    return ApiResponse.bytes(200, type, bytes)
        .withHeader("Cache-Control", "no-cache")
        .withHeader("X-Content-Type-Options", "nosniff");
  }
}
