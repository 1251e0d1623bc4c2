package ai.sergik.generation;

import ai.sergik.api.Json;
import ai.sergik.generate.Generation;
import ai.sergik.generate.Part;
import ai.sergik.midifile.MidiFiles;
import ai.sergik.midifile.MidiTrack;
import ai.sergik.music.Note;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one generation or transformation made: the notes, the part (empty for humanized notes of no
 * stated part), tempo and length, the engine's
 * {@link Generation} when there is one (chord names, tonic), and fields particular to the endpoint.
 * Turns itself into the HTTP answer, the OSC notes payload or a Standard MIDI File.
 */
public record Made(
    Optional<Part> part,
    List<Note> notes,
    double tempo,
    int bars,
    Optional<Generation> generation,
    Map<String, Object> details,
    String summary) {

  public Made {
    Objects.requireNonNull(part, "part");
    notes = List.copyOf(notes);
    Objects.requireNonNull(generation, "generation");
    details = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(details));
    Objects.requireNonNull(summary, "summary");
  }

  /** {@code {"status":"ok","notes":[…],"count":N, part, key, tonic, chord_names, tempo, bars, …}}. */
  public ObjectNode toJson() {
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.put("status", "ok");
    body.putRawValue("notes", new RawValue(Json.notes(notes)));
    body.setAll(toJsonFields());
    return body;
  }

  /** ChatGPT Actions reject answers over 100,000 characters. */
  public static final int MAX_ANSWER_CHARS = 100_000;

  /**
   * Longest answer sent whole: below {@link #MAX_ANSWER_CHARS} with room for what the prompt reader adds (the prompt,
   * up to 2,000 characters, and how it was read).
   */
  public static final int WHOLE_ANSWER_CHARS = 90_000;

  /** How many bars' notes a summary shows at most, and in how many characters. */
  static final int PREVIEW_BARS = 4;

  static final int PREVIEW_CHARS = 40_000;

  /** Whether the whole answer ({@link #toJsonBytes()}) fits; if not, answer {@link #toSummaryJson}. */
  public static boolean fitsWhole(byte[] answer) {
    return answer.length <= WHOLE_ANSWER_CHARS; // UTF-8 bytes, never fewer than characters
  }

  /**
   * The answer for a result too big to send whole: every field but the notes (and drum variations), the notes of
   * the first bars (up to {@link #PREVIEW_BARS}), and {@code download} with the link to the whole file.
   */
  public ObjectNode toSummaryJson(Downloads.Link link) {
    List<Note> shown = List.of();
    int shownBars = 0;
    for (int b = 1; b <= Math.min(bars, PREVIEW_BARS); b++) {
      double end = b * 4.0;
      List<Note> first = notes.stream().filter(n -> n.start() < end).toList();
      if (Json.notes(first).length() > PREVIEW_CHARS) {
        break;
      }
      shown = first;
      shownBars = b;
    }
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.put("status", "ok");
    body.putRawValue("notes", new RawValue(Json.notes(shown)));
    ObjectNode rest = toJsonFields();
    rest.remove("variations");
    body.setAll(rest);
    body.put("notes_complete", false);
    body.put("notes_shown", shown.size());
    body.put("bars_shown", shownBars);
    ObjectNode download = body.putObject("download");
    download.put("url", link.url());
    download.put("format", "mid");
    download.put("bytes", link.bytes());
    download.put("expires_at", link.expires().toString());
    body.put(
        "summary",
        summary + " \u00b7 too long for one answer: the notes of the first " + shownBars
            + (shownBars == 1 ? " bar" : " bars") + " are here, all " + notes.size() + " notes in "
            + link.url()
            + " (until " + link.expires() + ")");
    return body;
  }

  /** Everything of the answer after the notes: count, part, key, tonic, chord names, tempo, bars, details, summary. */
  private ObjectNode toJsonFields() {
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.put("count", notes.size());
    body.put("part", part.map(Part::id).orElse(null));
    generation.ifPresent(g -> {
      body.put("key", g.request().key().camelot());
      body.put("tonic", g.tonic().name());
      body.put("tonic_camelot", g.tonic().camelot());
      body.put("mode", g.tonic().modeName());
      var names = body.putArray("chord_names");
      g.chordNames().forEach(names::add);
      if (g.part() != Part.DRUMS) {
        body.put("progression", g.request().effectiveProgression().toString());
      }
      body.put("style", g.request().style().id());
      body.put("seed", g.request().seed());
    });
    body.put("tempo", tempo);
    body.put("bars", bars);
    body.put("length_beats", bars * 4.0);
    details.forEach((k, v) -> body.set(k, Json.MAPPER.valueToTree(v)));
    body.put("summary", summary);
    return body;
  }

  private static final byte[] ANSWER_HEAD =
      "{\"status\":\"ok\",\"notes\":".getBytes(StandardCharsets.UTF_8);

  /**
   * {@link #toJson()} as UTF-8 bytes (the hot path of the generation endpoints): the notes' bytes copied in as they
   * are, then the other fields, which Jackson writes as an object whose opening brace is dropped.
   */
  public byte[] toJsonBytes() {
    byte[] notesJson = Json.notesUtf8(notes);
    byte[] rest = Json.bytes(toJsonFields()); // {"count":…}: never empty
    byte[] answer = Arrays.copyOf(ANSWER_HEAD, ANSWER_HEAD.length + notesJson.length + rest.length);
    System.arraycopy(notesJson, 0, answer, ANSWER_HEAD.length, notesJson.length);
    int at = ANSWER_HEAD.length + notesJson.length;
    answer[at] = ',';
    System.arraycopy(rest, 1, answer, at + 1, rest.length - 1);
    return answer;
  }

  /** The payload of {@code /sergik/notes}: the HTTP answer without {@code status}. */
  public ObjectNode toNotesPayload() {
    ObjectNode payload = toJson();
    payload.remove("status");
    return payload;
  }

  /** A type 1 SMF with one track (drums on General MIDI channel 10). */
  public byte[] toMidi() {
    int channel = part.filter(p -> p == Part.DRUMS).isPresent() ? MidiTrack.DRUM_CHANNEL : 0;
    return MidiFiles.toBytes(
        List.of(new MidiTrack("SERGIK " + part.map(Part::id).orElse("notes"), channel, notes)),
        tempo);
  }

  /** A file name for {@code Content-Disposition}, e.g. {@code sergik-chords-10B.mid}. */
  public String fileName() {
    return "sergik-" + part.map(Part::id).orElse("notes")
        + generation.map(g -> "-" + g.request().key().camelot()).orElse("") + ".mid";
  }
}
