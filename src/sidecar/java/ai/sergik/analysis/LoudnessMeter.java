package ai.sergik.analysis;

/**
 * ITU-R BS.1770-4 / EBU R128 loudness, plus the plain (unweighted) level statistics that share its
 * 100 ms grid.
 *
 * <p>Each channel is K-weighted by two biquads designed for the file's own sample rate. Mean squares
 * are kept per 100 ms step; a 400 ms gating block is four consecutive steps (75 % overlap), a 3 s
 * short-term block thirty (for LRA, EBU Tech 3342). Channel weights: 1.0 for L, R, C, 0 for LFE and
 * 1.41 for surrounds in the 5.1 order L R C LFE Ls Rs; mono and stereo use 1.0.
 */
final class LoudnessMeter {
  static final double ABSOLUTE_GATE_LUFS = -70;
  static final double RELATIVE_GATE_LU = -10;
  static final double LRA_RELATIVE_GATE_LU = -20;
  /** Windows quieter than this (dBFS RMS) are left out of the RMS mean/std, as silence. */
  static final double RMS_SILENCE_DBFS = -70;

  private static final double CLIP_LEVEL = 0.999;

  private final int channels;
  private final int stepFrames;
  private final double[] weights;
  private final Biquad[] shelf, highPass;
  private final DoubleList stepWeightedPower = new DoubleList();
  private final DoubleList stepRawPower = new DoubleList();
  private double weightedAcc, rawAcc, totalRaw;
  private double[] scratch = new double[0];
  private int inStep;
  private long frames, clippedSamples;
  private float samplePeak;

  LoudnessMeter(float sampleRate, int channels) {
    this.channels = channels;
    this.stepFrames = Math.max(1, Math.round(sampleRate / 10f));
    this.weights = channelWeights(channels);
    this.shelf = new Biquad[channels];
    this.highPass = new Biquad[channels];
    for (int c = 0; c < channels; c++) {
      shelf[c] = Biquad.kWeightingShelf(sampleRate);
      highPass[c] = Biquad.kWeightingHighPass(sampleRate);
    }
  }

  static double[] channelWeights(int channels) {
    double[] w = new double[channels];
    java.util.Arrays.fill(w, 1.0);
    if (channels >= 6) {
      w[3] = 0; // LFE is not measured
      w[4] = 1.41; // Ls
      w[5] = 1.41; // Rs
    } else if (channels == 5) {
      w[3] = 1.41;
      w[4] = 1.41;
    }
    return w;
  }

  void process(float[][] block, int n) {
    if (scratch.length < n) scratch = new double[n];
    int i = 0;
    while (i < n) {
      int take = Math.min(n - i, stepFrames - inStep);
      for (int c = 0; c < channels; c++) {
        float[] x = block[c];
        double[] y = scratch;
        float peak = samplePeak;
        long clipped = 0;
        double rsum = 0;
        for (int k = 0; k < take; k++) {
          float v = x[i + k];
          y[k] = v;
          rsum += (double) v * v;
          float a = Math.abs(v);
          peak = Math.max(peak, a);
          if (a >= CLIP_LEVEL) clipped++;
        }
        Biquad.cascade(shelf[c], highPass[c], y, take);
        double wsum = 0;
        for (int k = 0; k < take; k++) wsum += y[k] * y[k];
        samplePeak = peak;
        clippedSamples += clipped;
        weightedAcc += weights[c] * wsum;
        rawAcc += rsum;
      }
      inStep += take;
      i += take;
      if (inStep == stepFrames) {
        stepWeightedPower.add(weightedAcc / stepFrames);
        stepRawPower.add(rawAcc / ((double) stepFrames * channels));
        totalRaw += rawAcc;
        weightedAcc = 0;
        rawAcc = 0;
        inStep = 0;
      }
    }
    frames += n;
  }

  Loudness finish() {
    totalRaw += rawAcc;
    double[] steps = stepWeightedPower.toArray();
    double[] blocks = blockPowers(steps, 4);
    Double integrated = gatedLoudness(blocks, RELATIVE_GATE_LU);
    double[] shortTerm = blockPowers(steps, 30);
    Double lra = loudnessRange(shortTerm);
    double[] shortTermLufs = new double[shortTerm.length];
    for (int i = 0; i < shortTerm.length; i++) shortTermLufs[i] = lufs(shortTerm[i]);
    double[] raw = stepRawPower.toArray();
    Stats.Running rms = new Stats.Running();
    for (double p : raw) {
      double db = 10 * Math.log10(p);
      if (db > RMS_SILENCE_DBFS) rms.add(db);
    }
    double overallPower = frames == 0 ? 0 : totalRaw / ((double) frames * channels);
    Double overallRmsDb = overallPower > 0 ? 10 * Math.log10(overallPower) : null;
    Double peakDb = samplePeak > 0 ? 20 * Math.log10(samplePeak) : null;
    Double crest = peakDb != null && overallRmsDb != null && overallRmsDb > RMS_SILENCE_DBFS
        ? peakDb - overallRmsDb
        : null;
    return new Loudness(
        integrated,
        lra,
        peakDb,
        rms.count() > 0 ? rms.mean() : null,
        rms.count() > 0 ? rms.std() : null,
        crest,
        frames == 0 ? 0 : clippedSamples / (double) (frames * channels),
        shortTermLufs);
  }

  /** Mean power of every window of {@code steps} consecutive 100 ms steps, hop one step. */
  static double[] blockPowers(double[] stepPower, int steps) {
    int count = stepPower.length - steps + 1;
    if (count <= 0) return new double[0];
    double[] out = new double[count];
    double sum = 0;
    for (int i = 0; i < steps; i++) sum += stepPower[i];
    out[0] = sum / steps;
    for (int i = 1; i < count; i++) {
      sum += stepPower[i + steps - 1] - stepPower[i - 1];
      out[i] = Math.max(0, sum / steps);
    }
    return out;
  }

  static double lufs(double power) {
    return power > 0 ? -0.691 + 10 * Math.log10(power) : Double.NEGATIVE_INFINITY;
  }

  /** Integrated loudness: absolute gate at -70 LUFS, then a relative gate below the absolute-gated mean. */
  static Double gatedLoudness(double[] blockPower, double relativeGateLu) {
    double sum = 0;
    int n = 0;
    for (double p : blockPower) {
      if (lufs(p) > ABSOLUTE_GATE_LUFS) {
        sum += p;
        n++;
      }
    }
    if (n == 0) return null;
    double relativeGate = lufs(sum / n) + relativeGateLu;
    double sum2 = 0;
    int n2 = 0;
    for (double p : blockPower) {
      double l = lufs(p);
      if (l > ABSOLUTE_GATE_LUFS && l > relativeGate) {
        sum2 += p;
        n2++;
      }
    }
    return n2 == 0 ? null : lufs(sum2 / n2);
  }

  /** EBU Tech 3342 loudness range over 3 s short-term blocks: 95th minus 10th percentile after gating. */
  static Double loudnessRange(double[] shortTermPower) {
    double sum = 0;
    int n = 0;
    for (double p : shortTermPower) {
      if (lufs(p) > ABSOLUTE_GATE_LUFS) {
        sum += p;
        n++;
      }
    }
    if (n == 0) return null;
    double gate = lufs(sum / n) + LRA_RELATIVE_GATE_LU;
    DoubleList kept = new DoubleList();
    for (double p : shortTermPower) {
      double l = lufs(p);
      if (l > ABSOLUTE_GATE_LUFS && l > gate) kept.add(l);
    }
    if (kept.size() == 0) return null;
    double[] v = kept.toArray();
    return Stats.percentile(v, 95) - Stats.percentile(v, 10);
  }

  /**
   * @param integratedLufs null when no 400 ms block passed the gates (silence, or shorter than 0.4 s)
   * @param shortTermLufs 3 s short-term loudness every 100 ms (for the picture)
   */
  // Arrays on purpose: long per-frame series for the picture, never compared or hashed (the check's
  // concern is
  // equals/hashCode); boxed lists would cost several times the memory.
  @SuppressWarnings("ArrayRecordComponent")
  record Loudness(
      Double integratedLufs,
      Double loudnessRangeLu,
      Double samplePeakDbfs,
      Double rmsMeanDbfs,
      Double rmsStdDbfs,
      Double crestDb,
      double clippedFraction,
      double[] shortTermLufs) {}
}
