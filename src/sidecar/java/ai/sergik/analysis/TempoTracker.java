package ai.sergik.analysis;

import java.util.Arrays;
import java.util.Locale;

/**
 * Tempo, octave choice and beat times from an onset-strength envelope.
 *
 * <ol>
 *   <li>The envelope minus its local mean (half-wave rectified) is autocorrelated. Each candidate
 *       period is scored by the autocorrelation at its first four multiples (a comb), weighted by a
 *       broad prior around 120 BPM; the best candidate fixes the periodicity family.</li>
 *   <li>The family's members inside the range 50–180 BPM are the candidates. When two members are in
 *       range (a track at 80–90 BPM is also 160–180), the faster is taken for a subdivision of the slower
 *       when it has no eighths of its own, or no even pulse (swung eighths); otherwise beats are tracked
 *       at the faster one and the onset strength on alternate beats is compared: a strong/weak
 *       alternation (kick and snare on every other fast beat, hats between) means the slower tempo is
 *       the beat, unless the periodicity at several metrical levels says otherwise. This is the decision
 *       ordinary trackers get wrong for slow tracks, which they report doubled. Under 60 BPM only the
 *       subdivision evidence counts.</li>
 *   <li>Beats are placed by dynamic programming (Ellis 2007): each beat maximises onset strength
 *       plus a penalty on deviating from the period. BPM is the least-squares slope of beat time
 *       against beat number, so it is exact to 0.1 BPM on a steady track.</li>
 * </ol>
 */
final class TempoTracker {
  static final double MIN_BPM = 50, MAX_BPM = 180;
  /**
   * Under this tempo a slow candidate needs the strongest evidence, a fast candidate that is only its subdivision
   * ({@link #UNDIVIDED_BEAT}); alternation and periodicity alone would halve backbeats at 100-119 BPM.
   */
  static final double SLOW_EVIDENCE_BPM = 60;
  /** Strong/weak ratio on alternate fast beats above which the slower tempo wins. */
  static final double ALTERNATION_RATIO = 1.45;
  /** Ratios between these bounds are close calls: the other tempo is reported as the alternative. */
  static final double CLOSE_LOW = 1.15, CLOSE_HIGH = 2.2;

  static final double MIN_SECONDS = 3.0;
  /**
   * Periodicity at the fast candidate's sixteenths, relative to its beat (see {@link #division}), from which the fast
   * beat is counted despite a half-time feel. A kick/snare alternation on the fast candidate says "count the slow
   * one" for boom-bap and soul (hats on the eighths or sixteenths of the slow beat: at most 0.15 on the rendered
   * grooves at 70-99 BPM), but dubstep, trap and drum & bass put the same alternation over a fast beat with its own
   * sixteenths (real_19 of the dev corpus: 0.45), which would be 32nd notes of the slow one. A DJ counts that fast
   * beat; the half-time feel is in the drums.
   */
  static final double SUBDIVIDED_BEAT = 0.3;
  /**
   * Periodicity at the fast candidate's eighths, relative to its beat, from which the fast beat is evenly divided:
   * hats or shuffles as regular between its beats as on them (dubstep, trap, drum &amp; bass and UK garage:
   * 0.6-1.9 on the genre grooves). A slow groove's sixteenths are softer than its eighths (R&amp;B with sixteenth
   * hats: 0.25-0.46). Counted only where the tempo prior favours the fast candidate (see {@link #halfTimePrior}).
   */
  static final double EVEN_DIVISION = 0.55;

  /**
   * Periodicity at the eighths of the fast candidate, relative to its beat (see {@link #division}), under which the
   * fast candidate is taken for the eighths of the slow one when its beats also alternate. Music at a real beat
   * divides it: hats, shakers, arpeggios or off-beat stabs on its eighths (0.3-1.0 on the fast rendered and real
   * tracks whose fast beats alternate at all). When the slow tempo's eighths carry all the onsets — boom-bap, lo-fi,
   * a piano ballad's eighth-note arpeggio, hats on the slow beat's eighths — the fast candidate has nothing between
   * its beats (0.0-0.2), and its alternating beats are the slow beat and its off-beats: the fast candidate is a
   * subdivision, not the beat. A steady four-on-the-floor with nothing between the kicks does not alternate and
   * keeps its fast tempo.
   */
  static final double UNDIVIDED_BEAT = 0.25;
  /**
   * Alternation of the fast candidate's beats that, without eighths between them, shows the slow beat and its
   * off-beats. A four-on-the-floor with a clap on 2 and 4 and hats too quiet to show alternates by 1.0-1.16.
   */
  static final double SUBDIVISION_ALTERNATION = 1.25;
  /**
   * Periodicity at the fast candidate's period relative to the slow one's under which the fast "beat" is no pulse
   * at all: swung eighths of the slow beat put the off-beat at 60-67 % of it, so half the slow period finds nothing.
   */
  static final double UNEVEN_PULSE = 0.2;

  static final double PRIOR_CENTRE_BPM = 125;
  /** A 3:2 rival must be this much more periodic than the octave family's choice to replace it. */
  static final double TERNARY_MARGIN = 1.2;
  /**
   * The octave whose metrical periodicity (eighths, beat and half bar, weighted by the tempo prior; see
   * {@link #metricalScore}) is this much higher than the other's is the beat, whatever the alternation says; the
   * same margin as a 3:2 rival needs. Boom-bap loops whose kick and snare are close in onset strength alternate by
   * only 1.2-1.3 at the doubled tempo, yet their periodicity at 88 BPM is 1.5 times that at 176.
   */
  static final double OCTAVE_MARGIN = 1.2;
  /** Beat-period autocorrelation (relative to lag 0) from which the periodicity counts as fully clear. */
  static final double CLEAR_PERIODICITY = 0.5;

  private static final double TIGHTNESS = 100;

  private TempoTracker() {}

  /**
   * @param bpm null with a reason when no tempo could be found
   * @param beatTimes seconds, empty when bpm is null
   * @param onsetsPerSecond onset density (for the energy level), null for silence
   */
  // Arrays on purpose: long per-frame series for the picture, never compared or hashed (the check's
  // concern is
  // equals/hashCode); boxed lists would cost several times the memory.
  @SuppressWarnings("ArrayRecordComponent")
  record Tempo(
      Double bpm,
      Double confidence,
      Double alternativeBpm,
      double[] beatTimes,
      Double onsetsPerSecond,
      String reason) {}

  static Tempo estimate(double[] envelope, double frameRate) {
    int n = envelope.length;
    if (n < MIN_SECONDS * frameRate) {
      return new Tempo(
          null,
          null,
          null,
          new double[0],
          null,
          String.format(
              Locale.ROOT,
              "too short for tempo (%.1f s, needs %.0f s)",
              n / frameRate,
              MIN_SECONDS));
    }
    double[] o = detrend(envelope, (int) Math.round(frameRate * 0.5));
    double std = Stats.std(o);
    if (!(std > 1e-9))
      return new Tempo(
          null, null, null, new double[0], null, "no onsets (silence or a steady tone)");
    for (int i = 0; i < n; i++) o[i] /= std;
    double onsetRate = onsetsPerSecond(o, frameRate);

    int maxLag = Math.min(n - 1, (int) Math.ceil(4 * 60 * frameRate / 50.0));
    double[] acf = autocorrelation(o, maxLag);
    if (!(acf[0] > 0)) return new Tempo(null, null, null, new double[0], onsetRate, "no onsets");

    double best = Double.NEGATIVE_INFINITY, bestBpm = 0;
    for (double bpm = 50; bpm <= 240; bpm += 0.5) {
      double s = salience(acf, 60 * frameRate / bpm) * prior(bpm);
      if (s > best) {
        best = s;
        bestBpm = bpm;
      }
    }
    if (!(best > 0))
      return new Tempo(null, null, null, new double[0], onsetRate, "no periodic beat found");

    double[] candidates = octaveMembersInRange(bestBpm);
    if (candidates.length == 0) candidates = new double[] {Stats.clamp(bestBpm, MIN_BPM, MAX_BPM)};
    for (int i = 0; i < candidates.length; i++)
      candidates[i] = refine(acf, frameRate, candidates[i]);

    double chosen = candidates[candidates.length - 1];
    Double alternative = null;
    double decision =
        1; // 1 = the octave was never in question, towards 0 as the decision was a close call
    if (candidates.length == 2) {
      double slow = candidates[0], fast = candidates[1];
      int[] fastBeats = trackBeats(o, 60 * frameRate / fast);
      double ratio = alternation(o, fastBeats);
      double fastPeriod = 60 * frameRate / fast;
      double fastEighths = division(acf, fastPeriod, 2);
      boolean halfTimeFeel = division(acf, fastPeriod, 4) >= SUBDIVIDED_BEAT
          || (fastEighths >= EVEN_DIVISION && halfTimePrior(fast));
      double metrical = metricalScore(acf, frameRate, slow) / metricalScore(acf, frameRate, fast);
      double fastPulse = peak(acf, fastPeriod) / peak(acf, 2 * fastPeriod);
      boolean fastIsSubdivision = fastPulse < UNEVEN_PULSE
          || (fastEighths < UNDIVIDED_BEAT && ratio >= SUBDIVISION_ALTERNATION);
      boolean slowBeat;
      if (fastIsSubdivision) slowBeat = true;
      else if (metrical < 1 / OCTAVE_MARGIN) slowBeat = false;
      else if (metrical > OCTAVE_MARGIN && ratio > CLOSE_LOW && !halfTimeFeel) slowBeat = true;
      else slowBeat = ratio >= ALTERNATION_RATIO && !halfTimeFeel;
      if (slow < SLOW_EVIDENCE_BPM && !fastIsSubdivision) slowBeat = false;
      chosen = slowBeat ? slow : fast;
      if (ratio > CLOSE_LOW && ratio < CLOSE_HIGH) alternative = chosen == slow ? fast : slow;
      double byAlternation = halfTimeFeel
          ? 0.8
          : Stats.clamp(
              Math.abs(Math.log(ratio / ALTERNATION_RATIO))
                  / Math.log(CLOSE_HIGH / ALTERNATION_RATIO),
              0,
              1);
      double byPeriodicity = Stats.clamp(Math.abs(Math.log(metrical)) / Math.log(2), 0, 1);
      decision = (slowBeat == (ratio >= ALTERNATION_RATIO && !halfTimeFeel))
          ? Math.max(byAlternation, byPeriodicity)
          : byPeriodicity;
      if (fastIsSubdivision)
        decision = Math.max(decision, Stats.clamp(1 - fastEighths / UNDIVIDED_BEAT, 0, 1));
      else if (slowBeat || (!halfTimeFeel && fastEighths < UNDIVIDED_BEAT)) {
        // the beat's subdivisions do not confirm the choice: a slow backbeat over a fast beat's
        // eighths is also how half-time drums at 140 look, and a pulse with nothing between its
        // beats may be eighths itself
        decision = byPeriodicity;
      }
    }
    double ternary = ternaryRival(acf, frameRate, chosen);
    if (ternary > 0) {
      alternative = chosen;
      chosen = ternary;
      decision = Math.min(decision, 0.7);
    }
    int[] beats = trackBeats(o, 60 * frameRate / chosen);
    double period = regressionPeriod(beats, 60 * frameRate / chosen);
    double bpm = period > 0 ? 60 * frameRate / period : chosen;
    if (Math.abs(bpm - chosen) / chosen > 0.03)
      bpm = chosen; // a drifting track: keep the periodicity estimate
    double[] times = new double[beats.length];
    for (int i = 0; i < beats.length; i++) times[i] = beats[i] / frameRate;
    return new Tempo(
        round1(bpm),
        confidence(acf, 60 * frameRate / chosen, decision),
        alternative == null ? null : round1(alternative),
        times,
        onsetRate,
        null);
  }

  static double round1(double v) {
    return Math.round(v * 10) / 10.0;
  }

  /**
   * Periodicity at a {@code parts}-th of a beat period (2: its eighths, 4: its sixteenths), relative to the beat's
   * own; 0 when the beat has none. How the music divides a candidate beat tells a real beat from a subdivision or a
   * half-time feel (see {@link #SUBDIVIDED_BEAT}, {@link #EVEN_DIVISION}, {@link #UNDIVIDED_BEAT}).
   */
  static double division(double[] acf, double period, int parts) {
    double beat = peak(acf, period);
    return beat > 0 ? peak(acf, period / parts) / beat : 0;
  }

  /**
   * The log-normal prior of {@link #metricalScore} (centred on {@value #PRIOR_CENTRE_BPM} BPM, one octave wide)
   * favours {@code fast} over its half by {@link #OCTAVE_MARGIN} or more: a fast candidate up to 156 BPM. Above it
   * the two octaves are near-equally likely and an evenly divided fast beat is as much a slow groove's sixteenths
   * (trap drums at 78-90 BPM) as a half-time feel.
   */
  static boolean halfTimePrior(double fast) {
    return lognormal125(fast) >= OCTAVE_MARGIN * lognormal125(fast / 2);
  }

  private static double lognormal125(double bpm) {
    double x = Math.log(bpm / PRIOR_CENTRE_BPM) / Math.log(2);
    return Math.exp(-0.5 * x * x);
  }

  /**
   * The tempo 3:2 or 2:3 away from {@code bpm} (inside the producer range) when its metrical periodicity beats
   * that of {@code bpm}, else 0. The periodicity family is chosen by octaves; a track whose strongest comb is on
   * a dotted or triplet level (141 BPM heard as 94) is only put right by comparing the ternary relatives.
   */
  static double ternaryRival(double[] acf, double frameRate, double bpm) {
    double own = metricalScore(acf, frameRate, bpm), best = 0;
    for (double f : new double[] {1.5, 2 / 3.0}) {
      double b = bpm * f;
      if (b < SLOW_EVIDENCE_BPM || b > MAX_BPM) continue;
      b = refine(acf, frameRate, b);
      double s = metricalScore(acf, frameRate, b);
      if (s > TERNARY_MARGIN * own) {
        own = s / TERNARY_MARGIN;
        best = b;
      }
    }
    return best;
  }

  /**
   * Periodicity at three metrical levels around a tempo (its eighths, beats and half bars) weighted by a
   * log-normal tempo prior centred on {@value #PRIOR_CENTRE_BPM} BPM, one octave wide: where producers' and DJs'
   * music sits.
   */
  static double metricalScore(double[] acf, double frameRate, double bpm) {
    double period = 60 * frameRate / bpm;
    return (peak(acf, period / 2) + peak(acf, period) + peak(acf, 2 * period))
        / 3
        * lognormal125(bpm);
  }

  private static double peak(double[] acf, double lag) {
    return Math.max(acfAt(acf, lag), Math.max(acfAt(acf, lag - 0.5), acfAt(acf, lag + 0.5)));
  }

  /** Subtracts a moving average of +-halfWindow frames and keeps the positive part. */
  static double[] detrend(double[] e, int halfWindow) {
    int n = e.length;
    double[] prefix = new double[n + 1];
    for (int i = 0; i < n; i++) prefix[i + 1] = prefix[i] + e[i];
    double[] o = new double[n];
    for (int i = 0; i < n; i++) {
      int lo = Math.max(0, i - halfWindow), hi = Math.min(n, i + halfWindow + 1);
      double mean = (prefix[hi] - prefix[lo]) / (hi - lo);
      o[i] = Math.max(0, e[i] - mean);
    }
    return o;
  }

  static double[] autocorrelation(double[] o, int maxLag) {
    int n = o.length;
    double[] r = new double[maxLag + 1];
    for (int lag = 0; lag <= maxLag; lag++) {
      double s = 0;
      for (int i = 0; i + lag < n; i++) s += o[i] * o[i + lag];
      r[lag] = s / (n - lag);
    }
    return r;
  }

  private static double acfAt(double[] acf, double lag) {
    int i = (int) Math.floor(lag);
    if (i < 0 || i + 1 >= acf.length) return 0;
    double f = lag - i;
    return acf[i] * (1 - f) + acf[i + 1] * f;
  }

  /** Comb score: autocorrelation at the period and its multiples (peaks are taken within +-1 frame). */
  static double salience(double[] acf, double period) {
    double s = 0, w = 0;
    for (int m = 1; m <= 4; m++) {
      double lag = m * period;
      if (lag + 1 >= acf.length) break;
      double v = Math.max(acfAt(acf, lag), Math.max(acfAt(acf, lag - 0.5), acfAt(acf, lag + 0.5)));
      s += v / m;
      w += 1.0 / m;
    }
    return w == 0 ? 0 : s / w;
  }

  /** Log-normal preference around 120 BPM, one octave wide: breaks ties between octaves only gently. */
  static double prior(double bpm) {
    double x = Math.log(bpm / 120) / Math.log(2);
    return Math.exp(-0.5 * x * x);
  }

  static double[] octaveMembersInRange(double bpm) {
    double[] out = new double[4];
    int k = 0;
    for (double f : new double[] {0.25, 0.5, 1, 2, 4}) {
      double b = bpm * f;
      if (b >= MIN_BPM * 0.99 && b <= MAX_BPM * 1.01 && k < out.length) out[k++] = b;
    }
    return Arrays.copyOf(out, k);
  }

  /** Best comb salience within +-4 % of the candidate, in 0.02 BPM steps. */
  static double refine(double[] acf, double frameRate, double bpm) {
    double best = Double.NEGATIVE_INFINITY, bestBpm = bpm;
    for (double b = bpm * 0.96; b <= bpm * 1.04; b += 0.02) {
      double s = salience(acf, 60 * frameRate / b);
      if (s > best) {
        best = s;
        bestBpm = b;
      }
    }
    return bestBpm;
  }

  /** Dynamic-programming beat tracker; returns beat frame indices in order. */
  static int[] trackBeats(double[] o, double period) {
    int n = o.length;
    double[] score = new double[n];
    int[] back = new int[n];
    int lo = (int) Math.round(period / 2), hi = (int) Math.round(period * 2);
    for (int i = 0; i < n; i++) {
      double bestPrev = 0;
      int arg = -1;
      for (int m = i - hi; m <= i - lo; m++) {
        if (m < 0) continue;
        double d = Math.log((i - m) / period);
        double s = score[m] - TIGHTNESS * d * d;
        if (arg < 0 || s > bestPrev) {
          bestPrev = s;
          arg = m;
        }
      }
      score[i] = o[i] + (arg >= 0 ? Math.max(0, bestPrev) : 0);
      back[i] = arg >= 0 && bestPrev > 0 ? arg : -1;
    }
    // end on the best-scoring frame within the last period
    int end = n - 1;
    for (int i = Math.max(0, n - (int) Math.ceil(period)); i < n; i++)
      if (score[i] > score[end]) end = i;
    DoubleList beats = new DoubleList();
    for (int i = end; i >= 0; i = back[i]) beats.add(i);
    int[] out = new int[beats.size()];
    for (int i = 0; i < out.length; i++) out[i] = (int) beats.get(out.length - 1 - i);
    return out;
  }

  /** Mean onset strength on the stronger set of alternate beats over that on the weaker set. */
  static double alternation(double[] o, int[] beats) {
    double even = 0, odd = 0;
    int ne = 0, no = 0;
    for (int i = 0; i < beats.length; i++) {
      double v = localMax(o, beats[i], 2);
      if (i % 2 == 0) {
        even += v;
        ne++;
      } else {
        odd += v;
        no++;
      }
    }
    if (ne == 0 || no == 0) return 1;
    even /= ne;
    odd /= no;
    double weak = Math.min(even, odd), strong = Math.max(even, odd);
    return weak <= 1e-9 ? (strong > 0 ? 10 : 1) : strong / weak;
  }

  private static double localMax(double[] o, int at, int radius) {
    double m = 0;
    for (int i = Math.max(0, at - radius); i <= Math.min(o.length - 1, at + radius); i++)
      m = Math.max(m, o[i]);
    return m;
  }

  /** Least-squares period from beat frames, numbering beats by the nominal period (so a skipped beat is not a slip). */
  static double regressionPeriod(int[] beats, double nominal) {
    if (beats.length < 4) return -1;
    double[] x = new double[beats.length];
    for (int i = 0; i < beats.length; i++) x[i] = Math.round((beats[i] - beats[0]) / nominal);
    double mx = 0, my = 0;
    for (int i = 0; i < beats.length; i++) {
      mx += x[i];
      my += beats[i];
    }
    mx /= beats.length;
    my /= beats.length;
    double sxy = 0, sxx = 0;
    for (int i = 0; i < beats.length; i++) {
      sxy += (x[i] - mx) * (beats[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
    }
    return sxx > 0 ? sxy / sxx : -1;
  }

  /**
   * How sure the tempo is, 0-1: how periodic the onsets are at the beat (autocorrelation at the beat period over
   * that at lag 0; {@value #CLEAR_PERIODICITY} and above counts as fully clear) times how clear the octave and
   * 3:2 decisions were (1 when there was nothing to decide; a non-octave correction is never above 0.7). The
   * earlier measure (onset strength on the beats over the mean) was 1.0 on every real recording.
   */
  static double confidence(double[] acf, double period, double decision) {
    if (!(acf[0] > 0)) return 0;
    double clarity = Stats.clamp(peak(acf, period) / acf[0] / CLEAR_PERIODICITY, 0, 1);
    return Math.round(clarity * (0.5 + 0.5 * decision) * 1000) / 1000.0;
  }

  /** Onsets per second: local maxima (+-50 ms) above mean + 1 std of the normalised envelope. */
  static double onsetsPerSecond(double[] o, double frameRate) {
    double threshold = Stats.mean(o) + Stats.std(o);
    int radius = Math.max(1, (int) Math.round(0.05 * frameRate));
    int count = 0;
    for (int i = 0; i < o.length; i++) {
      if (o[i] <= threshold) continue;
      boolean peak = true;
      for (int j = Math.max(0, i - radius); j <= Math.min(o.length - 1, i + radius) && peak; j++) {
        if (o[j] > o[i] || (o[j] == o[i] && j < i)) peak = false;
      }
      if (peak) count++;
    }
    return count / (o.length / frameRate);
  }
}
