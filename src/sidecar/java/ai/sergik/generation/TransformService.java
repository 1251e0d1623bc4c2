package ai.sergik.generation;

import ai.sergik.api.ApiException;
import ai.sergik.api.JsonFields;
import ai.sergik.generate.Part;
import ai.sergik.humanize.HumanizeSettings;
import ai.sergik.humanize.Humanizer;
import ai.sergik.music.Note;
import ai.sergik.transform.NoteTransform;
import ai.sergik.transform.TransformSettings;
import ai.sergik.transform.Transformed;
import ai.sergik.transform.Transforms;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The transform endpoints: notes the client sends, humanized ({@code POST /transform/humanize}, the earlier tool's
 * fields) or changed by one of the engine's {@link Transforms} ({@code POST /transform/NAME}, the transform's own
 * settings as fields). Holds no state.
 */
public final class TransformService {
  public static final double DEFAULT_TIMING_VARIANCE_MS = 20;
  public static final int DEFAULT_VELOCITY_VARIANCE = 10;

  /** POST /transform/humanize. */
  public Made humanize(JsonFields f) {
    List<Note> notes = NotesFields.notes(f);
    double tempo = NotesFields.tempo(f);
    HumanizeSettings settings = GenerationService.settings(() -> HumanizeSettings.builder()
        .timingMs(f.number(
            "timing_variance_ms", DEFAULT_TIMING_VARIANCE_MS, 0, HumanizeSettings.MAX_TIMING_MS))
        .velocity(f.integer(
            "velocity_variance", DEFAULT_VELOCITY_VARIANCE, 0, HumanizeSettings.MAX_VELOCITY))
        .swing(f.number(
            "swing",
            HumanizeSettings.DEFAULT_SWING,
            HumanizeSettings.MIN_SWING,
            HumanizeSettings.MAX_SWING))
        .swingGrid(f.integer("swing_grid", HumanizeSettings.DEFAULT_SWING_GRID, 8, 16))
        .driftMs(f.number(
            "drift_ms", HumanizeSettings.DEFAULT_DRIFT_MS, 0, HumanizeSettings.MAX_DRIFT_MS))
        .seed(f.integer("seed", 0, 0, Integer.MAX_VALUE))
        .tempo(tempo)
        .build());
    Optional<Part> part = NotesFields.part(f, "drums");
    List<Note> out = Humanizer.humanize(notes, settings);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("timing_variance_ms", settings.timingMs());
    details.put("velocity_variance", settings.velocity());
    details.put("swing", settings.swing());
    details.put("drift_ms", settings.driftMs());
    return new Made(
        part,
        out,
        tempo,
        GenerationService.barsOf(out),
        Optional.empty(),
        details,
        "humanized " + out.size() + " notes (timing \u00b1"
            + GenerationService.JsonFieldsText.plain(settings.timingMs()) + " ms, velocity \u00b1"
            + settings.velocity() + ", swing "
            + GenerationService.JsonFieldsText.plain(settings.swing()) + "%)");
  }

  /** Fields of a transform request that are not the transform's own settings. */
  private static final Set<String> TRANSFORM_FIELDS = Set.of("notes", "seed", "tempo", "part");

  /**
   * POST /transform/NAME: {@code notes} in, the transformed notes out; {@code seed}, {@code tempo} and
   * {@code part} as everywhere, every other field is one of the transform's settings.
   */
  public Made transform(String name, JsonFields f) {
    NoteTransform transform = Transforms.named(name);
    List<Note> notes = NotesFields.notes(f);
    double tempo = NotesFields.tempo(f);
    long seed = f.integer("seed", 0, 0, Integer.MAX_VALUE);
    Map<String, String> values = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : f.node().properties()) {
      if (TRANSFORM_FIELDS.contains(field.getKey())) continue;
      JsonNode v = field.getValue();
      if (!v.isValueNode() || v.isNull()) {
        throw ApiException.badField(
            field.getKey(),
            "a number, text or true/false (" + describe(transform) + ")",
            v.toString());
      }
      values.put(field.getKey(), v.asText());
    }
    Optional<Part> part = NotesFields.part(f, "chords");
    Transformed made;
    try {
      made = transform.apply(notes, TransformSettings.of(values), seed);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("transform", transform.name());
    details.put("settings", values);
    details.put("notes_in", notes.size());
    return new Made(
        part,
        made.notes(),
        tempo,
        GenerationService.barsOf(made.notes()),
        Optional.empty(),
        details,
        made.summary());
  }

  private static String describe(NoteTransform t) {
    StringBuilder sb = new StringBuilder(t.name()).append(" reads ");
    for (int i = 0; i < t.options().size(); i++)
      sb.append(i == 0 ? "" : ", ").append(t.options().get(i).name());
    return sb.toString();
  }
}
