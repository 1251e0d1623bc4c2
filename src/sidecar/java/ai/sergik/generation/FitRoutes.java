package ai.sergik.generation;

import ai.sergik.api.ApiException;
import ai.sergik.api.JsonFields;
import ai.sergik.api.RouteModule;
import ai.sergik.api.Routes;
import ai.sergik.generate.ChordSpan;
import ai.sergik.generate.GenerationRequest;
import ai.sergik.generate.Part;
import ai.sergik.listen.ClipListener;
import ai.sergik.listen.ClipReading;
import ai.sergik.listen.FitGenerator;
import ai.sergik.listen.FitPart;
import ai.sergik.music.Note;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /generate/fit}: a part that fits notes that are already there (a clip read from Live, a MIDI file,
 * another generation). Answers what was heard in them (key, chords, meter, groove) and the new notes; MIDI or a WAV
 * preview with {@code ?format=}.
 */
public final class FitRoutes implements RouteModule {
  static final int MAX_NOTES = 20_000;

  private final Downloads downloads;

  public FitRoutes(Downloads downloads) {
    this.downloads = downloads;
  }

  @Override
  public void register(Routes routes) {
    routes.post("/generate/fit", "generateFit", request -> {
      GenerationRoutes.Format format = GenerationRoutes.Format.of(request);
      return GenerationRoutes.respond(fit(request.fields()), format, downloads);
    });
    routes.action("fit", fields -> fit(fields).toJson());
  }

  @Override
  public String openApiResource() {
    return "/openapi/fit.yaml";
  }

  /** Hears {@code notes} and makes {@code part} to fit them. */
  public static Made fit(JsonFields f) {
    List<Note> notes = GenerationService.notes(
        "notes",
        f.get("notes")
            .orElseThrow(() -> ApiException.badField(
                "notes",
                "the notes to fit, as [{\"pitch\":60,\"start_time\":0,\"duration\":1,\"velocity\":100}, ...]",
                null)));
    if (notes.isEmpty()) throw ApiException.badField("notes", "at least one note to fit", "[]");
    if (notes.size() > MAX_NOTES)
      throw ApiException.badField(
          "notes", "at most " + MAX_NOTES + " notes", notes.size() + " notes");
    String partName = f.string("part", "bass", "bass");
    FitPart part = GenerationService.choice(
        "part", partName, FitPart::parse, "bass, chords, drums, arp or counter-melody");
    int beatsPerBar = f.integer("beats_per_bar", 4, 1, 32);
    double length = f.number("length_beats", 0, 0, 4096);
    long seed = f.integer("seed", 0, 0, Integer.MAX_VALUE);
    double tempo = f.number(
        "tempo",
        GenerationRequest.DEFAULT_TEMPO,
        GenerationRequest.MIN_TEMPO,
        GenerationRequest.MAX_TEMPO);
    ClipReading heard;
    List<Note> made;
    try {
      heard = f.has("drums")
          ? ClipListener.hear(notes, length, beatsPerBar, f.bool("drums", false))
          : ClipListener.hear(notes, length, beatsPerBar);
      made = FitGenerator.fit(heard, notes, part, seed);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("fit_part", part.id());
    details.put("heard", heard(heard));
    int bars = Math.max(1, heard.bars());
    return new Made(
        asPart(part),
        made,
        tempo,
        bars,
        Optional.empty(),
        details,
        part.id() + " to fit " + heard.summary() + ": " + made.size() + " notes");
  }

  private static Optional<Part> asPart(FitPart part) {
    return switch (part) {
      case BASS -> Optional.of(Part.BASS);
      case CHORDS -> Optional.of(Part.CHORDS);
      case DRUMS -> Optional.of(Part.DRUMS);
      case ARP -> Optional.of(Part.ARP);
      case COUNTER_MELODY -> Optional.empty();
    };
  }

  static Map<String, Object> heard(ClipReading r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("drums", r.isDrums());
    if (r.key() != null) {
      m.put("key", r.key().name());
      m.put("camelot", r.key().camelot());
      m.put("key_confidence", r.keyConfidence());
    }
    List<Map<String, Object>> chords = new ArrayList<>();
    for (ChordSpan s : r.chords()) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("start", s.start());
      c.put("length", s.length());
      c.put("name", s.chord().name());
      chords.add(c);
    }
    m.put("chords", chords);
    m.put("beats_per_bar", r.beatsPerBar());
    m.put("length_beats", r.lengthBeats());
    Map<String, Object> groove = new LinkedHashMap<>();
    groove.put("grid", r.groove().grid());
    groove.put("swing", r.groove().swing());
    groove.put("accents", r.groove().accents());
    m.put("groove", groove);
    m.put("melody", r.isMelody());
    m.put("summary", r.summary());
    return m;
  }
}
