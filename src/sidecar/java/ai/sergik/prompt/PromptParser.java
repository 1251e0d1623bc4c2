package ai.sergik.prompt;

import ai.sergik.generate.GenerationRequest;
import ai.sergik.generate.Part;
import ai.sergik.generate.Styles;
import ai.sergik.humanize.HumanizeSettings;
import ai.sergik.music.Key;
import ai.sergik.music.Progression;
import ai.sergik.prompt.ParsedPrompt.Understood;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The deterministic natural-language reader behind {@code /gpt/generate} and {@code /sergik/generate
 * {"prompt": …}}. It finds, anywhere in the sentence: the key in any notation (Camelot {@code 10B},
 * Open Key {@code 3d}, {@code D major}, {@code F#m}, {@code Bbmin}, {@code C sharp minor}), the part,
 * the style (with typos: {@code tecno}, {@code deep hous}), bars and tempo in digits or words,
 * voicing, sevenths/ninths, a Roman-numeral progression, arpeggio pattern/rate/octaves, drum density
 * and variations, a seed, and humanize amounts (timing ms, velocity, swing, drift, or words such as
 * "slightly humanized").
 *
 * <p>Each value is taken from the text once: what a rule has read is blanked out, so "8 bars" is never
 * also Camelot 8B and the "b" of "10B" is never a note name. Bare note letters count as keys only
 * with a quality ("a minor", "Dm") or after "in"/"key", so "a bass line" or "I am" are not keys.
 * Stateless and thread-safe.
 */
public final class PromptParser {

  /** Longest prompt read. */
  public static final int MAX_PROMPT_CHARS = 2000;

  // ---- vocabulary ----

  private enum Kind { PART, STYLE, VOICING, PATTERN, SEVENTHS, NINTHS, HUMANIZE, LEVEL, DENSITY, SWING, MOOD }

  /** The melody part, by name: read here whether or not the engine in this build makes it (see {@link #part}). */
  static final String MELODY = "melody";

  /**
   * A mood word and what it hints: a mode (used when the engine takes modes as keys), the quality that stands in
   * for it otherwise, and a style (used when the prompt names none).
   */
  record Mood(String word, String mode, boolean minor, String style) {}

  private record Phrase(String[] words, Kind kind, Object value) {}

  private static final List<Phrase> PHRASES = new ArrayList<>();
  private static final Map<String, Object[]> FUZZY = new LinkedHashMap<>();
  private static final Set<String> VOCABULARY = new LinkedHashSet<>();

  private static void phrase(Kind kind, Object value, String... phrases) {
    for (String p : phrases) {
      String[] words = p.split(" ");
      PHRASES.add(new Phrase(words, kind, value));
      VOCABULARY.addAll(List.of(words));
      if (kind == Kind.STYLE || kind == Kind.PART) {
        String joined = String.join("", words);
        if (joined.length() >= 4) {
          FUZZY.putIfAbsent(joined, new Object[] {kind, value});
        }
      }
    }
  }

  static {
    phrase(Kind.PART, Part.CHORDS, "chords", "chord", "chord progression", "chord progressions", "progression",
        "progressions", "harmony", "keys");
    phrase(Kind.PART, Part.BASS, "bass", "bassline", "basslines", "bass line", "bass lines", "walking bass", "sub bass");
    phrase(Kind.PART, Part.ARP, "arp", "arps", "arpeggio", "arpeggios", "arpeggiated", "arpeggiator");
    phrase(Kind.PART, Part.BASS, "808 bass", "808 bassline", "sub", "subs", "reese");
    phrase(Kind.PART, Part.DRUMS, "drums", "drum", "drum pattern", "drum beat", "beat", "beats", "groove", "grooves",
        "percussion", "perc", "percs", "drum loop", "kick", "kicks", "kick drum", "snare", "snares", "clap", "claps",
        "hat", "hats", "hi hat", "hi hats", "hihat", "hihats", "high hat", "high hats", "808", "808s", "909", "909s",
        "fill", "fills", "drum fill", "drum fills", "rimshot", "rimshots", "toms", "shaker", "shakers", "cymbals",
        "breakbeat", "break", "breaks", "top loop");
    phrase(Kind.PART, MELODY, "melody", "melodies", "melodic line", "lead", "leads", "lead line", "hook", "hooks",
        "topline", "toplines", "top line", "riff", "riffs", "motif");
    phrase(Kind.STYLE, "deep-house", "deep house", "deephouse");
    phrase(Kind.STYLE, "tech-house", "tech house", "techhouse");
    phrase(Kind.STYLE, "house", "house");
    phrase(Kind.STYLE, "techno", "techno");
    phrase(Kind.STYLE, "jazz", "jazz", "jazzy");
    phrase(Kind.STYLE, "modal", "modal");
    phrase(Kind.STYLE, "hip-hop", "hip hop", "hiphop", "rap");
    phrase(Kind.STYLE, "boom-bap", "boom bap", "boombap");
    phrase(Kind.STYLE, "soul", "soul", "soulful");
    phrase(Kind.STYLE, "funk", "funk", "funky");
    phrase(Kind.STYLE, "ambient", "ambient");
    phrase(Kind.STYLE, "trap", "trap");
    phrase(Kind.STYLE, "drum-and-bass", "drum and bass", "drum n bass", "drum & bass", "drumandbass", "dnb", "jungle");
    phrase(Kind.STYLE, "lo-fi", "lo fi", "lofi");
    phrase(Kind.STYLE, "reggaeton", "reggaeton");
    phrase(Kind.VOICING, "stabs", "stabs", "stab", "stabby", "staccato");
    phrase(Kind.VOICING, "pads", "pads", "pad", "sustained", "held");
    phrase(Kind.VOICING, "spread", "spread", "wide", "open voicing", "open voicings");
    phrase(Kind.VOICING, "shell", "shell", "shells", "shell voicings");
    phrase(Kind.VOICING, "rootless", "rootless");
    phrase(Kind.PATTERN, "updown", "up and down", "up down", "updown");
    phrase(Kind.PATTERN, "downup", "down and up", "down up", "downup");
    phrase(Kind.PATTERN, "pingpong", "ping pong", "pingpong");
    phrase(Kind.PATTERN, "random", "random", "randomized", "randomised");
    phrase(Kind.PATTERN, "as-played", "as played");
    phrase(Kind.PATTERN, "up", "up", "upward", "upwards", "ascending", "rising");
    phrase(Kind.PATTERN, "down", "down", "downward", "downwards", "descending", "falling");
    phrase(Kind.SEVENTHS, true, "7ths", "sevenths", "seventh", "7th", "seventh chords", "7th chords");
    phrase(Kind.SEVENTHS, false, "triads", "triad", "no 7ths", "no sevenths", "without sevenths", "without 7ths");
    phrase(Kind.NINTHS, true, "9ths", "ninths", "ninth", "9th", "add9", "ninth chords", "9th chords");
    phrase(Kind.HUMANIZE, "normal", "humanize", "humanise", "humanized", "humanised", "humanizing", "humanising",
        "humanization", "humanisation", "human", "human feel", "feel");
    phrase(Kind.LEVEL, "light", "slightly", "slight", "a little", "a bit", "little", "subtle", "subtly", "light",
        "lightly", "gentle", "gently", "tight");
    phrase(Kind.LEVEL, "heavy", "heavily", "heavy", "very", "lots of", "a lot", "loose", "sloppy", "drunk", "strong",
        "strongly", "extra");
    phrase(Kind.DENSITY, 0.25, "sparse", "minimal", "simple", "stripped", "stripped back");
    phrase(Kind.DENSITY, 0.8, "busy", "dense", "complex", "full", "rolling");
    phrase(Kind.SWING, 58.0, "swing", "swung", "swingy", "shuffle", "shuffled", "shuffling");
    phrase(Kind.MOOD, new Mood("dark", "phrygian", true, null), "dark", "darker", "sinister", "evil", "menacing");
    phrase(Kind.MOOD, new Mood("sad", "aeolian", true, null), "sad", "melancholic", "melancholy", "emotional",
        "moody", "somber", "sombre", "blue", "gloomy");
    phrase(Kind.MOOD, new Mood("mysterious", "dorian", true, null), "mysterious", "hypnotic", "deep vibe", "smoky");
    phrase(Kind.MOOD, new Mood("uplifting", "ionian", false, null), "uplifting", "happy", "bright", "euphoric",
        "joyful", "positive", "summery", "feel good", "feelgood", "anthemic");
    phrase(Kind.MOOD, new Mood("dreamy", "lydian", false, "ambient"), "dreamy", "ethereal", "floaty", "spacey",
        "spacy", "atmospheric");
    phrase(Kind.MOOD, new Mood("chill", "dorian", true, "lo-fi"), "chill", "chilled", "mellow", "laid back",
        "laidback", "relaxed");
    PHRASES.sort((a, b) -> b.words().length - a.words().length);
  }

  /** Words that carry no request of their own. */
  private static final Set<String> FILLER = Set.of("a", "an", "the", "of", "in", "on", "with", "and", "or", "to", "for",
      "at", "by", "me", "my", "i", "we", "us", "you", "please", "make", "made", "generate", "create", "give", "write",
      "want", "need", "some", "something", "song", "track", "clip", "key", "style", "loop", "loops", "pattern",
      "patterns", "notes", "note", "bpm", "tempo", "send", "put", "live", "ableton", "it", "that", "this", "into",
      "new", "can", "could", "would", "like", "just", "about", "around", "vibe", "vibes", "type", "kind", "sort", "long",
      "bars", "bar", "measures", "measure", "play", "based", "using", "use", "also", "then", "is", "be", "are", "should",
      "so", "more", "less", "lot", "bit", "nice", "cool", "good", "great", "fresh", "dope", "sick", "one", "only",
      "variation", "variations", "octave", "octaves", "seed", "ms", "velocity", "timing", "drift", "amount",
      "per", "minute", "let", "let's", "lets", "do", "get", "got", "have", "has", "up", "down", "over", "under",
      "sound", "sounding", "music", "musical", "section", "part", "parts", "line", "lines", "rhythm", "rhythms");

  // ---- patterns ----

  private static final String NUMERAL = "(?:b|#|\u266d|\u266f)?(?:vii|iii|vi|iv|ii|v|i|VII|III|VI|IV|II|V|I)"
      + "(?:maj7|maj9|m7b5|m7|m9|7|9|\u00f87|\u00b07|\u00b0|dim7|dim|\\+|sus4|sus2)?";
  private static final Pattern PROGRESSION = Pattern.compile(
      "(?<![\\w#\u266f\u266d])" + NUMERAL + "(?:\\s?[-\u2013\u2014,]\\s?" + NUMERAL + ")+(?![\\w#\u266f\u266d])");
  private static final Pattern CAMELOT = Pattern.compile("(?<![\\w/.])(1[0-2]|0?[1-9])([ab])(?![\\w])");
  private static final Pattern OPEN_KEY = Pattern.compile("(?<![\\w/.])(1[0-2]|0?[1-9])([dm])(?![\\w])");
  private static final Pattern KEY_NAME = Pattern.compile(
      "(?<![a-z0-9#\u266f\u266d'])([a-g])(?:\\s?(#|\u266f|\u266d|sharp|flat)|(b))?(?:[ -]?(major|minor|maj|min|dur|moll|ionian|dorian|phrygian|lydian|mixolydian|aeolian|locrian|m))?"
          + "(?![a-z0-9#\u266f\u266d])");
  private static final Pattern KEY_CONTEXT = Pattern.compile("(?:\\bin(?: the)?(?: key(?: of)?)?|\\bkey(?: of)?:?|\\broot(?: of)?)\\s*$");

  private static final Set<String> MODES = Set.of("ionian", "dorian", "phrygian", "lydian", "mixolydian", "aeolian", "locrian");
  /** A number and a letter written as a Camelot or Open Key code, valid or not ("10B", "13C", "0A"). */
  private static final Pattern NOT_CAMELOT = Pattern.compile("(?<![\\w/.#])(\\d{1,2})([a-g])(?![\\w#])");
  /** A letter that is no note name, said as a key ("key of H", "in the key of X", "H minor"). */
  private static final Pattern NOT_A_NOTE = Pattern.compile(
      "(?:\\bkey(?: of)?:?\\s+|(?<![\\w'])(?=[h-z]\\s?(?:#|sharp|flat)?\\s?(?:major|minor|maj|min|dorian|phrygian|lydian|mixolydian)\\b))"
          + "([h-z](?:\\s?(?:#|sharp|flat))?(?:\\s?(?:major|minor|maj|min|m|dorian|phrygian|lydian|mixolydian))?)(?![\\w#])");
  /** A bare number that can only be a tempo ("deep house 122"). */
  private static final Pattern BARE_TEMPO = Pattern.compile("(?<![\\w./#\u00b1+-])(\\d{2,3}(?:\\.\\d+)?)(?![\\w.%/#])");
  private static final Pattern TEMPO_BPM = Pattern.compile("(?<![\\w.])(\\d{2,3}(?:\\.\\d+)?)\\s?-?(?:bpm|beats per minute)\\b");
  private static final Pattern TEMPO_WORD = Pattern.compile(
      "\\b(?:tempo|at)\\s?(?:of\\s|=\\s?|:\\s?)?(\\d{2,3}(?:\\.\\d+)?)(?![\\w.%])(?!\\s?(?:bars?|measures?|ms|%|octaves?|variations?|velocity))");
  private static final Pattern BARS = Pattern.compile("(?<![\\w.])(\\d{1,3})\\s?-?\\s?(?:bars?|measures?)\\b");
  private static final Pattern OCTAVES = Pattern.compile("(?<![\\w.])(\\d{1,2})\\s?-?\\s?octaves?\\b");
  private static final Pattern VARIATIONS = Pattern.compile("(?<![\\w.])(\\d{1,2})\\s?(?:drum\\s)?variations?\\b");
  private static final Pattern VARIATIONS_WORD = Pattern.compile("\\bvariations?\\b");
  private static final Pattern SEED = Pattern.compile("\\bseed\\s?(?:of\\s|=\\s?|:\\s?|#)?(\\d{1,9})\\b");
  private static final Pattern MS = Pattern.compile(
      "(?:\\b(drift)\\s?(?:of\\s)?)?(?:\\+/-|\u00b1)?\\s?(\\d{1,3}(?:\\.\\d+)?)\\s?(?:ms|milliseconds?)\\b(?:\\s?(?:of\\s)?(drift))?");
  private static final Pattern VELOCITY = Pattern.compile(
      "\\bvel(?:ocity|ocities)?\\s?(?:variance|variation|spread|range|jitter|randomness)?\\s?(?:of\\s|by\\s|\\+/-\\s?|\u00b1\\s?|=\\s?|:\\s?)?(\\d{1,2})\\b(?!\\s?(?:bars?|ms|%))"
          + "|(?:\\+/-|\u00b1)?\\s?\\b(\\d{1,2})\\s?(?:velocity|vel)\\b");
  private static final Pattern SWING_NUMBER = Pattern.compile(
      "(?<![\\w.])(\\d{1,3}(?:\\.\\d+)?)\\s?%\\s?(?:of\\s)?(?:swing|shuffle)\\b|\\b(?:swing|shuffle)\\s?(?:of\\s|at\\s|=\\s?|:\\s?)?(\\d{1,3}(?:\\.\\d+)?)\\s?%?");
  private static final Pattern HUMANIZE_NUMBER = Pattern.compile(
      "\\bhumani[sz](?:e|ed|ing)?\\s?(?:by\\s|at\\s|=\\s?|:\\s?)?(\\d{1,3})\\s?%?(?!\\s?(?:ms|bars?))|(?<![\\w.])(\\d{1,3})\\s?%\\s?humani[sz]");
  private static final Pattern RATE = Pattern.compile("(?<![\\w/])1/(4|8|16|32)(t)?(?![\\w/])");
  private static final Pattern RATE_WORD = Pattern.compile(
      "\\b(quarter|8th|eighth|16th|sixteenth|32nd|thirty[- ]second)(?:[- ]?notes?|s)?\\b(?:\\s?(triplets?))?");
  private static final Pattern TRIPLETS = Pattern.compile("\\btriplets?\\b");
  private static final Pattern WORD = Pattern.compile("[a-z0-9#&']+");

  /**
   * Reads {@code prompt}.
   *
   * @throws IllegalArgumentException for an empty or overlong prompt, or a value outside its range
   *     (the message names the field, e.g. "bars must be 1..64, got 100")
   */
  public ParsedPrompt parse(String prompt) {
    if (prompt == null || prompt.isBlank()) {
      throw new IllegalArgumentException("prompt is empty; say what to make, e.g. \"8 bars of deep house chords in 10B\"");
    }
    if (prompt.length() > MAX_PROMPT_CHARS) {
      throw new IllegalArgumentException("prompt must be at most " + MAX_PROMPT_CHARS + " characters, got " + prompt.length());
    }
    Reading r = new Reading(prompt);
    r.readProgression();
    r.readKey();
    r.switchToDigits();
    r.readNumbers();
    r.readPhrases();
    r.readFuzzy();
    return r.result();
  }

  /** The state of one parse: the text with what was read blanked out, and the values found. */
  private static final class Reading {
    final String prompt;
    final String original;
    StringBuilder work;
    final Map<Integer, Object[]> found = new TreeMap<>(); // position -> {field, Understood}
    final Set<String> noted = new LinkedHashSet<>();
    Part part;
    Key key;
    String style;
    Integer bars;
    Double tempo;
    String voicing;
    Boolean sevenths;
    Boolean ninths;
    String progression;
    String pattern;
    String rate;
    Integer octaves;
    Double density;
    Integer variations;
    Long seed;
    String humanizeLevel;
    Double timingMs;
    Integer velocity;
    Double swing;
    Double driftMs;
    boolean triplets;
    String unsupportedPart;
    String unsupportedKey;
    String invalidKey;
    Mood mood;

    Reading(String prompt) {
      this.prompt = prompt;
      // lower case char by char so that positions match the prompt (no locale-dependent length changes)
      char[] chars = prompt.replace('\u2019', '\'').toCharArray();
      this.original = new String(chars);
      for (int i = 0; i < chars.length; i++) {
        chars[i] = Character.toLowerCase(chars[i]);
        if (Character.isWhitespace(chars[i])) {
          chars[i] = ' ';
        }
      }
      this.work = new StringBuilder(new String(chars));
    }

    void note(int position, String field, Object value, String text, String remark) {
      if (noted.add(field) || field.equals("humanize")) {
        found.put(position * 64 + found.size(), new Object[] {field, new Understood(value, text.trim(), remark)});
      }
    }

    void replaceUnderstood(String field, Understood u) {
      found.replaceAll((k, v) -> v[0].equals(field) ? new Object[] {field, u} : v);
    }

    void blank(int start, int end) {
      for (int i = start; i < end; i++) {
        work.setCharAt(i, ' ');
      }
    }

    void readProgression() {
      Matcher m = PROGRESSION.matcher(original);
      while (m.find()) {
        if (work.charAt(m.start()) == ' ') {
          continue;
        }
        String text = m.group().replaceAll("\\s?[-\u2013\u2014,]\\s?", "-");
        try {
          Progression.parse(text);
        } catch (IllegalArgumentException e) {
          continue;
        }
        if (progression == null) {
          progression = text;
          note(m.start(), "progression", text, m.group(), "");
        }
        blank(m.start(), m.end());
      }
    }

    void readKey() {
      List<Object[]> candidates = new ArrayList<>(); // {start, end, Key, text, remark}
      String w = work.toString();
      Matcher m = CAMELOT.matcher(w);
      while (m.find()) {
        Key k = Key.camelot(Integer.parseInt(m.group(1)), m.group(2).equals("a"));
        candidates.add(new Object[] {m.start(), m.end(), k, original.substring(m.start(), m.end()), "Camelot"});
      }
      m = OPEN_KEY.matcher(w);
      while (m.find()) {
        Key k = Key.parse(m.group(1) + m.group(2));
        candidates.add(new Object[] {m.start(), m.end(), k, original.substring(m.start(), m.end()), "Open Key"});
      }
      m = KEY_NAME.matcher(w);
      while (m.find()) {
        Optional<Object> k = keyName(m);
        if (k.isPresent()) {
          candidates.add(new Object[] {m.start(), m.end(), k.get(), original.substring(m.start(), m.end()), "name"});
        }
      }
      candidates.sort((a, b) -> (Integer) a[0] - (Integer) b[0]);
      for (Object[] c : candidates) {
        int start = (Integer) c[0];
        int end = (Integer) c[1];
        if (work.substring(start, end).isBlank()) {
          continue;
        }
        if (key == null && unsupportedKey == null) {
          if (c[2] instanceof Key k) {
            key = k;
            note(start, "key", key.camelot(), (String) c[3], key.name());
          } else {
            unsupportedKey = (String) c[2];
            note(start, "key", unsupportedKey, (String) c[3], "a mode");
          }
        }
        blank(start, end);
      }
      if (key == null && unsupportedKey == null) {
        readInvalidKey();
      }
    }

    /**
     * A note-name key if the match is one: with a quality, an accidental, a capital letter before "m", or after
     * "in"/"key". A mode ("D dorian") the engine does not take as a key comes back as its text, for a clear error.
     */
    Optional<Object> keyName(Matcher m) {
      String letter = m.group(1);
      String accidental = m.group(2) != null ? m.group(2) : m.group(3);
      String quality = m.group(4);
      boolean context = KEY_CONTEXT.matcher(work.substring(0, m.start())).find();
      boolean capital = Character.isUpperCase(original.charAt(m.start()));
      boolean wordQuality = quality != null && !quality.equals("m");
      boolean symbolAccidental = m.group(2) != null;
      boolean accept;
      if (wordQuality || symbolAccidental) {
        accept = true;
      } else if (quality != null || accidental != null) {
        // "am", "bb", "eb", "dm": capitalised ("Am", "Eb") or after "in"/"key"
        accept = capital || context;
      } else {
        // "in a dnb style": a lower-case "a" with a word after it is the article
        boolean article = letter.equals("a") && !capital && original.substring(m.end()).matches("(?s)\\s+[a-zA-Z].*");
        accept = context && !article;
      }
      if (!accept) {
        return Optional.empty();
      }
      String acc = "";
      if (accidental != null) {
        acc = accidental.equals("#") || accidental.equals("\u266f") || accidental.equals("sharp") ? "#" : "b";
      }
      String tonic = letter.toUpperCase(Locale.ROOT) + acc;
      if (quality != null && MODES.contains(quality)) {
        String named = tonic + " " + quality;
        try {
          return Optional.of(Key.parse(named));
        } catch (IllegalArgumentException engineHasNoModes) {
          if (quality.equals("ionian") || quality.equals("aeolian")) {
            return Optional.of(Key.parse(tonic + (quality.equals("aeolian") ? " minor" : " major")));
          }
          return Optional.of(named);
        }
      }
      boolean minor = quality != null && (quality.startsWith("min") || quality.equals("m") || quality.equals("moll"));
      try {
        return Optional.of(Key.parse(tonic + (minor ? " minor" : " major")));
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }

    /**
     * After no key was found: something meant as one that is none ("13C", "0A", "key of H", "H minor") fails the
     * prompt, since notes in another key than the one asked for are worse than an error.
     */
    void readInvalidKey() {
      Matcher m = NOT_CAMELOT.matcher(work);
      while (m.find()) {
        int n = Integer.parseInt(m.group(1));
        char letter = m.group(2).charAt(0);
        boolean valid = n >= 1 && n <= 12 && "abdm".indexOf(letter) >= 0;
        if (!valid) {
          invalidKey = original.substring(m.start(), m.end());
          return;
        }
      }
      m = NOT_A_NOTE.matcher(work);
      if (m.find()) {
        invalidKey = original.substring(m.start(1), m.end()).trim();
      }
    }

    /** From here on the text has digits for number words; positions are those of the new text. */
    void switchToDigits() {
      work = new StringBuilder(NumberWords.toDigits(work.toString()));
    }

    void readNumbers() {
      Matcher m = TEMPO_BPM.matcher(work);
      if (m.find()) {
        tempo = Double.parseDouble(m.group(1));
        note(m.start(), "tempo", tempo, m.group(), "");
        blank(m.start(), m.end());
      }
      m = TEMPO_WORD.matcher(work);
      if (tempo == null && m.find()) {
        tempo = Double.parseDouble(m.group(1));
        note(m.start(), "tempo", tempo, m.group(), "");
        blank(m.start(), m.end());
      }
      m = BARS.matcher(work);
      if (m.find()) {
        bars = Integer.parseInt(m.group(1));
        note(m.start(), "bars", bars, m.group(), "");
        blank(m.start(), m.end());
      }
      m = OCTAVES.matcher(work);
      if (m.find()) {
        octaves = Integer.parseInt(m.group(1));
        note(m.start(), "octaves", octaves, m.group(), "");
        blank(m.start(), m.end());
      }
      m = VARIATIONS.matcher(work);
      if (m.find()) {
        variations = Integer.parseInt(m.group(1));
        note(m.start(), "variations", variations, m.group(), "");
        blank(m.start(), m.end());
      } else if ((m = VARIATIONS_WORD.matcher(work)).find()) {
        variations = GenerationRequest.DEFAULT_DRUM_VARIATIONS;
        note(m.start(), "variations", variations, m.group(), "no count given");
        blank(m.start(), m.end());
      }
      m = SEED.matcher(work);
      if (m.find()) {
        seed = Long.parseLong(m.group(1));
        note(m.start(), "seed", seed, m.group(), "");
        blank(m.start(), m.end());
      }
      m = MS.matcher(work);
      while (m.find()) {
        double ms = Double.parseDouble(m.group(2));
        if (m.group(1) != null || m.group(3) != null) {
          driftMs = ms;
        } else if (timingMs == null) {
          timingMs = ms;
        }
        note(m.start(), "humanize", "", m.group(), "");
        blank(m.start(), m.end());
      }
      m = VELOCITY.matcher(work);
      if (m.find()) {
        velocity = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
        note(m.start(), "humanize", "", m.group(), "");
        blank(m.start(), m.end());
      }
      m = SWING_NUMBER.matcher(work);
      if (m.find()) {
        double amount = Double.parseDouble(m.group(1) != null ? m.group(1) : m.group(2));
        // 50..75 is the swing percentage itself; other values are an amount 0..100 of the way to 75 %
        swing = amount >= HumanizeSettings.MIN_SWING && amount <= HumanizeSettings.MAX_SWING
            ? amount : HumanizeSettings.MIN_SWING + Math.min(amount, 100) * 0.25;
        note(m.start(), "humanize", "", m.group(), "");
        blank(m.start(), m.end());
      }
      m = HUMANIZE_NUMBER.matcher(work);
      if (m.find()) {
        double amount = Math.min(100, Double.parseDouble(m.group(1) != null ? m.group(1) : m.group(2)));
        if (timingMs == null) timingMs = amount * 0.3;
        if (velocity == null) velocity = (int) Math.round(amount * 0.2);
        humanizeLevel = "amount";
        note(m.start(), "humanize", "", m.group(), "");
        blank(m.start(), m.end());
      }
      boolean tripletWord = TRIPLETS.matcher(work).find();
      m = RATE.matcher(work);
      if (m.find()) {
        rate = "1/" + m.group(1) + (m.group(2) != null || tripletWord ? "t" : "");
        note(m.start(), "rate", rate, m.group(), "");
        blank(m.start(), m.end());
      } else if ((m = RATE_WORD.matcher(work)).find()) {
        String base = switch (m.group(1).replace(' ', '-')) {
          case "quarter" -> "1/4";
          case "8th", "eighth" -> "1/8";
          case "16th", "sixteenth" -> "1/16";
          default -> "1/32";
        };
        rate = base + (m.group(2) != null || tripletWord ? "t" : "");
        note(m.start(), "rate", rate, m.group(), "");
        blank(m.start(), m.end());
      }
      if (tripletWord) {
        m = TRIPLETS.matcher(work);
        while (m.find()) {
          blank(m.start(), m.end());
        }
        triplets = true;
      }
      readBareTempo();
    }

    /** A number left over that can only be a tempo: 60..200, not a drum machine ("808", "909"). */
    void readBareTempo() {
      if (tempo != null) {
        return;
      }
      Matcher m = BARE_TEMPO.matcher(work);
      while (m.find()) {
        double value = Double.parseDouble(m.group(1));
        if (value >= 60 && value <= 200) {
          tempo = value;
          note(m.start(), "tempo", tempo, m.group(), "a bare number, read as the tempo in BPM");
          blank(m.start(), m.end());
          return;
        }
      }
    }

    void readPhrases() {
      List<int[]> tokens = tokens();
      String[] words = new String[tokens.size()];
      for (int i = 0; i < words.length; i++) {
        words[i] = work.substring(tokens.get(i)[0], tokens.get(i)[1]);
      }
      boolean[] used = new boolean[words.length];
      List<Object[]> patterns = new ArrayList<>(); // {index, value, text}
      for (int i = 0; i < words.length; i++) {
        if (used[i]) continue;
        for (Phrase p : PHRASES) {
          int n = p.words().length;
          if (i + n > words.length || !matches(words, used, i, p.words())) continue;
          int start = tokens.get(i)[0];
          int end = tokens.get(i + n - 1)[1];
          String text = work.substring(start, end);
          if (p.kind() == Kind.PATTERN) {
            patterns.add(new Object[] {start, p.value(), text});
          } else {
            apply(p.kind(), p.value(), start, text, "");
          }
          for (int k = i; k < i + n; k++) used[k] = true;
          blank(start, end);
          break;
        }
      }
      // "up"/"down" are arpeggio patterns only when an arpeggio was asked for
      for (Object[] p : patterns) {
        String value = (String) p[1];
        boolean plainDirection = value.equals("up") || value.equals("down");
        if (pattern == null && (part == Part.ARP || !plainDirection)) {
          pattern = value;
          note((Integer) p[0], "pattern", value, (String) p[2], "");
        }
      }
    }

    boolean matches(String[] words, boolean[] used, int at, String[] phrase) {
      for (int k = 0; k < phrase.length; k++) {
        if (used[at + k] || !words[at + k].equals(phrase[k])) return false;
      }
      return true;
    }

    void apply(Kind kind, Object value, int start, String text, String remark) {
      switch (kind) {
        case PART -> {
          if (part == null && unsupportedPart == null) {
            Optional<Part> known = part(value);
            if (known.isPresent()) {
              part = known.get();
              note(start, "part", part.id(), text, remark);
            } else {
              unsupportedPart = (String) value;
              note(start, "part", unsupportedPart, text, remark);
            }
          }
        }
        case MOOD -> {
          if (mood == null) {
            mood = (Mood) value;
            note(start, "mood", mood.word(), text, remark);
          }
        }
        case STYLE -> {
          if (style == null) {
            style = (String) value;
            note(start, "style", style, text, remark);
          }
        }
        case VOICING -> {
          if (voicing == null) {
            voicing = (String) value;
            note(start, "voicing", voicing, text, remark);
          }
        }
        case SEVENTHS -> {
          if (sevenths == null) {
            sevenths = (Boolean) value;
            note(start, "sevenths", sevenths, text, remark);
          }
        }
        case NINTHS -> {
          if (ninths == null) {
            ninths = (Boolean) value;
            note(start, "ninths", ninths, text, remark);
          }
        }
        case HUMANIZE -> {
          if (humanizeLevel == null) humanizeLevel = "normal";
          note(start, "humanize", "", text, remark);
        }
        case LEVEL -> {
          if (humanizeLevel == null || humanizeLevel.equals("normal")) humanizeLevel = (String) value;
          note(start, "humanize", "", text, remark);
        }
        case DENSITY -> {
          if (density == null) {
            density = (Double) value;
            note(start, "density", density, text, remark);
          }
        }
        case SWING -> {
          if (swing == null) swing = (Double) value;
          note(start, "humanize", "", text, remark);
        }
        default -> { }
      }
    }

    /** Styles and parts with one typo (two in long names), in single words or two words run together. */
    void readFuzzy() {
      List<int[]> tokens = tokens();
      for (int i = 0; i < tokens.size(); i++) {
        String one = word(tokens.get(i));
        if (FILLER.contains(one) || !one.chars().allMatch(Character::isLetter)) {
          continue;
        }
        if (i + 1 < tokens.size()) {
          String next = word(tokens.get(i + 1));
          Object[] hit = FILLER.contains(next) || (VOCABULARY.contains(one) && VOCABULARY.contains(next))
              ? null : closest(one + next);
          if (hit != null) {
            int start = tokens.get(i)[0];
            int end = tokens.get(i + 1)[1];
            apply((Kind) hit[0], hit[1], start, work.substring(start, end), "read as " + hit[2]);
            blank(start, end);
            i++;
            continue;
          }
        }
        Object[] hit = VOCABULARY.contains(one) || one.length() < 4 ? null : closest(one);
        if (hit != null) {
          int[] t = tokens.get(i);
          apply((Kind) hit[0], hit[1], t[0], one, "read as " + hit[2]);
          blank(t[0], t[1]);
        }
      }
    }

    Object[] closest(String word) {
      int allowed = word.length() >= 7 ? 2 : 1;
      Object[] best = null;
      int bestDistance = Integer.MAX_VALUE;
      for (Map.Entry<String, Object[]> e : FUZZY.entrySet()) {
        String candidate = e.getKey();
        if (Math.abs(candidate.length() - word.length()) > allowed) continue;
        int d = distance(word, candidate);
        if (d <= allowed && d < bestDistance) {
          bestDistance = d;
          best = new Object[] {e.getValue()[0], e.getValue()[1], candidate};
        }
      }
      return best;
    }

    String word(int[] token) {
      return work.substring(token[0], token[1]);
    }

    List<int[]> tokens() {
      List<int[]> tokens = new ArrayList<>();
      Matcher m = WORD.matcher(work);
      while (m.find()) {
        tokens.add(new int[] {m.start(), m.end()});
      }
      return tokens;
    }

    ParsedPrompt result() {
      if (invalidKey != null) {
        throw new IllegalArgumentException("\"" + invalidKey + "\" is not a key; use " + Key.ACCEPTED_FORMS);
      }
      if (unsupportedKey != null) {
        throw new IllegalArgumentException("\"" + unsupportedKey + "\" is a mode, and this engine takes only major and"
            + " minor keys so far; ask for the relative major or minor, or use " + Key.ACCEPTED_FORMS);
      }
      if (unsupportedPart != null) {
        throw new IllegalArgumentException("\"" + unsupportedPart + "\" was read as the part, which this engine does not"
            + " make yet; ask for chords, bass, arp (arpeggio) or drums");
      }
      Mood moodHint = mood;
      if (moodHint != null && key == null) {
        key = moodKey(moodHint);
        Understood u = null;
        for (Object[] f : found.values()) {
          if (f[0].equals("mood")) u = (Understood) f[1];
        }
        String because = key.name() + (moodKey(moodHint).equals(modeKey(moodHint).orElse(null)) ? "" : " (" + moodHint.mode()
            + " is not a key this engine takes, so " + (moodHint.minor() ? "minor" : "major") + ")");
        replaceUnderstood("mood", new Understood(moodHint.word(), u.text(), "key " + key.camelot() + ", " + because
            + (moodHint.style() != null && style == null ? "; style " + moodHint.style() : "")));
      }
      if (moodHint != null && style == null && moodHint.style() != null) {
        style = moodHint.style();
      }
      Part effectivePart = part;
      if (effectivePart == null) {
        effectivePart = variations != null ? Part.DRUMS : pattern != null || octaves != null || rate != null ? Part.ARP : Part.CHORDS;
      }
      GenerationRequest.Builder b = GenerationRequest.builder().part(effectivePart);
      List<String> defaults = new ArrayList<>();
      if (part == null) defaults.add("part " + effectivePart.id());
      if (key != null) b.key(key); else defaults.add("key " + GenerationRequest.DEFAULT_KEY + " (" + Key.parse(GenerationRequest.DEFAULT_KEY).name() + ")");
      if (style != null) b.style(style); else defaults.add("style " + GenerationRequest.DEFAULT_STYLE);
      if (bars != null) b.bars(bars); else defaults.add("bars " + GenerationRequest.DEFAULT_BARS);
      if (tempo != null) b.tempo(tempo); // else the style's tempo, listed below once the request says which
      if (progression != null) b.progression(progression);
      if (voicing != null) b.voicing(voicing);
      if (sevenths != null) b.sevenths(sevenths);
      if (ninths != null) b.ninths(ninths);
      if (pattern != null) b.arpPattern(pattern);
      if (rate != null) b.arpRate(rate);
      else if (triplets) b.arpRate(GenerationRequest.DEFAULT_ARP_RATE + "t");
      if (octaves != null) b.arpOctaves(octaves);
      if (density != null) b.density(density);
      if (variations != null) b.drumVariations(variations);
      if (seed != null) b.seed(seed);
      // a swing in the prompt is played by the humanizer below, so the generators play straight then
      if (swing != null) b.swing(HumanizeSettings.DEFAULT_SWING);
      GenerationRequest request = b.build();
      if (tempo == null) defaults.add("tempo " + new java.text.DecimalFormat("0.##").format(request.tempo()));

      Optional<HumanizeSettings> feel = Optional.empty();
      if (humanizeLevel != null || timingMs != null || velocity != null || swing != null || driftMs != null) {
        double levelTiming = 0;
        int levelVelocity = 0;
        if (humanizeLevel != null) {
          switch (humanizeLevel) {
            case "light" -> { levelTiming = 10; levelVelocity = 5; }
            case "heavy" -> { levelTiming = 35; levelVelocity = 20; }
            case "normal" -> { levelTiming = 20; levelVelocity = 10; }
            default -> { }
          }
        }
        HumanizeSettings s = HumanizeSettings.builder()
            .timingMs(timingMs != null ? timingMs : levelTiming)
            .velocity(velocity != null ? velocity : levelVelocity)
            .swing(swing != null ? swing : HumanizeSettings.DEFAULT_SWING)
            .driftMs(driftMs != null ? driftMs : 0)
            .seed(request.seed())
            .tempo(request.tempo())
            .build();
        feel = Optional.of(s);
      }

      Map<String, Understood> out = new LinkedHashMap<>();
      for (Object[] f : found.values()) {
        String field = (String) f[0];
        Understood u = (Understood) f[1];
        if (field.equals("humanize")) {
          Understood merged = out.get("humanize");
          String text = merged == null ? u.text() : merged.text() + ", " + u.text();
          out.put("humanize", new Understood(feel.map(PromptParser::describe).orElse(Map.of()), text, ""));
        } else {
          out.put(field, u);
        }
      }
      List<String> unread = new ArrayList<>();
      for (int[] t : tokens()) {
        String w = word(t);
        if (!FILLER.contains(w) && !w.equals("1")) {
          unread.add(w);
        }
      }
      return new ParsedPrompt(prompt, request, feel, variations == null ? 0 : variations, out, defaults, unread);
    }
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

  /** The key a mood suggests on the default tonic: its mode when the engine takes modes, else major or minor. */
  static Key moodKey(Mood mood) {
    return modeKey(mood).orElseGet(() -> {
      Key home = Key.parse(GenerationRequest.DEFAULT_KEY);
      return mood.minor() ? (home.isMinor() ? home : home.relative()) : (home.isMinor() ? home.relative() : home);
    });
  }

  static Optional<Key> modeKey(Mood mood) {
    Key home = Key.parse(GenerationRequest.DEFAULT_KEY);
    try {
      return Optional.of(Key.parse(home.name().split(" ")[0] + " " + mood.mode()));
    } catch (IllegalArgumentException engineHasNoModes) {
      return Optional.empty();
    }
  }

  static Map<String, Object> describe(HumanizeSettings s) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("timing_ms", s.timingMs());
    d.put("velocity", s.velocity());
    d.put("swing", s.swing());
    d.put("drift_ms", s.driftMs());
    return d;
  }

  /** Optimal string alignment distance: edits plus adjacent transpositions ("hiphpo" is one from "hiphop"). */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) d[i][0] = i;
    for (int j = 0; j <= b.length(); j++) d[0][j] = j;
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  /** All style ids the parser can produce, for documentation and tests. */
  static List<String> styles() {
    List<String> out = new ArrayList<>();
    for (Phrase p : PHRASES) {
      if (p.kind() == Kind.STYLE && !out.contains(p.value())) out.add((String) p.value());
    }
    out.forEach(s -> {
      if (!Styles.isKnown(s)) throw new IllegalStateException("parser style " + s + " unknown to the engine");
    });
    return out;
  }
}
