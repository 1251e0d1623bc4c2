package ai.sergik.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import ai.sergik.music.Progression;

/**
 * The named styles: chord styles with their preset progressions, bass styles, drum genres, voicings,
 * and how a style name for one part maps to the others (a "deep house" request gets house drums and a
 * house bass unless told otherwise).
 */
public final class Styles {
  private Styles() {}

  /** Chord styles, each with a preset progression for major and minor keys. */
  public static final List<String> CHORD_STYLES = Collections.unmodifiableList(Arrays.asList(
      "house", "deep-house", "techno", "jazz", "modal", "hip-hop", "boom-bap", "soul", "funk", "ambient"));

  /** Walking bass styles. */
  public static final List<String> BASS_STYLES = Collections.unmodifiableList(Arrays.asList(
      "jazz", "house", "techno", "hiphop", "funk"));

  /** Drum genre templates. */
  public static final List<String> DRUM_GENRES = Collections.unmodifiableList(Arrays.asList(
      "house", "tech-house", "techno", "hip-hop", "boom-bap", "trap", "drum-and-bass", "lo-fi", "reggaeton"));

  /** Chord voicings. */
  public static final List<String> VOICINGS = Collections.unmodifiableList(Arrays.asList(
      "stabs", "pads", "spread", "shell", "rootless"));

  /** Arpeggio note orders. */
  public static final List<String> ARP_PATTERNS = Collections.unmodifiableList(Arrays.asList(
      "up", "down", "updown", "downup", "pingpong", "random", "as-played"));

  /** Arpeggio rates, straight and triplet, from quarter notes to 32nds. */
  public static final List<String> ARP_RATES = Collections.unmodifiableList(Arrays.asList(
      "1/4", "1/4t", "1/8", "1/8t", "1/16", "1/16t", "1/32", "1/32t"));

  /** Length of one arpeggio step in ticks of 960 per beat. */
  static int rateTicks(String rate) {
    switch (rate) {
      case "1/4": return 960;
      case "1/4t": return 640;
      case "1/8": return 480;
      case "1/8t": return 320;
      case "1/16": return 240;
      case "1/16t": return 160;
      case "1/32": return 120;
      case "1/32t": return 80;
      default: throw new IllegalArgumentException("unknown arpeggio rate \"" + rate + "\"; use one of " + ARP_RATES);
    }
  }

  // {style, major preset, minor preset}. Every preset starts on its tonic chord (I or i), which decides the
  // tonic the progression is played in and lets the loop state its key on the first downbeat: a major
  // and a minor preset over the same chords (house: C-G-Am-F in C major, Am-F-C-G in A minor) differ
  // only in where they start. The major presets avoid iii next to I and vi: three chords sharing the third of
  // the key would make the loop sound (and analyse) as the mediant minor.
  private static final String[][] PRESETS = {
      {"house", "I-V-vi-IV", "i-VI-III-VII"},
      {"deep-house", "I-vi-ii-V", "i-iv-VII-III"},
      {"techno", "I-IV-vi-I", "i-VI-i-VII"},
      {"jazz", "Imaj7-vi7-ii7-V7", "i7-ii\u00f87-V7-i7"},
      {"modal", "I-bVII-IV-I", "i-bII-i-bVII"},
      {"hip-hop", "I-IV-ii-V", "i-VI-iv-v"},
      {"boom-bap", "I-ii-iii-IV", "i-iv-i-VI"},
      {"soul", "I-iii-IV-V", "i-iv-VII-III"},
      {"funk", "I7-IV7-I7-V7", "i7-iv7-i7-v7"},
      {"ambient", "I-IV-vi-V", "i-VI-III-iv"},
  };

  /** Every name any part accepts as its style. */
  public static List<String> allStyleNames() {
    List<String> all = new ArrayList<String>(CHORD_STYLES);
    for (String s : BASS_STYLES) if (!all.contains(s)) all.add(s);
    for (String s : DRUM_GENRES) if (!all.contains(s)) all.add(s);
    return Collections.unmodifiableList(all);
  }

  /**
   * Canonical id of a style name: lower case, words joined by '-', common spellings folded
   * ("Deep House" -> deep-house, "hiphop" -> hip-hop, "DnB" -> drum-and-bass). Unknown names are
   * returned normalised but unchanged; {@link #isKnown} tells them apart.
   */
  public static String normalize(String name) {
    if (name == null) return "";
    String s = name.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-').replace("&", "-and-");
    while (s.contains("--")) s = s.replace("--", "-");
    switch (s) {
      case "deephouse": return "deep-house";
      case "techhouse": return "tech-house";
      case "hiphop": case "hip-hop": case "rap": return "hip-hop";
      case "boombap": case "boom-bap": return "boom-bap";
      case "dnb": case "d-and-b": case "drum-n-bass": case "drumnbass": case "drumandbass": case "drum-and-bass":
      case "jungle":
        return "drum-and-bass";
      case "lofi": case "lo-fi": case "lofi-hip-hop": return "lo-fi";
      default: return s;
    }
  }

  public static boolean isKnown(String name) {
    String s = normalize(name);
    return allStyleNames().contains(s) || s.equals("hiphop");
  }

  /** The chord style a name stands for (drum genres map to their nearest chord style). */
  public static String chordStyle(String name) {
    String s = normalize(name);
    if (CHORD_STYLES.contains(s)) return s;
    switch (s) {
      case "tech-house": return "house";
      case "trap": return "hip-hop";
      case "drum-and-bass": return "techno";
      case "lo-fi": return "soul";
      case "reggaeton": return "house";
      default: return "house";
    }
  }

  /** The bass style a name stands for. */
  public static String bassStyle(String name) {
    String s = normalize(name);
    if (s.equals("hip-hop")) return "hiphop";
    if (BASS_STYLES.contains(s)) return s;
    switch (s) {
      case "deep-house": case "tech-house": case "reggaeton": case "ambient": return "house";
      case "drum-and-bass": case "modal": return "techno";
      case "boom-bap": case "trap": case "lo-fi": return "hiphop";
      case "soul": return "funk";
      default: return "house";
    }
  }

  /** The drum genre a name stands for. */
  public static String drumGenre(String name) {
    String s = normalize(name);
    if (s.equals("hiphop")) return "hip-hop";
    if (DRUM_GENRES.contains(s)) return s;
    switch (s) {
      case "deep-house": return "house";
      case "jazz": case "soul": case "ambient": return "lo-fi";
      case "funk": return "boom-bap";
      case "modal": return "techno";
      default: return "house";
    }
  }

  /** The parsed presets, {major, minor} per chord style, in CHORD_STYLES order (parsed once; immutable). */
  private static final Progression[][] PARSED_PRESETS = new Progression[PRESETS.length][];

  static {
    for (int i = 0; i < PRESETS.length; i++) {
      PARSED_PRESETS[i] = new Progression[] {Progression.parse(PRESETS[i][1]), Progression.parse(PRESETS[i][2])};
    }
  }

  /** The parsed preset progression of a chord style for a major or minor key. */
  static Progression presetProgression(String style, boolean minor) {
    String s = chordStyle(style);
    for (int i = 0; i < PRESETS.length; i++) {
      if (PRESETS[i][0].equals(s)) return PARSED_PRESETS[i][minor ? 1 : 0];
    }
    throw new IllegalArgumentException("no preset for style " + style);
  }

  /** The preset progression of a chord style for a major or minor key. */
  public static String preset(String style, boolean minor) {
    String s = chordStyle(style);
    for (String[] p : PRESETS) if (p[0].equals(s)) return minor ? p[2] : p[1];
    throw new IllegalArgumentException("no preset for style " + style);
  }
}
