package ai.sergik.generation;

import ai.sergik.api.ApiException;
import ai.sergik.api.ApiRequest;
import ai.sergik.api.ApiResponse;
import ai.sergik.api.JsonFields;
import ai.sergik.api.RouteModule;
import ai.sergik.api.Routes;
import ai.sergik.preview.AudioPreview;
import ai.sergik.transform.Transforms;
import java.util.Locale;
import java.util.function.Function;

/**
 * The generation endpoints of the earlier HTTP tool, same paths, field names and defaults:
 * {@code /generate/chord_progression}, {@code /generate/walking_bass}, {@code /generate/arpeggios},
 * {@code /generate/drums}, {@code /generate/drum_variations} and {@code /transform/humanize}, plus this
 * engine's {@code /generate/melody} and the clip transforms {@code /transform/strum}, {@code /transform/legato},
 * {@code /transform/quantize}, {@code /transform/velocity}, {@code /transform/ornament}, {@code /transform/recombine},
 * {@code /transform/connect} and {@code /transform/transpose}. Each answers
 * {@code {"status":"ok","notes":[…],"count":N,…}}, a Standard MIDI File with {@code ?format=mid}, or a
 * WAV preview rendered by the JDK's General MIDI synthesizer with {@code ?format=wav}.
 */
public final class GenerationRoutes implements RouteModule {
  private final GenerationService service;
  private final TransformService transforms = new TransformService();
  private final Downloads downloads;

  public GenerationRoutes(GenerationService service, Downloads downloads) {
    this.service = service;
    this.downloads = downloads;
  }

  @Override
  public void register(Routes routes) {
    routes.post(
        "/generate/chord_progression", "generateChordProgression", handler(service::chords));
    routes.post("/generate/walking_bass", "generateWalkingBass", handler(service::bass));
    routes.post("/generate/arpeggios", "generateArpeggios", handler(service::arpeggios));
    routes.post("/generate/drums", "generateDrums", handler(service::drums));
    routes.post(
        "/generate/drum_variations", "generateDrumVariations", handler(service::drumVariations));
    routes.post("/generate/melody", "generateMelody", handler(service::melody));
    routes.post("/transform/humanize", "humanizeNotes", handler(transforms::humanize));
    for (String name : Transforms.names()) {
      routes.post(
          "/transform/" + name,
          "transform" + Character.toUpperCase(name.charAt(0)) + name.substring(1),
          handler(f -> transforms.transform(name, f)));
    }
  }

  @Override
  public String openApiResource() {
    return "/openapi/generation.yaml";
  }

  private ai.sergik.api.Handler handler(Function<JsonFields, Made> make) {
    return request -> {
      Format format = Format.of(request);
      JsonFields fields = request.fields();
      if (fields.has("output_format")
          && !"midi".equalsIgnoreCase(fields.string("output_format", "midi", "midi"))) {
        throw ApiException.badField(
            "output_format",
            "\"midi\" (audio is rendered by the CLI, not this endpoint)",
            fields.string("output_format", "", "midi"));
      }
      return respond(make.apply(fields), format, downloads);
    };
  }

  /**
   * The answer in the format the client asked for with {@code ?format=}; a JSON answer too big for ChatGPT is a
   * summary with the first bars' notes and a download link.
   */
  public static ApiResponse respond(Made made, Format format, Downloads downloads)
      throws java.io.IOException {
    if (format == Format.WAV) {
      return ApiResponse.bytes(200, AudioPreview.CONTENT_TYPE, AudioPreview.wav(made.toMidi()))
          .withHeader(
              "Content-Disposition",
              "inline; filename=\"" + made.fileName().replaceAll("\\.mid$", ".wav") + "\"");
    }
    if (format == Format.MID) {
      return ApiResponse.bytes(200, ApiResponse.MIDI, made.toMidi())
          .withHeader("Content-Disposition", "attachment; filename=\"" + made.fileName() + "\"");
    }
    byte[] whole = made.toJsonBytes();
    if (Made.fitsWhole(whole)) {
      return ApiResponse.bytes(200, ApiResponse.JSON, whole);
    }
    return ApiResponse.ok(made.toSummaryJson(downloads.offer(made.toMidi(), made.fileName())));
  }

  /** {@code ?format=json} (default), {@code ?format=mid} or {@code ?format=wav}. */
  public enum Format {
    JSON,
    MID,
    WAV;

    public static Format of(ApiRequest request) {
      String value = request.query("format").orElse("json").trim().toLowerCase(Locale.ROOT);
      return switch (value) {
        case "", "json" -> JSON;
        case "mid", "midi", "smf" -> MID;
        case "wav", "wave", "audio" -> WAV;
        default -> throw ApiException.badField("format", "json, mid or wav", value);
      };
    }
  }
}
