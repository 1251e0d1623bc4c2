package ai.sergik.analysis;

import ai.sergik.music.Key;

/**
 * Key from a 12-bin chroma: Pearson correlation with the 24 rotations of a major and a minor key
 * profile. The profiles are Faraldo et al.'s for electronic dance music ("edma"; Faraldo, Gómez, Jordà and
 * Herrera, Key Estimation in Electronic Dance Music, 2016), measured on audio of the music producers make: on 14
 * released recordings (the dev corpus) they give MIREX 0.79 where Sha'ath's (KeyFinder) give 0.66,
 * Krumhansl–Kessler 0.60 and Temperley 0.53, and they keep the rendered test music at 48/48.
 *
 * <p>The whole-track chroma cannot tell apart keys that share most of their notes when the music gives
 * their chords equal time: a loop of C-G-Am-F and one of Am-F-C-G have the same chroma, yet the first is
 * in C major and the second in A minor. Only where the music starts tells them apart. So every key whose
 * correlation is within {@link #CONTENDER_MARGIN} of the best is a contender, and among the contenders
 * the key with the highest correlation plus {@link #OPENING_WEIGHT} times its correlation with the
 * opening chroma (the first chord or so, see {@link ChromaAnalyzer#openingChroma()}) wins. A key that leads
 * clearly is never overturned by an opening on another chord.
 *
 * <p>Confidence is the chosen key's lead in correlation over the runner-up (see {@link #FULL_CONFIDENCE_LEAD}),
 * so it is 0 when two keys tie or the opening chose a key the whole track ranks lower.
 */
final class KeyDetector {
  static final double[] MAJOR = {
    1.00, 0.29, 0.50, 0.40, 0.60, 0.56, 0.32, 0.80, 0.31, 0.45, 0.42, 0.39
  };
  static final double[] MINOR = {
    1.00, 0.31, 0.44, 0.58, 0.33, 0.49, 0.29, 0.78, 0.43, 0.29, 0.53, 0.32
  };
  /**
   * How far below the best whole-track correlation a key may be and still win by its opening. Measured on the
   * engine's loops ({@code scripts/bench-analysis engine}: 240 loops, and 120 after a drum intro), exact keys rise
   * with the margin (0: 74.6 / 78.3 %, 0.15: 91.7 / 94.2 %, 0.25: 97.5 / 97.5 %) and stay level to 0.5; the
   * smallest margin at the top is used, so that the opening decides as rarely as it can.
   */
  static final double CONTENDER_MARGIN = 0.25;
  /** Weight of a contender's fit to the opening against its fit to the whole track (0.7: 95.4 / 94.2 %, 1.0 and 1.5: 97.5 / 97.5 %). */
  static final double OPENING_WEIGHT = 1.0;

  /**
   * The margin for every other key (a fifth away, say): those differ from the leader by a note the whole-track
   * chroma does hear, so only a lead under 0.1 (under confidence 0.8, see {@link #FULL_CONFIDENCE_LEAD}) is left
   * to the opening. On the engine's loops, which open on the tonic chord, 0.05 left keys on their dominant that
   * 0.1 sets right (soul 18 -> 22, deep-house 19 -> 20, jazz 14 -> 16 of 24); a released track (real_13 of the dev
   * corpus) was moved a fifth off from a lead of 0.13.
   */
  static final double NEIGHBOUR_MARGIN = 0.1;
  /**
   * How well the opening must fit a key to speak for it. The engine's loops open on a plain tonic chord (fit about
   * 0.7-0.9); released tracks often open on a riff, a pickup or a filtered pad that fits no key (the dev corpus of
   * real recordings has openings at -0.4 to 0.3 that moved clear keys to a wrong one).
   */
  static final double OPENING_MIN_FIT = 0.5;

  /**
   * An opening whose best key fits it this well states that key: a plain tonic chord fits its key at 0.8-0.94. Such a
   * key may win from {@link #STATED_MARGIN} below the leader, when its scale shares six or seven notes with the
   * leader's (see {@link #scalesShareSixNotes}). Loops whose chords take equal time put a neighbouring key first in
   * the whole track: the major key a tone below a minor tonic for i-iv-VII-III (deep house, A minor read as G major,
   * leads 0.11-0.28), the relative major for i-VI-III-VII (house, leads 0.26-0.32). On the engine's loops
   * ({@code scripts/bench-analysis engine}) a fit of 0.75 / 0.8 / 0.85 gives 226 / 226 / 222 of 240 with a margin of
   * 0.35 (217 without), the margin 0.3 / 0.35 / 0.5 gives 224 / 226 / 226; the dev corpus of released recordings is
   * unchanged by any of them (its clear openings state the key the whole track leads with).
   */
  static final double STATED_OPENING_FIT = 0.8;
  /** See {@link #STATED_OPENING_FIT}. */
  static final double STATED_MARGIN = 0.35;

  /**
   * Lead in correlation over the runner-up that counts as full confidence; confidence is the lead over this,
   * capped at 1. Calibrated on the dev corpus of released recordings: every key with a lead of 0.1 or more
   * (confidence 0.8) was exact, and the neighbours a key is confused with (fifth, relative, parallel) were all
   * within 0.1. The softmax weight used before gave 0.81 and 0.86 to a wrong fifth and relative with these profiles.
   */
  static final double FULL_CONFIDENCE_LEAD = 0.125;
  /** Below this confidence the key is marked as unsure in the table, the text summary and the picture. */
  public static final double UNSURE_BELOW = 0.5;

  private KeyDetector() {}

  /**
   * A key with its confidence, the runner-up, the best whole-track correlation (for the atonality check) and
   * whether the opening chose it over the key the whole track leads with.
   */
  record KeyEstimate(
      Key key, double confidence, Key runnerUp, double correlation, boolean setByOpening) {}

  /** The key of a whole-track chroma, with the opening's chroma (null when unknown) deciding among close keys. */
  static KeyEstimate detect(double[] chroma, double[] opening) {
    double[] scores = scores(chroma);
    int leader = 0;
    for (int i = 1; i < 24; i++) if (scores[i] > scores[leader]) leader = i;
    int best = leader;
    if (opening != null) {
      double[] openingScores = scores(opening);
      int stated = 0;
      for (int k = 1; k < 24; k++) if (openingScores[k] > openingScores[stated]) stated = k;
      boolean clear =
          openingScores[stated] >= STATED_OPENING_FIT && scalesShareSixNotes(leader, stated);
      for (int k = 0; k < 24; k++) {
        double margin = sharesTonicOrNotes(leader, k) ? CONTENDER_MARGIN : NEIGHBOUR_MARGIN;
        if (clear && k == stated) margin = Math.max(margin, STATED_MARGIN);
        boolean contender =
            scores[leader] - scores[k] < margin && openingScores[k] >= OPENING_MIN_FIT;
        if (contender
            && scores[k] + OPENING_WEIGHT * openingScores[k]
                > scores[best] + OPENING_WEIGHT * openingScores[best]) {
          best = k;
        }
      }
    }
    int second = -1;
    for (int i = 0; i < 24; i++)
      if (i != best && (second < 0 || scores[i] > scores[second])) second = i;
    double lead = Math.max(0, scores[best] - scores[second]);
    double confidence = Math.min(1, lead / FULL_CONFIDENCE_LEAD);
    return new KeyEstimate(
        key(best),
        Math.round(confidence * 1000) / 1000.0,
        key(second),
        scores[best],
        best != leader);
  }

  /** The same key, its parallel (same tonic) or its relative (same notes): the keys a whole-track chroma cannot separate. */
  static boolean sharesTonicOrNotes(int a, int b) {
    int ta = a % 12, tb = b % 12;
    boolean majorA = a < 12, majorB = b < 12;
    if (ta == tb) return true;
    if (majorA == majorB) return false;
    return majorA ? Math.floorMod(tb - ta, 12) == 9 : Math.floorMod(ta - tb, 12) == 9;
  }

  /**
   * Whether the two keys' scales (natural minor for a minor key) share at least six of their seven notes: the same
   * scale or one a fifth away, one step on the Camelot wheel in any direction.
   */
  static boolean scalesShareSixNotes(int a, int b) {
    int d = Math.floorMod(majorScaleRoot(a) - majorScaleRoot(b), 12);
    return d == 0 || d == 5 || d == 7;
  }

  private static int majorScaleRoot(int index) {
    return index < 12 ? index : (index % 12 + 3) % 12;
  }

  /** Correlations with the 24 keys: index 0..11 the major keys on C..B, 12..23 the minor ones. */
  private static double[] scores(double[] chroma) {
    double[] scores = new double[24];
    for (int t = 0; t < 12; t++) {
      scores[t] = correlation(chroma, MAJOR, t);
      scores[12 + t] = correlation(chroma, MINOR, t);
    }
    return scores;
  }

  private static Key key(int index) {
    return Key.of(index % 12, index >= 12);
  }

  /** Correlation of the chroma with the profile rotated so that its tonic is pitch class {@code tonic}. */
  static double correlation(double[] chroma, double[] profile, int tonic) {
    double mc = 0, mp = 0;
    for (int i = 0; i < 12; i++) {
      mc += chroma[i];
      mp += profile[i];
    }
    mc /= 12;
    mp /= 12;
    double sxy = 0, sxx = 0, syy = 0;
    for (int i = 0; i < 12; i++) {
      double x = chroma[(i + tonic) % 12] - mc, y = profile[i] - mp;
      sxy += x * y;
      sxx += x * x;
      syy += y * y;
    }
    return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
  }
}
