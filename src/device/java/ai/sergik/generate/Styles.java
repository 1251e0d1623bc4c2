package ai.sergik.generate;

import ai.sergik.music.Progression;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The named styles: chord styles with their preset progressions, bass styles, drum genres, voicings,
 * and how a style name for one part maps to the others (a "deep house" request gets house drums and a
 * house bass unless told otherwise).
 */
public final class Styles {
  private Styles() {}

  /** Chord styles, each with a preset progression for major and minor keys. */
  public static final List<String> CHORD_STYLES = Collections.unmodifiableList(Arrays.asList(
      "house",
      "deep-house",
      "techno",
      "jazz",
      "modal",
      "hip-hop",
      "boom-bap",
      "soul",
      "funk",
      "ambient"));

  /** Walking bass styles. */
  public static final List<String> BASS_STYLES = Collections.unmodifiableList(
      Arrays.asList("jazz", "house", "techno", "hiphop", "funk", "soul", "ambient", "trap"));

  /** Drum genre templates. */
  public static final List<String> DRUM_GENRES = Collections.unmodifiableList(Arrays.asList(
      "house",
      "tech-house",
      "techno",
      "hip-hop",
      "boom-bap",
      "trap",
      "drum-and-bass",
      "lo-fi",
      "reggaeton"));

  /** Chord voicings ({@link Voicing}). */
  public static final List<String> VOICINGS = Voicing.ids();

  /** How a chord's upper voices are stacked ({@link Spread}): close, open (drop-2 and 4), drop-2, drop-3. */
  public static final List<String> SPREADS = Spread.ids();

  /** Arpeggio note orders ({@link ArpPattern}). */
  public static final List<String> ARP_PATTERNS = ArpPattern.ids();

  /** Arpeggio rates ({@link ArpRate}), straight and triplet, from quarter notes to 32nds. */
  public static final List<String> ARP_RATES = ArpRate.ids();

  // {style, major preset, minor preset}. Every preset starts on its tonic chord (I or i), which
  // decides the
  // tonic the progression is played in and lets the loop state its key on the first downbeat: a
  // major
  // and a minor preset over the same chords (house: C-G-Am-F in C major, Am-F-C-G in A minor)
  // differ
  // only in where they start. The major presets avoid iii next to I and vi: three chords sharing
  // the third of
  // the key would make the loop sound (and analyse) as the mediant minor.
  private static final String[][] PRESETS = {
    {"house", "I-V-vi-IV", "i-VI-III-VII"},
    {"deep-house", "I-vi-ii-V", "i-iv-VII-III"},
    {"techno", "I-IV-vi-I", "i-VI-i-VII"},
    {"jazz", "Imaj7-vi7-ii7-V7", "i7-ii\u00f87-V7-i7"},
    // mixolydian: a dominant I under bVII, so the mode's flat seventh sounds in the tonic too
    {"modal", "I7-bVII-IV-I7", "i-bII-i-bVII"},
    {"hip-hop", "I-IV-ii-V", "i-VI-iv-v"},
    {"boom-bap", "I-ii-iii-IV", "i-iv-i-VI"},
    {"soul", "I-iii-IV-V", "i-iv-VII-III"},
    {"funk", "I7-IV7-I7-V7", "i7-iv7-i7-v7"},
    {"ambient", "I-IV-vi-V", "i-VI-III-iv"},
  };

  // A second preset per style, {style, major, minor}, with a borrowed chord or a secondary dominant
  // in it:
  // the colour Scaler and Captain Chords call "modal interchange". Each starts on its tonic as
  // well.
  private static final String[][] COLOUR_PRESETS = {
    {"house", "I-V/vi-vi-IV", "i-VI-iv-V7"},
    {"deep-house", "I-iii-IV-iv", "i-VI-bII-VII"},
    {"techno", "I-bVII-IV-I", "i-bII-VII-i"},
    {"jazz", "Imaj7-V7/ii-ii7-V7", "i7-V7/iv-iv7-V7"},
    {"modal", "I7-bVII-bVI-bVII", "i-IV-i-bVII"},
    {"hip-hop", "I-bVI-bVII-I", "i-bVI-V7-i"},
    {"boom-bap", "I-V7/IV-IV-iv", "i-iv-V7-i"},
    {"soul", "I-V7/ii-ii-V", "i-IV-VII-III"},
    {"funk", "I7-bVII7-IV7-I7", "i7-IV7-i7-bVII7"},
    {"ambient", "I-IV-iv-I", "i-VI-IV-i"},
  };

  /** How many presets each style has: 0 is its signature, 1 borrows a chord or adds a secondary dominant. */
  public static final int PRESETS_PER_STYLE = 2;

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
    String s = name.trim()
        .toLowerCase(Locale.ROOT)
        .replace('_', '-')
        .replace(' ', '-')
        .replace("&", "-and-");
    while (s.contains("--")) s = s.replace("--", "-");
    switch (s) {
      case "deephouse":
        return "deep-house";
      case "techhouse":
        return "tech-house";
      case "hiphop":
      case "hip-hop":
      case "rap":
        return "hip-hop";
      case "boombap":
      case "boom-bap":
        return "boom-bap";
      case "dnb":
      case "d-and-b":
      case "drum-n-bass":
      case "drumnbass":
      case "drumandbass":
      case "drum-and-bass":
      case "jungle":
        return "drum-and-bass";
      case "lofi":
      case "lo-fi":
      case "lofi-hip-hop":
        return "lo-fi";
      default:
        return s;
    }
  }

  public static boolean isKnown(String name) {
    return allStyleNames().contains(normalize(name));
  }

  /** Whether a name is one of {@link #BASS_STYLES} in any spelling {@link #normalize} folds ("hip hop" is hiphop). */
  public static boolean isBassStyle(String name) {
    return BASS_STYLES.contains(bassId(normalize(name)));
  }

  /** The bass styles spell hip-hop without the hyphen, as the earlier tool's bass lines were named. */
  private static String bassId(String normalized) {
    return normalized.equals("hip-hop") ? "hiphop" : normalized;
  }

  /** The chord style a name stands for (drum genres map to their nearest chord style). */
  public static String chordStyle(String name) {
    String s = normalize(name);
    if (CHORD_STYLES.contains(s)) return s;
    switch (s) {
      case "tech-house":
        return "house";
      case "trap":
        return "hip-hop";
      case "drum-and-bass":
        return "techno";
      case "lo-fi":
        return "soul";
      case "reggaeton":
        return "house";
      default:
        return "house";
    }
  }

  /** The bass style a name stands for. */
  public static String bassStyle(String name) {
    String s = bassId(normalize(name));
    if (BASS_STYLES.contains(s)) return s;
    switch (s) {
      case "deep-house":
      case "tech-house":
      case "reggaeton":
        return "house";
      case "drum-and-bass":
      case "modal":
        return "techno";
      case "boom-bap":
      case "lo-fi":
        return "hiphop";
      default:
        return "house";
    }
  }

  /** The drum genre a name stands for. */
  public static String drumGenre(String name) {
    String s = normalize(name);
    if (DRUM_GENRES.contains(s)) return s;
    switch (s) {
      case "deep-house":
        return "house";
      case "jazz":
      case "soul":
      case "ambient":
        return "lo-fi";
      case "funk":
        return "boom-bap";
      case "modal":
        return "techno";
      default:
        return "house";
    }
  }

  /**
   * The tempo a producer expects for a style when none is given: drum & bass 174, trap 140 (its
   * half-time feel at 70), boom-bap and hip-hop 90, lo-fi 80, techno 130, house 125, deep house 122.
   */
  public static double defaultTempo(String style) {
    switch (normalize(style)) {
      case "drum-and-bass":
        return 174;
      case "trap":
        return 140;
      case "hip-hop":
      case "hiphop":
      case "boom-bap":
        return 90;
      case "lo-fi":
        return 80;
      case "techno":
      case "modal":
        return 130;
      case "tech-house":
        return 125;
      case "deep-house":
        return 122;
      case "reggaeton":
        return 95;
      case "jazz":
        return 120;
      case "soul":
        return 96;
      case "funk":
        return 108;
      case "ambient":
        return 70;
      default:
        return 125; // house
    }
  }

  /**
   * The swing (percent, 50 = straight) a style plays with when none is given: the hip-hop family is
   * swung on 16ths (boom-bap 60, lo-fi 62, hip-hop 57), jazz on 8ths; house and soul lean a little.
   */
  public static double defaultSwing(String style) {
    switch (normalize(style)) {
      case "boom-bap":
        return 60;
      case "lo-fi":
        return 62;
      case "hip-hop":
      case "hiphop":
        return 57;
      case "jazz":
        return 62;
      case "deep-house":
      case "tech-house":
      case "soul":
      case "funk":
        return 54;
      case "house":
        return 52;
      default:
        return 50;
    }
  }

  /** The grid the style swings on: 8 for jazz (swung 8th notes), else 16. */
  public static int swingGrid(String style) {
    return normalize(style).equals("jazz") ? 8 : 16;
  }

  // {chord style, pattern, rate, gate}: each style's own arpeggio when none is asked for
  private static final String[][] ARPS = {
    {"house", "updown", "1/16", "0.5"},
    {"deep-house", "as-played", "1/8", "0.7"},
    {"techno", "pingpong", "1/16", "0.35"},
    {"jazz", "updown", "1/8t", "0.9"},
    {"modal", "up", "1/8", "0.6"},
    {"hip-hop", "downup", "1/8", "0.7"},
    {"boom-bap", "down", "1/8", "0.8"},
    {"soul", "updown", "1/8", "0.8"},
    {"funk", "as-played", "1/16", "0.5"},
    {"ambient", "up", "1/4", "1.0"},
  };

  private static String[] arp(String style) {
    String s = chordStyle(style);
    for (String[] a : ARPS) if (a[0].equals(s)) return a;
    return ARPS[0];
  }

  /** The arpeggio pattern a style plays when none is given. */
  public static String arpPattern(String style) {
    return arp(style)[1];
  }

  /** The arpeggio rate a style plays when none is given. */
  public static String arpRate(String style) {
    return arp(style)[2];
  }

  /** The arpeggio gate a style plays when none is given. */
  public static double arpGate(String style) {
    return Double.parseDouble(arp(style)[3]);
  }

  /**
   * General MIDI program (0-based) for a part in a style, so that a GM player sounds each track as
   * its instrument: electric piano or pads for chords, finger, synth or 808-like bass, a lead or
   * pluck for the arpeggio (drums play on channel 10 whatever the program).
   */
  public static int gmProgram(Part part, String style, String voicing) {
    String s = normalize(style);
    switch (part) {
      case BASS: {
        String b = bassStyle(s);
        if (b.equals("jazz")) return 32; // acoustic bass
        if (b.equals("funk") || b.equals("soul")) return 33; // finger bass
        if (b.equals("trap")) return 38; // synth bass 1 (808-like sub)
        if (b.equals("ambient")) return 39; // synth bass 2
        return 38;
      }
      case ARP:
        if (chordStyle(s).equals("ambient")) return 88; // new age pad
        if (chordStyle(s).equals("jazz") || chordStyle(s).equals("soul")) return 11; // vibraphone
        return 81; // lead 2 (sawtooth)
      case DRUMS:
        return 0;
      default:
        if (voicing != null && voicing.equals("pads")) return 89; // warm pad
        switch (chordStyle(s)) {
          case "jazz":
          case "soul":
          case "funk":
          case "hip-hop":
          case "boom-bap":
            return 4; // electric piano
          case "ambient":
            return 89;
          case "deep-house":
            return 4;
          default:
            return 90; // polysynth
        }
    }
  }

  /** The parsed presets, {major, minor} per chord style, in CHORD_STYLES order (parsed once; immutable). */
  private static final Progression[][] PARSED_PRESETS = new Progression[PRESETS.length][];

  /** Parsed colour presets, as PARSED_PRESETS. */
  private static final Progression[][] PARSED_COLOUR_PRESETS =
      new Progression[COLOUR_PRESETS.length][];

  static {
    for (int i = 0; i < PRESETS.length; i++) {
      PARSED_PRESETS[i] =
          new Progression[] {Progression.parse(PRESETS[i][1]), Progression.parse(PRESETS[i][2])};
      PARSED_COLOUR_PRESETS[i] = new Progression[] {
        Progression.parse(COLOUR_PRESETS[i][1]), Progression.parse(COLOUR_PRESETS[i][2])
      };
    }
  }

  /** The parsed preset progression of a chord style for a major or minor key. */
  static Progression presetProgression(String style, boolean minor) {
    return presetProgression(style, minor, 0);
  }

  /** The parsed preset {@code index} (0 or 1, see {@link #PRESETS_PER_STYLE}) of a chord style. */
  static Progression presetProgression(String style, boolean minor, int index) {
    String s = chordStyle(style);
    for (int i = 0; i < PRESETS.length; i++) {
      if (PRESETS[i][0].equals(s))
        return (index == 0 ? PARSED_PRESETS : PARSED_COLOUR_PRESETS)[i][minor ? 1 : 0];
    }
    throw new IllegalArgumentException("no preset for style " + style);
  }

  /** The preset progression of a chord style for a major or minor key. */
  public static String preset(String style, boolean minor) {
    return preset(style, minor, 0);
  }

  /** Preset {@code index} of a chord style: 0 its signature, 1 with a borrowed chord or secondary dominant. */
  public static String preset(String style, boolean minor, int index) {
    String s = chordStyle(style);
    String[][] table = index == 0 ? PRESETS : COLOUR_PRESETS;
    for (String[] p : table) if (p[0].equals(s)) return minor ? p[2] : p[1];
    throw new IllegalArgumentException("no preset for style " + style);
  }
}
