package ai.sergik.live;

import ai.sergik.api.ApiException;
import ai.sergik.api.ApiResponse;
import ai.sergik.api.Json;
import ai.sergik.api.JsonFields;
import ai.sergik.api.RouteModule;
import ai.sergik.api.Routes;
import ai.sergik.generate.Part;
import ai.sergik.generation.GenerationService;
import ai.sergik.generation.Made;
import ai.sergik.generation.NotesFields;
import ai.sergik.link.DeviceLink;
import ai.sergik.music.Note;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code POST /live/notes}: notes made anywhere (the web studio's piano roll, a transform, a client's own) written
 * into the selected clip slot of the device on a track, confirmed only when the device says Live took them.
 */
public record LiveRoutes(DeviceLink device, Duration confirmWait) implements RouteModule {
  static final int MAX_NOTES = 20_000;

  public LiveRoutes {
    Objects.requireNonNull(device, "device");
    Objects.requireNonNull(confirmWait, "confirmWait");
  }

  @Override
  public void register(Routes routes) {
    routes.postBlocking(
        "/live/notes", "sendNotesToLive", request -> ApiResponse.ok(send(request.fields())));
  }

  @Override
  public String openApiResource() {
    return "/openapi/live.yaml";
  }

  ObjectNode send(JsonFields f) throws InterruptedException {
    JsonNode given = f.get("notes")
        .orElseThrow(() -> ApiException.badField(
            "notes",
            "the notes to write, as [{\"pitch\":60,\"start_time\":0,\"duration\":1,\"velocity\":100}, ...]",
            null));
    List<Note> notes = GenerationService.notes("notes", given);
    if (notes.isEmpty()) throw ApiException.badField("notes", "at least one note", "[]");
    if (notes.size() > MAX_NOTES)
      throw ApiException.badField(
          "notes", "at most " + MAX_NOTES + " notes", notes.size() + " notes");
    double tempo = NotesFields.tempo(f);
    Optional<Part> part = NotesFields.part(f, "chords");
    Optional<String> track = f.optionalString("track", "Bass");
    double end = 0;
    for (Note n : notes) end = Math.max(end, n.end());
    int bars = f.integer("bars", Math.max(1, (int) Math.ceil(end / 4 - 1e-9)), 1, 1024);
    Made made =
        new Made(part, notes, tempo, bars, Optional.empty(), Map.of(), notes.size() + " notes");
    ObjectNode payload = made.toNotesPayload();
    payload.put("play", f.bool("play", false));
    ObjectNode live;
    try {
      live = device.push(payload, track, confirmWait).toJson(confirmWait);
    } catch (IOException e) {
      throw ApiException.unavailable("the notes could not be sent to Live: " + e.getMessage());
    }
    ObjectNode answer = Json.MAPPER.createObjectNode();
    answer.put("status", "ok");
    answer.put("count", notes.size());
    answer.set("live", live);
    return answer;
  }
}
