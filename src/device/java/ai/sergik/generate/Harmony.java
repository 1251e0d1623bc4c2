package ai.sergik.generate;

import ai.sergik.music.Chord;
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
 * bars (8 bars of four chords: one every 2 bars); with fewer bars the chords share them beat-wise. The
 * progression repeats until the clip is full.
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
    Progression p = r.effectiveProgression();
    Key tonic = p.tonicIn(r.key());
    List<Chord> chords = p.chordsIn(r.key(), r.sevenths(), r.ninths());
    return new Harmony(p, tonic, chords, layout(chords, r.bars()));
  }

  static List<ChordSpan> layout(List<Chord> chords, int bars) {
    int n = chords.size();
    int total = bars * 4;
    int per = bars >= n ? (bars / n) * 4 : Math.max(1, total / n);
    List<ChordSpan> spans = new ArrayList<ChordSpan>();
    int i = 0;
    for (int start = 0; start < total; start += per, i++) {
      int len = Math.min(per, total - start);
      spans.add(new ChordSpan(chords.get(i % n), i % n, start, len));
    }
    return Collections.unmodifiableList(spans);
  }

  public Progression progression() { return progression; }

  /** The key the progression is played in. */
  public Key tonic() { return tonic; }

  /** One chord per symbol of the progression. */
  public List<Chord> chords() { return chords; }

  /** The chords in time, repeating the progression to fill the clip. */
  public List<ChordSpan> spans() { return spans; }

  /** The chord names, one per symbol: [Bm7, Gmaj7, Dmaj7, A7]. */
  public List<String> chordNames() {
    List<String> names = new ArrayList<String>(chords.size());
    for (Chord c : chords) names.add(c.name());
    return Collections.unmodifiableList(names);
  }
}
