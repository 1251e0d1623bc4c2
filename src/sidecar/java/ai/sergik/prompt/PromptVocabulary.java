package ai.sergik.prompt;

import ai.sergik.generate.ArpPattern;
import ai.sergik.generate.Part;
import ai.sergik.generate.Style;
import ai.sergik.generate.Voicing;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words and phrases the prompt reader knows, each with its {@link PhraseKind} and value, and the filler words
 * that ask for nothing. A new phrase is one {@code phrase(...)} line below; longer phrases are tried first, so
 * "deep house" wins over "house" wherever the line goes. Styles and parts of four letters or more are also matched
 * with typos ({@link FuzzyMatching}).
 */
final class PromptVocabulary {
  private PromptVocabulary() {}

  /** The melody part, by name: read here whether or not the engine in this build makes it (see {@link #part}). */
  static final String MELODY = "melody";

  /** A phrase as its words, and what it means. */
  record Phrase(List<String> words, PhraseKind kind, Object value) {
    Phrase {
      words = List.copyOf(words);
    }

    int length() {
      return words.size();
    }
  }

  /** A spelling that {@link FuzzyMatching} compares typos against: the words of a style or part run together. */
  record FuzzyEntry(String spelling, PhraseKind kind, Object value) {}

  private static final List<Phrase> PHRASES = new ArrayList<>();
  private static final List<FuzzyEntry> FUZZY = new ArrayList<>();
  private static final Set<String> WORDS = new LinkedHashSet<>();

  private static void phrase(PhraseKind kind, Object value, String... phrases) {
    for (String p : phrases) {
      List<String> words = List.of(p.split(" "));
      PHRASES.add(new Phrase(words, kind, value));
      WORDS.addAll(words);
      if (kind == PhraseKind.STYLE || kind == PhraseKind.PART) {
        String joined = String.join("", words);
        if (joined.length() >= 4 && FUZZY.stream().noneMatch(e -> e.spelling().equals(joined))) {
          FUZZY.add(new FuzzyEntry(joined, kind, value));
        }
      }
    }
  }

  /** How a prompt says a style besides the engine's spellings: adjectives, and "&" written out. */
  private static final Map<Style, List<String>> STYLE_WORDS = Map.of(
      Style.JAZZ, List.of("jazzy"),
      Style.SOUL, List.of("soulful"),
      Style.FUNK, List.of("funky"),
      Style.DRUM_AND_BASS, List.of("drum & bass"));

  /**
   * The spellings of a style a prompt may use: the engine's ({@link Style#aliases}) with spaces for '-', and
   * {@link #STYLE_WORDS}. A spelling with a one-letter word ("d and b") is left out: in a prompt a single letter
   * is a note name ("in D and B minor").
   */
  private static String[] spoken(Style style) {
    List<String> out = new ArrayList<>();
    List<String> engine = new ArrayList<>(List.of(style.id()));
    engine.addAll(style.aliases());
    for (String spelling : engine) {
      String words = spelling.replace('-', ' ');
      if (Arrays.stream(words.split(" ")).noneMatch(w -> w.length() == 1)) out.add(words);
    }
    out.addAll(STYLE_WORDS.getOrDefault(style, List.of()));
    return out.toArray(new String[0]);
  }

  static {
    phrase(
        PhraseKind.PART,
        Part.CHORDS,
        "chords",
        "chord",
        "chord progression",
        "chord progressions",
        "progression",
        "progressions",
        "harmony",
        "keys");
    phrase(
        PhraseKind.PART,
        Part.BASS,
        "bass",
        "bassline",
        "basslines",
        "bass line",
        "bass lines",
        "walking bass",
        "sub bass");
    phrase(
        PhraseKind.PART,
        Part.ARP,
        "arp",
        "arps",
        "arpeggio",
        "arpeggios",
        "arpeggiated",
        "arpeggiator");
    phrase(PhraseKind.PART, Part.BASS, "808 bass", "808 bassline", "sub", "subs", "reese");
    phrase(
        PhraseKind.PART,
        Part.DRUMS,
        "drums",
        "drum",
        "drum pattern",
        "drum beat",
        "beat",
        "beats",
        "groove",
        "grooves",
        "percussion",
        "perc",
        "percs",
        "drum loop",
        "kick",
        "kicks",
        "kick drum",
        "snare",
        "snares",
        "clap",
        "claps",
        "hat",
        "hats",
        "hi hat",
        "hi hats",
        "hihat",
        "hihats",
        "high hat",
        "high hats",
        "808",
        "808s",
        "909",
        "909s",
        "fill",
        "fills",
        "drum fill",
        "drum fills",
        "rimshot",
        "rimshots",
        "toms",
        "shaker",
        "shakers",
        "cymbals",
        "breakbeat",
        "break",
        "breaks",
        "top loop");
    phrase(
        PhraseKind.PART,
        MELODY,
        "melody",
        "melodies",
        "melodic line",
        "lead",
        "leads",
        "lead line",
        "hook",
        "hooks",
        "topline",
        "toplines",
        "top line",
        "riff",
        "riffs",
        "motif");
    for (Style style : Style.values()) phrase(PhraseKind.STYLE, style.id(), spoken(style));
    phrase(PhraseKind.VOICING, Voicing.STABS.id(), "stabs", "stab", "stabby", "staccato");
    phrase(PhraseKind.VOICING, Voicing.PADS.id(), "pads", "pad", "sustained", "held");
    phrase(
        PhraseKind.VOICING, Voicing.SPREAD.id(), "spread", "wide", "open voicing", "open voicings");
    phrase(PhraseKind.VOICING, Voicing.SHELL.id(), "shell", "shells", "shell voicings");
    phrase(PhraseKind.VOICING, Voicing.ROOTLESS.id(), "rootless");
    phrase(PhraseKind.PATTERN, ArpPattern.UPDOWN.id(), "up and down", "up down", "updown");
    phrase(PhraseKind.PATTERN, ArpPattern.DOWNUP.id(), "down and up", "down up", "downup");
    phrase(PhraseKind.PATTERN, ArpPattern.PINGPONG.id(), "ping pong", "pingpong");
    phrase(PhraseKind.PATTERN, ArpPattern.RANDOM.id(), "random", "randomized", "randomised");
    phrase(PhraseKind.PATTERN, ArpPattern.AS_PLAYED.id(), "as played");
    phrase(
        PhraseKind.PATTERN, ArpPattern.UP.id(), "up", "upward", "upwards", "ascending", "rising");
    phrase(
        PhraseKind.PATTERN,
        ArpPattern.DOWN.id(),
        "down",
        "downward",
        "downwards",
        "descending",
        "falling");
    phrase(
        PhraseKind.SEVENTHS,
        true,
        "7ths",
        "sevenths",
        "seventh",
        "7th",
        "seventh chords",
        "7th chords");
    phrase(
        PhraseKind.SEVENTHS,
        false,
        "triads",
        "triad",
        "no 7ths",
        "no sevenths",
        "without sevenths",
        "without 7ths");
    phrase(
        PhraseKind.NINTHS,
        true,
        "9ths",
        "ninths",
        "ninth",
        "9th",
        "add9",
        "ninth chords",
        "9th chords");
    phrase(
        PhraseKind.HUMANIZE,
        "normal",
        "humanize",
        "humanise",
        "humanized",
        "humanised",
        "humanizing",
        "humanising",
        "humanization",
        "humanisation",
        "human",
        "human feel",
        "feel");
    phrase(
        PhraseKind.LEVEL,
        "light",
        "slightly",
        "slight",
        "a little",
        "a bit",
        "little",
        "subtle",
        "subtly",
        "light",
        "lightly",
        "gentle",
        "gently",
        "tight");
    phrase(
        PhraseKind.LEVEL,
        "heavy",
        "heavily",
        "heavy",
        "very",
        "lots of",
        "a lot",
        "loose",
        "sloppy",
        "drunk",
        "strong",
        "strongly",
        "extra");
    phrase(PhraseKind.DENSITY, 0.25, "sparse", "minimal", "simple", "stripped", "stripped back");
    phrase(PhraseKind.DENSITY, 0.8, "busy", "dense", "complex", "full", "rolling");
    phrase(PhraseKind.SWING, 58.0, "swing", "swung", "swingy", "shuffle", "shuffled", "shuffling");
    phrase(
        PhraseKind.MOOD,
        new MoodHint("dark", "phrygian", true, null),
        "dark",
        "darker",
        "sinister",
        "evil",
        "menacing");
    phrase(
        PhraseKind.MOOD,
        new MoodHint("sad", "aeolian", true, null),
        "sad",
        "melancholic",
        "melancholy",
        "emotional",
        "moody",
        "somber",
        "sombre",
        "blue",
        "gloomy");
    phrase(
        PhraseKind.MOOD,
        new MoodHint("mysterious", "dorian", true, null),
        "mysterious",
        "hypnotic",
        "deep vibe",
        "smoky");
    phrase(
        PhraseKind.MOOD,
        new MoodHint("uplifting", "ionian", false, null),
        "uplifting",
        "happy",
        "bright",
        "euphoric",
        "joyful",
        "positive",
        "summery",
        "feel good",
        "feelgood",
        "anthemic");
    phrase(
        PhraseKind.MOOD,
        new MoodHint("dreamy", "lydian", false, Style.AMBIENT.id()),
        "dreamy",
        "ethereal",
        "floaty",
        "spacey",
        "spacy",
        "atmospheric");
    phrase(
        PhraseKind.MOOD,
        new MoodHint("chill", "dorian", true, Style.LO_FI.id()),
        "chill",
        "chilled",
        "mellow",
        "laid back",
        "laidback",
        "relaxed");
    PHRASES.sort((a, b) -> b.length() - a.length());
  }

  /** Words that carry no request of their own. */
  static final Set<String> FILLER = Set.of(
      "a",
      "an",
      "the",
      "of",
      "in",
      "on",
      "with",
      "and",
      "or",
      "to",
      "for",
      "at",
      "by",
      "me",
      "my",
      "i",
      "we",
      "us",
      "you",
      "please",
      "make",
      "made",
      "generate",
      "create",
      "give",
      "write",
      "want",
      "need",
      "some",
      "something",
      "song",
      "track",
      "clip",
      "key",
      "style",
      "loop",
      "loops",
      "pattern",
      "patterns",
      "notes",
      "note",
      "bpm",
      "tempo",
      "send",
      "put",
      "live",
      "ableton",
      "it",
      "that",
      "this",
      "into",
      "new",
      "can",
      "could",
      "would",
      "like",
      "just",
      "about",
      "around",
      "vibe",
      "vibes",
      "type",
      "kind",
      "sort",
      "long",
      "bars",
      "bar",
      "measures",
      "measure",
      "play",
      "based",
      "using",
      "use",
      "also",
      "then",
      "is",
      "be",
      "are",
      "should",
      "so",
      "more",
      "less",
      "lot",
      "bit",
      "nice",
      "cool",
      "good",
      "great",
      "fresh",
      "dope",
      "sick",
      "one",
      "only",
      "variation",
      "variations",
      "octave",
      "octaves",
      "seed",
      "ms",
      "velocity",
      "timing",
      "drift",
      "amount",
      "per",
      "minute",
      "let",
      "let's",
      "lets",
      "do",
      "get",
      "got",
      "have",
      "has",
      "up",
      "down",
      "over",
      "under",
      "sound",
      "sounding",
      "music",
      "musical",
      "section",
      "part",
      "parts",
      "line",
      "lines",
      "rhythm",
      "rhythms");

  /** Every phrase, longest first. */
  static List<Phrase> phrases() {
    return java.util.Collections.unmodifiableList(PHRASES);
  }

  /** The spellings typos are matched against, in the order they were listed. */
  static List<FuzzyEntry> fuzzyEntries() {
    return java.util.Collections.unmodifiableList(FUZZY);
  }

  /** Whether {@code word} is part of some phrase (then it is not taken for a typo). */
  static boolean isKnownWord(String word) {
    return WORDS.contains(word);
  }

  /** The engine's part for a phrase value: a {@link Part}, or a part named by text when this build has it. */
  static Optional<Part> part(Object value) {
    if (value instanceof Part p) {
      return Optional.of(p);
    }
    try {
      return Optional.of(Part.parse((String) value));
    } catch (IllegalArgumentException notInThisEngine) {
      return Optional.empty();
    }
  }

  /** All style ids the reader can produce, for documentation and tests. */
  static List<String> styles() {
    List<String> out = new ArrayList<>();
    for (Phrase p : PHRASES) {
      if (p.kind() == PhraseKind.STYLE && !out.contains(p.value())) out.add((String) p.value());
    }
    out.forEach(s -> {
      if (Style.find(s) == null)
        throw new IllegalStateException("parser style " + s + " unknown to the engine");
    });
    return out;
  }
}
