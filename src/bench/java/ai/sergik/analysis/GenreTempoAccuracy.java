package ai.sergik.analysis;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Tempo on grooves written as producers of each genre write them ({@link GenreGrooves}): slow music (boom-bap,
 * lo-fi, R&amp;B, reggae, trip-hop, ballads, ambient, 60-100 BPM), as many fast tracks (house, techno, trance,
 * dubstep, trap, drum &amp; bass, UK garage, pop-rock, 120-176 BPM), tempi below 60, and tempi of 100-119
 * (whose half is below 60). Prints every miss, the
 * share within 2 % per band and per genre, and how often a confident tempo (bpm_confidence at least 0.8) is right.
 * Run: {@code scripts/bench-analysis genres [clips per genre] [first seed] [seconds] [genre]} (default 6 1 20, all genres).
 */
public final class GenreTempoAccuracy {
  public static void main(String[] args) throws Exception {
    int perGenre = args.length > 0 ? Integer.parseInt(args[0]) : 6;
    long firstSeed = args.length > 1 ? Long.parseLong(args[1]) : 1;
    double seconds = args.length > 2 ? Double.parseDouble(args[2]) : 20;
    String only = args.length > 3 ? args[3] : null;
    Path dir = Files.createTempDirectory("sergik-genres");
    FeatureExtractor fx = new FeatureExtractor();
    band("slow", only(GenreGrooves.SLOW, only), perGenre, firstSeed, seconds, fx, dir);
    band("fast", only(GenreGrooves.FAST, only), perGenre, firstSeed, seconds, fx, dir);
    band("below 60", only(GenreGrooves.BELOW_60, only), perGenre, firstSeed, seconds, fx, dir);
    band("100-119", only(GenreGrooves.AROUND_110, only), perGenre, firstSeed, seconds, fx, dir);
  }

  private static List<GenreGrooves.Genre> only(List<GenreGrooves.Genre> genres, String name) {
    return name == null
        ? genres
        : genres.stream().filter(g -> g.name().equals(name)).toList();
  }

  private static void band(
      String label,
      List<GenreGrooves.Genre> genres,
      int perGenre,
      long firstSeed,
      double seconds,
      FeatureExtractor fx,
      Path dir)
      throws Exception {
    if (genres.isEmpty()) return;
    int right = 0, n = 0, confident = 0, confidentRight = 0;
    StringBuilder perGenreLine = new StringBuilder();
    String current = null;
    int gRight = 0, gN = 0;
    for (GenreGrooves.Clip clip : GenreGrooves.clips(genres, perGenre, firstSeed)) {
      if (!clip.genre().name().equals(current)) {
        if (current != null)
          perGenreLine.append(String.format(Locale.ROOT, " %s %d/%d", current, gRight, gN));
        current = clip.genre().name();
        gRight = 0;
        gN = 0;
      }
      Path wav = TestMusic.render(clip.song(seconds), dir, clip.name() + ".wav");
      TrackFeatures f = fx.analyze(wav).features();
      Files.delete(wav);
      n++;
      gN++;
      boolean ok = f.bpm() != null && Math.abs(f.bpm() - clip.bpm()) / clip.bpm() <= 0.02;
      boolean sure = f.bpmConfidence() != null && f.bpmConfidence() >= 0.8;
      if (ok) {
        right++;
        gRight++;
      }
      if (sure) {
        confident++;
        if (ok) confidentRight++;
      }
      if (!ok || Boolean.getBoolean("sergik.tempoDebug"))
        System.out.printf(
            Locale.ROOT,
            "%s %s %.1f -> %s (alt %s, conf %s)%n",
            label,
            clip.genre().name(),
            clip.bpm(),
            f.bpm(),
            f.bpmAlternative(),
            f.bpmConfidence());
    }
    perGenreLine.append(String.format(Locale.ROOT, " %s %d/%d", current, gRight, gN));
    System.out.printf(
        Locale.ROOT,
        "GENRES %s: %d/%d within 2 %%; confident (>= 0.8) %d/%d right;%s%n",
        label,
        right,
        n,
        confidentRight,
        confident,
        perGenreLine);
  }
}
