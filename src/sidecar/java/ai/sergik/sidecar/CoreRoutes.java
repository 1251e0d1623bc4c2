package ai.sergik.sidecar;

import ai.sergik.api.ApiResponse;
import ai.sergik.api.OpenApiDocument;
import ai.sergik.api.RouteModule;
import ai.sergik.api.Routes;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** {@code GET /health} and {@code GET /openapi.yaml}, both without a token (ChatGPT imports the spec by URL). */
final class CoreRoutes implements RouteModule {
  private final SidecarContext context;
  private final Supplier<OpenApiDocument> openApi;
  private final Supplier<Integer> oscPort;

  CoreRoutes(SidecarContext context, Supplier<OpenApiDocument> openApi, Supplier<Integer> oscPort) {
    this.context = context;
    this.openApi = openApi;
    this.oscPort = oscPort;
  }

  @Override
  public void register(Routes routes) {
    routes.openGet("/health", "getHealth", request -> ApiResponse.ok(health()));
    routes.openGet("/openapi.yaml", "getOpenApiSpec", request -> ApiResponse.bytes(200, ApiResponse.YAML, openApi.get().yaml()));
  }

  @Override
  public String openApiResource() {
    return "/openapi/core.yaml";
  }

  Map<String, Object> health() {
    Instant now = context.clock().instant();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", "ok");
    body.put("version", context.version());
    body.put("uptime_seconds", Duration.between(context.startedAt(), now).toMillis() / 1000.0);
    body.put("data_dir", context.data().root().toString());
    body.put("osc_port", oscPort.get());
    body.put("auth", context.config().token().isPresent());
    body.put("chat_fallback", context.config().chat().enabled());
    body.put("device", device(now));
    return body;
  }

  private Map<String, Object> device(Instant now) {
    DeviceLink.Status s = context.device().status();
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("connected", s.connected());
    d.put("last_handshake", s.lastHandshake().map(Instant::toString).orElse(null));
    d.put("seconds_since_handshake", s.lastHandshake().map(t -> Duration.between(t, now).toMillis() / 1000.0).orElse(null));
    d.put("seconds_since_message", s.lastMessage().map(t -> Duration.between(t, now).toMillis() / 1000.0).orElse(null));
    d.put("address", s.address().map(a -> a.getHostString() + ":" + a.getPort()).orElse(null));
    d.put("tempo", s.tempo().orElse(null));
    d.put("transport", s.transport().map(t -> Map.of("state", t.state(), "beats", t.beats())).orElse(null));
    Map<String, Object> tracks = new LinkedHashMap<>();
    s.tracks().forEach((n, params) -> tracks.put(String.valueOf(n), params));
    d.put("tracks", tracks);
    return d;
  }
}
