package ai.sergik.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.sidecar.Sidecar;
import ai.sergik.sidecar.SidecarConfig;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The real sidecar on loopback, serving the earlier tool's data files as they are. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogRoutesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private Sidecar sidecar;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  void start() throws Exception {
    sidecar = Sidecar.start(
        SidecarConfig.loopback(0, 0).withToken("s3cret"), CatalogSearchTest.earlierData(), "test");
  }

  @AfterAll
  void stop() {
    sidecar.stop(0);
  }

  private HttpResponse<String> get(String pathAndQuery, boolean withToken) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(sidecar.httpUri() + pathAndQuery));
    if (withToken) b.header("Authorization", "Bearer s3cret");
    return http.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void searchAnswersWithRankedMatches() throws Exception {
    HttpResponse<String> r = get("/gpt/catalog/search?query=" + q("silent jay") + "&limit=5", true);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    JsonNode body = JSON.readTree(r.body());
    assertThat(body.get("status").asText()).isEqualTo("ok");
    assertThat(body.get("returned").asInt()).isEqualTo(5);
    assertThat(body.get("total").asInt()).isGreaterThan(5);
    assertThat(body.get("results").get(0).get("collaborator").asText())
        .isEqualToIgnoringCase("silent jay");
  }

  @Test
  void keyAndTempoFiltersApplyWithCamelotNeighbours() throws Exception {
    HttpResponse<String> r =
        get("/gpt/catalog/search?key=10B&compatible=true&bpm_min=120&bpm_max=130&limit=200", true);
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode body = JSON.readTree(r.body());
    assertThat(body.get("results").size()).isPositive();
    for (JsonNode item : body.get("results")) {
      assertThat(item.get("camelot").asText()).isIn(Set.of("10B", "10A", "11B", "9B"));
      assertThat(item.get("bpm").asDouble()).isBetween(120.0, 130.0);
    }
    assertThat(r.body().length()).isLessThanOrEqualTo(CatalogSearchService.MAX_ANSWER_CHARS);
  }

  @Test
  void badParametersAreA400NamingTheParameter() throws Exception {
    HttpResponse<String> r = get("/gpt/catalog/search?bpm_min=fast", true);
    assertThat(r.statusCode()).isEqualTo(400);
    JsonNode body = JSON.readTree(r.body());
    assertThat(body.get("status").asText()).isEqualTo("error");
    assertThat(body.get("message").asText())
        .isEqualTo("bpm_min must be a number such as 120, got 'fast'");

    HttpResponse<String> key = get("/gpt/catalog/search?key=" + q("H minor"), true);
    assertThat(key.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(key.body()).get("message").asText()).startsWith("key: unknown key");
  }

  @Test
  void theDeviceActionTakesTheSameParameters() throws Exception {
    ai.sergik.api.Routes routes = new ai.sergik.api.Routes();
    new CatalogRoutes(CatalogSearchTest.earlierData()).register(routes);
    var params = JSON.createObjectNode().put("query", "andino").put("limit", 3).putNull("key");
    @SuppressWarnings("unchecked")
    java.util.Map<String, Object> answer = (java.util.Map<String, Object>)
        routes.actions().get("catalog_search").handle(new ai.sergik.api.JsonFields(params));
    assertThat(answer).containsEntry("status", "ok").containsEntry("returned", 3);
    var bad = JSON.createObjectNode().put("bpm_max", "slow");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> routes.actions().get("catalog_search").handle(new ai.sergik.api.JsonFields(bad)))
        .hasMessage("bpm_max must be a number such as 120, got 'slow'");
  }

  @Test
  void theRouteNeedsTheToken() throws Exception {
    assertThat(get("/gpt/catalog/search?query=jam", false).statusCode()).isEqualTo(401);
  }

  @Test
  void theRouteIsInTheOpenApiDocument() throws Exception {
    HttpResponse<String> r = get("/openapi.yaml", true);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("/gpt/catalog/search").contains("operationId: searchCatalog");
  }
}
