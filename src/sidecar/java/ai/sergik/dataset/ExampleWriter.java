package ai.sergik.dataset;

import ai.sergik.dna.BpmZone;
import ai.sergik.dna.DnaProfile;
import ai.sergik.generate.Generation;
import ai.sergik.generate.GenerationRequest;
import ai.sergik.generate.Generators;
import ai.sergik.generate.Part;
import ai.sergik.io.Digests;
import ai.sergik.music.Key;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns merged catalog rows (and the DNA profile) into fine-tuning examples whose answers state only
 * what the catalogs say, and generation requests answered with what the engine actually generates.
 */
public final class ExampleWriter {
  /** The parts examples are drawn from (fixed, so that a dataset stays the same when the engine learns a part). */
  private static final Part[] EXAMPLE_PARTS = {Part.CHORDS, Part.BASS, Part.ARP, Part.DRUMS};

  /** The artist the examples speak of when no setting names one. */
  public static final String DEFAULT_ARTIST = "SERGIK";

  /** The system prompt of every example, for {@code artist}. */
  public static String systemPrompt(String artist) {
    return "You are SERGIK AI, the studio assistant of the producer " + artist
        + ". You know the producer's "
        + "catalog: tempos, keys (Camelot), energy levels, collaborators and Live projects. Answer with concrete numbers, "
        + "and when asked for music, generate it and summarise the notes.";
  }

  static final int GENERATED_BARS = 8;

  private final Optional<DnaProfile> profile;
  private final String system;

  public ExampleWriter(Optional<DnaProfile> profile) {
    this(profile, DEFAULT_ARTIST);
  }

  public ExampleWriter(Optional<DnaProfile> profile, String artist) {
    if (artist == null || artist.isBlank()) {
      throw new IllegalArgumentException(
          "artist name must not be blank (artist.name in sergik.properties, SERGIK_ARTIST or --artist)");
    }
    this.profile = profile;
    this.system = systemPrompt(artist.trim());
  }

  public List<ChatExample> examplesFor(MergedTrack t) {
    List<ChatExample> out = new ArrayList<>();
    String title = t.get("title");
    Double bpm = number(t.get("bpm"));
    Key key = key(t.get("camelot"));
    Integer energy =
        number(t.get("energy")) == null ? null : (int) Math.round(number(t.get("energy")));
    if (title.isEmpty() || (bpm == null && key == null)) return out;
    String id = t.trackId();

    StringBuilder describe = new StringBuilder("\"" + title + "\"");
    List<String> facts = new ArrayList<>();
    if (bpm != null) facts.add("runs at " + tempo(bpm) + " BPM");
    if (key != null) facts.add("is in " + key.sharpName() + " (" + key.camelot() + ")");
    if (energy != null) facts.add("has energy " + energy + "/10");
    describe.append(' ').append(join(facts)).append('.');
    if (bpm != null && profile.isPresent()) {
      BpmZone zone = BpmZone.of(bpm);
      describe.append(String.format(
          Locale.ROOT,
          " That is your %s (%s BPM), home to %.0f%% of your analysed tracks.",
          zone.description(),
          zone.label(),
          profile.get().zoneShare(zone) * 100));
    }
    Double seconds = number(t.get("duration_s"));
    if (seconds != null && seconds > 0) {
      describe.append(String.format(
          Locale.ROOT, " Length %d:%02d", (int) (seconds / 60), (int) Math.round(seconds) % 60));
      String format = t.get("format");
      if (!format.isEmpty()) describe.append(", ").append(format);
      if (!t.get("bit_depth").isEmpty() && !t.get("bit_depth").equals("0"))
        describe.append(' ').append(t.get("bit_depth")).append("-bit");
      if (!t.get("sample_rate_hz").isEmpty())
        describe.append(' ').append(t.get("sample_rate_hz")).append(" Hz");
      describe.append('.');
    }
    if (!t.get("collaborators").isEmpty())
      describe.append(" Made with ").append(t.get("collaborators")).append('.');
    if (!t.get("project_count").isEmpty()) {
      describe
          .append(" It has ")
          .append(t.get("project_count"))
          .append(" Live project")
          .append(t.get("project_count").equals("1") ? "" : "s")
          .append(" of the same name");
      String first = t.get("project_first_year"), last = t.get("project_last_year");
      if (!first.isEmpty())
        describe.append(first.equals(last) ? " from " + first : " from " + first + " to " + last);
      describe.append('.');
    }
    out.add(new ChatExample(
        "describe",
        "describe|" + id,
        system,
        "Describe my track \"" + title + "\".",
        describe.toString()));

    if (bpm != null && key != null) {
      List<String> neighbours = new ArrayList<>();
      neighbours.add(key.relative().camelot());
      neighbours.add(Key.camelot(key.camelotNumber() % 12 + 1, key.isMinor()).camelot());
      neighbours.add(
          Key.camelot((key.camelotNumber() + 10) % 12 + 1, key.isMinor()).camelot());
      out.add(new ChatExample(
          "key_bpm",
          "key_bpm|" + id,
          system,
          "What key and tempo is \"" + title + "\" in?",
          "\"" + title + "\" is in " + key.sharpName() + " (Camelot " + key.camelot() + ") at "
              + tempo(bpm) + " BPM. " + "It mixes harmonically into "
              + String.join(", ", neighbours) + "."));

      Part part = EXAMPLE_PARTS[Math.floorMod(stableHash("part|" + id), EXAMPLE_PARTS.length)];
      String style = styleFor(bpm);
      long tempo = Math.round(bpm);
      GenerationRequest request = GenerationRequest.builder()
          .part(part)
          .key(key.camelot())
          .style(style)
          .tempo((double) tempo)
          .bars(GENERATED_BARS)
          .seed(stableHash("seed|" + id) & 0xffff)
          .build();
      Generation generation = Generators.generate(request);
      String what = part == Part.ARP
          ? "an arpeggio"
          : part == Part.DRUMS ? "drums" : part == Part.BASS ? "a bassline" : "chords";
      out.add(new ChatExample(
          "generate",
          "generate|" + id,
          system,
          "Generate " + GENERATED_BARS + " bars of " + what + " in " + key.camelot() + " at "
              + tempo + " BPM, " + style + " style, for \"" + title + "\".",
          "Here are " + GENERATED_BARS + " bars of " + what + " in " + key.sharpName() + " ("
              + key.camelot() + ") at " + tempo + " BPM, " + style + " style (seed "
              + request.seed() + "): " + generation.summary() + "."));
    }
    return out;
  }

  /** Questions about the profile itself, answered from its numbers. */
  public List<ChatExample> profileExamples() {
    List<ChatExample> out = new ArrayList<>();
    if (profile.isEmpty()) return out;
    DnaProfile p = profile.get();
    StringBuilder zones = new StringBuilder();
    for (Map.Entry<String, Double> e : p.bpmZones().entrySet()) {
      if (e.getValue() > 0)
        zones
            .append(zones.length() == 0 ? "" : ", ")
            .append(e.getKey())
            .append(String.format(Locale.ROOT, " BPM %.1f%%", e.getValue() * 100));
    }
    out.add(new ChatExample(
        "dna",
        "dna|zones",
        system,
        "Which tempos do I produce at most?",
        "Your analysed tracks fall into these tempo zones: " + zones + ". Your home zones are "
            + String.join(
                " and ",
                p.strongZones().stream()
                    .map(z -> z.description() + " (" + z.label() + ")")
                    .toList())
            + "."));
    out.add(new ChatExample(
        "dna",
        "dna|keys",
        system,
        "Which keys do I use most?",
        "Your most-used keys are "
            + String.join(
                ", ",
                p.homeKeys().stream()
                    .map(k -> k.camelot() + " (" + k.sharpName()
                        + String.format(Locale.ROOT, ", %.1f%%)", p.keyShare(k) * 100))
                    .toList())
            + "."));
    out.add(new ChatExample(
        "dna",
        "dna|energy",
        system,
        "What energy level do my tracks usually have?",
        String.format(
            Locale.ROOT,
            "Your energy sweet spot is %d–%d on a 1–10 scale: %.0f%% of your analysed tracks sit there.",
            p.energy().sweetSpotLow(),
            p.energy().sweetSpotHigh(),
            p.energy().sweetSpotShare() * 100)));
    return out;
  }

  static String styleFor(double bpm) {
    return switch (BpmZone.of(bpm)) {
      case BELOW_80 -> "ambient";
      case FROM_80 -> "hip-hop";
      case FROM_100 -> "deep-house";
      case FROM_120 -> "house";
      case FROM_130, FROM_140 -> "techno";
    };
  }

  /** A hash of the text that never changes between runs or machines (first 8 bytes of SHA-256). */
  static long stableHash(String text) {
    byte[] d = Digests.sha256(text);
    long h = 0;
    for (int i = 0; i < 8; i++) h = (h << 8) | (d[i] & 0xff);
    return h;
  }

  private static String join(List<String> facts) {
    if (facts.size() <= 1) return String.join("", facts);
    return String.join(", ", facts.subList(0, facts.size() - 1)) + " and "
        + facts.get(facts.size() - 1);
  }

  private static Double number(String text) {
    try {
      return text.isEmpty() ? null : Double.valueOf(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Key key(String text) {
    try {
      Key key = Key.parseOrNull(text);
      return key == null ? null : key.onWheel();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String tempo(double bpm) {
    return bpm == Math.rint(bpm)
        ? String.valueOf((long) bpm)
        : String.format(Locale.ROOT, "%.1f", bpm);
  }
}
