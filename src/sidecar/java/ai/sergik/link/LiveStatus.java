package ai.sergik.link;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the sidecar knows of Live and its devices, as {@code /health} and the web studio's live events show it. */
public final class LiveStatus {
  private LiveStatus() {}

  /**
   * {@code device} (what Live reported, whichever device sent it, and whether any device is connected) and
   * {@code devices} (each device, most recently used first): the part of {@code /health} the web studio follows.
   */
  public static Map<String, Object> of(DeviceLink.Status status) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("device", live(status));
    body.put(
        "devices", status.devices().stream().map(d -> device(d, status.at())).toList());
    return body;
  }

  /** What Live reported, whichever device sent it, and whether any device is connected. */
  private static Map<String, Object> live(DeviceLink.Status s) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("connected", s.connected());
    d.put("connected_count", s.connectedDevices().size());
    d.put("heartbeat_window_seconds", DeviceLink.HEARTBEAT_WINDOW.toMillis() / 1000.0);
    d.put("tempo", s.tempo().orElse(null));
    d.put(
        "transport",
        s.transport().map(t -> Map.of("state", t.state(), "beats", t.beats())).orElse(null));
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
