package ai.sergik.analysis;

import ai.sergik.music.Key;
import java.util.ArrayList;
import java.util.List;

/** The MIREX key-detection score: 1 exact, 0.5 fifth, 0.3 relative, 0.2 parallel, else 0. */
final class KeyScores {
  private KeyScores() {}

  static double mirex(Key truth, Key found) {
    if (found == null) return 0;
    if (found.equals(truth)) return 1;
    if (found.isMinor() == truth.isMinor()) {
      int d = Math.floorMod(found.tonic() - truth.tonic(), 12);
      if (d == 7 || d == 5) return 0.5;
      return 0;
    }
    int relative =
        !truth.isMinor() ? Math.floorMod(truth.tonic() - 3, 12) : (truth.tonic() + 3) % 12;
    if (found.tonic() == relative) return 0.3;
    if (found.tonic() == truth.tonic()) return 0.2;
    return 0;
  }

  /** Keys found for a set of clips: how many exactly right, the mean MIREX score, and the misses by label. */
  record Tally(int exact, int count, double mirex, List<String> misses) {
    static Tally of(List<String> labels, List<Key> truths, List<Key> found) {
      int exact = 0;
      double sum = 0;
      List<String> misses = new ArrayList<>();
      for (int i = 0; i < truths.size(); i++) {
        double score = KeyScores.mirex(truths.get(i), found.get(i));
        sum += score;
        if (score == 1) exact++;
        else
          misses.add(labels.get(i) + " -> "
              + (found.get(i) == null ? null : found.get(i).camelot()));
      }
      return new Tally(exact, truths.size(), sum / truths.size(), List.copyOf(misses));
    }

    double exactShare() {
      return (double) exact / count;
    }

    @Override
    public String toString() {
      return String.format("%d/%d exact, MIREX %.3f; misses %s", exact, count, mirex, misses);
    }
  }
}
