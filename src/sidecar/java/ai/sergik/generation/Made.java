package ai.sergik.generation;

import ai.sergik.api.Json;
import ai.sergik.generate.Generation;
import ai.sergik.generate.Part;
import ai.sergik.midifile.MidiFiles;
import ai.sergik.midifile.MidiTrack;
import ai.sergik.music.Note;
import ai.sergik.music.NoteJson;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
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
public record Made(Optional<Part> part, List<Note> notes, double tempo, int bars, Optional<Generation> generation,
    Map<String, Object> details, String summary) {

  public Made {
    Objects.requireNonNull(part, "part");
    notes = List.copyOf(notes);
    Objects.requireNonNull(generation, "generation");
    details = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(details));
    Objects.requireNonNull(summary, "summary");
  }

  public static Made of(Generation g, Map<String, Object> details) {
    return new Made(Optional.of(g.part()), g.notes(), g.request().tempo(), g.bars(), Optional.of(g), details, g.summary());
  }

  /** {@code {"status":"ok","notes":[…],"count":N, part, key, tonic, chord_names, tempo, bars, …}}. */
  public ObjectNode toJson() {
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.put("status", "ok");
    body.putRawValue("notes", new RawValue(NoteJson.toJsonArray(notes)));
    body.put("count", notes.size());
    body.put("part", part.map(Part::id).orElse(null));
    generation.ifPresent(g -> {
      body.put("key", g.request().key().camelot());
      body.put("tonic", g.tonic().name());
      body.put("tonic_camelot", g.tonic().camelot());
      var names = body.putArray("chord_names");
      g.chordNames().forEach(names::add);
      if (g.part() != Part.DRUMS) {
        body.put("progression", g.request().effectiveProgression().toString());
      }
      body.put("style", g.request().style());
      body.put("seed", g.request().seed());
    });
    body.put("tempo", tempo);
    body.put("bars", bars);
    body.put("length_beats", bars * 4.0);
    details.forEach((k, v) -> body.set(k, Json.MAPPER.valueToTree(v)));
    body.put("summary", summary);
    return body;
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
    return MidiFiles.toBytes(List.of(new MidiTrack("SERGIK " + part.map(Part::id).orElse("notes"), channel, notes)), tempo);
  }

  /** A file name for {@code Content-Disposition}, e.g. {@code sergik-chords-10B.mid}. */
  public String fileName() {
    return "sergik-" + part.map(Part::id).orElse("notes") + generation.map(g -> "-" + g.request().key().camelot()).orElse("") + ".mid";
  }
}
