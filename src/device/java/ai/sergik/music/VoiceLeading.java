package ai.sergik.music;

import java.util.Arrays;

/**
 * Places chords in a register so that each moves as little as possible from the one before: common
 * tones stay where they are and the other voices take the smallest steps. Every candidate is a close
 * voicing (an inversion stacked upward inside one octave plus extensions) that fits between
 * {@code low} and {@code high}; the one with the least total movement wins, ties going to the one
 * nearest the middle of the register.
 */
public final class VoiceLeading {
  private VoiceLeading() {}

  /** A close voicing of {@code chord} centred in [low, high]; used for the first chord. */
  public static int[] first(Chord chord, int low, int high) {
    return best(chord.pitchClasses(), chord.name(), null, low, high);
  }

  /** A close voicing of these pitch classes (in chord-tone order) centred in [low, high]. */
  public static int[] first(int[] pitchClasses, int low, int high) {
    return best(pitchClasses, "chord", null, low, high);
  }

  /** The close voicing of {@code chord} nearest to {@code previous}. */
  public static int[] next(int[] previous, Chord chord, int low, int high) {
    return best(chord.pitchClasses(), chord.name(), previous, low, high);
  }

  /** The close voicing of these pitch classes nearest to {@code previous} (null for none). */
  public static int[] next(int[] previous, int[] pitchClasses, int low, int high) {
    return best(pitchClasses, "chord", previous, low, high);
  }

  private static int[] best(int[] pcs, String name, int[] previous, int low, int high) {
    int k = pcs.length;
    if (k == 0) throw new IllegalArgumentException("a voicing needs at least one pitch class");
    if (low < 0 || high > 127 || high - low < 12 + k) {
      throw new IllegalArgumentException(
          "register " + low + ".." + high + " is too narrow for " + name);
    }
    double centre = (low + high) / 2.0;
    int[] before = null;
    if (previous != null) {
      before = previous.clone();
      Arrays.sort(before);
    }
    int[] best = null;
    double bestCost = Double.MAX_VALUE;
    int[] candidate = new int[k];
    for (int inversion = 0; inversion < k; inversion++) {
      int firstBass = low + PitchClass.normalize(pcs[inversion] - low);
      for (int bass = firstBass; bass <= high; bass += 12) {
        candidate[0] = bass;
        boolean fits = true;
        for (int i = 1; i < k; i++) {
          // the next chord tone above the previous voice
          int p = candidate[i - 1]
              + 1
              + PitchClass.normalize(pcs[(inversion + i) % k] - candidate[i - 1] - 1);
          candidate[i] = p;
          if (p > high) {
            fits = false;
            break;
          }
        }
        if (!fits) continue;
        double cost = before == null
            ? 0
            : sortedMovement(before, candidate); // candidates are built ascending
        double mid = (candidate[0] + candidate[k - 1]) / 2.0;
        cost = cost * 1000 + Math.abs(mid - centre);
        if (cost < bestCost) {
          bestCost = cost;
          best = candidate.clone();
        }
      }
    }
    if (best == null) {
      throw new IllegalArgumentException("no voicing of " + name + " fits in " + low + ".." + high);
    }
    return best;
  }

  /**
   * Total semitones moved from {@code from} to {@code to}. Same voice count: sorted voices matched in
   * order. Otherwise every note counts its distance to the nearest note of the other chord.
   */
  public static int movement(int[] from, int[] to) {
    int[] a = from.clone();
    int[] b = to.clone();
    Arrays.sort(a);
    Arrays.sort(b);
    return sortedMovement(a, b);
  }

  /** {@link #movement} of two voicings already sorted ascending (nothing copied). */
  public static int sortedMovement(int[] a, int[] b) {
    int total = 0;
    if (a.length == b.length) {
      for (int i = 0; i < a.length; i++) total += Math.abs(a[i] - b[i]);
      return total;
    }
    for (int x : b) total += nearest(a, x);
    for (int x : a) total += nearest(b, x);
    return total;
  }

  private static int nearest(int[] notes, int x) {
    int d = Integer.MAX_VALUE;
    for (int n : notes) d = Math.min(d, Math.abs(n - x));
    return d;
  }
}
