package ai.sergik.generate;

import ai.sergik.music.Key;
import ai.sergik.music.Progression;
import java.util.List;

/**
 * Everything a generator needs: part, key, style, progression, length, tempo and the part's own
 * settings, plus the seed. Immutable; {@link #builder()} starts from the defaults below (those of the
 * earlier HTTP tool), {@link #newBuilder()} from this request. {@link Builder#build()} rejects every
 * out-of-range value with a message naming the field, the value and what is accepted.
 */
public final class GenerationRequest {
  public static final Part DEFAULT_PART = Part.CHORDS;
  public static final String DEFAULT_KEY = "10B";
  public static final String DEFAULT_STYLE = "house";
  /** The earlier tool's {@code progression_type} default; a null progression uses the style's preset instead. */
  public static final String DEFAULT_PROGRESSION = "i-VI-III-VII";

  public static final int DEFAULT_BARS = 8;
  public static final int MIN_BARS = 1;
  public static final int MAX_BARS = 64;
  public static final double DEFAULT_TEMPO = 125;
  public static final double MIN_TEMPO = 20;
  public static final double MAX_TEMPO = 999;
  public static final String DEFAULT_VOICING = "stabs";
  public static final boolean DEFAULT_SEVENTHS = true;
  public static final boolean DEFAULT_NINTHS = false;
  public static final long DEFAULT_SEED = 0;
  public static final String DEFAULT_ARP_PATTERN = "up";
  public static final String DEFAULT_ARP_RATE = "1/16";
  public static final int DEFAULT_ARP_OCTAVES = 1;
  public static final int MAX_ARP_OCTAVES = 4;
  /** Fraction of each arpeggio step that sounds. */
  public static final double DEFAULT_ARP_GATE = 0.8;

  public static final double MIN_ARP_GATE = 0.05;
  public static final double MAX_ARP_GATE = 1.0;
  public static final int DEFAULT_DRUM_VARIATIONS = 4;
  public static final int MAX_DRUM_VARIATIONS = 16;
  /** 0 = sparse, 1 = busy: hat density, ghost notes, percussion. */
  public static final double DEFAULT_DENSITY = 0.5;
  /** The instrument a melody is written for; it sets the register. */
  public static final String DEFAULT_MELODY_INSTRUMENT = "lead";

  public static final int MIN_REGISTER = 24;
  public static final int MAX_REGISTER = 96;
  /** The most a voicing may be inverted (0 = root position .. 3 = seventh in the bass). */
  public static final int MAX_INVERSION = 3;

  private final Part part;
  private final Key key;
  private final String style;
  private final String progression;
  private final int bars;
  private final double tempo;
  private final String voicing;
  private final boolean sevenths;
  private final boolean ninths;
  private final long seed;
  private final String arpPattern;
  private final String arpRate;
  private final int arpOctaves;
  private final double arpGate;
  private final String drumGenre;
  private final int drumVariations;
  private final double density;
  private final String bassStyle;
  private final String melodyInstrument;
  private final double swing;
  private final int inversion;
  private final String spread;
  private final int register;
  private final int[] topNotes;
  private final double[] chordBars;
  private final boolean surprise;
  private final int preset;
  private final Progression parsedProgression;
  private final String chordStyle;
  private final String effectiveBassStyle;
  private final String effectiveDrumGenre;

  private GenerationRequest(Builder b, Key key, String progression, Progression parsedProgression) {
    this.part = b.part;
    this.key = key;
    this.style = Styles.normalize(b.style);
    this.progression = progression;
    this.bars = b.bars;
    this.tempo = Double.isNaN(b.tempo)
        ? Styles.defaultTempo(b.drumGenre != null ? b.drumGenre : style)
        : b.tempo;
    this.voicing = Voicing.parse(b.voicing).id();
    this.sevenths = b.sevenths;
    this.ninths = b.ninths;
    this.seed = b.seed;
    this.arpPattern = b.arpPattern == null
        ? Styles.arpPattern(style)
        : ArpPattern.parse(b.arpPattern).id();
    this.arpRate =
        b.arpRate == null ? Styles.arpRate(style) : ArpRate.parse(b.arpRate).id();
    this.arpOctaves = b.arpOctaves;
    this.arpGate = Double.isNaN(b.arpGate) ? Styles.arpGate(style) : b.arpGate;
    this.swing = Double.isNaN(b.swing)
        ? Styles.defaultSwing(b.drumGenre != null ? b.drumGenre : style)
        : b.swing;
    this.inversion = b.inversion;
    this.spread = b.spread == null ? null : Spread.parse(b.spread).id();
    this.register = b.register;
    this.topNotes = b.topNotes;
    this.chordBars = b.chordBars;
    this.surprise = b.surprise;
    this.preset = b.preset;
    this.drumGenre = b.drumGenre == null ? null : Styles.normalize(b.drumGenre);
    this.drumVariations = b.drumVariations;
    this.density = b.density;
    this.bassStyle = b.bassStyle == null ? null : Styles.bassStyle(b.bassStyle);
    this.melodyInstrument = MelodyInstrument.parse(b.melodyInstrument).id();
    this.parsedProgression = parsedProgression;
    this.chordStyle = Styles.chordStyle(style);
    this.effectiveBassStyle = bassStyle != null ? bassStyle : Styles.bassStyle(style);
    this.effectiveDrumGenre = drumGenre != null ? drumGenre : Styles.drumGenre(style);
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder newBuilder() {
    return new Builder(this);
  }

  public Part part() {
    return part;
  }

  /** The key as asked for (a minor progression may be played in its relative; see {@link Generation#tonic()}). */
  public Key key() {
    return key;
  }

  /** Canonical style id ("house", "deep-house", "hip-hop"...). */
  public String style() {
    return style;
  }

  /** The Roman-numeral progression, or null for the style's preset. */
  public String progression() {
    return progression;
  }

  /**
   * The progression that will be played: the one asked for, or the style preset for the key's mode (a
   * modal key gets one of {@link ModalProgressions}). In a modal key {@link #DEFAULT_PROGRESSION}, which
   * the HTTP endpoints and the device send when nobody chose one, also gives way to the mode's preset:
   * its {@code VI} and {@code III} are aeolian chords that would leave the mode.
   */
  public Progression effectiveProgression() {
    boolean standIn = key.isModal() && DEFAULT_PROGRESSION.equals(progression);
    if (parsedProgression != null && !standIn) return parsedProgression;
    return key.isModal()
        ? ModalProgressions.preset(chordStyle, key, preset)
        : Styles.presetProgression(style, key.isMinor(), preset);
  }

  public int bars() {
    return bars;
  }

  public double tempo() {
    return tempo;
  }

  public String voicing() {
    return voicing;
  }

  public boolean sevenths() {
    return sevenths;
  }

  public boolean ninths() {
    return ninths;
  }

  public long seed() {
    return seed;
  }

  public String arpPattern() {
    return arpPattern;
  }

  public String arpRate() {
    return arpRate;
  }

  public int arpOctaves() {
    return arpOctaves;
  }

  public double arpGate() {
    return arpGate;
  }

  /** The drum genre asked for, or null to derive it from the style. */
  public String drumGenre() {
    return drumGenre;
  }

  /** The drum genre that will be played. */
  public String effectiveDrumGenre() {
    return effectiveDrumGenre;
  }

  public int drumVariations() {
    return drumVariations;
  }

  public double density() {
    return density;
  }

  /** The bass style asked for, or null to derive it from the style. */
  public String bassStyle() {
    return bassStyle;
  }

  /** The melody's instrument ({@link MelodyInstrument}): lead, pluck, piano, bell, flute, sax, vocal or bass. */
  public String melodyInstrument() {
    return melodyInstrument;
  }

  /** The bass style that will be played. */
  public String effectiveBassStyle() {
    return effectiveBassStyle;
  }

  /** The chord style the style name stands for (drum genres map to their nearest chord style). */
  public String chordStyle() {
    return chordStyle;
  }

  /**
   * Swing in percent (50 = straight) on the style's grid ({@link Styles#swingGrid}), applied by the
   * generators themselves so that every part of one groove swings alike; the style's own feel
   * ({@link Styles#defaultSwing}) unless one was given.
   */
  public double swing() {
    return swing;
  }

  /** Chord tone in the lowest voice (0 = root .. 3 = seventh), or -1 for voice-led inversions. */
  public int inversion() {
    return inversion;
  }

  /** How the upper voices stack (close, open, drop-2, drop-3), or null for the voicing's own. */
  public String spread() {
    return spread;
  }

  /** The lowest note of the voicing (MIDI), or -1 for the voicing's own register. */
  public int register() {
    return register;
  }

  /**
   * Top-note targets, one per chord in turn (a melody line across the chords), as MIDI pitches; a
   * negative value -(pc + 1) is a pitch class without octave. Null for none.
   */
  public int[] topNotes() {
    return topNotes == null ? null : topNotes.clone();
  }

  int[] topNotesShared() {
    return topNotes;
  }

  /** Bars per chord, in progression order and repeating; null for the even layout. */
  public double[] chordBars() {
    return chordBars == null ? null : chordBars.clone();
  }

  double[] chordBarsShared() {
    return chordBars;
  }

  /** Which of the style's presets plays without a progression: 0 its signature, 1 its colour preset. */
  public int preset() {
    return preset;
  }

  /** Whether the progression gets seeded borrowed chords and secondary dominants ("surprise me"). */
  public boolean surprise() {
    return surprise;
  }

  /** Length in beats (4/4). */
  public double lengthBeats() {
    return bars * 4.0;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof GenerationRequest)) return false;
    GenerationRequest r = (GenerationRequest) o;
    return part == r.part
        && key == r.key
        && style.equals(r.style)
        && eq(progression, r.progression)
        && bars == r.bars
        && Double.compare(tempo, r.tempo) == 0
        && voicing.equals(r.voicing)
        && sevenths == r.sevenths
        && ninths == r.ninths
        && seed == r.seed
        && arpPattern.equals(r.arpPattern)
        && arpRate.equals(r.arpRate)
        && arpOctaves == r.arpOctaves
        && Double.compare(arpGate, r.arpGate) == 0
        && eq(drumGenre, r.drumGenre)
        && drumVariations == r.drumVariations
        && Double.compare(density, r.density) == 0
        && eq(bassStyle, r.bassStyle)
        && melodyInstrument.equals(r.melodyInstrument)
        && Double.compare(swing, r.swing) == 0
        && inversion == r.inversion
        && eq(spread, r.spread)
        && register == r.register
        && java.util.Arrays.equals(topNotes, r.topNotes)
        && java.util.Arrays.equals(chordBars, r.chordBars)
        && surprise == r.surprise
        && preset == r.preset;
  }

  private static boolean eq(Object a, Object b) {
    return a == null ? b == null : a.equals(b);
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.hashCode(new Object[] {
      part,
      key,
      style,
      progression,
      bars,
      tempo,
      voicing,
      sevenths,
      ninths,
      seed,
      arpPattern,
      arpRate,
      arpOctaves,
      arpGate,
      drumGenre,
      drumVariations,
      density,
      bassStyle,
      swing,
      inversion,
      spread,
      register,
      java.util.Arrays.hashCode(topNotes),
      java.util.Arrays.hashCode(chordBars),
      surprise,
      preset,
      melodyInstrument
    });
  }

  @Override
  public String toString() {
    return "GenerationRequest{part=" + part + ", key=" + key.code() + ", style=" + style
        + ", progression=" + progression + ", bars=" + bars + ", tempo=" + tempo + ", voicing="
        + voicing
        + ", sevenths=" + sevenths + ", ninths=" + ninths + ", seed=" + seed + ", arp=" + arpPattern
        + " "
        + arpRate + " x" + arpOctaves + " gate " + arpGate + ", drums=" + drumGenre + " variations "
        + drumVariations + " density " + density + ", bass=" + bassStyle + ", swing=" + swing
        + (inversion >= 0 ? ", inversion=" + inversion : "")
        + (spread != null ? ", spread=" + spread : "")
        + (register >= 0 ? ", register=" + register : "")
        + (topNotes != null ? ", top=" + java.util.Arrays.toString(topNotes) : "")
        + (chordBars != null ? ", chord bars=" + java.util.Arrays.toString(chordBars) : "")
        + (surprise ? ", surprise" : "") + (preset != 0 ? ", preset=" + preset : "")
        + ", melody=" + melodyInstrument + "}";
  }

  /** Collects fields; {@link #build()} validates them all. */
  public static final class Builder {
    private Part part = DEFAULT_PART;
    private String key = DEFAULT_KEY;
    private Key
        keyValue; // set instead of key when the Key is already known (saves parsing it again)
    private Progression progressionValue; // the parsed form of progression, when already known
    private String style = DEFAULT_STYLE;
    private String progression;
    private int bars = DEFAULT_BARS;
    private double tempo = Double.NaN; // the style's tempo
    private double swing = Double.NaN; // the style's swing
    private int inversion = -1;
    private String spread;
    private int register = -1;
    private int[] topNotes;
    private double[] chordBars;
    private boolean surprise;
    private int preset;
    private String voicing = DEFAULT_VOICING;
    private boolean sevenths = DEFAULT_SEVENTHS;
    private boolean ninths = DEFAULT_NINTHS;
    private long seed = DEFAULT_SEED;
    private String arpPattern; // the style's pattern
    private String arpRate; // the style's rate
    private int arpOctaves = DEFAULT_ARP_OCTAVES;
    private double arpGate = Double.NaN; // the style's gate
    private String drumGenre;
    private int drumVariations = DEFAULT_DRUM_VARIATIONS;
    private double density = DEFAULT_DENSITY;
    private String bassStyle;
    private String melodyInstrument = DEFAULT_MELODY_INSTRUMENT;

    Builder() {}

    Builder(GenerationRequest r) {
      part = r.part;
      keyValue = r.key;
      key = r.key.code();
      progressionValue = r.parsedProgression;
      style = r.style;
      progression = r.progression;
      bars = r.bars;
      tempo = r.tempo;
      voicing = r.voicing;
      sevenths = r.sevenths;
      ninths = r.ninths;
      seed = r.seed;
      arpPattern = r.arpPattern;
      arpRate = r.arpRate;
      arpOctaves = r.arpOctaves;
      arpGate = r.arpGate;
      drumGenre = r.drumGenre;
      drumVariations = r.drumVariations;
      density = r.density;
      bassStyle = r.bassStyle;
      melodyInstrument = r.melodyInstrument;
      swing = r.swing;
      inversion = r.inversion;
      spread = r.spread;
      register = r.register;
      topNotes = r.topNotes;
      chordBars = r.chordBars;
      surprise = r.surprise;
      preset = r.preset;
    }

    public Builder part(Part part) {
      this.part = part;
      return this;
    }

    /** Also accepts "chords", "bass", "arp"/"arpeggio", "drums". */
    public Builder part(String part) {
      this.part = Part.parse(part);
      return this;
    }

    /** Any notation {@link Key#parse} reads. */
    public Builder key(String key) {
      this.key = key;
      this.keyValue = null;
      return this;
    }

    public Builder key(Key key) {
      this.key = key == null ? null : key.code();
      this.keyValue = key;
      return this;
    }

    public Builder style(String style) {
      this.style = style;
      return this;
    }

    /** A Roman-numeral progression; null or blank for the style's preset. */
    public Builder progression(String progression) {
      this.progression =
          progression == null || progression.trim().isEmpty() ? null : progression.trim();
      this.progressionValue = null;
      return this;
    }

    public Builder bars(int bars) {
      this.bars = bars;
      return this;
    }

    /** BPM; without one the style's tempo ({@link Styles#defaultTempo}). */
    public Builder tempo(double tempo) {
      this.tempo = tempo;
      return this;
    }

    /** Swing 50..75 %; without one the style's feel ({@link Styles#defaultSwing}). */
    public Builder swing(double percent) {
      this.swing = percent;
      return this;
    }

    /** Chord tone in the lowest voice (0 = root position .. 3); -1 for voice-led inversions. */
    public Builder inversion(int inversion) {
      this.inversion = inversion;
      return this;
    }

    /** close, open, drop-2 or drop-3; null for the voicing's own. */
    public Builder spread(String spread) {
      this.spread = spread == null || spread.trim().isEmpty() ? null : spread;
      return this;
    }

    /** The voicing's lowest note, MIDI 24..96; -1 for the voicing's own register. */
    public Builder register(int lowestNote) {
      this.register = lowestNote;
      return this;
    }

    /**
     * Top-note targets, one per chord in turn: note names with octaves ("E5 D5 C5 B4", C4 = 60) or
     * without ("E"); null or blank for none.
     */
    public Builder topNotes(String notes) {
      this.topNotes =
          notes == null || notes.trim().isEmpty() ? null : NoteNames.parseTargets(notes);
      return this;
    }

    /** Bars per chord ("2,1,1" or "1 0.5 0.5 2"), repeating over the clip; null or blank for the even layout. */
    public Builder chordBars(String bars) {
      this.chordBars = bars == null || bars.trim().isEmpty() ? null : NoteNames.parseLengths(bars);
      return this;
    }

    /** The style's preset when no progression is given: 0 its signature, 1 its colour preset (borrowed chords). */
    public Builder preset(int index) {
      this.preset = index;
      return this;
    }

    /** Seeded borrowed chords and secondary dominants in the progression. */
    public Builder surprise(boolean surprise) {
      this.surprise = surprise;
      return this;
    }

    public Builder voicing(String voicing) {
      this.voicing = voicing;
      return this;
    }

    public Builder sevenths(boolean sevenths) {
      this.sevenths = sevenths;
      return this;
    }

    public Builder ninths(boolean ninths) {
      this.ninths = ninths;
      return this;
    }

    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    public Builder arpPattern(String pattern) {
      this.arpPattern = pattern;
      return this;
    }

    public Builder arpRate(String rate) {
      this.arpRate = rate;
      return this;
    }

    public Builder arpOctaves(int octaves) {
      this.arpOctaves = octaves;
      return this;
    }

    public Builder arpGate(double gate) {
      this.arpGate = gate;
      return this;
    }

    /** A drum genre; null to derive it from the style. */
    public Builder drumGenre(String genre) {
      this.drumGenre = genre == null || genre.trim().isEmpty() ? null : genre;
      return this;
    }

    public Builder drumVariations(int variations) {
      this.drumVariations = variations;
      return this;
    }

    public Builder density(double density) {
      this.density = density;
      return this;
    }

    /** A bass style; null to derive it from the style. */
    public Builder bassStyle(String style) {
      this.bassStyle = style == null || style.trim().isEmpty() ? null : style;
      return this;
    }

    /** The melody's instrument: lead, pluck, piano, bell, flute, sax, vocal, bass (sets the register). */
    public Builder melodyInstrument(String instrument) {
      this.melodyInstrument = instrument == null || instrument.trim().isEmpty()
          ? DEFAULT_MELODY_INSTRUMENT
          : instrument;
      return this;
    }

    public GenerationRequest build() {
      if (part == null)
        throw new IllegalArgumentException(
            "part is missing; use chords, bass, arp, drums or melody");
      if (key == null)
        throw new IllegalArgumentException("key is missing; use " + Key.ACCEPTED_FORMS);
      Key parsedKey;
      try {
        parsedKey = keyValue != null ? keyValue : Key.parse(key);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("key: " + e.getMessage(), e);
      }
      if (style == null || !Styles.isKnown(style)) {
        throw new IllegalArgumentException(
            "style \"" + style + "\" is unknown; use one of " + join(Styles.allStyleNames()));
      }
      if (progression != null) {
        try {
          if (progressionValue == null) progressionValue = Progression.parse(progression);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("progression: " + e.getMessage(), e);
        }
      }
      if (bars < MIN_BARS || bars > MAX_BARS) {
        throw new IllegalArgumentException(
            "bars must be " + MIN_BARS + ".." + MAX_BARS + ", got " + bars);
      }
      if (!Double.isNaN(tempo) && !(tempo >= MIN_TEMPO && tempo <= MAX_TEMPO)) {
        throw new IllegalArgumentException(
            "tempo must be " + (int) MIN_TEMPO + ".." + (int) MAX_TEMPO + " BPM, got " + tempo);
      }
      Voicing.parse(voicing); // each names the accepted words when the text is none of them
      if (arpPattern != null) ArpPattern.parse(arpPattern);
      if (arpRate != null) ArpRate.parse(arpRate);
      if (spread != null) Spread.parse(spread);
      if (!Double.isNaN(swing) && !(swing >= 50 && swing <= 75)) {
        throw new IllegalArgumentException("swing must be 50..75 % (50 = straight), got " + swing);
      }
      if (preset < 0 || preset >= Styles.PRESETS_PER_STYLE) {
        throw new IllegalArgumentException(
            "preset must be 0 (the style's own) or 1 (with a borrowed chord), got " + preset);
      }
      if (inversion < -1 || inversion > MAX_INVERSION) {
        throw new IllegalArgumentException(
            "inversion must be 0.." + MAX_INVERSION + " (0 = root position), got " + inversion);
      }
      if (register != -1 && (register < MIN_REGISTER || register > MAX_REGISTER)) {
        throw new IllegalArgumentException("register (lowest note) must be MIDI " + MIN_REGISTER
            + ".." + MAX_REGISTER + " (C1..C7), got " + register);
      }
      if (arpOctaves < 1 || arpOctaves > MAX_ARP_OCTAVES) {
        throw new IllegalArgumentException(
            "arp octaves must be 1.." + MAX_ARP_OCTAVES + ", got " + arpOctaves);
      }
      if (!Double.isNaN(arpGate) && !(arpGate >= MIN_ARP_GATE && arpGate <= MAX_ARP_GATE)) {
        throw new IllegalArgumentException("arp gate must be " + MIN_ARP_GATE + ".." + MAX_ARP_GATE
            + " (fraction of a step), got " + arpGate);
      }
      if (drumGenre != null && !Styles.DRUM_GENRES.contains(Styles.normalize(drumGenre))) {
        throw new IllegalArgumentException(
            "drum genre \"" + drumGenre + "\" is unknown; use one of " + join(Styles.DRUM_GENRES));
      }
      if (drumVariations < 0 || drumVariations > MAX_DRUM_VARIATIONS) {
        throw new IllegalArgumentException(
            "drum variations must be 0.." + MAX_DRUM_VARIATIONS + ", got " + drumVariations);
      }
      if (!(density >= 0 && density <= 1)) {
        throw new IllegalArgumentException("density must be 0..1, got " + density);
      }
      if (bassStyle != null) {
        if (!Styles.isBassStyle(bassStyle)) {
          throw new IllegalArgumentException("bass style \"" + bassStyle
              + "\" is unknown; use one of " + join(Styles.BASS_STYLES));
        }
      }
      MelodyInstrument.parse(melodyInstrument); // names the accepted instruments when it is unknown
      return new GenerationRequest(
          this, parsedKey, progression, progression == null ? null : progressionValue);
    }

    private static String join(List<String> items) {
      StringBuilder sb = new StringBuilder();
      for (String s : items) sb.append(sb.length() == 0 ? "" : ", ").append(s);
      return sb.toString();
    }
  }
}
