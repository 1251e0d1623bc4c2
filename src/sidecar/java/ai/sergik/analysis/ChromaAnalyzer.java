package ai.sergik.analysis;

import be.tarsos.dsp.util.fft.FFT;
import be.tarsos.dsp.util.fft.HannWindow;
import java.util.ArrayList;
import java.util.List;

/**
 * Tuning-aware chroma from a log-frequency spectrum.
 *
 * <p>Each 0.74 s frame of the 5512.5 Hz mono signal is transformed (4096-point FFT, 1.35 Hz bins).
 * Spectral peaks between 55 Hz and 1760 Hz are located by parabolic interpolation, which resolves
 * bass notes that a plain FFT grid smears, and their magnitudes are added into a log-frequency
 * histogram of 10-cent bins from A1 (55 Hz) to A6 (1760 Hz): above that, partials of lower notes
 * outweigh the notes themselves. A frame counts by its loudness: quiet passages (a filtered
 * breakdown, a reverb tail, a drum intro's pitched kick) weigh less than the music's full sections.
 * Scaling every frame to its strongest peak, as before, let them count alike and put a neighbouring
 * key first more often (engine loops 226 -> 229 of 240, after a drum intro 106 -> 112 of 120). Summed over the track, the histogram folded onto
 * one semitone shows the tuning (the weighted circular mean of the peaks' offsets from A440); the
 * 12-bin chroma then gathers each semitone's +-50 cents around the tuned centre.
 *
 * <p>The opening chroma is that of the first {@value #OPENING_SECONDS} s in which the harmony plays: the chord a
 * piece starts on is the strongest evidence of its tonic that a whole-track histogram cannot see (see
 * {@link KeyDetector}). A track often starts with its drums alone, and every frame with a kick has pitched peaks, so
 * the harmony is told by its level: the summed magnitude of the peaks above {@value #HARMONY_LOW_HZ} Hz (above
 * the kick and the bass's fundamentals, where chords and leads sit). Frames at
 * {@value #HARMONY_SHARE} or more of the track's 90th-percentile level are the harmony's; the snares and hats of
 * the engine's drum intros stay under it. Frames of the first {@value #EARLY_SECONDS} s are kept, octave-folded, to choose
 * from once the whole track has set the level; a track whose harmony starts later has no opening.
 *
 * <p>Memory is constant except for a coarse per-frame chroma kept for the picture and one level per frame.
 */
final class ChromaAnalyzer implements FrameSlicer.FrameConsumer {
  static final int FRAME = 4096;
  static final int HOP = 2048;
  static final double LOW_HZ = 55, HIGH_HZ = 1760;
  /** Frames quieter than this (RMS, dBFS) carry no usable pitch and are skipped. */
  static final double SILENT_FRAME_DBFS = -60;

  static final int CENTS_PER_BIN = 10;
  static final int BINS_PER_OCTAVE = 1200 / CENTS_PER_BIN;
  static final int OCTAVES = 6;
  /** Length of the opening, in seconds of the harmony's frames: about the first chord at any producer's tempo. */
  static final double OPENING_SECONDS = 2.0;
  /** Lowest frequency that counts towards a frame's level of harmony. */
  static final double HARMONY_LOW_HZ = 150;
  /**
   * Share of the track's 90th-percentile level of harmony from which a frame belongs to the harmony. Measured on
   * the engine's loops (240 of them, and 120 more after a 4-bar drum intro; exact keys, plain / after the intro):
   * 0.4 gives 95.4 / 94.2 %, 0.5 95.4 / 97.5 %, 0.6 97.5 / 97.5 %, 0.75 97.1 / 95.0 %. Taking the first frames
   * regardless of level gave 45.8 % after the intro, worse than no opening at all (78.3 %).
   */
  static final double HARMONY_SHARE = 0.6;
  /** How far into the track the opening is looked for. */
  static final double EARLY_SECONDS = 120;

  private static final double PEAK_FLOOR =
      0.01; // peaks below 1 % (-40 dB) of the frame's largest are noise

  private final FFT fft = new FFT(FRAME, new HannWindow());
  private final float[] work = new float[FRAME];
  private final float[] magnitude = new float[FRAME / 2];
  private final double[] logSpectrum = new double[BINS_PER_OCTAVE * OCTAVES];
  private final int openingFrames;
  private final int earlyFrames;
  /** Octave-folded 10-cent histograms of the first EARLY_SECONDS of frames, one per frame. */
  private final List<double[]> earlyHistograms = new ArrayList<>();
  /** Level of harmony of every frame (0 for silent ones). */
  private final DoubleList harmonyLevels = new DoubleList();

  private final List<float[]> framesForPicture = new ArrayList<>();
  private final double binHz;
  private final float frameSeconds;

  ChromaAnalyzer(float sampleRate) {
    this.binHz = sampleRate / (double) FRAME;
    this.frameSeconds = HOP / sampleRate;
    this.openingFrames = Math.max(1, (int) Math.round(OPENING_SECONDS / frameSeconds));
    this.earlyFrames = (int) Math.round(EARLY_SECONDS / frameSeconds);
  }

  float frameSeconds() {
    return frameSeconds;
  }

  @Override
  public void frame(float[] frame) {
    float[] coarse = new float[12];
    framesForPicture.add(coarse);
    double[] early = framesForPicture.size() <= earlyFrames ? new double[BINS_PER_OCTAVE] : null;
    if (early != null) earlyHistograms.add(early);
    if (Stats.rmsDbfs(frame) < SILENT_FRAME_DBFS) {
      harmonyLevels.add(0);
      return;
    }
    System.arraycopy(frame, 0, work, 0, FRAME);
    fft.forwardTransform(work);
    fft.modulus(work, magnitude);
    int lo = Math.max(2, (int) Math.floor(LOW_HZ / binHz) - 1);
    int hi = Math.min(magnitude.length - 2, (int) Math.ceil(HIGH_HZ / binHz) + 1);
    float max = 0;
    for (int k = lo; k <= hi; k++) max = Math.max(max, magnitude[k]);
    double harmonyLevel = 0;
    if (max > 1e-6f) {
      for (int k = lo; k <= hi; k++) {
        float m = magnitude[k];
        if (m < max * PEAK_FLOOR || m <= magnitude[k - 1] || m < magnitude[k + 1]) continue;
        double a = Math.log(magnitude[k - 1] + 1e-12),
            b = Math.log(m + 1e-12),
            c = Math.log(magnitude[k + 1] + 1e-12);
        double denom = a - 2 * b + c;
        double delta = denom < 0 ? 0.5 * (a - c) / denom : 0;
        double freq = (k + delta) * binHz;
        if (freq < LOW_HZ || freq >= HIGH_HZ) continue;
        double amplitude = Math.exp(b - 0.25 * (a - c) * delta);
        double cents = 1200 * Math.log(freq / LOW_HZ) / Math.log(2);
        int bin = (int) Math.round(cents / CENTS_PER_BIN);
        if (bin < 0 || bin >= logSpectrum.length) continue;
        logSpectrum[bin] += amplitude;
        if (early != null) early[bin % BINS_PER_OCTAVE] += amplitude;
        if (freq >= HARMONY_LOW_HZ) harmonyLevel += amplitude;
        coarse[Math.floorMod((int) Math.round(cents / 100) + 9, 12)] += (float) amplitude;
      }
    }
    harmonyLevels.add(harmonyLevel);
  }

  /** Tuning offset from A440 in cents, in (-50, 50]; 0 when nothing was heard. */
  double tuningCents() {
    int perSemitone = 100 / CENTS_PER_BIN;
    double re = 0, im = 0;
    for (int i = 0; i < logSpectrum.length; i++) {
      double angle = 2 * Math.PI * (i % perSemitone) / perSemitone;
      re += logSpectrum[i] * Math.cos(angle);
      im += logSpectrum[i] * Math.sin(angle);
    }
    if (re == 0 && im == 0) return 0;
    return Math.atan2(im, re) / (2 * Math.PI) * 100;
  }

  /** 12-bin chroma, C first, normalised to sum 1; null when no pitched content was found. */
  double[] chroma() {
    return fold(logSpectrum, tuningCents());
  }

  /**
   * The chroma of the first {@value #OPENING_SECONDS} s of the harmony's frames, as {@link #chroma()}; null when
   * nothing was heard or the harmony does not start within the first {@value #EARLY_SECONDS} s.
   */
  double[] openingChroma() {
    double[] levels = harmonyLevels.toArray();
    if (levels.length == 0) return null;
    double threshold = HARMONY_SHARE * Stats.percentile(levels, 90);
    if (!(threshold > 0)) return null;
    double[] opening = new double[BINS_PER_OCTAVE];
    int taken = 0;
    for (int i = 0; i < earlyHistograms.size() && taken < openingFrames; i++) {
      if (levels[i] < threshold) continue;
      double[] frame = earlyHistograms.get(i);
      for (int b = 0; b < opening.length; b++) opening[b] += frame[b];
      taken++;
    }
    return taken == 0 ? null : fold(opening, tuningCents());
  }

  /** Folds a log-frequency histogram (whole or octave-folded) onto the 12 semitones around the tuned centres, normalised to sum 1. */
  private static double[] fold(double[] histogram, double tuning) {
    double[] chroma = new double[12];
    double total = 0;
    for (int i = 0; i < histogram.length; i++) {
      double semitonesAboveA = (i * CENTS_PER_BIN - tuning) / 100.0;
      int pc = Math.floorMod((int) Math.round(semitonesAboveA) + 9, 12);
      chroma[pc] += histogram[i];
      total += histogram[i];
    }
    if (!(total > 0)) return null;
    for (int i = 0; i < 12; i++) chroma[i] /= total;
    return chroma;
  }

  /** Per-frame chroma (A440 grid) for the picture, one 12-float array per hop. */
  List<float[]> chromagram() {
    return framesForPicture;
  }
}
