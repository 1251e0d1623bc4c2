package ai.sergik.analysis;

import java.nio.file.Path;

/** Scratch: renders clips of a genre to a folder (not committed). */
public final class TempoScratch {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    java.util.List<GenreGrooves.Genre> all = new java.util.ArrayList<>(GenreGrooves.SLOW);
    all.addAll(GenreGrooves.FAST);
    for (GenreGrooves.Clip c : GenreGrooves.clips(all, Integer.parseInt(args[2]), 1)) {
      if (c.genre().name().equals(args[1])) System.out.println(TestMusic.render(c.song(20), dir, c.name() + ".wav"));
    }
  }
}
