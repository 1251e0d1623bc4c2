package ai.sergik.generate;

import ai.sergik.music.Key;
import ai.sergik.music.Progression;

/**
 * Everything a generator needs: part, key, style, progression, length, tempo, swing and seed, and each part's
 * own options ({@link ChordOptions}, {@link BassOptions}, {@link ArpOptions}, {@link DrumOptions},
 * {@link MelodyOptions}). Immutable; {@link #builder()} starts from the defaults below (those of the earlier
 * HTTP tool), {@link #newBuilder()} from this request. {@link Builder#build()} rejects every out-of-range value
 * with a message naming the field, the value and what is accepted.
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
  public static final long DEFAULT_SEED = 0;

  private final Part part;
  private final Key key;
  private final Style style;
  private final String progression;
  private final Progression parsedProgression;
  private final int bars;
  private final double tempo;
  private final double swing;
  private final long seed;
  private final ChordOptions chords;
  private final BassOptions bass;
  private final ArpOptions arp;
  private final DrumOptions drums;
  private final MelodyOptions melody;

  private GenerationRequest(
      Builder b, Key key, Style style, Progression parsedProgression, ChordOptions chords) {
    this.part = b.part;
    this.key = key;
    this.style = style;
    this.progression = b.progression;
    this.parsedProgression = parsedProgression;
    this.bars = b.bars;
    this.seed = b.seed;
    this.chords = chords;
    this.arp = new ArpOptions(b, style.chords());
    this.drums = new DrumOptions(b, style);
    this.bass = new BassOptions(b, style);
    this.melody = new MelodyOptions(b);
    // a drum genre that was asked for sets the groove's tempo and feel, else the style does
    Style groove = drums.asked() != null ? drums.asked().style() : style;
    this.tempo = Double.isNaN(b.tempo) ? groove.tempo() : b.tempo;
    this.swing = Double.isNaN(b.swing) ? groove.swing() : b.swing;
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

  /** The style asked for (house, deep-house, hip-hop ...); each part plays what it stands for. */
  public Style style() {
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
    return ModalProgressions.preset(style.chords(), key, chords.preset());
  }

  public int bars() {
    return bars;
  }

  public double tempo() {
    return tempo;
  }

  public long seed() {
    return seed;
  }

  /**
   * Swing in percent (50 = straight) on the style's grid ({@link Style#swingGrid}), applied by the
   * generators themselves so that every part of one groove swings alike; the style's own feel
   * ({@link Style#swing}) unless one was given.
   */
  public double swing() {
    return swing;
  }

  /** The chords' voicing, colours and layout, which the harmony of every pitched part follows. */
  public ChordOptions chords() {
    return chords;
  }

  public BassOptions bass() {
    return bass;
  }

  public ArpOptions arp() {
    return arp;
  }

  public DrumOptions drums() {
    return drums;
  }

  public MelodyOptions melody() {
    return melody;
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
        && style == r.style
        && (progression == null ? r.progression == null : progression.equals(r.progression))
        && bars == r.bars
        && Double.compare(tempo, r.tempo) == 0
        && Double.compare(swing, r.swing) == 0
        && seed == r.seed
        && chords.equals(r.chords)
        && bass.equals(r.bass)
        && arp.equals(r.arp)
        && drums.equals(r.drums)
        && melody.equals(r.melody);
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.hashCode(new Object[] {
      part, key, style, progression, bars, tempo, swing, seed, chords, bass, arp, drums, melody
    });
  }

  @Override
  public String toString() {
    return "GenerationRequest{part=" + part + ", key=" + key.code() + ", style=" + style.id()
        + ", progression=" + progression + ", bars=" + bars + ", tempo=" + tempo + ", voicing="
        + chords + ", seed=" + seed + ", arp=" + arp + ", drums=" + drums + ", bass=" + bass
        + ", swing=" + swing + ", melody=" + melody + "}";
  }

  /** Collects fields; {@link #build()} validates them all (each part's in its options). */
  public static final class Builder {
    Part part = DEFAULT_PART;
    String key = DEFAULT_KEY;
    Key keyValue; // set instead of key when the Key is already known (saves parsing it again)
    Progression progressionValue; // the parsed form of progression, when already known
    String style = DEFAULT_STYLE;
    String progression;
    int bars = DEFAULT_BARS;
    double tempo = Double.NaN; // the style's tempo
    double swing = Double.NaN; // the style's swing
    long seed = DEFAULT_SEED;
    int inversion = -1;
    String spread;
    int register = -1;
    int[] topNotes;
    double[] chordBars;
    boolean surprise;
    int preset;
    String voicing = ChordOptions.DEFAULT_VOICING;
    boolean sevenths = ChordOptions.DEFAULT_SEVENTHS;
    boolean ninths = ChordOptions.DEFAULT_NINTHS;
    String arpPattern; // the style's pattern
    String arpRate; // the style's rate
    int arpOctaves = ArpOptions.DEFAULT_OCTAVES;
    double arpGate = Double.NaN; // the style's gate
    String drumGenre;
    int drumVariations = DrumOptions.DEFAULT_VARIATIONS;
    double density = DrumOptions.DEFAULT_DENSITY;
    String bassStyle;
    String melodyInstrument = MelodyOptions.DEFAULT_INSTRUMENT;

    Builder() {}

    Builder(GenerationRequest r) {
      part(r.part)
          .key(r.key)
          .style(r.style.id())
          .bars(r.bars)
          .tempo(r.tempo)
          .swing(r.swing)
          .seed(r.seed);
      progression = r.progression;
      progressionValue = r.parsedProgression;
      r.chords.copyTo(this);
      r.bass.copyTo(this);
      r.arp.copyTo(this);
      r.drums.copyTo(this);
      r.melody.copyTo(this);
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

    /** Any spelling of a {@link Style}. */
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

    /** BPM; without one the style's tempo ({@link Style#tempo}). */
    public Builder tempo(double tempo) {
      this.tempo = tempo;
      return this;
    }

    /** Swing 50..75 %; without one the style's feel ({@link Style#swing}). */
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

    /** An {@link ArpPattern}; null for the chord style's own. */
    public Builder arpPattern(String pattern) {
      this.arpPattern = pattern;
      return this;
    }

    /** An {@link ArpRate}; null for the chord style's own. */
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
          ? MelodyOptions.DEFAULT_INSTRUMENT
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
      Style parsedStyle = Style.parse(style);
      Progression parsedProgression = null;
      if (progression != null) {
        try {
          parsedProgression =
              progressionValue != null ? progressionValue : Progression.parse(progression);
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
      if (!Double.isNaN(swing) && !(swing >= 50 && swing <= 75)) {
        throw new IllegalArgumentException("swing must be 50..75 % (50 = straight), got " + swing);
      }
      return new GenerationRequest(
          this, parsedKey, parsedStyle, parsedProgression, new ChordOptions(this));
    }
  }
}
