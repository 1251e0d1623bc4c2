package ai.sergik.studio;

import ai.sergik.api.EventSink;
import ai.sergik.api.Json;
import ai.sergik.link.DeviceLink;
import ai.sergik.link.LiveStatus;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The studio's live status as Server-Sent Events: an event {@code live} with the devices, tempo and transport
 * (the shape of {@code /health}'s {@code device} and {@code devices}, without the fields that change with every
 * heartbeat) at once and whenever it changes, a comment
 * every {@value #KEEP_ALIVE_MS} ms so that a quiet stream stays open, and an end after {@value #LONGEST_MS} ms
 * (the page reconnects), so that a forgotten tab never holds a thread for good. The connection state depends on
 * the time as well as on messages, so it is looked at every {@value #LOOK_EVERY_MS} ms, not waited for; the
 * intervals are read on the sidecar's clock.
 */
final class LiveEvents {
  static final long LOOK_EVERY_MS = 250;
  static final long KEEP_ALIVE_MS = 15_000;
  static final long LONGEST_MS = 10 * 60_000;

  /** Fields that change with every heartbeat or tick of the clock say nothing new to the page. */
  static final Set<String> VOLATILE =
      Set.of("last_seen", "seconds_since_seen", "last_active", "address");

  private final DeviceLink device;
  private final Clock clock;
  private final EventSink events;
  private final long started;
  private long quietSince;
  private String last;

  LiveEvents(DeviceLink device, Clock clock, EventSink events) {
    this.device = device;
    this.clock = clock;
    this.events = events;
    this.started = clock.millis();
    this.quietSince = started;
  }

  /** Follows the status until the stream has lasted {@value #LONGEST_MS} ms or the client has gone. */
  static void follow(DeviceLink device, Clock clock, EventSink events) throws Exception {
    LiveEvents live = new LiveEvents(device, clock, events);
    while (live.look()) {
      Thread.sleep(LOOK_EVERY_MS);
    }
  }

  /**
   * Sends the status if it changed, else a keep-alive comment if the stream has been quiet too long.
   *
   * @return false once the stream has lasted long enough and should end
   */
  boolean look() throws IOException {
    long now = clock.millis();
    if (now - started >= LONGEST_MS) {
      return false;
    }
    String status = Json.MAPPER.writeValueAsString(steady(LiveStatus.of(device.status())));
    if (!status.equals(last)) {
      events.send("live", status);
      last = status;
      quietSince = now;
    } else if (now - quietSince > KEEP_ALIVE_MS) {
      events.comment("still here");
      quietSince = now;
    }
    return true;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> steady(Map<String, Object> status) {
    Map<String, Object> out = new LinkedHashMap<>(status);
    Object devices = out.get("devices");
    if (devices instanceof List<?> list) {
      List<Map<String, Object>> kept = new ArrayList<>();
      for (Object d : list) {
        Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) d);
        copy.keySet().removeAll(VOLATILE);
        kept.add(copy);
      }
      out.put("devices", kept);
    }
    return out;
  }
}
