package ai.sergik.analysis;

import ai.sergik.music.Key;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The full accuracy sweep (the unit tests run a subset): tempo over 70–180 BPM in 1 BPM steps
 * (denser 80–99), key over all 24 keys with several seeds. Prints every miss and the totals.
 *
 * <p>Run: {@code scripts/bench-analysis accuracy}
 */
public final class AnalysisAccuracy {
  public static void main(String[] args) throws Exception {
    Path dir = Files.createTempDirectory("sergik-accuracy");
    String what = args.length > 0 ? args[0] : "all";
    int seeds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    int firstSeed = args.length > 2 ? Integer.parseInt(args[2]) : 0;
    if (!what.equals("key")) tempo(dir);
    if (!what.equals("tempo")) key(dir, firstSeed, seeds);
  }

  static void tempo(Path dir) throws Exception {
    List<Double> tempi = new ArrayList<>();
    for (double b = 70; b <= 180; b += 1) tempi.add(b);
    for (double b = 80.5; b < 99; b += 1) tempi.add(b);
    FeatureExtractor fx = new FeatureExtractor();
    int exact = 0, octave = 0, n = 0;
    for (double bpm : tempi) {
      int bars = (int) Math.ceil(20 * bpm / 240);
      Path wav =
          TestMusic.render(TestMusic.groove(bpm, bars, (long) (bpm * 10)), dir, "t" + bpm + ".wav");
      TrackFeatures f = fx.analyze(wav).features();
      Files.delete(wav);
      n++;
      Double got = f.bpm();
      String verdict;
      if (got != null && Math.abs(got - bpm) / bpm <= 0.02) {
        exact++;
        verdict = "ok";
      } else if (got != null
          && (Math.abs(got - 2 * bpm) / (2 * bpm) <= 0.02
              || Math.abs(got - bpm / 2) / (bpm / 2) <= 0.02)) {
        octave++;
        verdict = "OCTAVE";
      } else verdict = "MISS";
      if (!verdict.equals("ok"))
        System.out.printf(
            Locale.ROOT,
            "tempo %6.1f -> %s (alt %s, conf %s) %s%n",
            bpm,
            got,
            f.bpmAlternative(),
            f.bpmConfidence(),
            verdict);
    }
    System.out.printf(
        Locale.ROOT,
        "TEMPO within 2%%: %d/%d = %.1f %%; octave errors %d; other %d%n",
        exact,
        n,
        100.0 * exact / n,
        octave,
        n - exact - octave);
  }

  static void key(Path dir, int firstSeed, int seeds) throws Exception {
    FeatureExtractor fx = new FeatureExtractor();
    int exact = 0, n = 0;
    double mirex = 0;
    for (int seed = firstSeed; seed < firstSeed + seeds; seed++) {
      for (int i = 0; i < 24; i++) {
        Key key = Key.of(i % 12, i >= 12);
        double bpm = 90 + (i * 7 + seed * 13) % 40;
        Path wav = TestMusic.render(
            TestMusic.song(key, bpm, 8, 1000L * seed + i), dir, "k" + seed + "_" + i + ".wav");
        TrackFeatures f = fx.analyze(wav).features();
        Files.delete(wav);
        double score = KeyScores.mirex(key, f.key());
        mirex += score;
        n++;
        if (score == 1) exact++;
        else
          System.out.printf(
              Locale.ROOT,
              "key %s -> %s (runner-up %s, conf %s) score %.1f%n",
              key,
              f.key(),
              f.keyRunnerUp(),
              f.keyConfidence(),
              score);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "KEY exact: %d/%d = %.1f %%; MIREX weighted %.3f%n",
        exact,
        n,
        100.0 * exact / n,
        mirex / n);
  }
}
