package ai.sergik.generation;

import ai.sergik.api.ApiException;
import ai.sergik.api.Json;
import ai.sergik.api.JsonFields;
import ai.sergik.generate.ArpOptions;
import ai.sergik.generate.ArpRate;
import ai.sergik.generate.BassStyle;
import ai.sergik.generate.ChordOptions;
import ai.sergik.generate.DrumGenre;
import ai.sergik.generate.DrumOptions;
import ai.sergik.generate.Generation;
import ai.sergik.generate.GenerationRequest;
import ai.sergik.generate.Generators;
import ai.sergik.generate.MelodyOptions;
import ai.sergik.generate.Part;
import ai.sergik.generate.Style;
import ai.sergik.humanize.HumanizeSettings;
import ai.sergik.humanize.Humanizer;
import ai.sergik.music.Note;
import ai.sergik.music.NoteJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the fields of the generation endpoints (the earlier HTTP tool's names and defaults, plus a few
 * of this engine's own) into engine requests, runs the engine, and applies humanization. One instance
 * serves HTTP and OSC; it holds no state. Notes the client sends are changed by {@link TransformService}.
 *
 * <p>Shared by every generation endpoint: {@code key} (any notation, default 10B), {@code tempo}
 * (20..999, default 125), {@code seed} (default 0), {@code style}, and {@code humanize}/{@code swing}
 * amounts 0..100 (default 0: none).
 */
public final class GenerationService {
  public static final String DEFAULT_PROGRESSION = GenerationRequest.DEFAULT_PROGRESSION;
  public static final int DEFAULT_ARP_BARS = 4;
  public static final int DEFAULT_ARP_OCTAVES = 2;
  public static final double DEFAULT_ARP_SPEED = 0.25;
  public static final int DEFAULT_DRUM_BARS = 4;
  public static final int DEFAULT_NUM_VARIATIONS = 8;
  public static final double DEFAULT_TIMING_VARIANCE_MS =
      TransformService.DEFAULT_TIMING_VARIANCE_MS;

  /**
   * Most bars one request makes across its drum variations (bars x variations): 128 bars of busy drums are about
   * 700 KB of notes, which already go out as a summary and a download link; more is a slip of the tongue.
   */
  public static final int MAX_TOTAL_BARS = 128;

  public static final int DEFAULT_VELOCITY_VARIANCE = TransformService.DEFAULT_VELOCITY_VARIANCE;

  /** POST /generate/chord_progression. */
  public Made chords(JsonFields f) {
    GenerationRequest.Builder b = common(f, Part.CHORDS, GenerationRequest.DEFAULT_BARS);
    b.progression(progression(f, "progression_type", "progression", DEFAULT_PROGRESSION));
    b.voicing(f.string("voicing", ChordOptions.DEFAULT_VOICING, "stabs"));
    b.sevenths(f.bool("seventh_chords", f.bool("sevenths", ChordOptions.DEFAULT_SEVENTHS)));
    b.ninths(f.bool("ninths", ChordOptions.DEFAULT_NINTHS));
    voicingControls(b, f);
    return run(b, f);
  }

  /**
   * The voicing controls of the chord endpoint, all optional: {@code inversion} 0..3, {@code spread}
   * (close, open, drop-2, drop-3), {@code register} (lowest MIDI note 24..96), {@code top_note} ("E5" or
   * "E5 D5 C5 B4"), {@code chord_lengths} (bars per chord, "2,1,1") and {@code surprise} (borrowed chords
   * and secondary dominants, seeded).
   */
  private static void voicingControls(GenerationRequest.Builder b, JsonFields f) {
    if (f.has("inversion")) b.inversion(f.integer("inversion", 0, 0, ChordOptions.MAX_INVERSION));
    f.optionalString("spread", "drop-2").ifPresent(b::spread);
    if (f.has("register"))
      b.register(f.integer("register", 48, ChordOptions.MIN_REGISTER, ChordOptions.MAX_REGISTER));
    f.optionalString("top_note", "E5 D5 C5 B4").ifPresent(t -> {
      try {
        b.topNotes(t);
      } catch (IllegalArgumentException e) {
        throw ApiException.badField(
            "top_note", "note names with octaves such as \"E5\" or \"E5 D5 C5 B4\"", t);
      }
    });
    f.optionalString("chord_lengths", "2,1,1").ifPresent(t -> {
      try {
        b.chordBars(t);
      } catch (IllegalArgumentException e) {
        throw ApiException.badField(
            "chord_lengths", "bars per chord in whole beats, such as \"2,1,1\"", t);
      }
    });
    b.surprise(f.bool("surprise", false));
  }

  /** POST /generate/walking_bass. */
  public Made bass(JsonFields f) {
    GenerationRequest.Builder b = common(f, Part.BASS, GenerationRequest.DEFAULT_BARS);
    b.progression(
        progression(f, "chord_progression_type", "progression_type", DEFAULT_PROGRESSION));
    f.optionalString("style", "house")
        .ifPresent(style -> b.bassStyle(
            choice("style", style, BassStyle::parse, BassStyle.ids()).id()));
    return run(b, f);
  }

  /** POST /generate/arpeggios. */
  public Made arpeggios(JsonFields f) {
    GenerationRequest.Builder b = common(f, Part.ARP, DEFAULT_ARP_BARS);
    b.progression(
        progression(f, "chord_progression_type", "progression_type", DEFAULT_PROGRESSION));
    b.arpPattern(f.string("pattern", ArpOptions.DEFAULT_PATTERN, "up"));
    b.arpOctaves(f.integer("octaves", DEFAULT_ARP_OCTAVES, 1, ArpOptions.MAX_OCTAVES));
    b.arpGate(f.number("gate", ArpOptions.DEFAULT_GATE, ArpOptions.MIN_GATE, ArpOptions.MAX_GATE));
    Optional<String> rate = f.optionalString("rate", "1/16");
    b.arpRate(rate.orElseGet(() -> speedToRate(f.number("speed", DEFAULT_ARP_SPEED, 0.01, 4))));
    return run(b, f);
  }

  /**
   * POST /generate/melody: a motif-based lead over the progression ({@code progression_type}, default the
   * style's preset for the key or mode), for an {@code instrument} that sets its register.
   */
  public Made melody(JsonFields f) {
    GenerationRequest.Builder b = common(f, Part.MELODY, GenerationRequest.DEFAULT_BARS);
    b.progression(progression(f, "progression_type", "progression", ""));
    b.melodyInstrument(f.string("instrument", MelodyOptions.DEFAULT_INSTRUMENT, "lead"));
    return run(b, f);
  }

  /** POST /generate/drums. */
  public Made drums(JsonFields f) {
    GenerationRequest.Builder b = common(f, Part.DRUMS, DEFAULT_DRUM_BARS);
    drumFields(b, f);
    return run(b, f);
  }

  /** POST /generate/drum_variations: variations of {@code seed_pattern}, or of a generated pattern of {@code genre}. */
  public Made drumVariations(JsonFields f) {
    Optional<List<Note>> seedPattern = f.get("seed_pattern").map(n -> notes("seed_pattern", n));
    int defaultBars = seedPattern.map(GenerationService::barsOf).orElse(DEFAULT_DRUM_BARS);
    GenerationRequest.Builder b = common(f, Part.DRUMS, defaultBars);
    drumFields(b, f);
    int count = f.integer("num_variations", DEFAULT_NUM_VARIATIONS, 1, DrumOptions.MAX_VARIATIONS);
    b.drumVariations(count);
    GenerationRequest request = build(b);
    return variations(request, seedPattern, feel(f, request.tempo(), request.seed()));
  }

  /**
   * {@code request.drums().variations()} variations of {@code seedPattern}, or of the genre's own pattern,
   * each humanized with its own seed when {@code feel} is given; {@code notes} holds them end to end.
   */
  public Made variations(
      GenerationRequest request,
      Optional<List<Note>> seedPattern,
      Optional<HumanizeSettings> feel) {
    checkTotalBars(request.bars(), request.drums().variations());
    List<Generation> variations = seedPattern.isPresent()
        ? Generators.drumVariations(request, seedPattern.get())
        : Generators.drumVariations(request);
    List<List<Note>> each = new ArrayList<>();
    List<Note> all = new ArrayList<>();
    for (int v = 0; v < variations.size(); v++) {
      List<Note> notes = variations.get(v).notes();
      if (feel.isPresent()) {
        notes = Humanizer.humanize(
            notes, feel.get().newBuilder().seed(request.seed() + v).build());
      }
      each.add(notes);
      double offset = v * request.lengthBeats();
      for (Note n : notes) {
        all.add(n.withStart(n.start() + offset));
      }
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("genre", request.drums().genre().id());
    details.put("variation_count", variations.size());
    details.put("variation_bars", request.bars());
    details.put("seed_pattern_given", seedPattern.isPresent());
    details.put(
        "variations",
        each.stream().map(notes -> new RawValue(Json.notes(notes))).toList());
    String summary = variations.size() + " variations of "
        + (seedPattern.isPresent()
            ? "the seed pattern"
            : request.drums().genre().id() + " drums")
        + " \u00b7 " + request.bars() + " bars each \u00b7 " + all.size() + " notes";
    return new Made(
        Optional.of(Part.DRUMS),
        all,
        request.tempo(),
        request.bars() * variations.size(),
        Optional.of(variations.get(0)),
        details,
        summary);
  }

  /** Rejects more than {@link #MAX_TOTAL_BARS} bars across variations, saying what would fit. */
  static void checkTotalBars(int bars, int variations) {
    if ((long) bars * variations > MAX_TOTAL_BARS) {
      int fit = Math.max(1, MAX_TOTAL_BARS / bars);
      throw ApiException.badRequest(
          variations + " variations of " + bars + " bars would be " + (bars * variations)
              + " bars; one request makes at most " + MAX_TOTAL_BARS
              + " bars in all: ask for at most " + fit
              + (fit == 1 ? " variation" : " variations") + " of " + bars
              + " bars, or for shorter ones (e.g. "
              + Math.min(DrumOptions.MAX_VARIATIONS, MAX_TOTAL_BARS / Math.min(bars, 8))
              + " variations of "
              + Math.min(bars, 8) + " bars)");
    }
  }

  /** {@code /sergik/generate} with explicit fields: {@code part} (default chords) picks the endpoint. */
  public Made generate(JsonFields f) {
    String part = f.string("part", "chords", "chords");
    Part p = choice("part", part, Part::parse, "chords, bass, arp, drums or melody");
    return switch (p) {
      case MELODY -> melody(f);
      case CHORDS -> chords(f);
      case BASS -> bass(f);
      case ARP -> arpeggios(f);
      case DRUMS -> f.has("num_variations") || f.has("seed_pattern") ? drumVariations(f) : drums(f);
    };
  }

  /** Runs a request built elsewhere (the prompt parser), with optional humanization. */
  public Made run(GenerationRequest request, Optional<HumanizeSettings> feel) {
    Generation g = Generators.generate(request);
    List<Note> notes = feel.map(s -> Humanizer.humanize(g.notes(), s)).orElse(g.notes());
    Map<String, Object> details = new LinkedHashMap<>();
    feel.ifPresent(s -> details.put(
        "humanized",
        Map.of("timing_ms", s.timingMs(), "velocity", s.velocity(), "swing", s.swing())));
    if (request.part() == Part.DRUMS) {
      details.put("genre", request.drums().genre().id());
    } else if (request.part() == Part.BASS) {
      details.put("bass_style", request.bass().style().id());
    } else if (request.part() == Part.MELODY) {
      details.put("instrument", request.melody().instrument().id());
      details.put("phrase_bars", Generators.melodyPhraseBars(request.bars()));
    } else if (request.part() == Part.ARP) {
      details.put("pattern", request.arp().pattern().id());
      details.put("rate", request.arp().rate().id());
      details.put("octaves", request.arp().octaves());
    } else {
      details.put("voicing", request.chords().voicing().id());
    }
    return new Made(
        Optional.of(g.part()),
        notes,
        request.tempo(),
        g.bars(),
        Optional.of(g),
        details,
        g.summary());
  }

  // ---- shared fields ----

  private static GenerationRequest.Builder common(JsonFields f, Part part, int defaultBars) {
    GenerationRequest.Builder b = GenerationRequest.builder().part(part);
    b.key(f.string("key", GenerationRequest.DEFAULT_KEY, "10B"));
    b.bars(f.integer("bars", defaultBars, GenerationRequest.MIN_BARS, GenerationRequest.MAX_BARS));
    b.tempo(f.number(
        "tempo",
        GenerationRequest.DEFAULT_TEMPO,
        GenerationRequest.MIN_TEMPO,
        GenerationRequest.MAX_TEMPO));
    b.seed(f.integer("seed", (int) GenerationRequest.DEFAULT_SEED, 0, Integer.MAX_VALUE));
    b.swing(
        HumanizeSettings
            .DEFAULT_SWING); // the earlier tool played straight; its swing field humanizes (feel)
    if (part != Part.BASS) {
      f.optionalString("style", "house")
          .ifPresent(
              style -> b.style(choice("style", style, Style::parse, Style.ids()).id()));
    }
    return b;
  }

  /**
   * A progression field, or the older field it stands for ({@code chord_progression_type} before
   * {@code progression_type}, {@code progression_type} before {@code progression}).
   */
  private static String progression(JsonFields f, String field, String older, String fallback) {
    return f.string(field, f.string(older, fallback, "i-VI-III-VII"), "i-VI-III-VII");
  }

  /** A word of the engine's vocabulary; a 400 naming the field and listing the accepted words when it is none. */
  private static <T> T choice(
      String field,
      String value,
      java.util.function.Function<String, T> parse,
      List<String> accepted) {
    return choice(field, value, parse, "one of " + String.join(", ", accepted));
  }

  /** What {@code parse} reads from a field's value; a 400 naming the field and saying what is accepted when it fails. */
  static <T> T choice(
      String field, String value, java.util.function.Function<String, T> parse, String accepted) {
    try {
      return parse.apply(value);
    } catch (IllegalArgumentException e) {
      throw ApiException.badField(field, accepted, value);
    }
  }

  /** The drum endpoints' {@code genre} (or a style that stands for one) and {@code density} (0.1..2). */
  private static void drumFields(GenerationRequest.Builder b, JsonFields f) {
    String genre = f.string("genre", f.string("style", "house", "house"), "house");
    b.drumGenre(choice("genre", genre, Style::parse, DrumGenre.ids()).drums().id());
    b.density(f.number("density", 1.0, 0.1, 2.0) / 2.0);
  }

  private Made run(GenerationRequest.Builder b, JsonFields f) {
    GenerationRequest request = build(b);
    return run(request, feel(f, request.tempo(), request.seed()));
  }

  private static GenerationRequest build(GenerationRequest.Builder b) {
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
  }

  /** The {@code humanize} (0..100) and {@code swing} (0..100) amounts of the earlier drum endpoint, for every part. */
  static Optional<HumanizeSettings> feel(JsonFields f, double tempo, long seed) {
    double humanize = f.number("humanize", 0, 0, 100);
    double swing = f.number("swing", 0, 0, 100);
    if (humanize == 0 && swing == 0) {
      return Optional.empty();
    }
    return Optional.of(settings(() -> HumanizeSettings.builder()
        .timingMs(humanize * 0.3)
        .velocity((int) Math.round(humanize * 0.2))
        .swing(HumanizeSettings.MIN_SWING
            + swing * (HumanizeSettings.MAX_SWING - HumanizeSettings.MIN_SWING) / 100.0)
        .seed(seed)
        .tempo(tempo)
        .build()));
  }

  static HumanizeSettings settings(java.util.function.Supplier<HumanizeSettings> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
  }

  /** The rate whose step is {@code speed} beats long (the earlier tool's {@code speed}). */
  private static String speedToRate(double speed) {
    for (ArpRate rate : ArpRate.values()) {
      if (Math.abs(rate.ticks() / 960.0 - speed) < 0.005) {
        return rate.id();
      }
    }
    throw ApiException.badField(
        "speed",
        "a step length in beats: 1, 0.5, 0.25 or 0.125 (triplets 0.667, 0.333, 0.167,"
            + " 0.083), or send rate such as \"1/16\"",
        speed);
  }

  /** The notes of request field {@code field}, Live's note dictionaries; a 400 naming the field when they are not. */
  public static List<Note> notes(String field, JsonNode node) {
    if (!node.isArray() && !node.isObject()) {
      throw ApiException.badField(
          field,
          "a list of notes such as [{\"pitch\":60,\"start_time\":0,\"duration\":1,\"velocity\":100}]",
          node.toString());
    }
    try {
      return NoteJson.parse(node.toString());
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(field + ": " + e.getMessage());
    }
  }

  /** Whole bars covering the notes (at least 1). */
  static int barsOf(List<Note> notes) {
    double end = 0;
    for (Note n : notes) {
      end = Math.max(end, n.end());
    }
    return Math.max(1, Math.min(GenerationRequest.MAX_BARS, (int) Math.ceil(end / 4 - 1e-9)));
  }

  /** Number formatting for messages. */
  static final class JsonFieldsText {
    private JsonFieldsText() {}

    static String plain(double d) {
      return d == Math.rint(d) && Math.abs(d) < 1e15
          ? String.valueOf((long) d)
          : String.format(Locale.ROOT, "%.3f", d).replaceAll("0+$", "");
    }
  }
}
