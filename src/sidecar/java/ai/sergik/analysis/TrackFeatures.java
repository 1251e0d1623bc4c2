package ai.sergik.analysis;

import ai.sergik.music.Key;
import java.util.List;
import java.util.Objects;

/**
 * Everything the analysis says about one file. A feature that could not be measured is null, and
 * {@link #notes()} says why (too short, silent, truncated header ...); numbers are never NaN.
 *
 * @param key null for silence or unpitched audio
 * @param bpmAlternative the half or double tempo when it was a close call (both in 50–180 BPM)
 * @param harmonicRatio harmonic share of the spectral energy, H / (H + P), in [0, 1]
 * @param chroma 12 values summing to 1, C first
 * @param energyLevel 1–10, see {@link EnergyLevel}
 * @param mood a label from {@link Mood}
 */
public record TrackFeatures(
    String path,
    String format,
    float sampleRate,
    int channels,
    Integer bitDepth,
    double durationSeconds,
    Double bpm,
    Double bpmConfidence,
    Double bpmAlternative,
    int beatCount,
    Key key,
    Double keyConfidence,
    Key keyRunnerUp,
    Double tuningCents,
    Double lufs,
    Double loudnessRange,
    Double samplePeakDbfs,
    Double truePeakDbtp,
    Double rmsMeanDbfs,
    Double rmsStdDbfs,
    Double crestDb,
    Double clippedFraction,
    Double centroidMeanHz,
    Double centroidStdHz,
    Double harmonicRatio,
    Double onsetsPerSecond,
    List<Double> mfccMeans,
    List<Double> mfccStds,
    List<Double> chroma,
    Integer energyLevel,
    String mood,
    List<String> notes) {

  public TrackFeatures {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(format, "format");
    mfccMeans = mfccMeans == null ? null : List.copyOf(mfccMeans);
    mfccStds = mfccStds == null ? null : List.copyOf(mfccStds);
    chroma = chroma == null ? null : List.copyOf(chroma);
    notes = List.copyOf(notes);
    for (Double d : new Double[] {
      bpm,
      bpmConfidence,
      bpmAlternative,
      keyConfidence,
      tuningCents,
      lufs,
      loudnessRange,
      samplePeakDbfs,
      truePeakDbtp,
      rmsMeanDbfs,
      rmsStdDbfs,
      crestDb,
      clippedFraction,
      centroidMeanHz,
      centroidStdHz,
      harmonicRatio,
      onsetsPerSecond
    }) {
      if (d != null && !Double.isFinite(d))
        throw new IllegalArgumentException("feature values must be finite or null, got " + d);
    }
  }

  /** True when a key was found but its confidence is below {@link KeyDetector#UNSURE_BELOW}: check it by ear. */
  public boolean keyUnsure() {
    return key != null && keyConfidence != null && keyConfidence < KeyDetector.UNSURE_BELOW;
  }

  /** The file name without directories. */
  public String filename() {
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return path.substring(slash + 1);
  }

  /** A builder that names every feature as it is set, so that none lands in another's place. */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects the features one by one; {@link #build()} checks them as the constructor does. */
  public static final class Builder {
    private String path;
    private String format;
    private float sampleRate;
    private int channels;
    private Integer bitDepth;
    private double durationSeconds;
    private Double bpm;
    private Double bpmConfidence;
    private Double bpmAlternative;
    private int beatCount;
    private Key key;
    private Double keyConfidence;
    private Key keyRunnerUp;
    private Double tuningCents;
    private Double lufs;
    private Double loudnessRange;
    private Double samplePeakDbfs;
    private Double truePeakDbtp;
    private Double rmsMeanDbfs;
    private Double rmsStdDbfs;
    private Double crestDb;
    private Double clippedFraction;
    private Double centroidMeanHz;
    private Double centroidStdHz;
    private Double harmonicRatio;
    private Double onsetsPerSecond;
    private List<Double> mfccMeans;
    private List<Double> mfccStds;
    private List<Double> chroma;
    private Integer energyLevel;
    private String mood;
    private List<String> notes = List.of();

    private Builder() {}

    public Builder path(String path) {
      this.path = path;
      return this;
    }

    public Builder format(String format) {
      this.format = format;
      return this;
    }

    public Builder sampleRate(float sampleRate) {
      this.sampleRate = sampleRate;
      return this;
    }

    public Builder channels(int channels) {
      this.channels = channels;
      return this;
    }

    public Builder bitDepth(Integer bitDepth) {
      this.bitDepth = bitDepth;
      return this;
    }

    public Builder durationSeconds(double durationSeconds) {
      this.durationSeconds = durationSeconds;
      return this;
    }

    public Builder bpm(Double bpm) {
      this.bpm = bpm;
      return this;
    }

    public Builder bpmConfidence(Double bpmConfidence) {
      this.bpmConfidence = bpmConfidence;
      return this;
    }

    public Builder bpmAlternative(Double bpmAlternative) {
      this.bpmAlternative = bpmAlternative;
      return this;
    }

    public Builder beatCount(int beatCount) {
      this.beatCount = beatCount;
      return this;
    }

    public Builder key(Key key) {
      this.key = key;
      return this;
    }

    public Builder keyConfidence(Double keyConfidence) {
      this.keyConfidence = keyConfidence;
      return this;
    }

    public Builder keyRunnerUp(Key keyRunnerUp) {
      this.keyRunnerUp = keyRunnerUp;
      return this;
    }

    public Builder tuningCents(Double tuningCents) {
      this.tuningCents = tuningCents;
      return this;
    }

    public Builder lufs(Double lufs) {
      this.lufs = lufs;
      return this;
    }

    public Builder loudnessRange(Double loudnessRange) {
      this.loudnessRange = loudnessRange;
      return this;
    }

    public Builder samplePeakDbfs(Double samplePeakDbfs) {
      this.samplePeakDbfs = samplePeakDbfs;
      return this;
    }

    public Builder truePeakDbtp(Double truePeakDbtp) {
      this.truePeakDbtp = truePeakDbtp;
      return this;
    }

    public Builder rmsMeanDbfs(Double rmsMeanDbfs) {
      this.rmsMeanDbfs = rmsMeanDbfs;
      return this;
    }

    public Builder rmsStdDbfs(Double rmsStdDbfs) {
      this.rmsStdDbfs = rmsStdDbfs;
      return this;
    }

    public Builder crestDb(Double crestDb) {
      this.crestDb = crestDb;
      return this;
    }

    public Builder clippedFraction(Double clippedFraction) {
      this.clippedFraction = clippedFraction;
      return this;
    }

    public Builder centroidMeanHz(Double centroidMeanHz) {
      this.centroidMeanHz = centroidMeanHz;
      return this;
    }

    public Builder centroidStdHz(Double centroidStdHz) {
      this.centroidStdHz = centroidStdHz;
      return this;
    }

    public Builder harmonicRatio(Double harmonicRatio) {
      this.harmonicRatio = harmonicRatio;
      return this;
    }

    public Builder onsetsPerSecond(Double onsetsPerSecond) {
      this.onsetsPerSecond = onsetsPerSecond;
      return this;
    }

    public Builder mfccMeans(List<Double> mfccMeans) {
      this.mfccMeans = mfccMeans;
      return this;
    }

    public Builder mfccStds(List<Double> mfccStds) {
      this.mfccStds = mfccStds;
      return this;
    }

    public Builder chroma(List<Double> chroma) {
      this.chroma = chroma;
      return this;
    }

    public Builder energyLevel(Integer energyLevel) {
      this.energyLevel = energyLevel;
      return this;
    }

    public Builder mood(String mood) {
      this.mood = mood;
      return this;
    }

    public Builder notes(List<String> notes) {
      this.notes = notes;
      return this;
    }

    public TrackFeatures build() {
      return new TrackFeatures(
          path,
          format,
          sampleRate,
          channels,
          bitDepth,
          durationSeconds,
          bpm,
          bpmConfidence,
          bpmAlternative,
          beatCount,
          key,
          keyConfidence,
          keyRunnerUp,
          tuningCents,
          lufs,
          loudnessRange,
          samplePeakDbfs,
          truePeakDbtp,
          rmsMeanDbfs,
          rmsStdDbfs,
          crestDb,
          clippedFraction,
          centroidMeanHz,
          centroidStdHz,
          harmonicRatio,
          onsetsPerSecond,
          mfccMeans,
          mfccStds,
          chroma,
          energyLevel,
          mood,
          notes);
    }
  }
}
