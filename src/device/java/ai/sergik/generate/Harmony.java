package ai.sergik.generate;

import ai.sergik.music.Chord;
import ai.sergik.music.ChordQuality;
import ai.sergik.music.Key;
import ai.sergik.music.Progression;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The harmony a request implies: the progression (asked for, or the style preset), the key it is played
 * in after the relative-key rule, its chords, and where each chord sits in time. Chords, bass and
 * arpeggios all follow the same harmony.
 *
 * <p>Harmonic rhythm: with at least as many bars as chords, each chord gets {@code bars / chords} whole
 * bars (8 bars of four chords: one every 2 bars); with fewer bars the last bars are shared (halves, then
 * beats), so that every change falls on a bar line, a half bar or a beat and never straddles a bar line.
 * Bars per chord can also be given ({@link GenerationRequest#chordBars()}). The progression repeats
 * until the clip is full.
 *
 * <p>Colour: {@code --ninths} also turns explicit sevenths (jazz's Imaj7, funk's I7) into ninths, and
 * dominants in jazz and funk into thirteenths; deep house plays its minor chords as m9 and its tonic as
 * m11 and its major sevenths as maj9; rootless voicings get their ninths (a rootless seventh chord
 * would be a triad of another root). Extensions are added only where the key's scale has them.
 */
public final class Harmony {
  private final Progression progression;
  private final Key tonic;
  private final List<Chord> chords;
  private final List<ChordSpan> spans;

  private Harmony(Progression progression, Key tonic, List<Chord> chords, List<ChordSpan> spans) {
    this.progression = progression;
    this.tonic = tonic;
    this.chords = chords;
    this.spans = spans;
  }

  public static Harmony of(GenerationRequest r) {
    ChordOptions options = r.chords();
    Progression p = r.effectiveProgression();
    if (options.surprise()) p = Reharmonizer.surprise(p, r.seed());
    Key tonic = p.tonicIn(r.key());
    List<Chord> chords = colour(
        p.chordsIn(r.key(), options.sevenths(), options.ninths()),
        tonic,
        r.style().chords(),
        options);
    double[] chordBars = options.chordBarsShared();
    return new Harmony(
        p,
        tonic,
        chords,
        chordBars != null ? layout(chords, r.bars(), chordBars) : layout(chords, r.bars()));
  }

  private static List<Chord> colour(
      List<Chord> chords, Key tonic, ChordStyle style, ChordOptions options) {
    boolean deep = style == ChordStyle.DEEP_HOUSE && options.sevenths();
    boolean rootless = options.voicing() == Voicing.ROOTLESS;
    boolean ninths = options.ninths() || rootless;
    boolean thirteenths = ninths && (style == ChordStyle.JAZZ || style == ChordStyle.FUNK);
    if (!ninths && !deep) return chords;
    ai.sergik.music.Scale scale = tonic.scale();
    List<Chord> out = new ArrayList<Chord>(chords.size());
    for (Chord c : chords) {
      ChordQuality q = c.quality();
      boolean ninth = scale.contains(c.root() + 2);
      ChordQuality coloured = q;
      if (rootless && q == ChordQuality.MAJOR && ninth) coloured = ChordQuality.ADD9;
      else if (rootless && q == ChordQuality.MINOR && ninth) coloured = ChordQuality.MINOR_ADD9;
      else if (q == ChordQuality.MAJOR_SEVEN && ninth) coloured = ChordQuality.MAJOR_NINE;
      else if (q == ChordQuality.MINOR_SEVEN && ninth) coloured = ChordQuality.MINOR_NINE;
      else if (q == ChordQuality.DOMINANT_SEVEN && ninth) {
        coloured = thirteenths && scale.contains(c.root() + 9)
            ? ChordQuality.DOMINANT_THIRTEEN
            : ChordQuality.DOMINANT_NINE;
      } else if (q == ChordQuality.DOMINANT_NINE && thirteenths && scale.contains(c.root() + 9)) {
        coloured = ChordQuality.DOMINANT_THIRTEEN;
      }
      if (deep
          && (coloured == ChordQuality.MINOR_NINE)
          && c.root() == tonic.tonic()
          && scale.contains(c.root() + 5)) {
        coloured = ChordQuality.MINOR_ELEVEN;
      }
      out.add(coloured == q ? c : c.withQuality(coloured));
    }
    return Collections.unmodifiableList(out);
  }

  /** Beats of each chord sharing a bar: two halves, a half and two beats, or four beats. */
  private static final int[][] SHARED_BAR = {{4}, {2, 2}, {2, 1, 1}, {1, 1, 1, 1}};

  static List<ChordSpan> layout(List<Chord> chords, int bars) {
    int n = chords.size();
    int total = bars * 4;
    List<ChordSpan> spans = new ArrayList<ChordSpan>();
    if (bars >= n) {
      int per = (bars / n) * 4;
      int i = 0;
      for (int start = 0; start < total; start += per, i++) {
        spans.add(new ChordSpan(chords.get(i % n), i % n, start, Math.min(per, total - start)));
      }
      return Collections.unmodifiableList(spans);
    }
    // more chords than bars: the last bars split first (a turnaround), halves before beats
    int[] perBar = new int[bars];
    java.util.Arrays.fill(perBar, 1);
    int extra = Math.min(n, total) - bars;
    while (extra > 0) {
      for (int b = bars - 1; b >= 0 && extra > 0; b--) {
        if (perBar[b] < 4) {
          perBar[b]++;
          extra--;
        }
      }
    }
    int i = 0;
    for (int b = 0; b < bars; b++) {
      int start = b * 4;
      for (int beats : SHARED_BAR[perBar[b] - 1]) {
        spans.add(new ChordSpan(chords.get(i), i, start, beats));
        start += beats;
        i++;
      }
    }
    return Collections.unmodifiableList(spans);
  }

  /** Given bars per chord, cycling over the progression until the clip is full. */
  static List<ChordSpan> layout(List<Chord> chords, int bars, double[] chordBars) {
    int n = chords.size();
    double total = bars * 4;
    List<ChordSpan> spans = new ArrayList<ChordSpan>();
    double start = 0;
    for (int i = 0; start < total - 1e-9; i++) {
      double beats = Math.min(chordBars[i % chordBars.length] * 4, total - start);
      spans.add(new ChordSpan(chords.get(i % n), i % n, start, beats));
      start += beats;
    }
    return Collections.unmodifiableList(spans);
  }

  public Progression progression() {
    return progression;
  }

  /** The key the progression is played in. */
  public Key tonic() {
    return tonic;
  }

  /** One chord per symbol of the progression. */
  public List<Chord> chords() {
    return chords;
  }

  /** The chords in time, repeating the progression to fill the clip. */
  public List<ChordSpan> spans() {
    return spans;
  }

  /** The chord names, one per symbol: [Bm7, Gmaj7, Dmaj7, A7]. */
  public List<String> chordNames() {
    List<String> names = new ArrayList<String>(chords.size());
    for (Chord c : chords) names.add(c.name());
    return Collections.unmodifiableList(names);
  }
}
