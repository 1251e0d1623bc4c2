package ai.sergik.generate;

import java.util.List;
import java.util.Locale;

/**
 * Every name a request may give as its style, with the spellings each is also known by ("hiphop" and "rap" are
 * hip-hop, "DnB" is drum-and-bass), and what the name stands for in each part: its chord style, bass style and
 * drum genre (a "deep house" request gets house drums and a house bass unless told otherwise), and the tempo and
 * swing a producer expects of it. The one place a style's spellings are known; {@link ChordStyle},
 * {@link BassStyle} and {@link DrumGenre} read theirs through {@link #find}.
 */
public enum Style implements Word {
  HOUSE(ChordStyle.HOUSE, BassStyle.HOUSE, DrumGenre.HOUSE, 125, 52),
  DEEP_HOUSE(ChordStyle.DEEP_HOUSE, BassStyle.HOUSE, DrumGenre.HOUSE, 122, 54, "deephouse"),
  TECHNO(ChordStyle.TECHNO, BassStyle.TECHNO, DrumGenre.TECHNO, 130, 50),
  JAZZ(ChordStyle.JAZZ, BassStyle.JAZZ, DrumGenre.LO_FI, 120, 62),
  MODAL(ChordStyle.MODAL, BassStyle.TECHNO, DrumGenre.TECHNO, 130, 50),
  HIP_HOP(ChordStyle.HIP_HOP, BassStyle.HIP_HOP, DrumGenre.HIP_HOP, 90, 57, "hiphop", "rap"),
  BOOM_BAP(ChordStyle.BOOM_BAP, BassStyle.HIP_HOP, DrumGenre.BOOM_BAP, 90, 60, "boombap"),
  SOUL(ChordStyle.SOUL, BassStyle.SOUL, DrumGenre.LO_FI, 96, 54),
  FUNK(ChordStyle.FUNK, BassStyle.FUNK, DrumGenre.BOOM_BAP, 108, 54),
  AMBIENT(ChordStyle.AMBIENT, BassStyle.AMBIENT, DrumGenre.LO_FI, 70, 50),
  TRAP(ChordStyle.HIP_HOP, BassStyle.TRAP, DrumGenre.TRAP, 140, 50),
  TECH_HOUSE(ChordStyle.HOUSE, BassStyle.HOUSE, DrumGenre.TECH_HOUSE, 125, 54, "techhouse"),
  DRUM_AND_BASS(
      ChordStyle.TECHNO,
      BassStyle.TECHNO,
      DrumGenre.DRUM_AND_BASS,
      174,
      50,
      "dnb",
      "d-and-b",
      "drum-n-bass",
      "drumnbass",
      "drumandbass",
      "jungle"),
  LO_FI(ChordStyle.SOUL, BassStyle.HIP_HOP, DrumGenre.LO_FI, 80, 62, "lofi", "lofi-hip-hop"),
  REGGAETON(ChordStyle.HOUSE, BassStyle.HOUSE, DrumGenre.REGGAETON, 95, 50);

  private final ChordStyle chords;
  private final BassStyle bass;
  private final DrumGenre drums;
  private final double tempo;
  private final double swing;

  @SuppressWarnings(
      "ImmutableEnumChecker") // unmodifiable (Word.list), and Java 8 has no immutable list type
  private final List<String> aliases;

  Style(
      ChordStyle chords,
      BassStyle bass,
      DrumGenre drums,
      double tempo,
      double swing,
      String... aliases) {
    this.chords = chords;
    this.bass = bass;
    this.drums = drums;
    this.tempo = tempo;
    this.swing = swing;
    this.aliases = Word.list(aliases);
  }

  /** The chord style the name stands for (drum genres map to their nearest chord style). */
  public ChordStyle chords() {
    return chords;
  }

  /** The bass style the name stands for. */
  public BassStyle bass() {
    return bass;
  }

  /** The drum genre the name stands for. */
  public DrumGenre drums() {
    return drums;
  }

  /**
   * The tempo a producer expects of the style when none is given: drum & bass 174, trap 140 (its half-time feel
   * at 70), boom-bap and hip-hop 90, lo-fi 80, techno 130, house 125, deep house 122.
   */
  public double tempo() {
    return tempo;
  }

  /**
   * The swing (percent, 50 = straight) the style plays with when none is given: the hip-hop family is swung on
   * 16ths (boom-bap 60, lo-fi 62, hip-hop 57), jazz on 8ths; house and soul lean a little.
   */
  public double swing() {
    return swing;
  }

  /** The grid the style swings on: 8 for jazz (swung 8th notes), else 16. */
  public int swingGrid() {
    return this == JAZZ ? 8 : 16;
  }

  /** The other spellings of the style, in the form {@link #canonical} compares. */
  public List<String> aliases() {
    return aliases;
  }

  /** Every style's id, in order: what a request may name. */
  public static List<String> ids() {
    return Word.ids(Style.class);
  }

  /**
   * A style name in the form ids and aliases are compared in: lower case, words joined by '-' ("Deep House" is
   * deep-house, "Drum & Bass" drum-and-bass).
   */
  static String canonical(String name) {
    String s = name.trim()
        .toLowerCase(Locale.ROOT)
        .replace('_', '-')
        .replace(' ', '-')
        .replace("&", "-and-");
    while (s.contains("--")) s = s.replace("--", "-");
    return s;
  }

  /** The style a name spells, in any case, spacing or alias; null when it is none. */
  public static Style find(String name) {
    if (name == null) return null;
    String s = canonical(name);
    for (Style style : values()) {
      if (style.id().equals(s) || style.aliases.contains(s)) return style;
    }
    return null;
  }

  /** Reads any spelling {@link #find} knows; the error lists the ids. */
  public static Style parse(String name) {
    Style style = find(name);
    if (style == null) throw Word.unknown(Style.class, "style", name);
    return style;
  }

  /**
   * The word of a part's vocabulary (a chord style, bass style or drum genre) a name spells: the one that
   * carries the name of the style the name spells, so every alias of a style works for each part that has it.
   *
   * @param field what the name was given as, for the error: {@code bass style}, {@code drum genre} ...
   * @throws IllegalArgumentException that repeats the name and lists the part's ids
   */
  static <E extends Enum<E> & Word> E named(Class<E> kind, String field, String name) {
    Style style = find(name);
    if (style != null) {
      for (E e : kind.getEnumConstants()) {
        if (e.name().equals(style.name())) return e;
      }
    }
    throw Word.unknown(kind, field, name);
  }

  /**
   * General MIDI program (0-based) for a part in this style, so that a GM player sounds each track as its
   * instrument: electric piano or pads for chords, finger, synth or 808-like bass, a lead or pluck for the
   * arpeggio (drums play on channel 10 whatever the program).
   */
  public int gmProgram(Part part, Voicing voicing) {
    switch (part) {
      case BASS:
        return bass.gmProgram();
      case ARP:
        return chords.arpProgram();
      case DRUMS:
        return 0;
      default:
        return voicing == Voicing.PADS ? 89 : chords.chordProgram(); // 89: warm pad
    }
  }

  /** The id, as messages and file names spell it. */
  @Override
  public String toString() {
    return id();
  }
}
