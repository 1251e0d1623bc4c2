package ai.sergik.analysis;

import ai.sergik.music.Key;
import be.tarsos.dsp.util.fft.FFT;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A key estimate in the manner of Essentia (MTG/essentia): its HPCP front end and its {@code Key} algorithm, one of
 * the independent analysers whose agreement is the truth of released-recording key data, so that its answer can
 * stand beside {@link KeyDetector}'s in a vote. Two presets, both Essentia's own defaults:
 *
 * <ul>
 *   <li>{@link #musicExtractor()}: the music extractor's {@code tonal.key_edma}
 *       ({@code src/essentia/utils/extractor_music/MusicTonalDescriptors.cpp}): frames of 93 ms every 46 ms
 *       (4096 / 2048 samples at 44.1 kHz; here {@value #FRAME} / 512 at {@value #SAMPLE_RATE} Hz, which reaches the
 *       3.5 kHz the HPCP looks at), Blackman-Harris 62 dB window; the {@value #MAX_PEAKS} strongest spectral peaks
 *       from 20 Hz to {@value #MAX_HZ} Hz above 1e-5 (a full-scale sine reads 1), parabolically interpolated;
 *       HPCP of 36 bins at the estimated tuning, cosine weighting over one semitone, no harmonics, every frame
 *       scaled to its maximum; "edma" profiles made polyphonic (see {@link HpcpKeyProfile}).
 *   <li>{@link #keyExtractor()}: the {@code KeyExtractor} algorithm's defaults
 *       ({@code src/algorithms/extractor/keyextractor.cpp}): 93 ms frames without overlap, Hann window, peaks from
 *       25 Hz above 1e-4, whitened against the spectral envelope ({@link PeakWhitening}); HPCP of 12 bins at A440
 *       in which each peak also counts for the notes it is the 2nd to 5th harmonic of; frames summed unscaled;
 *       "bgate" profiles, not polyphonic.
 * </ul>
 *
 * Each peak adds its squared magnitude to the HPCP bins within half a semitone, weighted by cos(π·distance in
 * semitones). At the end, as Essentia's streaming {@code Key}: the summed HPCP is scaled to its maximum, bins under
 * {@value #PCP_THRESHOLD} are set to zero, the vector is rotated by at most a third of a semitone so that its
 * strongest bin sits on a semitone ({@code averageDetuningCorrection}), and it is correlated (Pearson) with the
 * profiles, linearly interpolated between semitones, at every rotation.
 *
 * <p>Tuning: Essentia lets each frame's single strongest deviation from the A440 grid vote, weighted by the
 * frame's energy. On the dev corpus of released recordings that put five of 19 tunings at 43-58 cents where
 * {@link ChromaAnalyzer}'s 0.74 s frames find -8 to +9 cents, which moves every note a semitone; here every
 * peak's deviation is added to one histogram by magnitude (1-cent bins), whose peak then agrees with it within
 * 10 cents. The tuning is known only at the end, so the frames are summed for {@value #TUNING_STEPS} reference
 * frequencies a fraction of a bin apart; a tuning a whole bin further is the same sum rotated.
 *
 * <p>Use: feed mono frames of {@value #FRAME} samples every {@link #hop()} at {@value #SAMPLE_RATE} Hz (a
 * {@link FrameSlicer} behind the {@link FeatureExtractor}'s 11025 Hz {@link Downsampler}), then call {@link
 * #estimate()}. Measured with {@code scripts/bench-analysis hpcp}, see docs/analysis.md: alone it reads keys
 * worse than {@link KeyDetector} on every corpus (the polyphonic profiles weigh the dominant above the tonic and
 * read a key a fifth down).
 */
final class HpcpKeyEstimator implements FrameSlicer.FrameConsumer {
  static final float SAMPLE_RATE = 11_025f;
  static final int FRAME = 1024;
  /** The tuning histogram uses peaks from here (Essentia's tuning network: 40 Hz). */
  static final double TUNING_MIN_HZ = 40;

  static final double MAX_HZ = 3500;
  static final int MAX_PEAKS = 60;
  static final double PCP_THRESHOLD = 0.2;
  /** Reference frequencies summed per HPCP bin when the tuning is estimated: applied within half a step. */
  static final int TUNING_STEPS = 8;
  /** Tunings below this many cents are read as that plus 100 (Essentia's wrapping boundary). */
  static final double TUNING_WRAP_CENTS = -35;

  /**
   * How the HPCP is made. {@link #MUSIC_EXTRACTOR}: Essentia's music extractor ({@code tonal.key_edma}); {@link
   * #KEY_EXTRACTOR}: its {@code KeyExtractor} algorithm's defaults.
   *
   * @param hop samples between frames at {@value #SAMPLE_RATE} Hz
   * @param blackmanHarris Blackman-Harris 62 dB window, else Hann
   * @param minHz lowest spectral peak
   * @param peakThreshold smallest peak magnitude (a full-scale sine is 1)
   * @param whitened peaks measured against the spectral envelope ({@link PeakWhitening})
   * @param size HPCP bins per octave
   * @param harmonics sub-harmonics a peak also counts for (Essentia's {@code harmonics})
   * @param frameMaxNormalized every frame scaled to its maximum (Essentia's {@code normalized = unitMax})
   * @param tuned HPCP referred to the estimated tuning, else to A440
   */
  record Settings(
      int hop,
      boolean blackmanHarris,
      double minHz,
      double peakThreshold,
      boolean whitened,
      int size,
      int harmonics,
      boolean frameMaxNormalized,
      boolean tuned) {
    static final Settings MUSIC_EXTRACTOR =
        new Settings(512, true, 20, 1e-5, false, 36, 0, true, true);
    static final Settings KEY_EXTRACTOR =
        new Settings(1024, false, 25, 1e-4, true, 12, 4, false, false);
  }

  private final Settings settings;
  private final int size, binsPerSemitone, steps;
  private final double halfWindowBins;
  private final double[] harmonicBins, harmonicWeights;
  private final float[] window;
  private final FFT fft = new FFT(FRAME);
  private final float[] work = new float[FRAME];
  private final float[] magnitude = new float[FRAME / 2];
  private final double binHz;
  private final double[] peakHz = new double[FRAME / 4 + 1];
  private final double[] peakMagnitude = new double[FRAME / 4 + 1];
  private final double[] sortedMagnitudes = new double[FRAME / 4 + 1];
  private final double[] tuningVotes = new double[100];
  private final double[][] frameHpcp;
  private final double[][] hpcpSums;
  private final HpcpKeyProfile profile;
  private final boolean polyphonic;
  private int framesWithPeaks;

  /** As Essentia's music extractor reports {@code tonal.key_edma}: the "edma" profiles, polyphonic. */
  static HpcpKeyEstimator musicExtractor() {
    return new HpcpKeyEstimator(SAMPLE_RATE, Settings.MUSIC_EXTRACTOR, HpcpKeyProfile.EDMA, true);
  }

  /** As Essentia's {@code KeyExtractor} with its defaults: the "bgate" profiles, not polyphonic. */
  static HpcpKeyEstimator keyExtractor() {
    return new HpcpKeyEstimator(SAMPLE_RATE, Settings.KEY_EXTRACTOR, HpcpKeyProfile.BGATE, false);
  }

  HpcpKeyEstimator(
      float sampleRate, Settings settings, HpcpKeyProfile profile, boolean polyphonic) {
    this.binHz = sampleRate / (double) FRAME;
    this.settings = settings;
    this.size = settings.size();
    this.binsPerSemitone = size / 12;
    this.halfWindowBins = binsPerSemitone / 2.0;
    this.steps = settings.tuned() ? TUNING_STEPS : 1;
    this.frameHpcp = new double[steps][size];
    this.hpcpSums = new double[steps][size];
    this.window = window(settings.blackmanHarris());
    this.profile = profile;
    this.polyphonic = polyphonic;
    // Essentia's HPCP harmonic table: harmonic h counts for the fundamental 12 log2(h) semitones
    // below, folded
    // into one octave, with weight 1 / max(1, log2(h) / 2); equal positions add up.
    double[] bins = new double[settings.harmonics() + 1],
        weights = new double[settings.harmonics() + 1];
    int distinct = 0;
    for (int h = 1; h <= settings.harmonics() + 1; h++) {
      double semitones = 12 * log2(h);
      double weight = 1 / Math.max(1, semitones / 12 * 0.5);
      double folded = semitones - 12 * Math.floor(semitones / 12 + 1e-9);
      int j = 0;
      while (j < distinct && Math.abs(bins[j] - folded) > 1e-6) j++;
      if (j == distinct) bins[distinct++] = folded;
      weights[j] += weight;
    }
    this.harmonicBins = new double[distinct];
    this.harmonicWeights = new double[distinct];
    for (int j = 0; j < distinct; j++) {
      harmonicBins[j] = bins[j] * binsPerSemitone;
      harmonicWeights[j] = weights[j] * weights[j];
    }
  }

  /** A key and how well the HPCP fits it; {@code correlations} holds all 24, C major..B major then C minor..B minor. */
  record Estimate(Key key, double strength, Key runnerUp, double lead, List<Double> correlations) {}

  int hop() {
    return settings.hop();
  }

  @Override
  public void frame(float[] frame) {
    for (int i = 0; i < FRAME; i++) work[i] = frame[i] * window[i];
    fft.forwardTransform(work);
    fft.modulus(work, magnitude);
    int peaks = findPeaks();
    if (peaks == 0) return;
    if (settings.tuned()) addTuningVote(peaks);
    addHpcp(peaks);
  }

  /** Local maxima from minHz to MAX_HZ above the threshold, parabolically interpolated; returns how many. */
  private int findPeaks() {
    int n = 0;
    int first = Math.max(1, (int) Math.ceil(settings.minHz() / binHz));
    for (int k = first; k < magnitude.length - 1 && n < peakHz.length; k++) {
      float m = magnitude[k];
      if (m <= settings.peakThreshold() || m <= magnitude[k - 1] || m < magnitude[k + 1]) continue;
      double l = magnitude[k - 1], r = magnitude[k + 1];
      double denominator = l - 2 * m + r;
      double delta = denominator < 0 ? 0.5 * (l - r) / denominator : 0;
      double hz = (k + delta) * binHz;
      if (hz > MAX_HZ) break;
      peakHz[n] = hz;
      peakMagnitude[n] = m - 0.25 * (l - r) * delta;
      n++;
    }
    return n;
  }

  private void addTuningVote(int peaks) {
    for (int p = 0; p < peaks; p++) {
      if (peakHz[p] < TUNING_MIN_HZ) continue;
      double semitones = 12 * log2(peakHz[p] / 440);
      double cents = 100 * (semitones - Math.floor(semitones + 0.5));
      tuningVotes[(int) (50 + cents + 0.5) % 100] += peakMagnitude[p];
    }
  }

  private void addHpcp(int peaks) {
    double floor = 0;
    if (peaks > MAX_PEAKS) {
      System.arraycopy(peakMagnitude, 0, sortedMagnitudes, 0, peaks);
      Arrays.sort(sortedMagnitudes, 0, peaks);
      floor = sortedMagnitudes[peaks - MAX_PEAKS];
    }
    PeakWhitening whitening =
        settings.whitened() ? new PeakWhitening(magnitude, binHz * FRAME / 2, MAX_HZ) : null;
    for (double[] h : frameHpcp) Arrays.fill(h, 0);
    int kept = 0;
    for (int p = 0; p < peaks && kept < MAX_PEAKS; p++) {
      if (peakMagnitude[p] < floor) continue;
      kept++;
      double m =
          whitening == null ? peakMagnitude[p] : whitening.whiten(peakHz[p], peakMagnitude[p]);
      double energy = m * m;
      double bin = size * log2(peakHz[p] / 440);
      for (int harmonic = 0; harmonic < harmonicBins.length; harmonic++) {
        double weighted = energy * harmonicWeights[harmonic];
        for (int step = 0; step < steps; step++) {
          double at = bin - harmonicBins[harmonic] - step / (double) steps;
          int left = (int) Math.ceil(at - halfWindowBins),
              right = (int) Math.floor(at + halfWindowBins);
          for (int i = left; i <= right; i++) {
            double distance = Math.abs(at - i) / halfWindowBins;
            double weight = COSINE[(int) (distance * (WEIGHT_TABLE - 1) + 0.5)];
            frameHpcp[step][Math.floorMod(i, size)] += weight * weighted;
          }
        }
      }
    }
    for (int step = 0; step < steps; step++) {
      double[] h = frameHpcp[step];
      double max = h[argmax(h)];
      if (!(max > 0)) return;
      double scale = settings.frameMaxNormalized() ? 1 / max : 1;
      for (int i = 0; i < size; i++) hpcpSums[step][i] += h[i] * scale;
    }
    framesWithPeaks++;
  }

  /** The HPCP's cosine weight by distance, 0 to half a semitone, sampled finely. */
  private static final int WEIGHT_TABLE = 1024;

  private static final double[] COSINE = cosineTable();

  /** Tuning in cents from A440, in [-35, 65) as Essentia reports it; 0 when not estimated or nothing was heard. */
  double tuningCents() {
    int best = argmax(tuningVotes);
    if (tuningVotes[best] == 0) return 0;
    double cents = best - 50;
    return cents < TUNING_WRAP_CENTS ? cents + 100 : cents;
  }

  /** The track's HPCP at the estimated tuning, C first, scaled to its maximum; null when nothing was heard. */
  double[] hpcp() {
    if (framesWithPeaks == 0) return null;
    double bins = tuningCents() * size / 1200;
    int whole = (int) Math.floor(bins);
    int step = (int) Math.round((bins - whole) * steps);
    if (step == steps) {
      step = 0;
      whole++;
    }
    double[] out = new double[size];
    // bin 0 is A at the reference frequency; C is three semitones above
    for (int i = 0; i < size; i++)
      out[i] = hpcpSums[step][Math.floorMod(i + whole + 3 * binsPerSemitone, size)];
    double max = out[argmax(out)];
    if (!(max > 0)) return null;
    for (int i = 0; i < size; i++) out[i] /= max;
    return out;
  }

  /** The key of everything heard so far, or empty when no frame had a spectral peak. */
  Optional<Estimate> estimate() {
    double[] hpcp = hpcp();
    return hpcp == null ? Optional.empty() : Optional.of(estimate(hpcp, profile, polyphonic));
  }

  /** The estimate as a vote for {@link KeyConsensus}: abstains when nothing was heard. */
  KeyVote vote() {
    return new KeyVote("essentia", estimate().map(Estimate::key).orElse(null));
  }

  /**
   * Essentia's streaming {@code Key} on a mean HPCP (C first, 12 bins or a multiple): gate, detuning shift,
   * correlation with the profiles at every rotation.
   */
  static Estimate estimate(double[] meanHpcp, HpcpKeyProfile profile, boolean polyphonic) {
    int size = meanHpcp.length, perSemitone = size / 12;
    double[] pcp = gatedAndCentred(meanHpcp);
    double[] major = interpolated(profile.majorProfile(polyphonic), perSemitone);
    double[] minor = interpolated(profile.minorProfile(polyphonic), perSemitone);
    double[] scores = new double[24];
    Arrays.fill(scores, -1);
    for (int shift = 0; shift < size; shift++) {
      int tonic = Math.floorMod(Math.round(shift / (float) perSemitone), 12);
      scores[tonic] = Math.max(scores[tonic], correlation(pcp, major, shift));
      scores[12 + tonic] = Math.max(scores[12 + tonic], correlation(pcp, minor, shift));
    }
    int best = 0;
    // a tie goes to minor, as in Essentia
    for (int k = 1; k < 24; k++)
      if (scores[k] > scores[best] || (scores[k] == scores[best] && k >= 12)) best = k;
    int second = best == 0 ? 1 : 0;
    for (int k = 0; k < 24; k++) if (k != best && scores[k] > scores[second]) second = k;
    List<Double> correlations = new ArrayList<>(24);
    for (double s : scores) correlations.add(s);
    return new Estimate(
        key(best),
        scores[best],
        key(second),
        scores[best] - scores[second],
        List.copyOf(correlations));
  }

  private static double[] gatedAndCentred(double[] hpcp) {
    int size = hpcp.length, perSemitone = size / 12;
    double max = hpcp[argmax(hpcp)];
    double[] pcp = new double[size];
    for (int i = 0; i < size; i++) pcp[i] = hpcp[i] / max < PCP_THRESHOLD ? 0 : hpcp[i] / max;
    int offGrid = argmax(pcp) % perSemitone;
    int rotation = offGrid > perSemitone / 2 ? offGrid - perSemitone : offGrid;
    double[] out = new double[size];
    for (int i = 0; i < size; i++) out[i] = pcp[Math.floorMod(i + rotation, size)];
    return out;
  }

  /** A 12-value profile spread over 12 * perSemitone bins, straight lines between the semitones. */
  static double[] interpolated(double[] profile, int perSemitone) {
    double[] out = new double[12 * perSemitone];
    for (int i = 0; i < 12; i++) {
      double next = profile[(i + 1) % 12];
      for (int j = 0; j < perSemitone; j++)
        out[i * perSemitone + j] = profile[i] + (next - profile[i]) * j / perSemitone;
    }
    return out;
  }

  /** Pearson correlation of the pcp with the profile rotated so that its tonic is at bin {@code shift}. */
  static double correlation(double[] pcp, double[] profile, int shift) {
    int size = pcp.length;
    double mx = 0, my = 0;
    for (int i = 0; i < size; i++) {
      mx += pcp[i];
      my += profile[i];
    }
    mx /= size;
    my /= size;
    double sxy = 0, sxx = 0, syy = 0;
    for (int i = 0; i < size; i++) {
      double x = pcp[i] - mx, y = profile[Math.floorMod(i - shift, size)] - my;
      sxy += x * y;
      sxx += x * x;
      syy += y * y;
    }
    return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
  }

  private static Key key(int index) {
    return Key.of(index % 12, index >= 12);
  }

  private static int argmax(double[] v) {
    int best = 0;
    for (int i = 1; i < v.length; i++) if (v[i] > v[best]) best = i;
    return best;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  private static double[] cosineTable() {
    double[] t = new double[WEIGHT_TABLE];
    // distance 0..0.5 semitone; Essentia's cosine weight cos(pi * semitones / windowSize),
    // windowSize 1
    for (int i = 0; i < WEIGHT_TABLE; i++) t[i] = Math.cos(Math.PI * 0.5 * i / (WEIGHT_TABLE - 1));
    return t;
  }

  /** Essentia's Blackman-Harris 62 dB or Hann window, scaled to sum 2 so that a sine of amplitude A peaks at A. */
  private static float[] window(boolean blackmanHarris) {
    double[] w = new double[FRAME];
    double sum = 0;
    for (int i = 0; i < FRAME; i++) {
      double x = 2 * Math.PI * i / (FRAME - 1);
      w[i] = blackmanHarris
          ? 0.44959 - 0.49364 * Math.cos(x) + 0.05677 * Math.cos(2 * x)
          : 0.5 - 0.5 * Math.cos(x);
      sum += w[i];
    }
    float[] out = new float[FRAME];
    for (int i = 0; i < FRAME; i++) out[i] = (float) (2 * w[i] / sum);
    return out;
  }
}
