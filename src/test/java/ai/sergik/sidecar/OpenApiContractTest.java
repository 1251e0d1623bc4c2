package ai.sergik.sidecar;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.api.Routes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Custom GPT Actions spec served at /openapi.yaml is checked against the routes the server really
 * answers, and every example in it is sent to the server.
 */
class OpenApiContractTest {
  @RegisterExtension
  static final RunningSidecar server = RunningSidecar.perClass(
      SidecarConfig.loopback(0, 0).withToken("spec-token"), new TestClock());

  static JsonNode doc;
  /** Answers the examples that go through a device in Live; its clock keeps it connected for the whole class. */
  static FakeDevice device;

  @BeforeAll
  static void start() throws Exception {
    device = new FakeDevice(server.oscPort());
    device.hello("dev-spec", "Bass");
    device.serve(FakeLive.withChordsOnKeys());
    HttpResponse<String> r = server.get("/openapi.yaml");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/yaml; charset=utf-8");
    doc = new YAMLMapper().readTree(r.body());
  }

  @AfterAll
  static void stop() {
    device.close();
  }

  @Test
  void isOpenApi310WithBearerAuthAndThisServersUrl() {
    assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
    assertThat(doc.path("info").path("title").asText()).isNotBlank();
    assertThat(doc.path("servers").get(0).get("url").asText())
        .isEqualTo(server.sidecar.httpUri().toString());
    JsonNode scheme = doc.path("components").path("securitySchemes").path("bearerAuth");
    assertThat(scheme.path("type").asText()).isEqualTo("http");
    assertThat(scheme.path("scheme").asText()).isEqualTo("bearer");
    assertThat(doc.path("security").get(0).has("bearerAuth")).isTrue();
    assertThat(doc.path("paths").path("/health").path("get").path("security").isArray())
        .isTrue();
    assertThat(doc.path("paths").path("/health").path("get").path("security").size())
        .as("/health needs no token")
        .isZero();
  }

  @Test
  void theGenerationWordsListedAreTheEnginesOwn() {
    JsonNode schemas = doc.path("components").path("schemas");
    assertThat(enumOf(schemas, "ChordProgressionRequest", "voicing"))
        .isEqualTo(ai.sergik.generate.Voicing.ids());
    assertThat(enumOf(schemas, "WalkingBassRequest", "style"))
        .isEqualTo(ai.sergik.generate.BassStyle.ids());
    assertThat(enumOf(schemas, "ArpeggioRequest", "pattern"))
        .isEqualTo(ai.sergik.generate.ArpPattern.ids());
    assertThat(enumOf(schemas, "ArpeggioRequest", "rate"))
        .isEqualTo(ai.sergik.generate.ArpRate.ids());
    assertThat(enumOf(schemas, "MelodyRequest", "instrument"))
        .isEqualTo(ai.sergik.generate.MelodyInstrument.names());
  }

  private static List<String> enumOf(JsonNode schemas, String schema, String property) {
    List<String> out = new ArrayList<>();
    for (JsonNode part : schemas.path(schema).path("allOf")) {
      part.path("properties").path(property).path("enum").forEach(v -> out.add(v.asText()));
    }
    return out;
  }

  @Test
  void everyRouteIsDocumentedUnderItsOperationIdAndNothingElseIs() {
    Set<String> documented = new HashSet<>();
    Set<String> operationIds = new HashSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields();
        paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
        Map.Entry<String, JsonNode> op = ops.next();
        String where = op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
        documented.add(where);
        String id = op.getValue().path("operationId").asText();
        assertThat(id).as("operationId of " + where).isNotBlank();
        assertThat(operationIds.add(id)).as("operationId " + id + " is unique").isTrue();
        String description = op.getValue().path("description").asText();
        assertThat(description).as("description of " + where).isNotBlank();
        assertThat(description.length())
            .as("description of " + where + " (GPT Actions allow 300 characters)")
            .isLessThanOrEqualTo(300);
        assertThat(op.getValue().path("responses").has("200"))
            .as("200 response of " + where)
            .isTrue();
      }
    }
    Set<String> routed = new HashSet<>();
    for (Routes.Route route : server.sidecar.routes().all()) {
      if (!server.sidecar.routes().published().contains(route)) {
        assertThat(doc.path("paths").has(route.path()))
            .as(route.path() + " is left out of the spec")
            .isFalse();
        continue;
      }
      String where = route.method() + " " + route.path();
      routed.add(where);
      JsonNode op =
          doc.path("paths").path(route.path()).path(route.method().toLowerCase(Locale.ROOT));
      assertThat(op.path("operationId").asText())
          .as("operationId of " + where)
          .isEqualTo(route.operationId());
    }
    assertThat(documented).isEqualTo(routed);
  }

  @Test
  void everyReferenceResolves() {
    List<String> refs = new ArrayList<>();
    collectRefs(doc, refs);
    assertThat(refs).isNotEmpty();
    for (String ref : refs) {
      assertThat(ref).startsWith("#/");
      JsonNode target = doc.at(ref.substring(1));
      assertThat(target.isMissingNode()).as(ref).isFalse();
    }
  }

  @Test
  void everyExampleRequestIsAnsweredWithSuccess() throws Exception {
    int sent = 0;
    for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields();
        paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
        Map.Entry<String, JsonNode> op = ops.next();
        if (path.getKey().contains("{")) {
          continue; // a path with a parameter (a download link) has its own test
        }
        String query = exampleQuery(op.getValue());
        HttpRequest.Builder request = server.request(path.getKey() + query);
        JsonNode example = op.getValue()
            .path("requestBody")
            .path("content")
            .path("application/json")
            .path("example");
        if (op.getKey().equals("post")) {
          assertThat(example.isMissingNode())
              .as("example request body of POST " + path.getKey())
              .isFalse();
          request
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(example.toString()));
        } else {
          request.GET();
        }
        HttpResponse<String> r =
            server.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode())
            .as(op.getKey() + " " + path.getKey() + " with its example: " + r.body())
            .isEqualTo(200);
        if (r.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
          assertThat(RunningSidecar.json(r).get("status").asText()).isEqualTo("ok");
        }
        sent++;
      }
    }
    assertThat(sent)
        .isEqualTo(server.sidecar.routes().published().stream()
            .filter(r -> !r.path().contains("{"))
            .count());
  }

  /** Query parameters that carry an example (the format parameter is left at its default). */
  static String exampleQuery(JsonNode operation) {
    StringBuilder query = new StringBuilder();
    for (JsonNode p : operation.path("parameters")) {
      JsonNode param = p.has("$ref") ? doc.at(p.get("$ref").asText().substring(1)) : p;
      JsonNode example =
          param.has("example") ? param.get("example") : param.path("schema").path("example");
      if (!param.path("in").asText().equals("query") || example.isMissingNode()) {
        continue;
      }
      query
          .append(query.length() == 0 ? '?' : '&')
          .append(URLEncoder.encode(param.get("name").asText(), StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(example.asText(), StandardCharsets.UTF_8));
    }
    return query.toString();
  }

  static void collectRefs(JsonNode node, List<String> refs) {
    if (node.isObject()) {
      node.fields().forEachRemaining(e -> {
        if (e.getKey().equals("$ref")) {
          refs.add(e.getValue().asText());
        } else {
          collectRefs(e.getValue(), refs);
        }
      });
    } else if (node.isArray()) {
      node.forEach(n -> collectRefs(n, refs));
    }
  }
}
