package ai.sergik.generate;

import ai.sergik.music.Key;
import ai.sergik.music.Progression;
import java.util.List;
import java.util.Locale;

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
    this.tempo = b.tempo;
    this.voicing = b.voicing.trim().toLowerCase(Locale.ROOT);
    this.sevenths = b.sevenths;
    this.ninths = b.ninths;
    this.seed = b.seed;
    this.arpPattern = b.arpPattern.trim().toLowerCase(Locale.ROOT).replace("_", "-");
    this.arpRate = b.arpRate.trim().toLowerCase(Locale.ROOT);
    this.arpOctaves = b.arpOctaves;
    this.arpGate = b.arpGate;
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

  public static Builder builder() { return new Builder(); }

  public Builder newBuilder() { return new Builder(this); }

  public Part part() { return part; }

  /** The key as asked for (a minor progression may be played in its relative; see {@link Generation#tonic()}). */
  public Key key() { return key; }

  /** Canonical style id ("house", "deep-house", "hip-hop"...). */
  public String style() { return style; }

  /** The Roman-numeral progression, or null for the style's preset. */
  public String progression() { return progression; }

  /**
   * The progression that will be played: the one asked for, or the style preset for the key's mode (a
   * modal key gets one of {@link ModalProgressions}). In a modal key {@link #DEFAULT_PROGRESSION}, which
   * the HTTP endpoints and the device send when nobody chose one, also gives way to the mode's preset:
   * its {@code VI} and {@code III} are aeolian chords that would leave the mode.
   */
  public Progression effectiveProgression() {
    boolean standIn = key.isModal() && DEFAULT_PROGRESSION.equals(progression);
    return parsedProgression != null && !standIn ? parsedProgression : ModalProgressions.preset(chordStyle, key);
  }

  public int bars() { return bars; }

  public double tempo() { return tempo; }

  public String voicing() { return voicing; }

  public boolean sevenths() { return sevenths; }

  public boolean ninths() { return ninths; }

  public long seed() { return seed; }

  public String arpPattern() { return arpPattern; }

  public String arpRate() { return arpRate; }

  public int arpOctaves() { return arpOctaves; }

  public double arpGate() { return arpGate; }

  /** The drum genre asked for, or null to derive it from the style. */
  public String drumGenre() { return drumGenre; }

  /** The drum genre that will be played. */
  public String effectiveDrumGenre() { return effectiveDrumGenre; }

  public int drumVariations() { return drumVariations; }

  public double density() { return density; }

  /** The bass style asked for, or null to derive it from the style. */
  public String bassStyle() { return bassStyle; }

  /** The melody's instrument ({@link MelodyInstrument}): lead, pluck, piano, bell, flute, sax, vocal or bass. */
  public String melodyInstrument() { return melodyInstrument; }

  /** The bass style that will be played. */
  public String effectiveBassStyle() { return effectiveBassStyle; }

  /** The chord style the style name stands for (drum genres map to their nearest chord style). */
  public String chordStyle() { return chordStyle; }

  /** Length in beats (4/4). */
  public double lengthBeats() { return bars * 4.0; }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof GenerationRequest)) return false;
    GenerationRequest r = (GenerationRequest) o;
    return part == r.part && key == r.key && style.equals(r.style) && eq(progression, r.progression)
        && bars == r.bars && Double.compare(tempo, r.tempo) == 0 && voicing.equals(r.voicing)
        && sevenths == r.sevenths && ninths == r.ninths && seed == r.seed && arpPattern.equals(r.arpPattern)
        && arpRate.equals(r.arpRate) && arpOctaves == r.arpOctaves && Double.compare(arpGate, r.arpGate) == 0
        && eq(drumGenre, r.drumGenre) && drumVariations == r.drumVariations
        && Double.compare(density, r.density) == 0 && eq(bassStyle, r.bassStyle)
        && melodyInstrument.equals(r.melodyInstrument);
  }

  private static boolean eq(Object a, Object b) { return a == null ? b == null : a.equals(b); }

  @Override
  public int hashCode() {
    return java.util.Arrays.hashCode(new Object[] {part, key, style, progression, bars, tempo, voicing, sevenths,
        ninths, seed, arpPattern, arpRate, arpOctaves, arpGate, drumGenre, drumVariations, density, bassStyle,
        melodyInstrument});
  }

  @Override
  public String toString() {
    return "GenerationRequest{part=" + part + ", key=" + key.code() + ", style=" + style
        + ", progression=" + progression + ", bars=" + bars + ", tempo=" + tempo + ", voicing=" + voicing
        + ", sevenths=" + sevenths + ", ninths=" + ninths + ", seed=" + seed + ", arp=" + arpPattern + " "
        + arpRate + " x" + arpOctaves + " gate " + arpGate + ", drums=" + drumGenre + " variations "
        + drumVariations + " density " + density + ", bass=" + bassStyle + ", melody=" + melodyInstrument + "}";
  }

  /** Collects fields; {@link #build()} validates them all. */
  public static final class Builder {
    private Part part = DEFAULT_PART;
    private String key = DEFAULT_KEY;
    private Key keyValue; // set instead of key when the Key is already known (saves parsing it again)
    private Progression progressionValue; // the parsed form of progression, when already known
    private String style = DEFAULT_STYLE;
    private String progression;
    private int bars = DEFAULT_BARS;
    private double tempo = DEFAULT_TEMPO;
    private String voicing = DEFAULT_VOICING;
    private boolean sevenths = DEFAULT_SEVENTHS;
    private boolean ninths = DEFAULT_NINTHS;
    private long seed = DEFAULT_SEED;
    private String arpPattern = DEFAULT_ARP_PATTERN;
    private String arpRate = DEFAULT_ARP_RATE;
    private int arpOctaves = DEFAULT_ARP_OCTAVES;
    private double arpGate = DEFAULT_ARP_GATE;
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
    }

    public Builder part(Part part) { this.part = part; return this; }

    /** Also accepts "chords", "bass", "arp"/"arpeggio", "drums". */
    public Builder part(String part) { this.part = Part.parse(part); return this; }

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

    public Builder style(String style) { this.style = style; return this; }

    /** A Roman-numeral progression; null or blank for the style's preset. */
    public Builder progression(String progression) {
      this.progression = progression == null || progression.trim().isEmpty() ? null : progression.trim();
      this.progressionValue = null;
      return this;
    }

    public Builder bars(int bars) { this.bars = bars; return this; }

    public Builder tempo(double tempo) { this.tempo = tempo; return this; }

    public Builder voicing(String voicing) { this.voicing = voicing; return this; }

    public Builder sevenths(boolean sevenths) { this.sevenths = sevenths; return this; }

    public Builder ninths(boolean ninths) { this.ninths = ninths; return this; }

    public Builder seed(long seed) { this.seed = seed; return this; }

    public Builder arpPattern(String pattern) { this.arpPattern = pattern; return this; }

    public Builder arpRate(String rate) { this.arpRate = rate; return this; }

    public Builder arpOctaves(int octaves) { this.arpOctaves = octaves; return this; }

    public Builder arpGate(double gate) { this.arpGate = gate; return this; }

    /** A drum genre; null to derive it from the style. */
    public Builder drumGenre(String genre) { this.drumGenre = genre == null || genre.trim().isEmpty() ? null : genre; return this; }

    public Builder drumVariations(int variations) { this.drumVariations = variations; return this; }

    public Builder density(double density) { this.density = density; return this; }

    /** A bass style; null to derive it from the style. */
    public Builder bassStyle(String style) { this.bassStyle = style == null || style.trim().isEmpty() ? null : style; return this; }

    /** The melody's instrument: lead, pluck, piano, bell, flute, sax, vocal, bass (sets the register). */
    public Builder melodyInstrument(String instrument) {
      this.melodyInstrument = instrument == null || instrument.trim().isEmpty() ? DEFAULT_MELODY_INSTRUMENT : instrument;
      return this;
    }

    public GenerationRequest build() {
      if (part == null) throw new IllegalArgumentException("part is missing; use chords, bass, arp, drums or melody");
      if (key == null) throw new IllegalArgumentException("key is missing; use " + Key.ACCEPTED_FORMS);
      Key parsedKey;
      try {
        parsedKey = keyValue != null ? keyValue : Key.parse(key);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("key: " + e.getMessage(), e);
      }
      if (style == null || !Styles.isKnown(style)) {
        throw new IllegalArgumentException("style \"" + style + "\" is unknown; use one of " + join(Styles.allStyleNames()));
      }
      if (progression != null) {
        try {
          if (progressionValue == null) progressionValue = Progression.parse(progression);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("progression: " + e.getMessage(), e);
        }
      }
      if (bars < MIN_BARS || bars > MAX_BARS) {
        throw new IllegalArgumentException("bars must be " + MIN_BARS + ".." + MAX_BARS + ", got " + bars);
      }
      if (!(tempo >= MIN_TEMPO && tempo <= MAX_TEMPO)) {
        throw new IllegalArgumentException("tempo must be " + (int) MIN_TEMPO + ".." + (int) MAX_TEMPO + " BPM, got " + tempo);
      }
      oneOf("voicing", voicing, Styles.VOICINGS);
      oneOf("arp pattern", arpPattern == null ? null : arpPattern.replace("_", "-"), Styles.ARP_PATTERNS);
      oneOf("arp rate", arpRate, Styles.ARP_RATES);
      if (arpOctaves < 1 || arpOctaves > MAX_ARP_OCTAVES) {
        throw new IllegalArgumentException("arp octaves must be 1.." + MAX_ARP_OCTAVES + ", got " + arpOctaves);
      }
      if (!(arpGate >= MIN_ARP_GATE && arpGate <= MAX_ARP_GATE)) {
        throw new IllegalArgumentException("arp gate must be " + MIN_ARP_GATE + ".." + MAX_ARP_GATE
            + " (fraction of a step), got " + arpGate);
      }
      if (drumGenre != null && !Styles.DRUM_GENRES.contains(Styles.normalize(drumGenre))) {
        throw new IllegalArgumentException("drum genre \"" + drumGenre + "\" is unknown; use one of " + join(Styles.DRUM_GENRES));
      }
      if (drumVariations < 0 || drumVariations > MAX_DRUM_VARIATIONS) {
        throw new IllegalArgumentException("drum variations must be 0.." + MAX_DRUM_VARIATIONS + ", got " + drumVariations);
      }
      if (!(density >= 0 && density <= 1)) {
        throw new IllegalArgumentException("density must be 0..1, got " + density);
      }
      if (bassStyle != null) {
        String b = Styles.normalize(bassStyle);
        if (!Styles.BASS_STYLES.contains(b) && !b.equals("hip-hop")) {
          throw new IllegalArgumentException("bass style \"" + bassStyle + "\" is unknown; use one of " + join(Styles.BASS_STYLES));
        }
      }
      MelodyInstrument.parse(melodyInstrument); // names the accepted instruments when it is unknown
      return new GenerationRequest(this, parsedKey, progression, progression == null ? null : progressionValue);
    }

    private static void oneOf(String field, String value, List<String> accepted) {
      String v = value == null ? null : value.trim().toLowerCase(Locale.ROOT);
      if (v == null || !accepted.contains(v)) {
        throw new IllegalArgumentException(field + " \"" + value + "\" is unknown; use one of " + join(accepted));
      }
    }

    private static String join(List<String> items) {
      StringBuilder sb = new StringBuilder();
      for (String s : items) sb.append(sb.length() == 0 ? "" : ", ").append(s);
      return sb.toString();
    }
  }
}
