package ai.sergik.analysis;

/** The MIREX key-detection score: 1 exact, 0.5 fifth, 0.3 relative, 0.2 parallel, else 0. */
final class KeyScores {
  private KeyScores() {}

  static double mirex(MusicalKey truth, MusicalKey found) {
    if (found == null) return 0;
    if (found.equals(truth)) return 1;
    if (found.major() == truth.major()) {
      int d = Math.floorMod(found.tonic() - truth.tonic(), 12);
      if (d == 7 || d == 5) return 0.5;
      return 0;
    }
    int relative = truth.major() ? Math.floorMod(truth.tonic() - 3, 12) : (truth.tonic() + 3) % 12;
    if (found.tonic() == relative) return 0.3;
    if (found.tonic() == truth.tonic()) return 0.2;
    return 0;
  }
}
