package ai.sergik.catalog;

import ai.sergik.api.ApiResponse;
import ai.sergik.api.RouteModule;
import ai.sergik.api.Routes;
import ai.sergik.data.DataDir;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /gpt/catalog/search} for ChatGPT and curl, and the {@code catalog_search} OSC action for
 * the device; both take the parameters of {@link SearchQuery#fromParameters}.
 */
public final class CatalogRoutes implements RouteModule {
  private final CatalogSearchService service;

  public CatalogRoutes(DataDir data) {
    this(new CatalogSearchService(data));
  }

  /** Over a search service other features share (one index in memory, read once). */
  public CatalogRoutes(CatalogSearchService service) {
    this.service = java.util.Objects.requireNonNull(service, "service");
  }

  @Override
  public void register(Routes routes) {
    routes.get(
        "/gpt/catalog/search",
        "searchCatalog",
        request ->
            ApiResponse.ok(service.answer(SearchQuery.fromParameters(request.queryParameters()))));
    routes.action("catalog_search", params -> {
      Map<String, List<String>> asParameters = new LinkedHashMap<>();
      params.node().properties().forEach(e -> {
        JsonNode v = e.getValue();
        if (!v.isNull()) asParameters.put(e.getKey(), List.of(v.asText()));
      });
      return service.answer(SearchQuery.fromParameters(asParameters));
    });
  }

  @Override
  public String openApiResource() {
    return "/openapi/catalog.yaml";
  }
}
