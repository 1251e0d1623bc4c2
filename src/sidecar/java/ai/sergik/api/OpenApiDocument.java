package ai.sergik.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The Custom GPT Actions spec served at {@code /openapi.yaml}: OpenAPI 3.1.0 with bearer auth,
 * assembled from each {@link RouteModule}'s fragment ({@code paths:} plus {@code components:} sections such as
 * {@code schemas} and {@code responses}). A path or component defined by two fragments fails at startup naming it.
 * Shared pieces every fragment may reference live in {@code /openapi/core.yaml}: the {@code Error} schema and
 * the responses {@code BadRequest}, {@code Unauthorized}, {@code TooLarge}, {@code UnsupportedMediaType}, {@code ServerError}.
 */
public final class OpenApiDocument {
  private static final YAMLMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
          .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
          .disable(YAMLGenerator.Feature.SPLIT_LINES)
          .build())
      .build();

  private final ObjectNode document;
  private final byte[] yaml;

  private OpenApiDocument(ObjectNode document) {
    this.document = document;
    try {
      this.yaml = YAML.writeValueAsString(document).getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The document for {@code modules}, built when first asked for: reading the YAML fragments takes a YAML parser
   * and a few hundred classes the server otherwise never needs, which would cost startup time and memory on every
   * start for a document most starts never serve.
   */
  public static java.util.function.Supplier<OpenApiDocument> lazily(
      String version, String serverUrl, List<RouteModule> modules) {
    List<RouteModule> copy = List.copyOf(modules);
    return new java.util.function.Supplier<>() {
      private OpenApiDocument built;

      @Override
      public synchronized OpenApiDocument get() {
        if (built == null) {
          built = build(version, serverUrl, copy);
        }
        return built;
      }
    };
  }

  /**
   * Builds the document for {@code modules}.
   *
   * @param serverUrl the URL ChatGPT calls (the public HTTPS URL of a tunnel, or the local address)
   */
  public static OpenApiDocument build(String version, String serverUrl, List<RouteModule> modules) {
    ObjectNode doc = YAML.createObjectNode();
    doc.put("openapi", "3.1.0");
    ObjectNode info = doc.putObject("info");
    info.put("title", "SERGIK AI");
    info.put("version", version);
    info.put(
        "description",
        "Generate chords, bass, arpeggios and drums in Camelot keys, humanize MIDI, and send"
            + " the result to Ableton Live; analyze audio and search the producer's catalog.");
    ArrayNode servers = doc.putArray("servers");
    servers.addObject().put("url", serverUrl);
    doc.putArray("security").addObject().putArray("bearerAuth");
    ObjectNode paths = doc.putObject("paths");
    ObjectNode components = doc.putObject("components");
    components
        .putObject("securitySchemes")
        .putObject("bearerAuth")
        .put("type", "http")
        .put("scheme", "bearer");
    for (RouteModule module : modules) {
      String resource = module.openApiResource();
      if (resource == null || resource.isEmpty()) {
        continue;
      }
      JsonNode fragment = read(module, resource);
      mergeInto(paths, fragment.path("paths"), "path", resource);
      for (Map.Entry<String, JsonNode> section : fragment.path("components").properties()) {
        if (section.getKey().equals("securitySchemes")) {
          throw new IllegalStateException(
              resource + " defines securitySchemes; the document declares bearerAuth for all");
        }
        ObjectNode target = components.has(section.getKey())
            ? (ObjectNode) components.get(section.getKey())
            : components.putObject(section.getKey());
        mergeInto(target, section.getValue(), section.getKey(), resource);
      }
    }
    return new OpenApiDocument(doc);
  }

  private static JsonNode read(RouteModule module, String resource) {
    try (InputStream in = module.getClass().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(module.getClass().getName() + " names OpenAPI resource "
            + resource + ", which is not on the class path");
      }
      return YAML.readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException(
          "OpenAPI resource " + resource + " is not valid YAML: " + e.getMessage(), e);
    }
  }

  private static void mergeInto(ObjectNode target, JsonNode source, String what, String resource) {
    for (Map.Entry<String, JsonNode> e : source.properties()) {
      if (target.has(e.getKey())) {
        throw new IllegalStateException(
            "OpenAPI " + what + " " + e.getKey() + " in " + resource + " is already defined");
      }
      target.set(e.getKey(), e.getValue());
    }
  }

  /** The document as a tree (a copy), for checks against the routes. */
  public ObjectNode tree() {
    return document.deepCopy();
  }

  public byte[] yaml() {
    return yaml.clone();
  }
}
