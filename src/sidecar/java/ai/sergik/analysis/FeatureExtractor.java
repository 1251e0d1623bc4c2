package ai.sergik.analysis;

import ai.sergik.audio.AudioFiles;
import ai.sergik.audio.AudioInfo;
import ai.sergik.audio.PcmStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Extracts every feature of a track in one pass over its audio.
 *
 * <p>The file is decoded once, block by block, and each block goes to every processor, as in
 * TarsosDSP's dispatcher chain. TarsosDSP's own dispatcher is mono, while loudness needs every
 * channel, so the chain is ours:
 *
 * <pre>
 *   decoded channels ──> LoudnessMeter (K-weighting, gates, LRA, RMS, sample peak)
 *                    ──> TruePeakMeter (4x oversampled)
 *                    ──> mono mix ──> SpectralAnalyzer (centroid, MFCC; file rate)
 *                                 ──> WaveformEnvelope (picture)
 *                                 ──> Downsampler 11025 Hz ──> OnsetAnalyzer (flux, harmonic/percussive)
 *                                                          ──> Downsampler 5512.5 Hz ──> ChromaAnalyzer
 *                                                                                    ──> KeyFinderEstimator
 *                                                                                    ──> QueenMaryKeyEstimator
 * </pre>
 *
 * At the end the tempo tracker, key detector and the estimators' vote, energy level and mood rules turn the accumulated
 * values into one immutable {@link TrackFeatures}. Memory stays small and grows only with the
 * per-frame series (a few MB per hour of audio), never with the audio itself.
 */
public final class FeatureExtractor {
  static final int BLOCK_FRAMES = 8192;
  static final float ONSET_RATE = 11_025f;
  static final float CHROMA_RATE = ONSET_RATE / 2;
  /** Below this best correlation with any key profile the audio is called atonal. */
  static final double MIN_KEY_CORRELATION = 0.4;

  /** The features and the time series behind them. */
  public record Analysis(TrackFeatures features, AnalysisCurves curves) {}

  /** Opens, decodes and analyses a file; one bad file throws, with a message naming it. */
  public Analysis analyze(Path file) throws IOException {
    try (PcmStream in = AudioFiles.open(file)) {
      return analyze(file.toString(), in);
    }
  }

  public Analysis analyze(String name, PcmStream in) throws IOException {
    AudioInfo info = in.info();
    int channels = info.channels();
    float rate = info.sampleRate();
    LoudnessMeter loudness = new LoudnessMeter(rate, channels);
    TruePeakMeter truePeak = new TruePeakMeter(channels);
    SpectralAnalyzer spectral = new SpectralAnalyzer(rate);
    OnsetAnalyzer onsets = new OnsetAnalyzer(ONSET_RATE);
    ChromaAnalyzer chroma = new ChromaAnalyzer(CHROMA_RATE);
    WaveformEnvelope waveform = new WaveformEnvelope(rate);
    KeyFinderEstimator keyFinder = new KeyFinderEstimator(CHROMA_RATE);
    QueenMaryKeyEstimator queenMary = new QueenMaryKeyEstimator(CHROMA_RATE);
    Downsampler toChroma = new Downsampler(
        ONSET_RATE,
        CHROMA_RATE,
        List.of(
            new FrameSlicer(ChromaAnalyzer.FRAME, ChromaAnalyzer.HOP, chroma),
            new FrameSlicer(KeyFinderEstimator.FRAME, KeyFinderEstimator.HOP, keyFinder),
            new FrameSlicer(QueenMaryKeyEstimator.FRAME, QueenMaryKeyEstimator.HOP, queenMary)));
    Downsampler toOnsets = new Downsampler(
        rate,
        ONSET_RATE,
        List.of(new FrameSlicer(OnsetAnalyzer.FRAME, OnsetAnalyzer.HOP, onsets), toChroma));
    List<MonoProcessor> monoChain =
        List.of(new FrameSlicer(spectral.size(), spectral.hop(), spectral), waveform, toOnsets);

    float[][] block = new float[channels][BLOCK_FRAMES];
    float[] mono = new float[BLOCK_FRAMES];
    long frames = 0;
    int n;
    while ((n = in.read(block, BLOCK_FRAMES)) > 0) {
      if (Thread.currentThread().isInterrupted())
        throw new InterruptedIOException("analysis of " + name + " interrupted");
      loudness.process(block, n);
      truePeak.process(block, n);
      mixDown(block, channels, n, mono);
      for (MonoProcessor p : monoChain) p.process(mono, n);
      frames += n;
    }
    return finish(
        name,
        info,
        in.warnings(),
        frames,
        new Meters(loudness, truePeak, spectral, onsets, chroma, waveform, keyFinder, queenMary));
  }

  private static void mixDown(float[][] block, int channels, int n, float[] mono) {
    if (channels == 1) {
      System.arraycopy(block[0], 0, mono, 0, n);
      return;
    }
    float scale = 1f / channels;
    Arrays.fill(mono, 0, n, 0f);
    for (int c = 0; c < channels; c++) {
      float[] x = block[c];
      for (int i = 0; i < n; i++) mono[i] += x[i] * scale;
    }
  }

  /** What listened to one file in one pass, read out by {@link #finish} once the file has ended. */
  private record Meters(
      LoudnessMeter loudness,
      TruePeakMeter truePeak,
      SpectralAnalyzer spectral,
      OnsetAnalyzer onsets,
      ChromaAnalyzer chroma,
      WaveformEnvelope waveform,
      KeyFinderEstimator keyFinder,
      QueenMaryKeyEstimator queenMary) {}

  private static Analysis finish(
      String name, AudioInfo info, List<String> warnings, long frames, Meters meters) {
    LoudnessMeter loudnessMeter = meters.loudness();
    TruePeakMeter truePeakMeter = meters.truePeak();
    SpectralAnalyzer spectral = meters.spectral();
    OnsetAnalyzer onsets = meters.onsets();
    ChromaAnalyzer chromaAnalyzer = meters.chroma();
    WaveformEnvelope waveform = meters.waveform();
    List<String> notes = new ArrayList<>(warnings);
    double duration = frames / (double) info.sampleRate();
    if (frames == 0) notes.add("no audio frames in the file");

    LoudnessMeter.Loudness loudness = loudnessMeter.finish();
    if (loudness.integratedLufs() == null) {
      notes.add(
          duration < 0.4
              ? "too short for loudness (needs one 400 ms block)"
              : "silent: no block above -70 LUFS");
    }
    if (loudness.clippedFraction() > 1e-4) {
      notes.add(String.format(
          Locale.ROOT,
          "clipping: %.2f %% of samples at full scale",
          100 * loudness.clippedFraction()));
    }

    TempoTracker.Tempo tempo = TempoTracker.estimate(onsets.envelope(), onsets.frameRate());
    if (tempo.reason() != null) notes.add("tempo: " + tempo.reason());

    double[] chroma = chromaAnalyzer.chroma();
    KeyDetector.KeyEstimate key = null;
    if (chroma == null) {
      notes.add("key: no pitched content");
    } else {
      key = KeyDetector.detect(chroma, chromaAnalyzer.openingChroma());
      List<KeyVote> votes =
          List.of(meters.keyFinder().vote(), meters.queenMary().vote());
      KeyDetector.KeyEstimate detector = key;
      key = KeyConsensus.decide(detector, votes);
      if (key.correlation() < MIN_KEY_CORRELATION) {
        notes.add(String.format(
            Locale.ROOT,
            "key: no clear tonality (best profile correlation %.2f)",
            key.correlation()));
        key = null;
      } else if (key.confidence() < KeyDetector.UNSURE_BELOW) {
        notes.add(String.format(
            Locale.ROOT,
            "key: unsure (confidence %.2f, runner-up %s; %s)",
            key.confidence(),
            key.runnerUp().camelot(),
            String.join(", ", KeyConsensus.describe(detector, votes))));
      }
    }

    Double centroid = spectral.centroidMeanHz();
    Integer energy = EnergyLevel.of(loudness.integratedLufs(), tempo.onsetsPerSecond());
    String mood = Mood.of(key == null ? null : key.key(), energy, tempo.bpm(), centroid);

    TrackFeatures features = TrackFeatures.builder()
        .path(name)
        .format(info.format())
        .sampleRate(info.sampleRate())
        .channels(info.channels())
        .bitDepth(info.bitDepth())
        .durationSeconds(round(duration, 3))
        .bpm(tempo.bpm())
        .bpmConfidence(tempo.confidence())
        .bpmAlternative(tempo.alternativeBpm())
        .beatCount(tempo.beatTimes().length)
        .key(key == null ? null : key.key())
        .keyConfidence(key == null ? null : key.confidence())
        .keyRunnerUp(key == null ? null : key.runnerUp())
        .tuningCents(chroma == null ? null : round(chromaAnalyzer.tuningCents(), 1))
        .lufs(round(loudness.integratedLufs(), 2))
        .loudnessRange(round(loudness.loudnessRangeLu(), 2))
        .samplePeakDbfs(round(loudness.samplePeakDbfs(), 2))
        .truePeakDbtp(round(truePeakMeter.finish(), 2))
        .rmsMeanDbfs(round(loudness.rmsMeanDbfs(), 2))
        .rmsStdDbfs(round(loudness.rmsStdDbfs(), 2))
        .crestDb(round(loudness.crestDb(), 2))
        .clippedFraction(round(loudness.clippedFraction(), 6))
        .centroidMeanHz(round(centroid, 1))
        .centroidStdHz(round(spectral.centroidStdHz(), 1))
        .harmonicRatio(round(onsets.hpss().harmonicRatio(), 4))
        .onsetsPerSecond(round(tempo.onsetsPerSecond(), 3))
        .mfccMeans(list(spectral.mfccMeans()))
        .mfccStds(list(spectral.mfccStds()))
        .chroma(list(chroma))
        .energyLevel(energy)
        .mood(mood)
        .notes(notes)
        .build();
    AnalysisCurves curves = new AnalysisCurves(
        waveform.min(),
        waveform.max(),
        loudness.shortTermLufs(),
        chromaAnalyzer.chromagram(),
        chromaAnalyzer.frameSeconds(),
        tempo.beatTimes());
    return new Analysis(features, curves);
  }

  static Double round(Double v, int digits) {
    if (v == null || !Double.isFinite(v)) return null;
    double scale = Math.pow(10, digits);
    return Math.round(v * scale) / scale;
  }

  private static List<Double> list(double[] v) {
    if (v == null) return null;
    List<Double> out = new ArrayList<>(v.length);
    for (double d : v) out.add(Double.isFinite(d) ? Math.round(d * 10000) / 10000.0 : null);
    return out.contains(null) ? null : out;
  }
}
