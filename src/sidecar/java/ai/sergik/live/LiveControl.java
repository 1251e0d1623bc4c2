package ai.sergik.live;

import ai.sergik.api.ApiException;
import ai.sergik.api.Json;
import ai.sergik.link.DeviceRequests;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Applies {@link Controls} to Live one after the other through the handshaken device link, each answered with the
 * state Live reports; the answer says what Live now reports. The first control Live refuses stops the rest, and the
 * error says which ones were applied before it.
 */
public final class LiveControl {
  private final DeviceRequests requests;
  private final Duration wait;

  public LiveControl(DeviceRequests requests, Duration wait) {
    this.requests = Objects.requireNonNull(requests, "requests");
    this.wait = Objects.requireNonNull(wait, "wait");
  }

  /**
   * Sends the controls to Live one after another and merges what Live reports; a failure names what was applied
   * before it.
   *
   * @param controls checked controls ({@link Controls#read})
   * @return {@code {"status":"ok","live":{merged state},"results":[{"set":…,"live":…}],"device_id","device_track",
   *     "message"}}
   */
  public ObjectNode apply(List<ObjectNode> controls) throws InterruptedException {
    ObjectNode merged = Json.MAPPER.createObjectNode();
    ArrayNode results = Json.MAPPER.createArrayNode();
    List<String> applied = new ArrayList<>();
    List<String> reported = new ArrayList<>();
    DeviceRequests.Answer last = null;
    for (int i = 0; i < controls.size(); i++) {
      ObjectNode c = controls.get(i);
      try {
        last = requests.set(c, Controls.trackOf(c), wait);
      } catch (ApiException e) {
        if (applied.isEmpty()) {
          throw e;
        }
        throw new ApiException(
            e.status(),
            e.code(),
            Controls.describeChange(c) + " (control " + (i + 1) + " of "
                + controls.size() + ") failed: " + e.getMessage() + "; applied before it: "
                + String.join(", ", applied)
                + (reported.isEmpty()
                    ? ""
                    : " (Live reported " + String.join("; ", reported) + ")"));
      }
      ObjectNode result = results.addObject();
      result.set("set", c);
      result.set("live", last.json());
      merged.setAll((ObjectNode) last.json());
      applied.add(Controls.describeChange(c));
      String state = Controls.describeState(last.json());
      if (!state.isEmpty()) {
        reported.add(state);
      }
    }
    ObjectNode answer = Json.MAPPER.createObjectNode();
    answer.put("status", "ok");
    answer.set("live", merged);
    answer.set("results", results);
    answer.put("device_id", last.device().id());
    answer.put(
        "device_track", last.device().track().isEmpty() ? null : last.device().track());
    answer.put("message", message(applied, reported));
    return answer;
  }

  static String message(List<String> applied, List<String> reported) {
    return "Done: " + String.join(", ", applied) + ". Live now reports "
        + (reported.isEmpty() ? "no state back" : String.join("; ", reported)) + ".";
  }

  /** The {@code live} state of an answer, for callers that fold it into their own. */
  public static JsonNode state(ObjectNode answer) {
    return answer.get("live");
  }
}
