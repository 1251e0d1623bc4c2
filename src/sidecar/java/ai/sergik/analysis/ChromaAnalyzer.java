package ai.sergik.analysis;

import be.tarsos.dsp.util.fft.FFT;
import be.tarsos.dsp.util.fft.HannWindow;
import java.util.ArrayList;
import java.util.List;

/**
 * Tuning-aware chroma from a log-frequency spectrum.
 *
 * <p>Each 0.74 s frame of the 5512.5 Hz mono signal is transformed (4096-point FFT, 1.35 Hz bins).
 * Spectral peaks between 55 Hz and 2 kHz are located by parabolic interpolation, which resolves
 * bass notes that a plain FFT grid smears, and their magnitudes relative to the frame's strongest
 * peak (so every non-silent frame counts alike, whatever its loudness) are added into a log-frequency
 * histogram of 10-cent bins from A1 (55 Hz) to A6 (1760 Hz): above that, partials of lower notes
 * outweigh the notes themselves. Summed over the track, the histogram folded onto
 * one semitone shows the tuning (the weighted circular mean of the peaks' offsets from A440); the
 * 12-bin chroma then gathers each semitone's +-50 cents around the tuned centre. The first
 * {@value #OPENING_SECONDS} s of pitched frames are also kept apart as the opening chroma: the chord a
 * piece starts on is the strongest evidence of its tonic that a whole-track histogram cannot see
 * (see {@link KeyDetector}). Memory is constant except for a coarse per-frame chroma kept for the picture.
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
  /** Length of the opening, in seconds of pitched frames: about the first chord at any producer's tempo. */
  static final double OPENING_SECONDS = 2.0;
  private static final double PEAK_FLOOR = 0.01; // peaks below 1 % (-40 dB) of the frame's largest are noise

  private final FFT fft = new FFT(FRAME, new HannWindow());
  private final float[] work = new float[FRAME];
  private final float[] magnitude = new float[FRAME / 2];
  private final double[] logSpectrum = new double[BINS_PER_OCTAVE * OCTAVES];
  private final double[] openingSpectrum = new double[BINS_PER_OCTAVE * OCTAVES];

  private final int openingFrames;
  private int pitchedFrames;
  private final List<float[]> framesForPicture = new ArrayList<>();
  private final double binHz;
  private final float frameSeconds;

  ChromaAnalyzer(float sampleRate) {
    this.binHz = sampleRate / (double) FRAME;
    this.frameSeconds = HOP / sampleRate;
    this.openingFrames = Math.max(1, (int) Math.round(OPENING_SECONDS / frameSeconds));
  }

  float frameSeconds() { return frameSeconds; }

  @Override
  public void frame(float[] frame) {
    float[] coarse = new float[12];
    framesForPicture.add(coarse);
    double energy = 0;
    for (float v : frame) energy += v * v;
    if (10 * Math.log10(energy / FRAME + 1e-30) < SILENT_FRAME_DBFS) return;
    System.arraycopy(frame, 0, work, 0, FRAME);
    fft.forwardTransform(work);
    fft.modulus(work, magnitude);
    int lo = Math.max(2, (int) Math.floor(LOW_HZ / binHz) - 1);
    int hi = Math.min(magnitude.length - 2, (int) Math.ceil(HIGH_HZ / binHz) + 1);
    float max = 0;
    for (int k = lo; k <= hi; k++) max = Math.max(max, magnitude[k]);
    if (max > 1e-6f) {
      boolean opening = pitchedFrames++ < openingFrames;
      for (int k = lo; k <= hi; k++) {
        float m = magnitude[k];
        if (m < max * PEAK_FLOOR || m <= magnitude[k - 1] || m < magnitude[k + 1]) continue;
        double a = Math.log(magnitude[k - 1] + 1e-12), b = Math.log(m + 1e-12), c = Math.log(magnitude[k + 1] + 1e-12);
        double denom = a - 2 * b + c;
        double delta = denom < 0 ? 0.5 * (a - c) / denom : 0;
        double freq = (k + delta) * binHz;
        if (freq < LOW_HZ || freq >= HIGH_HZ) continue;
        double amplitude = Math.exp(b - 0.25 * (a - c) * delta) / max;
        double cents = 1200 * Math.log(freq / LOW_HZ) / Math.log(2);
        int bin = (int) Math.round(cents / CENTS_PER_BIN);
        if (bin < 0 || bin >= logSpectrum.length) continue;
        logSpectrum[bin] += amplitude;
        if (opening) openingSpectrum[bin] += amplitude;
        coarse[Math.floorMod((int) Math.round(cents / 100) + 9, 12)] += (float) amplitude;
      }
    }
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

  /** The chroma of the first {@value #OPENING_SECONDS} s of pitched frames, as {@link #chroma()}; null when none. */
  double[] openingChroma() {
    return fold(openingSpectrum, tuningCents());
  }

  /** Folds a log-frequency histogram onto the 12 semitones around the tuned centres, normalised to sum 1. */
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
  List<float[]> chromagram() { return framesForPicture; }
}
