package ai.sergik.prompt;

import ai.sergik.api.ApiException;
import ai.sergik.api.ApiResponse;
import ai.sergik.api.JsonFields;
import ai.sergik.api.RouteModule;
import ai.sergik.api.Routes;
import ai.sergik.generation.Downloads;
import ai.sergik.generation.GenerationRoutes;
import ai.sergik.link.DeviceLink;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * {@code POST /gpt/generate {"prompt", "send_to_live"?, "track"?, "play"?}}: reads the prompt, makes the
 * notes, and with {@code send_to_live} pushes them to the device on that track in Live (or the device active
 * last), saying which device got them and whether it confirmed the write. {@code live} reads the prompts that change
 * Live or fit a part to a clip in it, before the generation prompts.
 */
public record GptRoutes(
    PromptService prompts,
    DeviceLink device,
    Duration confirmWait,
    Downloads downloads,
    LiveIntents live)
    implements RouteModule {

  /** Without Live actions: every prompt makes notes. */
  public GptRoutes(
      PromptService prompts, DeviceLink device, Duration confirmWait, Downloads downloads) {
    this(prompts, device, confirmWait, downloads, LiveIntents.NONE);
  }

  @Override
  public void register(Routes routes) {
    routes.postBlocking("/gpt/generate", "gptGenerate", request -> {
      GenerationRoutes.Format format = GenerationRoutes.Format.of(request);
      JsonFields f = request.fields();
      String prompt = f.string("prompt", null, "8 bars of deep house chords in 10B");
      if (prompt == null || prompt.isBlank()) {
        throw ApiException.badField(
            "prompt", "a sentence such as \"8 bars of deep house chords in 10B\"", prompt);
      }
      boolean send = f.bool("send_to_live", false);
      boolean play = f.bool("play", false);
      JsonNode trackField = f.get("track").filter(t -> !t.isNull()).orElse(null);
      if (trackField != null && !trackField.isTextual() && !trackField.isIntegralNumber()) {
        throw ApiException.badField(
            "track",
            "the name of a track in Live that has the SERGIK device",
            trackField.toString());
      }
      Optional<String> track = Optional.ofNullable(trackField).map(JsonNode::asText);
      Optional<ObjectNode> acted = live.answer(f);
      if (acted.isPresent()) {
        return ApiResponse.ok(acted.get());
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

  /** Pushes to the device on {@code track} (or the device active last); 400 when no connected device is on it. */
  private ObjectNode push(PromptResult result, Optional<String> track, boolean play)
      throws InterruptedException {
    ObjectNode payload = result.toNotesPayload();
    payload.put("play", play);
    try {
      return device.push(payload, track, confirmWait).toJson(confirmWait);
    } catch (IOException e) {
      throw ApiException.unavailable(
          "the notes were made but could not be sent to Live: " + e.getMessage());
    }
  }

  @Override
  public String openApiResource() {
    return "/openapi/gpt.yaml";
  }
}
