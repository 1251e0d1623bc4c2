package ai.sergik.analysis;

import ai.sergik.music.Key;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Tempo of slow music: the engine's loops of every style (each with its own drums) and the test grooves
 * (boom-bap below 100 BPM) at LO..HI BPM in STEP steps, within 2 %. Slow tempi are where octave errors live.
 * Run: {@code scripts/bench-analysis slow [LO HI STEP]} (default 60 98 2).
 */
public final class SlowTempoAccuracy {
  public static void main(String[] args) throws Exception {
    double lo = args.length > 0 ? Double.parseDouble(args[0]) : 60;
    double hi = args.length > 1 ? Double.parseDouble(args[1]) : 98;
    double step = args.length > 2 ? Double.parseDouble(args[2]) : 2;
    Path dir = Files.createTempDirectory("sergik-slow");
    FeatureExtractor fx = new FeatureExtractor();
    int engineOk = 0, engineN = 0, grooveOk = 0, grooveN = 0;
    for (double bpm = lo; bpm <= hi; bpm += step) {
      for (String[] s : EngineMusicTempoTest.STYLES) {
        Key key = Key.of((int) bpm % 12, ((int) bpm) % 2 != 0);
        Path wav = TestMusic.render(
            EngineMusic.song(key, s[0], s[1], s[2], bpm, 8, (long) bpm, 0),
            dir,
            s[0] + bpm + ".wav");
        TrackFeatures f = fx.analyze(wav).features();
        Files.delete(wav);
        engineN++;
        if (within2(f.bpm(), bpm)) engineOk++;
        else
          System.out.printf(
              Locale.ROOT, "engine %s (%s drums) %.1f -> %s%n", s[0], s[2], bpm, f.bpm());
      }
      Path wav = TestMusic.render(
          TestMusic.groove(bpm, (int) Math.ceil(12 * bpm / 240), (long) (bpm * 100) + 7),
          dir,
          "g" + bpm + ".wav");
      TrackFeatures f = fx.analyze(wav).features();
      Files.delete(wav);
      grooveN++;
      if (within2(f.bpm(), bpm)) grooveOk++;
      else System.out.printf(Locale.ROOT, "groove %.1f -> %s%n", bpm, f.bpm());
    }
    System.out.printf(
        Locale.ROOT,
        "SLOW %.0f-%.0f BPM: engine loops %d/%d, grooves %d/%d within 2 %%%n",
        lo,
        hi,
        engineOk,
        engineN,
        grooveOk,
        grooveN);
  }

  private static boolean within2(Double got, double truth) {
    return got != null && Math.abs(got - truth) / truth <= 0.02;
  }
}
