package ai.sergik.suggest;

import ai.sergik.api.ActionReply;
import ai.sergik.api.ApiException;
import ai.sergik.api.ApiResponse;
import ai.sergik.api.JsonFields;
import ai.sergik.api.RouteModule;
import ai.sergik.api.Routes;
import ai.sergik.catalog.CatalogSearchService;
import ai.sergik.data.DataDir;
import ai.sergik.generation.GenerationService;
import ai.sergik.music.Key;
import ai.sergik.music.Note;
import ai.sergik.osc.OscProtocol;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;

/**
 * Suggestions for the clip in Live: the device's Suggest button ({@code /sergik/action i request, "suggest", s json},
 * answered with {@code /sergik/suggest i request, s json}), {@code POST /live/suggest} for ChatGPT and the studio,
 * and through it the MCP tool {@code suggest}. All three read the same fields and give the same lines and actions.
 */
public final class SuggestRoutes implements RouteModule {
  static final int MAX_NOTES = 20_000;

  private final SuggestService service;

  /** @param catalog the catalog search the catalog routes use too, so the index is held once */
  public SuggestRoutes(DataDir data, CatalogSearchService catalog) {
    this.service = new SuggestService(data, catalog);
  }

  @Override
  public void register(Routes routes) {
    routes.postBlocking("/live/suggest", "suggestForLive", request -> {
      ObjectNode answer = suggest(request.fields()).toJson();
      ObjectNode out = answer.objectNode();
      out.put("status", "ok");
      out.setAll(answer);
      return ApiResponse.ok(out);
    });
    routes.action(
        OscProtocol.ACTION_SUGGEST,
        fields -> new ActionReply(OscProtocol.SUGGEST, suggest(fields).toDeviceJson()));
  }

  @Override
  public String openApiResource() {
    return "/openapi/suggest.yaml";
  }

  Suggestions suggest(JsonFields f) throws IOException {
    String track =
        f.get("track").map(t -> t.isTextual() ? t.asText() : t.toString()).orElse("");
    Double tempo = f.optionalNumber("tempo", 20, 999).orElse(null);
    Key key = null;
    String keyText = f.optionalString("key", "10B").orElse("").strip();
    if (!keyText.isEmpty()) {
      try {
        key = Key.parse(keyText);
      } catch (IllegalArgumentException e) {
        throw ApiException.badField(
            "key",
            "a Camelot key such as 10B or 7A, or a name such as D major or F#m (or leave it"
                + " out to hear it in the notes)",
            keyText);
      }
    }
    List<Note> notes = f.get("notes").map(SuggestRoutes::notes).orElse(List.of());
    try {
      return service.suggest(SuggestRequest.of(track, tempo, key, notes));
    } catch (SuggestService.NoProfileException e) {
      throw ApiException.notFound(e.getMessage());
    }
  }

  /**
   * Live's note dictionaries; {@code start} is read as {@code start_time}, since the device's clip reading
   * ({@code /sergik/clip}) names it so.
   */
  static List<Note> notes(JsonNode given) {
    if (given.isArray()) {
      if (given.size() > MAX_NOTES)
        throw ApiException.badField(
            "notes", "at most " + MAX_NOTES + " notes", given.size() + " notes");
      ArrayNode copy = given.deepCopy();
      for (JsonNode n : copy) {
        if (n instanceof ObjectNode note && !note.has("start_time") && note.has("start"))
          note.set("start_time", note.get("start"));
      }
      given = copy;
    }
    List<Note> notes = GenerationService.notes("notes", given);
    if (notes.size() > MAX_NOTES)
      throw ApiException.badField(
          "notes", "at most " + MAX_NOTES + " notes", notes.size() + " notes");
    return notes;
  }
}
