package ai.sergik.sidecar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The served spec is fetched the way ChatGPT's "Import from URL" fetches it (no token) and checked by a real
 * OpenAPI 3.1 validator (swagger-parser); each YAML source is checked for the mistakes that YAML lets through
 * silently (an unquoted comma in a flow mapping ends the value and adds a stray key).
 */
class OpenApiValidityTest {
  @RegisterExtension
  static final RunningSidecar server = RunningSidecar.perClass(SidecarConfig.loopback(0, 0)
      .withToken("spec-token")
      .withPublicUrl("https://studio.example.net"));

  static String served;

  @BeforeAll
  static void start() throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(server.uri("/openapi.yaml")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as("GET /openapi.yaml without a token").isEqualTo(200);
    served = r.body();
  }

  @Test
  void servedSpecPassesTheOpenApi31Validator() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIParser().readContents(served, null, options);
    assertThat(result.getOpenAPI()).as("parsed").isNotNull();
    assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
    assertThat(result.getMessages()).as("validator messages").isEmpty();
  }

  @Test
  void serversComeFromThePublicUrlSetting() throws Exception {
    JsonNode doc = new YAMLMapper().readTree(served);
    assertThat(doc.path("servers").get(0).path("url").asText())
        .isEqualTo("https://studio.example.net");
  }

  @Test
  void otherRoutesStillNeedTheToken() throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(server.uri("/gpt/catalog/search?query=x"))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(401);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"core", "generation", "gpt", "catalog", "dna", "analysis", "files", "fit"})
  void sourceHasNoStrayKeysFromUnquotedPunctuation(String name) throws Exception {
    JsonNode tree;
    try (InputStream in = getClass().getResourceAsStream("/openapi/" + name + ".yaml")) {
      assertThat(in).as("/openapi/" + name + ".yaml").isNotNull();
      tree = new YAMLMapper().readTree(in);
    }
    List<String> stray = new ArrayList<>();
    strayKeys(tree, "", stray);
    assertThat(stray)
        .as("keys with no value (an unquoted comma or colon split a description)")
        .isEmpty();
  }

  /** A key whose value is null, or a key with spaces: YAML made it from the tail of a value. */
  static void strayKeys(JsonNode node, String at, List<String> out) {
    if (node.isObject()) {
      node.fields().forEachRemaining(e -> {
        String where = at + "/" + e.getKey();
        if (e.getValue().isNull()
            || (e.getKey().contains(" ") && !at.endsWith("/paths") && !at.contains("/examples"))) {
          out.add(where);
        }
        strayKeys(e.getValue(), where, out);
      });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        strayKeys(node.get(i), at + "/" + i, out);
      }
    }
  }
}
