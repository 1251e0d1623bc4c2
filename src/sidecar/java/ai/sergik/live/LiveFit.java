package ai.sergik.live;

import ai.sergik.api.ApiException;
import ai.sergik.api.Json;
import ai.sergik.api.JsonFields;
import ai.sergik.generation.FitRoutes;
import ai.sergik.generation.Made;
import ai.sergik.link.DeviceLink;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A part that fits music already in Live: the clip is read through a device ({@code /ableton/read}: a track's clip,
 * a given slot, or the highlighted clip), heard and fitted by {@link FitRoutes#fit} (the {@code ai.sergik.listen}
 * engine), and the new notes pushed to a track's device, into the scene row the clip was read from. Notes may also
 * be given instead of read. The answer names the key and chords heard.
 */
public final class LiveFit {
  private final DeviceLink link;
  private final Duration wait;

  public LiveFit(DeviceLink link, Duration wait) {
    this.link = Objects.requireNonNull(link, "link");
    this.wait = Objects.requireNonNull(wait, "wait");
  }

  /**
   * What to fit and where it goes.
   *
   * @param notes notes given (then nothing is read from Live)
   * @param fromTrack the track whose clip is read; empty with no notes: the highlighted clip
   * @param fromSlot that track's slot (1-based); empty: its highlighted-scene clip, else its playing clip, else its first
   * @param part bass, chords, drums, arp or counter-melody
   * @param send whether to push the result to Live
   * @param toTrack the track whose device gets the notes; empty: the device active last
   */
  public record Request(
      Optional<JsonNode> notes,
      Optional<String> fromTrack,
      Optional<Integer> fromSlot,
      String part,
      long seed,
      boolean send,
      Optional<String> toTrack,
      boolean play) {}

  /** The request of a {@code POST /live/fit} body. */
  public static Request request(JsonFields f) {
    Optional<JsonNode> notes = f.get("notes").filter(n -> !n.isNull());
    Optional<String> from =
        f.optionalString("from_track", "Keys").map(String::strip).filter(s -> !s.isEmpty());
    Optional<Integer> slot = f.optionalInteger("from_slot", 1, Controls.MAX_SLOT);
    if (notes.isPresent() && (from.isPresent() || slot.isPresent())) {
      throw ApiException.badRequest(
          "give either notes or from_track/from_slot (a clip to read from Live), not both");
    }
    if (slot.isPresent() && from.isEmpty()) {
      throw ApiException.badRequest(
          "from_slot needs from_track, the track whose slot to read, e.g. {\"from_track\":\"Keys\","
              + "\"from_slot\":2}");
    }
    return new Request(
        notes,
        from,
        slot,
        f.string("part", "bass", "bass"),
        f.integer("seed", 0, 0, Integer.MAX_VALUE),
        f.bool("send_to_live", notes.isEmpty()),
        f.optionalString("track", "Bass").map(String::strip).filter(s -> !s.isEmpty()),
        f.bool("play", false));
  }

  /** Reads (when no notes are given), fits, pushes (when asked); the answer of {@code POST /live/fit}. */
  public ObjectNode fit(Request r) throws InterruptedException {
    ObjectNode fields = Json.MAPPER.createObjectNode();
    Optional<JsonNode> clip = Optional.empty();
    if (r.notes().isPresent()) {
      fields.set("notes", r.notes().get());
    } else {
      ObjectNode what = Json.MAPPER.createObjectNode();
      if (r.fromTrack().isPresent()) {
        what.put("track", r.fromTrack().get());
        r.fromSlot().ifPresent(s -> what.put("slot", s));
      } else {
        what.put("clip", "highlighted");
      }
      JsonNode read = link.requests().read(what, r.fromTrack(), wait).json();
      clip = Optional.of(read);
      fields.set("notes", apiNotes(read.path("notes")));
      double length = read.path("length").asDouble(0);
      if (length > 0) {
        fields.put("length_beats", length);
      }
      beatsPerBar(read.path("signature").asText("")).ifPresent(b -> fields.put("beats_per_bar", b));
      if (read.path("notes").isEmpty()) {
        throw ApiException.badRequest("the clip " + where(read) + " has no notes to fit a part to");
      }
    }
    fields.put("part", r.part());
    fields.put("seed", r.seed());
    link.status().tempo().ifPresent(t -> fields.put("tempo", Math.max(20, Math.min(999, t))));
    Made made = FitRoutes.fit(new JsonFields(fields));
    ObjectNode answer = made.toJson();
    clip.ifPresent(c -> {
      ObjectNode from = answer.putObject("from");
      for (String k : List.of("track", "slot", "clip", "length", "signature")) {
        if (c.has(k)) from.set(k, c.get(k));
      }
      from.put("notes", c.path("notes").size());
    });
    String message = message(made, clip);
    if (r.send()) {
      ObjectNode payload = made.toNotesPayload();
      payload.put("play", r.play());
      clip.filter(c -> c.path("slot").canConvertToInt())
          .ifPresent(c -> payload.put("slot", c.get("slot").asInt()));
      try {
        ObjectNode live = link.push(payload, r.toTrack(), wait).toJson(wait);
        answer.set("live", live);
        message += " " + live.path("message").asText();
      } catch (IOException e) {
        throw ApiException.unavailable(
            "the part was made but could not be sent to Live: " + e.getMessage());
      }
    }
    answer.put("message", message);
    return answer;
  }

  /** "Heard Keys slot 1 ("Chords A"): 8B (C major), chords Am | F | C | G. Made a bass part of 16 notes to fit." */
  static String message(Made made, Optional<JsonNode> clip) {
    JsonNode heard = Json.MAPPER.valueToTree(made.details().get("heard"));
    StringBuilder sb = new StringBuilder("Heard ");
    sb.append(clip.map(LiveFit::where).orElse("the notes given")).append(": ");
    if (heard.has("camelot")) {
      sb.append("key ")
          .append(heard.get("camelot").asText())
          .append(" (")
          .append(heard.get("key").asText())
          .append(")");
    } else {
      sb.append(heard.path("drums").asBoolean() ? "a drum part" : "no clear key");
    }
    List<String> chords = new ArrayList<>();
    heard.path("chords").forEach(c -> chords.add(c.path("name").asText()));
    if (!chords.isEmpty()) {
      sb.append(", chords ").append(String.join(" | ", chords));
    }
    sb.append(". Made ")
        .append(made.details().get("fit_part"))
        .append(" to fit: ")
        .append(made.notes().size())
        .append(" notes.");
    return sb.toString();
  }

  private static String where(JsonNode clip) {
    String s = clip.path("track").asText("?")
        + (clip.has("slot") ? " slot " + clip.get("slot").asInt() : "");
    return clip.hasNonNull("clip") && !clip.get("clip").asText().isEmpty()
        ? s + " (\"" + clip.get("clip").asText() + "\")"
        : s;
  }

  /** The device's notes ({@code start} in beats, as the LOM names it) as the API's notes ({@code start_time}). */
  public static ArrayNode apiNotes(JsonNode notes) {
    ArrayNode out = Json.MAPPER.createArrayNode();
    notes.forEach(n -> {
      ObjectNode copy = n.isObject() ? ((ObjectNode) n).deepCopy() : Json.MAPPER.createObjectNode();
      if (!copy.has("start_time") && copy.has("start")) {
        copy.set("start_time", copy.remove("start"));
      }
      copy.remove(List.of("note_id", "probability", "velocity_deviation", "release_velocity"));
      out.add(copy);
    });
    return out;
  }

  private static Optional<Integer> beatsPerBar(String signature) {
    int slash = signature.indexOf('/');
    if (slash <= 0) return Optional.empty();
    try {
      int n = Integer.parseInt(signature.substring(0, slash).strip());
      return n >= 1 && n <= 32 ? Optional.of(n) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
