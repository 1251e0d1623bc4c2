package ai.sergik.analysis;

import be.tarsos.dsp.util.fft.BlackmanWindow;
import be.tarsos.dsp.util.fft.FFT;

/**
 * A key estimate that follows Ibrahim Sha'ath's libKeyFinder (v2, github.com/ibsh/libKeyFinder), the key finder
 * of Mixxx and of the KeyFinder application: a different chroma front end and profile from {@link KeyDetector}'s,
 * so that its errors are different ones.
 *
 * <p>Long frames: a 16384-point Blackman-windowed FFT every 4096 samples (libKeyFinder's FFTFRAMESIZE and
 * HOPSIZE; there at 4410 Hz, here on the analysis chain's 5512.5 Hz stream, 3 s frames with 0.34 Hz bins). Each
 * of 72 semitone bands from C1 (32.7 Hz) to B6 (1975.5 Hz, equal temperament on A440, no tuning estimate) sums
 * the magnitudes of the FFT bins within a window 0.8 of a semitone wide around its centre (DIRECTSKSTRETCH),
 * weighted by 1 - cos(2 pi n / width), normalised to sum 1 and multiplied by the band's frequency
 * ("models CQT very closely", chromatransform.cpp). The bands are averaged over every frame of the track, loud or
 * quiet, and the 72-band average is compared by cosine similarity (not mean-centred) with the 24 rotations of a
 * 72-band profile: Sha'ath's 12-note major and minor profiles times one weight per octave (constants.cpp). No
 * octave folding: the profile says how much each octave counts. A track whose chroma is all zero has no key.
 */
final class KeyFinderEstimator implements FrameSlicer.FrameConsumer {
  static final int FRAME = 16_384;
  static final int HOP = FRAME / 4;
  static final int OCTAVES = 6;
  static final int BANDS = 12 * OCTAVES;
  /** MIDI note of the lowest band, C1. */
  private static final int LOWEST_MIDI = 24;
  /** Width of a band's window in semitones (libKeyFinder's DIRECTSKSTRETCH). */
  private static final double STRETCH = 0.8;

  /** Sha'ath's major profile, tonic first (libKeyFinder constants.cpp, MAJOR_PROFILE). */
  static final double[] MAJOR = {
    7.23900502618145, 3.50351166725159, 3.58445177536649, 2.84511816478676, 5.81898892118550,
        4.55865057415321,
    2.44778850545507, 6.99473192146830, 3.39106613673505, 4.55614256655143, 4.07392666663524,
        4.45932757378887
  };
  /** Sha'ath's minor profile, tonic first (libKeyFinder constants.cpp, MINOR_PROFILE). */
  static final double[] MINOR = {
    7.00255045060284, 3.14360279015997, 4.35904319714963, 5.40418120718934, 3.67234420879306,
        4.08971184917798,
    3.90791435991554, 6.19960288562316, 3.63424625625277, 2.87241191079876, 5.35467999794543,
        3.83242038595048
  };
  /** Weight of each octave, C1 first (libKeyFinder constants.cpp, OCTAVE_WEIGHTS). */
  static final double[] OCTAVE_WEIGHTS = {
    0.3999727, 0.5563443, 0.5249664, 0.6084755, 0.5989812, 0.4907244
  };

  private final FFT fft = new FFT(FRAME, new BlackmanWindow());
  private final float[] work = new float[FRAME];
  private final float[] magnitude = new float[FRAME / 2];
  private final int[] firstBin = new int[BANDS];
  private final double[][] weights = new double[BANDS][];
  private final double[] bandSums = new double[BANDS];
  private int frames;

  KeyFinderEstimator(float sampleRate) {
    double binHz = sampleRate / (double) FRAME;
    double width = STRETCH * (Math.pow(2, 1 / 12.0) - 1);
    for (int b = 0; b < BANDS; b++) {
      double hz = bandHz(b);
      if (hz * (1 + width / 2) >= sampleRate / 2)
        throw new IllegalArgumentException(
            "sample rate " + sampleRate + " Hz is too low for the top key band at " + hz + " Hz");
      double centre = hz / binHz;
      double widthBins = centre * width;
      double begin = centre - widthBins / 2;
      firstBin[b] = (int) Math.ceil(begin);
      int last = (int) Math.floor(begin + widthBins);
      double[] w = new double[Math.max(0, last - firstBin[b] + 1)];
      double sum = 0;
      for (int i = 0; i < w.length; i++) {
        w[i] = 1 - Math.cos(2 * Math.PI * (firstBin[b] + i - begin) / widthBins);
        sum += w[i];
      }
      for (int i = 0; i < w.length; i++) w[i] = w[i] / sum * hz;
      weights[b] = w;
    }
  }

  static double bandHz(int band) {
    return 440 * Math.pow(2, (LOWEST_MIDI + band - 69) / 12.0);
  }

  @Override
  public void frame(float[] frame) {
    System.arraycopy(frame, 0, work, 0, FRAME);
    fft.forwardTransform(work);
    fft.modulus(work, magnitude);
    for (int b = 0; b < BANDS; b++) {
      double[] w = weights[b];
      int k0 = firstBin[b];
      double sum = 0;
      for (int i = 0; i < w.length; i++) sum += magnitude[k0 + i] * w[i];
      bandSums[b] += sum;
    }
    frames++;
  }

  /** The key whose profile is most similar to the track's average bands; no key for silence. */
  KeyVote vote() {
    double[] scores = scores(bandSums);
    int best = 0;
    for (int k = 1; k < 24; k++) if (scores[k] > scores[best]) best = k;
    // libKeyFinder's "silence" profile scores 0: a key must beat it
    boolean tonal = frames > 0 && scores[best] > 0;
    return new KeyVote("keyfinder", tonal ? KeyVote.keyOfIndex(best) : null);
  }

  /** Cosine similarity of 72 bands with the 24 keys' profiles: index 0..11 major C..B, 12..23 minor. */
  static double[] scores(double[] bands) {
    double[] scores = new double[24];
    for (int tonic = 0; tonic < 12; tonic++) {
      scores[tonic] = cosine(bands, MAJOR, tonic);
      scores[12 + tonic] = cosine(bands, MINOR, tonic);
    }
    return scores;
  }

  private static double cosine(double[] bands, double[] profile, int tonic) {
    double dot = 0, bandNorm = 0, profileNorm = 0;
    for (int b = 0; b < BANDS; b++) {
      double p = OCTAVE_WEIGHTS[b / 12] * profile[Math.floorMod(b % 12 - tonic, 12)];
      dot += bands[b] * p;
      bandNorm += bands[b] * bands[b];
      profileNorm += p * p;
    }
    return bandNorm > 0 ? dot / Math.sqrt(bandNorm * profileNorm) : 0;
  }
}
