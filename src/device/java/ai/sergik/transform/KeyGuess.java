package ai.sergik.transform;

import ai.sergik.music.Key;
import ai.sergik.music.Note;
import ai.sergik.music.PitchClass;
import java.util.List;

/**
 * The major or minor key notes most likely belong to, for transforms that work in a key when none is
 * given: the key whose scale holds the most note time, then the one whose tonic sounds longest, then
 * the one whose tonic is the lowest note of the first onset or the last note.
 */
final class KeyGuess {
  private KeyGuess() {}

  static Key of(List<Note> sorted) {
    double[] weight = new double[12];
    for (Note n : sorted) weight[PitchClass.normalize(n.pitch())] += n.duration();
    int firstBass = sorted.isEmpty() ? 0 : PitchClass.normalize(sorted.get(0).pitch());
    int last = sorted.isEmpty() ? 0 : PitchClass.normalize(sorted.get(sorted.size() - 1).pitch());
    Key best = Key.parse("8B");
    double[] bestScore = null;
    for (Key k : Key.all()) {
      double inScale = 0;
      for (int pc = 0; pc < 12; pc++) if (k.contains(pc)) inScale += weight[pc];
      double[] score = {round(inScale), round(weight[k.tonic()]), (k.tonic() == firstBass ? 1 : 0) + (k.tonic() == last ? 1 : 0)};
      if (bestScore == null || better(score, bestScore)) {
        best = k;
        bestScore = score;
      }
    }
    return best;
  }

  private static double round(double d) { return Math.round(d * 1e6) / 1e6; }

  private static boolean better(double[] a, double[] b) {
    for (int i = 0; i < a.length; i++) if (a[i] != b[i]) return a[i] > b[i];
    return false;
  }
}
