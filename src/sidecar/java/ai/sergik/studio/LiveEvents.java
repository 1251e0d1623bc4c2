package ai.sergik.studio;

import ai.sergik.api.EventSink;
import ai.sergik.api.Json;
import ai.sergik.link.DeviceLink;
import ai.sergik.link.LiveStatus;
import java.util.Map;

/**
 * The studio's live status as Server-Sent Events: an event {@code live} with the devices, tempo and transport
 * (the shape of {@code /health}'s {@code device} and {@code devices}, without the fields that change with every
 * heartbeat) at once and whenever it changes, a comment
 * every {@value #KEEP_ALIVE_MS} ms so that a quiet stream stays open, and an end after {@value #LONGEST_MS} ms
 * (the page reconnects), so that a forgotten tab never holds a thread for good.
 */
final class LiveEvents {
  private LiveEvents() {}

  static final long LOOK_EVERY_MS = 250;
  static final long KEEP_ALIVE_MS = 15_000;
  static final long LONGEST_MS = 10 * 60_000;

  /** Fields that change with every heartbeat or tick of the clock say nothing new to the page. */
  static final java.util.Set<String> VOLATILE =
      java.util.Set.of("last_seen", "seconds_since_seen", "last_active", "address");

  @SuppressWarnings("unchecked")
  static Map<String, Object> steady(Map<String, Object> status) {
    Map<String, Object> out = new java.util.LinkedHashMap<>(status);
    Object devices = out.get("devices");
    if (devices instanceof java.util.List<?> list) {
      java.util.List<Map<String, Object>> kept = new java.util.ArrayList<>();
      for (Object d : list) {
        Map<String, Object> copy = new java.util.LinkedHashMap<>((Map<String, Object>) d);
        copy.keySet().removeAll(VOLATILE);
        kept.add(copy);
      }
      out.put("devices", kept);
    }
    return out;
  }

  static void follow(DeviceLink device, EventSink events) throws Exception {
    String last = null;
    long quietSince = System.nanoTime();
    long started = quietSince;
    while (System.nanoTime() - started < LONGEST_MS * 1_000_000L) {
      // the connection state depends on the time as well as on messages, so it is looked at, not
      // waited for
      String now = Json.MAPPER.writeValueAsString(steady(LiveStatus.of(device.status())));
      if (!now.equals(last)) {
        events.send("live", now);
        last = now;
        quietSince = System.nanoTime();
      } else if (System.nanoTime() - quietSince > KEEP_ALIVE_MS * 1_000_000L) {
        events.comment("still here");
        quietSince = System.nanoTime();
      }
      Thread.sleep(LOOK_EVERY_MS);
    }
  }
}
