package ai.sergik.mcp;

import ai.sergik.api.ApiRequest;
import ai.sergik.api.ApiResponse;
import ai.sergik.api.ErrorMapper;
import ai.sergik.api.Json;
import ai.sergik.api.Routes;
import ai.sergik.data.DataDir;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * What the studio offers an MCP client: tools that run through the same routes as the HTTP API (so validation,
 * answer size limits and errors are the same everywhere) and resources for the DNA profile and the catalog. Shared
 * by the streamable-HTTP server at {@code /mcp} and the stdio server of {@code sergik mcp}.
 */
public final class StudioTools {
  /** Longest resource text sent; the rest is cut with a note (MCP clients put resources into a model's context). */
  public static final int MAX_RESOURCE_CHARS = 100_000;

  /** One tool: what the client lists, and the call. */
  public record Tool(
      McpSchema.Tool tool, Function<Map<String, Object>, McpSchema.CallToolResult> call) {}

  /** One resource: what the client lists, and its text. */
  public record Resource(McpSchema.Resource resource, Supplier<String> read) {}

  private final Routes routes;
  private final DataDir data;

  /**
   * @param routes the server's route table (filled before a tool is called)
   */
  public StudioTools(Routes routes, DataDir data) {
    this.routes = Objects.requireNonNull(routes, "routes");
    this.data = Objects.requireNonNull(data, "data");
  }

  public List<Tool> tools() {
    List<Tool> tools = new ArrayList<>();
    tools.add(tool(
        "generate",
        "Make chords, bass, arpeggios, drums (or a melody) from a sentence such as \"8 bars of deep"
            + " house chords in 10B\"; with send_to_live the notes go to the SERGIK device in Live (on the named track).",
        schema(
            Map.of(
                "prompt",
                    prop(
                        "string",
                        "What to make: part, key (10B, D minor, F#m), style, bars, tempo, mood, humanize."),
                "send_to_live", prop("boolean", "Push the notes to the SERGIK device in Live."),
                "track",
                    Map.of(
                        "type",
                        List.of("string", "integer"),
                        "description",
                        "The track whose device gets the notes (name or number); the last active device when omitted."),
                "play", prop("boolean", "Start the clip after writing it.")),
            List.of("prompt")),
        args -> call("POST", "/gpt/generate", Map.of(), args)));
    tools.add(tool(
        "transform",
        "Change notes: \"humanize\" (timing and velocity variance, swing, drift) or another"
            + " transform the server offers; notes are Live's {pitch, start_time, duration, velocity, mute} in beats.",
        schema(
            Map.of(
                "name",
                    prop(
                        "string",
                        "The transform: humanize (default), or one of the server's /transform/<name> routes."),
                "notes", objects("The notes to change."),
                "settings",
                    Map.of(
                        "type",
                        "object",
                        "description",
                        "The transform's fields, e.g. {\"timing_variance_ms\": 20, \"velocity_variance\": 10, \"swing\": 56}.")),
            List.of("notes")),
        args -> {
          String name =
              String.valueOf(args.getOrDefault("name", "humanize")).trim().toLowerCase(Locale.ROOT);
          Map<String, Object> body = new LinkedHashMap<>();
          if (args.get("settings") instanceof Map<?, ?> settings) {
            settings.forEach((k, v) -> body.put(String.valueOf(k), v));
          }
          body.put("notes", args.get("notes"));
          if (routes.at("/transform/" + name).get("POST") == null) {
            return error("no transform \"" + name + "\"; the server offers " + transforms());
          }
          return call("POST", "/transform/" + name, Map.of(), body);
        }));
    tools.add(tool(
        "analyze",
        "Tempo, key (Camelot, with confidence), loudness (LUFS), energy and mood of an audio file"
            + " under the library roots, or of a catalog track by track_id.",
        schema(
            Map.of(
                "path", prop("string", "An audio file, absolute or relative to a library root."),
                "track_id", prop("string", "12 hex digits from the track manifest.")),
            List.of()),
        args -> call("POST", "/gpt/analyze", Map.of(), args)));
    tools.add(tool(
        "catalog_search",
        "Search the producer's Live sets, exports and analysed tracks by words, tempo, key"
            + " (compatible keys too), year, collaborator and plugin.",
        schema(
            Map.of(
                "query",
                    prop("string", "Words to match in names, collaborators, plugins and samples."),
                "key", prop("string", "A key such as 10B or F#m."),
                "compatible",
                    prop(
                        "boolean",
                        "With key, also the relative key and the keys a fifth up and down."),
                "bpm_min", prop("number", "Lowest tempo."),
                "bpm_max", prop("number", "Highest tempo."),
                "year", prop("integer", "Only this year."),
                "collaborator", prop("string", "Collaborator name contains this."),
                "plugin", prop("string", "Only sets using this plugin."),
                "limit", prop("integer", "Most results (default 20).")),
            List.of()),
        args -> call("GET", "/gpt/catalog/search", query(args), Map.of())));
    tools.add(tool(
        "dna_compare",
        "How well a track fits the producer's DNA profile (0-100, with suggestions): a catalog"
            + " track by name or id, or any of bpm, key and energy.",
        schema(
            Map.of(
                "track", prop("string", "A track_id or analysed file name."),
                "bpm", prop("number", "Tempo in BPM."),
                "key", prop("string", "A key such as 10B or F minor."),
                "energy", prop("integer", "Energy 1-10.")),
            List.of()),
        args -> call("POST", "/gpt/dna/compare", Map.of(), args)));
    tools.add(tool(
        "suggest",
        "Suggestions for the clip the producer is working on in Live, from their DNA profile and"
            + " library: tempo toward a home zone, keys for the next part or a transposition, and the track of theirs it"
            + " sounds like; the three lines the SERGIK device shows, with their actions.",
        schema(
            Map.of(
                "track", prop("string", "The track the clip is on."),
                "tempo", prop("number", "Live's tempo in BPM."),
                "key",
                    prop(
                        "string",
                        "The clip's key, Camelot (10B) or a name (D major); heard in the notes when omitted."),
                "notes",
                    objects(
                        "The clip's notes, Live's {pitch, start_time, duration, velocity} in beats.")),
            List.of()),
        args -> call("POST", "/live/suggest", Map.of(), args)));
    tools.add(tool(
        "live_control",
        "Change Live through the SERGIK device: tempo, play/stop/continue, a track's volume"
            + " (dB), pan, mute, solo or arm, fire a clip slot or a scene (counted from 1); several in order with"
            + " controls. Answers what Live now reports.",
        schema(
            Map.of(
                "tempo", prop("number", "BPM, 20-999."),
                "transport", oneOf("Play, stop or continue.", "play", "stop", "continue"),
                "track", prop("string", "A track name in Live, with param."),
                "param", oneOf("What to set on the track.", "volume", "pan", "mute", "solo", "arm"),
                "value",
                    Map.of(
                        "type",
                        List.of("number", "boolean"),
                        "description",
                        "volume in dB (-70..6), pan -1..1, mute/solo/arm true or false."),
                "delta_db", prop("number", "With param volume: change by this many dB, e.g. -3."),
                "fire",
                    Map.of(
                        "type",
                        "object",
                        "description",
                        "{\"track\": \"Bass\", \"slot\": 2}: fire that clip slot (1 = first scene row)."),
                "scene", prop("integer", "Fire this scene (1 = first)."),
                "controls",
                    objects(
                        "Several controls applied in order, e.g. [{\"tempo\":122},{\"transport\":\"play\"}].")),
            List.of()),
        args -> call("POST", "/live/control", Map.of(), args)));
    tools.add(tool(
        "fit",
        "Make a part that fits music already there: reads a clip from Live through the SERGIK device"
            + " (from_track, from_slot; neither: the highlighted clip) or takes notes, names its key and chords, makes"
            + " bass, chords, drums, arp or counter-melody to fit and writes it into Live (track).",
        schema(
            Map.of(
                "from_track", prop("string", "The track whose clip to read, e.g. Keys."),
                "from_slot",
                    prop(
                        "integer",
                        "That track's clip slot (1 = first scene row); default: its highlighted or playing clip."),
                "notes",
                    objects(
                        "Notes to fit instead of reading a clip: {pitch, start_time, duration, velocity} in beats."),
                "part",
                    oneOf(
                        "The part to make (bass by default).",
                        "bass",
                        "chords",
                        "drums",
                        "arp",
                        "counter-melody"),
                "seed", prop("integer", "Same seed, same notes."),
                "send_to_live",
                    prop(
                        "boolean",
                        "Write the part into Live (default: true when a clip was read)."),
                "track",
                    prop(
                        "string",
                        "The track whose SERGIK device writes the part; the device used last when omitted."),
                "play", prop("boolean", "Start the clip after writing it.")),
            List.of()),
        args -> call("POST", "/live/fit", Map.of(), args)));
    tools.add(tool(
        "list_devices",
        "The SERGIK devices connected from Live: tracks they sit on, Live's tempo and"
            + " transport, and when each was last heard from.",
        schema(Map.of(), List.of()),
        args -> {
          McpSchema.CallToolResult health = call("GET", "/health", Map.of(), Map.of());
          if (Boolean.TRUE.equals(health.isError())) {
            return health;
          }
          JsonNode body = readTree(((McpSchema.TextContent) health.content().get(0)).text());
          ObjectNode out = Json.MAPPER.createObjectNode();
          out.set("device", body.path("device"));
          if (body.has("devices")) {
            out.set("devices", body.get("devices"));
          }
          return text(out.toString(), false);
        }));
    return tools;
  }

  public List<Resource> resources() {
    List<Resource> resources = new ArrayList<>();
    resources.add(resource(
        "sergik://profile",
        "profile",
        "The artist DNA profile: BPM zones, key preferences, energy"
            + " sweet spot, genre mix, with how each number was derived.",
        "application/json",
        data.masterProfile(),
        "no DNA profile yet: run `sergik dna build`"));
    resources.add(resource(
        "sergik://catalog/projects",
        "catalog-projects",
        "The catalog of Live sets, one row per set:"
            + " path, Live version, tempo, time signature, tracks, devices, plugins, clips, samples.",
        "text/csv",
        data.projectsAls(),
        "no Live set catalog yet: run `sergik scan als <folder>`"));
    resources.add(resource(
        "sergik://catalog/tracks",
        "catalog-tracks",
        "The analysed tracks: BPM, key, Camelot," + " energy, loudness and more per file.",
        "text/csv",
        data.analyzedTracks(),
        "no analysed tracks yet: run `sergik analyze <folder>`"));
    resources.add(resource(
        "sergik://catalog/exports",
        "catalog-exports",
        "The audio exports: format, sample rate, bit" + " depth, channels, length per file.",
        "text/csv",
        data.allExports(),
        "no export catalog yet: run `sergik scan exports <folder>`"));
    return resources;
  }

  // ---- calls through the routes ----

  private McpSchema.CallToolResult call(
      String method, String path, Map<String, List<String>> query, Map<String, Object> body) {
    Routes.Route route = routes.at(path).get(method);
    if (route == null) {
      return error("this server has no " + method + " " + path);
    }
    ApiResponse response;
    try {
      byte[] bytes = method.equals("GET") ? new byte[0] : Json.MAPPER.writeValueAsBytes(body);
      ApiRequest request =
          new ApiRequest(method, path, query, Map.of("content-type", ApiResponse.JSON), bytes);
      response = route.handler().handle(request);
    } catch (Throwable failure) {
      response = ErrorMapper.toResponse(failure, "MCP " + method + " " + path);
    }
    String text = new String(response.body(), StandardCharsets.UTF_8);
    if (response.status() >= 400) {
      JsonNode error = readTree(text);
      return error(error.path("message").asText(text));
    }
    return text(text, false);
  }

  private String transforms() {
    return routes.all().stream()
        .map(Routes.Route::path)
        .filter(p -> p.startsWith("/transform/"))
        .map(p -> p.substring("/transform/".length()))
        .sorted()
        .collect(Collectors.joining(", "));
  }

  private static Map<String, List<String>> query(Map<String, Object> args) {
    Map<String, List<String>> q = new LinkedHashMap<>();
    args.forEach((k, v) -> {
      if (v != null) q.put(k, List.of(String.valueOf(v)));
    });
    return q;
  }

  private static JsonNode readTree(String text) {
    try {
      return Json.MAPPER.readTree(text);
    } catch (IOException e) {
      return Json.MAPPER.createObjectNode();
    }
  }

  // ---- building blocks ----

  private static Tool tool(
      String name,
      String description,
      Map<String, Object> inputSchema,
      Function<Map<String, Object>, McpSchema.CallToolResult> call) {
    McpSchema.Tool tool =
        McpSchema.Tool.builder(name, inputSchema).description(description).build();
    return new Tool(tool, args -> call.apply(args == null ? Map.of() : args));
  }

  private static Map<String, Object> schema(Map<String, Object> properties, List<String> required) {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    schema.put("properties", new java.util.TreeMap<>(properties));
    if (!required.isEmpty()) {
      schema.put("required", required);
    }
    return schema;
  }

  /** An array of JSON objects, e.g. notes or controls. */
  private static Map<String, Object> objects(String description) {
    return Map.of("type", "array", "items", Map.of("type", "object"), "description", description);
  }

  /** A string that must be one of the values. */
  private static Map<String, Object> oneOf(String description, String... values) {
    return Map.of("type", "string", "enum", List.of(values), "description", description);
  }

  private static Map<String, Object> prop(String type, String description) {
    return Map.of("type", type, "description", description);
  }

  private static Resource resource(
      String uri, String name, String description, String mimeType, Path file, String missing) {
    McpSchema.Resource resource = McpSchema.Resource.builder(uri, name)
        .description(description)
        .mimeType(mimeType)
        .build();
    return new Resource(resource, () -> {
      if (!Files.isRegularFile(file)) {
        return missing;
      }
      try {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return text.length() <= MAX_RESOURCE_CHARS
            ? text
            : text.substring(0, MAX_RESOURCE_CHARS) + "\n[cut at " + MAX_RESOURCE_CHARS + " of "
                + text.length() + " characters; use the catalog_search tool to find the rest]\n";
      } catch (IOException e) {
        return "cannot read " + file + ": " + e.getMessage();
      }
    });
  }

  static McpSchema.CallToolResult text(String text, boolean error) {
    return McpSchema.CallToolResult.builder()
        .addTextContent(text)
        .isError(error)
        .build();
  }

  static McpSchema.CallToolResult error(String message) {
    return text(message, true);
  }
}
