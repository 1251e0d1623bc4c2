package ai.sergik.analysis;

import ai.sergik.audio.AudioFiles;
import ai.sergik.audio.PcmStream;
import ai.sergik.io.CsvTable;
import ai.sergik.music.Key;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Key accuracy of the HPCP key estimator in every setting (front end of Essentia's music extractor or of its
 * KeyExtractor; profiles edma, edmm, braw, bgate; with and without the polyphonic profiles) beside the key the
 * analysis reports now, all on the same audio in one run.
 *
 * <pre>
 *   scripts/bench-analysis hpcp engine [INTRO_BARS]   the engine's loops, 10 styles x 24 keys
 *   scripts/bench-analysis hpcp rendered [FIRST_SEED [SEEDS]]   rendered test songs, 24 keys per seed (10, 4)
 *   scripts/bench-analysis hpcp dev [DIR]             released recordings of the dev corpus (/tmp/audio-real-dev)
 * </pre>
 *
 * MIREX weights: engine and rendered as {@link KeyScores} (a fifth either way 0.5); dev as the corpus's score.py
 * (mir_eval's default: only the fifth above the truth scores 0.5).
 */
public final class HpcpKeyAccuracy {
  record Setting(
      String name, HpcpKeyEstimator.Settings front, HpcpKeyProfile profile, boolean polyphonic) {}

  static List<Setting> settings() {
    List<Setting> all = new ArrayList<>();
    for (HpcpKeyProfile p : HpcpKeyProfile.ALL) {
      for (boolean poly : new boolean[] {false, true}) {
        all.add(new Setting(
            "music-" + p.name() + (poly ? "-poly" : ""),
            HpcpKeyEstimator.Settings.MUSIC_EXTRACTOR,
            p,
            poly));
      }
    }
    for (HpcpKeyProfile p : HpcpKeyProfile.ALL) {
      all.add(new Setting(
          "keyextractor-" + p.name(), HpcpKeyEstimator.Settings.KEY_EXTRACTOR, p, false));
    }
    return all;
  }

  private record Clip(String label, Key truth, Supplier<Path> file, boolean temporary) {}

  public static void main(String[] args) throws Exception {
    String what = args.length > 0 ? args[0] : "engine";
    List<Setting> settings = settings();
    List<Clip> clips = new ArrayList<>();
    Path dir = Files.createTempDirectory("sergik-hpcp");
    boolean descendingFifthScores = !what.equals("dev");
    switch (what) {
      case "engine" -> {
        int intro = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        for (String[] s : EngineMusicTempoTest.STYLES) {
          for (int i = 0; i < 24; i++) {
            Key key = Key.of(i % 12, i >= 12);
            EngineClip c = new EngineClip(s, i, intro, key);
            clips.add(new Clip(s[0] + " " + key.camelot(), key, () -> c.render(dir), true));
          }
        }
      }
      case "rendered" -> {
        int first = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int seeds = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        for (int seed = first; seed < first + seeds; seed++) {
          for (int i = 0; i < 24; i++) {
            Key key = Key.of(i % 12, i >= 12);
            double bpm = 90 + (i * 7 + seed * 13) % 40;
            long songSeed = 1000L * seed + i;
            String name = "k" + seed + "_" + i + ".wav";
            clips.add(new Clip(
                "seed " + seed + " " + key.camelot(),
                key,
                () -> TestMusic.render(TestMusic.song(key, bpm, 8, songSeed), dir, name),
                true));
          }
        }
      }
      case "dev" -> {
        Path corpus = Paths.get(args.length > 1 ? args[1] : "/tmp/audio-real-dev");
        for (Map<String, String> row : CsvTable.readMaps(RealRecordingsDevSetTest.TRUTH)) {
          String camelot = row.get("camelot");
          if (camelot == null || camelot.isBlank()) continue;
          Path file = corpus.resolve(row.get("file"));
          clips.add(new Clip(row.get("file"), Key.parse(camelot), () -> file, false));
        }
      }
      default ->
        throw new IllegalArgumentException("expected engine, rendered or dev, got " + what);
    }
    FeatureExtractor fx = new FeatureExtractor();
    Map<String, List<Key>> found = new LinkedHashMap<>();
    for (Setting s : settings) found.put(s.name(), new ArrayList<>());
    found.put("consensus of three", new ArrayList<>());
    for (Setting s : settings) found.put("consensus + " + s.name(), new ArrayList<>());
    found.put("analysis (sergik analyze)", new ArrayList<>());
    for (Clip c : clips) {
      Path file = c.file().get();
      List<Key> keys = keys(file, settings);
      List<List<Key>> columns = new ArrayList<>(found.values());
      for (int i = 0; i < keys.size(); i++) columns.get(i).add(keys.get(i));
      columns.get(keys.size()).add(fx.analyze(file).features().key());
      if (c.temporary()) Files.delete(file);
    }
    for (Map.Entry<String, List<Key>> e : found.entrySet()) {
      int exact = 0, fifthUp = 0, fifthDown = 0, relative = 0, parallel = 0;
      double score = 0;
      List<String> misses = new ArrayList<>();
      for (int i = 0; i < clips.size(); i++) {
        Key truth = clips.get(i).truth(), key = e.getValue().get(i);
        String relation = RealRecordingsDevSetTest.relation(truth, key);
        switch (relation) {
          case "exact" -> exact++;
          case "fifth" -> fifthUp++;
          case "fifth_down" -> fifthDown++;
          case "relative" -> relative++;
          case "parallel" -> parallel++;
          default -> {}
        }
        score += switch (relation) {
          case "exact" -> 1;
          case "fifth" -> 0.5;
          case "fifth_down" -> descendingFifthScores ? 0.5 : 0;
          case "relative" -> 0.3;
          case "parallel" -> 0.2;
          default -> 0;
        };
        if (what.equals("dev") && !relation.equals("exact"))
          misses.add(clips.get(i).label().replace(".wav", "") + " " + truth.camelot() + "->"
              + (key == null ? "-" : key.camelot()));
      }
      int n = clips.size();
      System.out.printf(
          Locale.ROOT,
          "%-40s exact %3d/%d = %5.1f %%  MIREX %.3f  (fifth up %d, down %d, relative %d, parallel %d)%s%n",
          e.getKey(),
          exact,
          n,
          100.0 * exact / n,
          score / n,
          fifthUp,
          fifthDown,
          relative,
          parallel,
          misses.isEmpty() ? "" : "  " + String.join(", ", misses));
    }
  }

  /**
   * From one decode of the file: the HPCP estimator's key in every setting, then the key of today's consensus
   * (detector, libKeyFinder-like, Queen Mary-like), then that consensus with each setting's vote added.
   */
  static List<Key> keys(Path file, List<Setting> settings) throws IOException {
    List<HpcpKeyEstimator> estimators = new ArrayList<>();
    List<MonoProcessor> slicers = new ArrayList<>();
    for (Setting s : settings) {
      HpcpKeyEstimator e = new HpcpKeyEstimator(
          HpcpKeyEstimator.SAMPLE_RATE, s.front(), s.profile(), s.polyphonic());
      estimators.add(e);
      slicers.add(new FrameSlicer(HpcpKeyEstimator.FRAME, e.hop(), e));
    }
    float chromaRate = FeatureExtractor.CHROMA_RATE;
    ChromaAnalyzer chroma = new ChromaAnalyzer(chromaRate);
    KeyFinderEstimator keyFinder = new KeyFinderEstimator(chromaRate);
    QueenMaryKeyEstimator queenMary = new QueenMaryKeyEstimator(chromaRate);
    slicers.add(new Downsampler(
        HpcpKeyEstimator.SAMPLE_RATE,
        chromaRate,
        List.of(
            new FrameSlicer(ChromaAnalyzer.FRAME, ChromaAnalyzer.HOP, chroma),
            new FrameSlicer(KeyFinderEstimator.FRAME, KeyFinderEstimator.HOP, keyFinder),
            new FrameSlicer(QueenMaryKeyEstimator.FRAME, QueenMaryKeyEstimator.HOP, queenMary))));
    try (PcmStream in = AudioFiles.open(file)) {
      int channels = in.info().channels();
      Downsampler down =
          new Downsampler(in.info().sampleRate(), HpcpKeyEstimator.SAMPLE_RATE, slicers);
      float[][] block = new float[channels][8192];
      float[] mono = new float[8192];
      int n;
      while ((n = in.read(block, 8192)) > 0) {
        for (int i = 0; i < n; i++) {
          float sum = 0;
          for (float[] channel : block) sum += channel[i];
          mono[i] = sum / channels;
        }
        down.process(mono, n);
      }
    }
    List<Key> keys = new ArrayList<>();
    for (HpcpKeyEstimator e : estimators) keys.add(e.vote().key());
    double[] c = chroma.chroma();
    KeyDetector.KeyEstimate detector =
        c == null ? null : KeyDetector.detect(c, chroma.openingChroma());
    List<KeyVote> votes = List.of(keyFinder.vote(), queenMary.vote());
    keys.add(detector == null ? null : KeyConsensus.decide(detector, votes).key());
    for (HpcpKeyEstimator e : estimators) {
      List<KeyVote> withIt = new ArrayList<>(votes);
      withIt.add(e.vote());
      keys.add(detector == null ? null : KeyConsensus.decide(detector, withIt).key());
    }
    return keys;
  }

  private record EngineClip(String[] style, int index, int intro, Key key) {
    Path render(Path dir) {
      return TestMusic.render(
          EngineMusic.song(
              key, style[0], style[1], style[2], Double.parseDouble(style[3]), 8, index, intro),
          dir,
          style[0] + index + ".wav");
    }
  }
}
