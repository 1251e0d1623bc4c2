package ai.sergik.prompt;

import ai.sergik.generate.ArpOptions;
import ai.sergik.generate.GenerationRequest;
import ai.sergik.generate.Part;
import ai.sergik.humanize.HumanizeSettings;
import ai.sergik.music.Key;
import ai.sergik.prompt.ParsedPrompt.Understood;
import ai.sergik.prompt.PromptText.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns what the rules found into a {@link ParsedPrompt}: the generation request with defaults for what the prompt
 * did not say (the part guessed from arpeggio or drum words), the humanize settings, what was understood in prompt
 * order, the defaults taken and the words left unread. A key or part that was asked for but cannot be made fails
 * here, with the accepted forms.
 */
final class RequestAssembly {
  private RequestAssembly() {}

  static ParsedPrompt of(Reading r) {
    failOnUnusable(r);
    applyMood(r);
    Part effectivePart = r.part;
    if (effectivePart == null) {
      effectivePart = r.variations != null
          ? Part.DRUMS
          : r.pattern != null || r.octaves != null || r.rate != null ? Part.ARP : Part.CHORDS;
    }
    GenerationRequest.Builder b = GenerationRequest.builder().part(effectivePart);
    List<String> defaults = new ArrayList<>();
    if (r.part == null) defaults.add("part " + effectivePart.id());
    if (r.key != null) b.key(r.key);
    else
      defaults.add("key " + GenerationRequest.DEFAULT_KEY + " ("
          + Key.parse(GenerationRequest.DEFAULT_KEY).name() + ")");
    if (r.style != null) b.style(r.style);
    else defaults.add("style " + GenerationRequest.DEFAULT_STYLE);
    if (r.bars != null) b.bars(r.bars);
    else defaults.add("bars " + GenerationRequest.DEFAULT_BARS);
    if (r.tempo != null)
      b.tempo(r.tempo); // else the style's tempo, listed below once the request says which
    if (r.progression != null) b.progression(r.progression);
    if (r.voicing != null) b.voicing(r.voicing);
    if (r.sevenths != null) b.sevenths(r.sevenths);
    if (r.ninths != null) b.ninths(r.ninths);
    if (r.pattern != null) b.arpPattern(r.pattern);
    if (r.rate != null) b.arpRate(r.rate);
    else if (r.triplets) b.arpRate(ArpOptions.DEFAULT_RATE + "t");
    if (r.octaves != null) b.arpOctaves(r.octaves);
    if (r.density != null) b.density(r.density);
    if (r.variations != null) b.drumVariations(r.variations);
    if (r.seed != null) b.seed(r.seed);
    // a swing in the prompt is played by the humanizer below, so the generators play straight then
    if (r.swing != null) b.swing(HumanizeSettings.DEFAULT_SWING);
    GenerationRequest request = b.build();
    if (r.tempo == null)
      defaults.add("tempo "
          + new java.text.DecimalFormat(
                  "0.##", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT))
              .format(request.tempo()));

    Optional<HumanizeSettings> feel = humanize(r, request);
    return new ParsedPrompt(
        r.prompt,
        request,
        feel,
        r.variations == null ? 0 : r.variations,
        understood(r, feel),
        defaults,
        unread(r));
  }

  private static void failOnUnusable(Reading r) {
    if (r.invalidKey != null) {
      throw new IllegalArgumentException(
          "\"" + r.invalidKey + "\" is not a key; use " + Key.ACCEPTED_FORMS);
    }
    if (r.unsupportedKey != null) {
      throw new IllegalArgumentException(
          "\"" + r.unsupportedKey + "\" is a mode, and this engine takes only major and"
              + " minor keys so far; ask for the relative major or minor, or use "
              + Key.ACCEPTED_FORMS);
    }
    if (r.unsupportedPart != null) {
      throw new IllegalArgumentException(
          "\"" + r.unsupportedPart + "\" was read as the part, which this engine does not"
              + " make yet; ask for chords, bass, arp (arpeggio) or drums");
    }
  }

  /** A mood picks the key when none was named (and says why), and the style when none was named. */
  private static void applyMood(Reading r) {
    MoodHint moodHint = r.mood;
    if (moodHint != null && r.key == null) {
      r.key = moodHint.key();
      Understood u = null;
      for (Mention m : r.mentions()) {
        if (m.field().equals("mood")) u = m.understood();
      }
      String because = r.key.name()
          + (moodHint.key().equals(moodHint.modeKey().orElse(null))
              ? ""
              : " (" + moodHint.mode() + " is not a key this engine takes, so "
                  + (moodHint.minor() ? "minor" : "major") + ")");
      r.replaceUnderstood(
          "mood",
          new Understood(
              moodHint.word(),
              u.text(),
              "key " + r.key.camelot() + ", " + because
                  + (moodHint.style() != null && r.style == null
                      ? "; style " + moodHint.style()
                      : "")));
    }
    if (moodHint != null && r.style == null && moodHint.style() != null) {
      r.style = moodHint.style();
    }
  }

  private static Optional<HumanizeSettings> humanize(Reading r, GenerationRequest request) {
    if (r.humanizeLevel == null
        && r.timingMs == null
        && r.velocity == null
        && r.swing == null
        && r.driftMs == null) {
      return Optional.empty();
    }
    double levelTiming = 0;
    int levelVelocity = 0;
    if (r.humanizeLevel != null) {
      switch (r.humanizeLevel) {
        case "light" -> {
          levelTiming = 10;
          levelVelocity = 5;
        }
        case "heavy" -> {
          levelTiming = 35;
          levelVelocity = 20;
        }
        case "normal" -> {
          levelTiming = 20;
          levelVelocity = 10;
        }
        default -> {}
      }
    }
    return Optional.of(HumanizeSettings.builder()
        .timingMs(r.timingMs != null ? r.timingMs : levelTiming)
        .velocity(r.velocity != null ? r.velocity : levelVelocity)
        .swing(r.swing != null ? r.swing : HumanizeSettings.DEFAULT_SWING)
        .driftMs(r.driftMs != null ? r.driftMs : 0)
        .seed(request.seed())
        .tempo(request.tempo())
        .build());
  }

  /** Field → what was read, in prompt order; the humanize mentions merged into one entry with the settings. */
  private static Map<String, Understood> understood(Reading r, Optional<HumanizeSettings> feel) {
    Map<String, Understood> out = new LinkedHashMap<>();
    for (Mention m : r.mentions()) {
      Understood u = m.understood();
      if (m.field().equals("humanize")) {
        Understood merged = out.get("humanize");
        String text = merged == null ? u.text() : merged.text() + ", " + u.text();
        out.put(
            "humanize",
            new Understood(feel.map(RequestAssembly::describe).orElse(Map.of()), text, ""));
      } else {
        out.put(m.field(), u);
      }
    }
    return out;
  }

  private static List<String> unread(Reading r) {
    List<String> unread = new ArrayList<>();
    for (Token t : r.text().tokens()) {
      String w = r.text().word(t);
      if (!PromptVocabulary.FILLER.contains(w) && !w.equals("1")) {
        unread.add(w);
      }
    }
    return unread;
  }

  static Map<String, Object> describe(HumanizeSettings s) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("timing_ms", s.timingMs());
    d.put("velocity", s.velocity());
    d.put("swing", s.swing());
    d.put("drift_ms", s.driftMs());
    return d;
  }
}
