package ai.sergik.sidecar;

import ai.sergik.api.ApiException;
import ai.sergik.api.ApiRequest;
import ai.sergik.api.ApiResponse;
import ai.sergik.api.BearerAuth;
import ai.sergik.api.OpenApiDocument;
import ai.sergik.api.RouteModule;
import ai.sergik.api.Routes;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code GET /health} (no token needed; the details only with it, when one is configured) and
 * {@code GET /openapi.yaml}.
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
    routes.get("/openapi.yaml", "getOpenApiSpec", request -> ApiResponse.bytes(200, ApiResponse.YAML, openApi.get().yaml()));
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
    DeviceLink.Status status = context.device().status();
    body.put("device", live(status));
    body.put("devices", status.devices().stream().map(d -> device(d, status.at())).toList());
    return body;
  }

  /** What Live reported, whichever device sent it, and whether any device is connected. */
  private static Map<String, Object> live(DeviceLink.Status s) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("connected", s.connected());
    d.put("connected_count", s.connectedDevices().size());
    d.put("heartbeat_window_seconds", DeviceLink.HEARTBEAT_WINDOW.toMillis() / 1000.0);
    d.put("tempo", s.tempo().orElse(null));
    d.put("transport", s.transport().map(t -> Map.of("state", t.state(), "beats", t.beats())).orElse(null));
    Map<String, Object> tracks = new LinkedHashMap<>();
    s.tracks().forEach((n, params) -> tracks.put(String.valueOf(n), params));
    d.put("tracks", tracks);
    return d;
  }

  /** One device, most recently used first in the list. */
  private static Map<String, Object> device(DeviceLink.Device device, Instant now) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("id", device.id());
    d.put("track", device.track().isEmpty() ? null : device.track());
    d.put("protocol", device.protocol());
    d.put("connected", device.connected(now));
    d.put("last_seen", device.lastSeen().toString());
    d.put("seconds_since_seen", Duration.between(device.lastSeen(), now).toMillis() / 1000.0);
    d.put("last_active", device.lastActive().map(Instant::toString).orElse(null));
    d.put("address", device.addressText());
    return d;
  }
}
