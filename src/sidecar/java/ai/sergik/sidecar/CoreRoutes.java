package ai.sergik.sidecar;

import ai.sergik.api.ApiException;
import ai.sergik.api.ApiRequest;
import ai.sergik.api.ApiResponse;
import ai.sergik.api.BearerAuth;
import ai.sergik.api.OpenApiDocument;
import ai.sergik.api.RouteModule;
import ai.sergik.api.Routes;
import ai.sergik.link.LiveStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code GET /health} (no token needed; the details only with it, when one is configured) and
 * {@code GET /openapi.yaml} (no token needed: ChatGPT imports the spec by URL).
 */
final class CoreRoutes implements RouteModule {
  private final SidecarContext context;
  private final BearerAuth auth;
  private final Supplier<OpenApiDocument> openApi;
  private final Supplier<Integer> oscPort;

  CoreRoutes(SidecarContext context, Supplier<OpenApiDocument> openApi, Supplier<Integer> oscPort) {
    this.context = context;
    this.auth = BearerAuth.of(context.config().token());
    this.openApi = openApi;
    this.oscPort = oscPort;
  }

  @Override
  public void register(Routes routes) {
    routes.openGet("/health", "getHealth", request -> ApiResponse.ok(health(authorized(request))));
    routes.openGet(
        "/openapi.yaml",
        "getOpenApiSpec",
        request -> ApiResponse.bytes(200, ApiResponse.YAML, openApi.get().yaml()));
  }

  /** Whether the caller may see the details: no token is configured, or it sent the right one. */
  private boolean authorized(ApiRequest request) {
    try {
      auth.check(request.header("Authorization"));
      return true;
    } catch (ApiException e) {
      return false;
    }
  }

  @Override
  public String openApiResource() {
    return "/openapi/core.yaml";
  }

  /**
   * Without the token (when one is configured) only that the server is up: no paths, addresses or track names,
   * which would tell a stranger on the network about the producer's machine and sets.
   */
  Map<String, Object> health(boolean details) {
    Instant now = context.clock().instant();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", "ok");
    body.put("version", context.version());
    body.put("auth", context.config().token().isPresent());
    if (!details) {
      return body;
    }
    body.put("uptime_seconds", Duration.between(context.startedAt(), now).toMillis() / 1000.0);
    body.put("data_dir", context.data().root().toString());
    body.put("osc_port", oscPort.get());
    body.put("chat_fallback", context.config().chat().enabled());
    body.putAll(LiveStatus.of(context.device().status()));
    return body;
  }
}
