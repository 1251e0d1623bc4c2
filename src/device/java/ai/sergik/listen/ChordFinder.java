package ai.sergik.listen;

import ai.sergik.music.Chord;
import ai.sergik.music.ChordQuality;
import ai.sergik.music.PitchClass;

/**
 * Names the chord of a stretch of notes: every root and quality is scored by how much of what sounds it
 * explains, less what it leaves unexplained and the chord tones it would need that do not sound; the note in
 * the bass favours its own root, and when the bass is another chord tone the chord is an inversion (a slash
 * chord when it is not a chord tone at all).
 */
final class ChordFinder {
  private ChordFinder() {}

  static final ChordQuality[] QUALITIES = {
    ChordQuality.MAJOR,
    ChordQuality.MINOR,
    ChordQuality.DIMINISHED,
    ChordQuality.AUGMENTED,
    ChordQuality.SUS4,
    ChordQuality.SUS2,
    ChordQuality.DOMINANT_SEVEN,
    ChordQuality.MAJOR_SEVEN,
    ChordQuality.MINOR_SEVEN,
    ChordQuality.HALF_DIMINISHED,
    ChordQuality.DIMINISHED_SEVEN,
    ChordQuality.MAJOR_NINE,
    ChordQuality.MINOR_NINE,
    ChordQuality.DOMINANT_NINE,
    ChordQuality.MINOR_ELEVEN
  };
  /** Weight of a sounding note the chord does not explain. */
  static final double UNEXPLAINED = 1.0;
  /** Cost of a chord tone that does not sound, as a share of the average sounding weight. */
  static final double MISSING = 0.9;
  /** Bonus, as a share of the total, for the chord whose root is in the bass. */
  static final double ROOT_IN_BASS = 0.2;
  /** Each tone beyond a triad needs this share of the average weight more evidence (simpler names win ties). */
  static final double EXTRA_TONE = 0.08;

  /** The best chord for these weights and bass pitch class (-1 for none), spelled with flats when asked. */
  static Chord name(double[] weights, int bass, boolean flats) {
    double total = PitchWeights.total(weights);
    if (total == 0) return null;
    int sounding = 0;
    for (double w : weights) if (w > 0) sounding++;
    double average = total / Math.max(1, sounding);
    Chord best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int root = 0; root < 12; root++) {
      for (ChordQuality q : QUALITIES) {
        boolean[] member = new boolean[12];
        double score = 0;
        for (int interval : q.intervals()) member[PitchClass.normalize(root + interval)] = true;
        for (int pc = 0; pc < 12; pc++) {
          if (member[pc]) {
            score += weights[pc];
            if (weights[pc] == 0) score -= MISSING * average;
          } else {
            score -= UNEXPLAINED * weights[pc];
          }
        }
        score -= EXTRA_TONE * average * Math.max(0, q.size() - 3);
        if (bass == root) score += ROOT_IN_BASS * total;
        if (score > bestScore + 1e-9) {
          bestScore = score;
          int chordBass = bass < 0 ? root : bass;
          best = new Chord(root, q, chordBass, flats);
        }
      }
    }
    return best;
  }
}
