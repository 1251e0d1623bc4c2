package ai.sergik.prompt;

import ai.sergik.api.ApiException;
import ai.sergik.api.ApiResponse;
import ai.sergik.api.JsonFields;
import ai.sergik.api.RouteModule;
import ai.sergik.api.Routes;
import ai.sergik.generation.Downloads;
import ai.sergik.generation.GenerationRoutes;
import ai.sergik.sidecar.DeviceLink;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;

/**
 * {@code POST /gpt/generate {"prompt", "send_to_live"?, "track"?, "play"?}}: reads the prompt, makes the
 * notes, and with {@code send_to_live} pushes them to the device in Live, saying whether it confirmed.
 */
public final class GptRoutes implements RouteModule {
  private final PromptService prompts;
  private final DeviceLink device;
  private final Duration confirmWait;
  private final Downloads downloads;

  public GptRoutes(PromptService prompts, DeviceLink device, Duration confirmWait, Downloads downloads) {
    this.prompts = prompts;
    this.device = device;
    this.confirmWait = confirmWait;
    this.downloads = downloads;
  }

  @Override
  public void register(Routes routes) {
    routes.postBlocking("/gpt/generate", "gptGenerate", request -> {
      GenerationRoutes.Format format = GenerationRoutes.Format.of(request);
      JsonFields f = request.fields();
      String prompt = f.string("prompt", null, "8 bars of deep house chords in 10B");
      if (prompt == null || prompt.isBlank()) {
        throw ApiException.badField("prompt", "a sentence such as \"8 bars of deep house chords in 10B\"", prompt);
      }
      boolean send = f.bool("send_to_live", false);
      boolean play = f.bool("play", false);
      JsonNode track = f.get("track").orElse(null);
      if (track != null && !(track.canConvertToInt() && track.intValue() >= 0) && !track.isTextual()) {
        throw ApiException.badField("track", "a track number (0 = first) or a track name", track.toString());
      }
      PromptResult result = prompts.make(prompt, device.status().tempo());
      if (format != GenerationRoutes.Format.JSON && !send) {
        return GenerationRoutes.respond(result.made(), format, downloads);
      }
      ObjectNode body = result.toAnswer(downloads);
      if (send) {
        body.set("live", push(result, track, play));
      }
      if (format != GenerationRoutes.Format.JSON) {
        return GenerationRoutes.respond(result.made(), format, downloads);
      }
      return ApiResponse.ok(body);
    });
  }

  private ObjectNode push(PromptResult result, JsonNode track, boolean play) throws InterruptedException {
    ObjectNode payload = result.toNotesPayload();
    if (track != null) {
      payload.set("track", track);
    }
    payload.put("play", play);
    DeviceLink.PushResult pushed;
    try {
      pushed = device.push(payload, confirmWait);
    } catch (IOException e) {
      throw ApiException.unavailable("the notes were made but could not be sent to Live: " + e.getMessage());
    }
    ObjectNode live = ai.sergik.api.Json.MAPPER.createObjectNode();
    live.put("sent", true);
    live.put("confirmed", pushed.confirmed());
    live.put("device_connected", pushed.deviceKnown());
    live.put("sent_to", pushed.sentTo().getHostString() + ":" + pushed.sentTo().getPort());
    live.put("push_id", pushed.pushId());
    live.put("datagrams", pushed.chunks());
    pushed.confirmation().ifPresent(c -> live.set("device_reply", c));
    live.put("message", pushed.confirmed()
        ? "The device in Live confirmed it received the notes."
        : "Sent to " + live.get("sent_to").asText() + ", but no device confirmed within " + confirmWait.toMillis()
            + " ms" + (pushed.deviceKnown() ? "." : "; no device has connected yet - load the SERGIK device in Live."));
    return live;
  }

  @Override
  public String openApiResource() {
    return "/openapi/gpt.yaml";
  }
}
