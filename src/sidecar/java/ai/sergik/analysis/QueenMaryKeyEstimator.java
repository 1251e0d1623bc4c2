package ai.sergik.analysis;

import be.tarsos.dsp.util.fft.FFT;
import be.tarsos.dsp.util.fft.HammingWindow;
import java.util.Arrays;

/**
 * A key estimate that follows the Queen Mary key detector (Noland and Sandler; qm-dsp's {@code GetKeyMode} behind
 * the qm-vamp-plugins "Key Detector", github.com/c4dm/qm-dsp): a constant-Q chroma of 36 bins per octave, a key per
 * frame from a sliding average, and the key of the track as the one that holds longest, which is how Mixxx turns
 * the Queen Mary detector's key changes into a track's key.
 *
 * <p>The Queen Mary detector's defaults, at the analysis chain's 5512.5 Hz (its 44.1 kHz input decimated by 8): frames of
 * 4096 samples (0.74 s) without overlap (frameOverlapFactor 1), Hamming-windowed; a constant-Q transform from C3
 * (130.8 Hz) over four octaves at 36 bins per octave (Q = 1 / (2^(1/36) - 1)), its spectral kernel thresholded at
 * 0.0054 (Brown and Puckette's sparse kernel, ConstantQ.cpp); the magnitudes of the four octaves summed into 36
 * bins and scaled to their maximum. The chroma is averaged over the last 10 s of frames (hpcpAverage), the mean
 * removed, and correlated with Noland's 36-bin major and minor profiles (GetKeyMode.cpp) at all 36 shifts, so a
 * key a third of a semitone off its A440 place still fits; the best shift names the frame's key. The frame keys
 * are median-filtered over the last 10 s (medianAverage; a median of key numbers 1-24, as GetKeyMode does).
 * Frames under {@value #SILENT_FRAME_DBFS} dBFS are left out: they carry no pitch, yet GetKeyMode names a key for them.
 */
final class QueenMaryKeyEstimator implements FrameSlicer.FrameConsumer {
  static final int FRAME = 4096;
  static final int HOP = FRAME;
  static final int BINS_PER_OCTAVE = 36;
  static final int OCTAVES = 4;
  /** C3, MIDI 48, on A440 (GetKeyMode's chromaConfig.min). */
  static final double LOWEST_HZ = 440 * Math.pow(2, (48 - 69) / 12.0);
  /** Magnitudes of the spectral kernel at or below this are dropped (chromaConfig.CQThresh). */
  static final double KERNEL_THRESHOLD = 0.0054;
  /** Seconds of chroma averaged and of frame keys median-filtered (hpcpAverage, medianAverage). */
  static final double AVERAGE_SECONDS = 10;

  static final double SILENT_FRAME_DBFS = -60;

  /** Noland's 36-bin major profile, C centred at index 1 (qm-dsp GetKeyMode.cpp, MajProfile). */
  static final double[] MAJOR = {
    0.0384, 0.0629, 0.0258, 0.0121, 0.0146, 0.0106, 0.0364, 0.0610, 0.0267,
    0.0126, 0.0121, 0.0086, 0.0364, 0.0623, 0.0279, 0.0275, 0.0414, 0.0186,
    0.0173, 0.0248, 0.0145, 0.0364, 0.0631, 0.0262, 0.0129, 0.0150, 0.0098,
    0.0312, 0.0521, 0.0235, 0.0129, 0.0142, 0.0095, 0.0289, 0.0478, 0.0239
  };
  /** Noland's 36-bin minor profile, C centred at index 1 (qm-dsp GetKeyMode.cpp, MinProfile). */
  static final double[] MINOR = {
    0.0375, 0.0682, 0.0299, 0.0119, 0.0138, 0.0093, 0.0296, 0.0543, 0.0257,
    0.0292, 0.0519, 0.0246, 0.0159, 0.0234, 0.0135, 0.0291, 0.0544, 0.0248,
    0.0137, 0.0176, 0.0104, 0.0352, 0.0670, 0.0302, 0.0222, 0.0349, 0.0164,
    0.0174, 0.0297, 0.0166, 0.0222, 0.0401, 0.0202, 0.0175, 0.0270, 0.0146
  };

  private static final double[] MAJOR_CENTRED = centred(MAJOR);
  private static final double[] MINOR_CENTRED = centred(MINOR);

  private final FFT fft = new FFT(FRAME, new HammingWindow());
  private final float[] work = new float[FRAME];
  private final ConstantQKernel kernel;
  private final double[][] history;
  private final int[] recentKeys;
  private int historyFilled, historyNext, keysFilled;
  /** Frames of each key (index 0..11 major C..B, 12..23 minor), after the median filter. */
  private final int[] framesPerKey = new int[24];

  QueenMaryKeyEstimator(float sampleRate) {
    this.kernel = ConstantQKernel.of(new ConstantQKernel.Setting(
        sampleRate, FRAME, LOWEST_HZ, BINS_PER_OCTAVE, OCTAVES, KERNEL_THRESHOLD));
    int window = (int) Math.ceil(AVERAGE_SECONDS * sampleRate / FRAME);
    this.history = new double[window][];
    this.recentKeys = new int[window];
  }

  @Override
  public void frame(float[] frame) {
    if (Stats.rmsDbfs(frame) < SILENT_FRAME_DBFS) return;
    System.arraycopy(frame, 0, work, 0, FRAME);
    fft.forwardTransform(work);
    double[] chroma = new double[BINS_PER_OCTAVE];
    double[] cq = kernel.magnitudes(work);
    for (int k = 0; k < cq.length; k++) chroma[k % BINS_PER_OCTAVE] += cq[k];
    double max = 0;
    for (double c : chroma) max = Math.max(max, c);
    if (!(max > 0)) return;
    for (int i = 0; i < chroma.length; i++) chroma[i] /= max;
    history[historyNext] = chroma;
    historyNext = (historyNext + 1) % history.length;
    historyFilled = Math.min(historyFilled + 1, history.length);
    int key = keyOfAverage();
    framesPerKey[medianOfRecent(key)]++;
  }

  /** The key of the mean of the chroma history: the best of 36 shifts of both profiles. */
  private int keyOfAverage() {
    double[] mean = new double[BINS_PER_OCTAVE];
    for (int f = 0; f < historyFilled; f++)
      for (int i = 0; i < BINS_PER_OCTAVE; i++) mean[i] += history[f][i] / historyFilled;
    double[] centred = centred(mean);
    int majorShift = 0, minorShift = 0;
    double[] major = new double[BINS_PER_OCTAVE], minor = new double[BINS_PER_OCTAVE];
    for (int shift = 0; shift < BINS_PER_OCTAVE; shift++) {
      major[shift] = correlation(centred, MAJOR_CENTRED, shift);
      minor[shift] = correlation(centred, MINOR_CENTRED, shift);
      if (major[shift] > major[majorShift]) majorShift = shift;
      if (minor[shift] > minor[minorShift]) minorShift = shift;
    }
    // as in GetKeyMode, a tie between the best major and the best minor fit goes to the minor key
    boolean bestMinor = !(major[majorShift] > minor[minorShift]);
    int bestShift = bestMinor ? minorShift : majorShift;
    return (bestMinor ? 12 : 0) + bestShift / 3;
  }

  /**
   * The lower median of the last frame keys, as key numbers (major 0..11 below minor 12..23), which is what the
   * Queen Mary detector reports: its output steadies over 10 s, however odd a median of key numbers is.
   */
  private int medianOfRecent(int key) {
    System.arraycopy(recentKeys, 1, recentKeys, 0, recentKeys.length - 1);
    recentKeys[recentKeys.length - 1] = key;
    keysFilled = Math.min(keysFilled + 1, recentKeys.length);
    int[] sorted =
        Arrays.copyOfRange(recentKeys, recentKeys.length - keysFilled, recentKeys.length);
    Arrays.sort(sorted);
    return sorted[Math.max(1, (sorted.length + 1) / 2) - 1];
  }

  /**
   * Correlation with a profile whose C centre (index 1) is moved to chroma bin {@code shift - 1}: shifts 3t, 3t+1
   * and 3t+2 put the tonic a third of a semitone flat of, on and sharp of pitch class t.
   */
  private static double correlation(double[] data, double[] profile, int shift) {
    double num = 0, sumData = 0, sumProfile = 0;
    for (int i = 0; i < BINS_PER_OCTAVE; i++) {
      double p = profile[Math.floorMod(i - shift + 2, BINS_PER_OCTAVE)];
      num += data[i] * p;
      sumData += data[i] * data[i];
      sumProfile += p * p;
    }
    double den = Math.sqrt(sumData * sumProfile);
    return den > 0 ? num / den : 0;
  }

  private static double[] centred(double[] v) {
    double mean = 0;
    for (double x : v) mean += x / v.length;
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) out[i] = v[i] - mean;
    return out;
  }

  /** The key held by the most frames (the first of them on a tie); no frames, no key. */
  KeyVote vote() {
    int best = 0;
    for (int k = 1; k < 24; k++) if (framesPerKey[k] > framesPerKey[best]) best = k;
    return new KeyVote("queen-mary", framesPerKey[best] > 0 ? KeyVote.keyOfIndex(best) : null);
  }
}
