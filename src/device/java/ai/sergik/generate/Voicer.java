package ai.sergik.generate;

import ai.sergik.music.Chord;
import ai.sergik.music.ChordQuality;
import ai.sergik.music.PitchClass;
import ai.sergik.music.VoiceLeading;
import java.util.Arrays;
import java.util.List;

/**
 * Voices chords the way a keyboard player would: every chord voice-led from the one before (the
 * candidate that moves the voices least, common tones held), within a register, stacked close, open,
 * drop-2 or drop-3, and clean:
 *
 * <ul>
 *   <li>no semitone between the two lowest notes;
 *   <li>no minor ninth between any two notes, except in dominant chords (where it is the colour);
 *   <li>low-interval limits: under C3 no two neighbouring notes closer than a fifth (a third under C3
 *       is mud on any speaker);
 * </ul>
 *
 * Candidates that break a rule are used only when nothing in the register keeps them all. Extensions
 * are kept and the fifth is left out first when a chord has more than five notes. A top-note target
 * pulls the top voice toward a melody line; an inversion fixes the lowest chord tone.
 */
final class Voicer {
  private Voicer() {}

  /** C3: below it neighbouring notes keep at least a fifth apart. */
  static final int LOW_INTERVAL_LIMIT = 48;

  /** How one part voices its chords. */
  static final class Plan {
    final int low; // upper voices: lowest allowed note
    final int high; // upper voices: highest allowed note
    final int bassLow; // lowest allowed bass note, or -1 for no separate bass voice
    final String spread; // close, open, drop-2, drop-3
    final String kind; // stabs, pads, spread, shell, rootless, arp
    final int inversion; // -1 voice-led
    final int[] topNotes; // null for none
    final int firstPick; // which of the best first voicings (seeded variety)
    int firstLowest = -1; // the first chord's lowest tone (index into its tones), -1 for any
    double centreWeight =
        1; // how strongly voicings keep to the register's middle against voice leading

    Plan(
        String kind,
        int low,
        int high,
        int bassLow,
        String spread,
        int inversion,
        int[] topNotes,
        int firstPick) {
      this.kind = kind;
      this.low = low;
      this.high = high;
      this.bassLow = bassLow;
      this.spread = spread;
      this.inversion = inversion;
      this.topNotes = topNotes;
      this.firstPick = firstPick;
    }
  }

  /** The plan for a chord voicing of a request: register, spread and targets as asked, or the voicing's own. */
  static Plan plan(GenerationRequest r, String voicing) {
    int low;
    int high;
    int bassLow;
    String spread = "close";
    switch (voicing) {
      case "pads":
        low = 48;
        high = 76;
        bassLow = 36;
        break;
      case "spread":
        low = 45;
        high = 84;
        bassLow = 33;
        spread = "drop-2";
        break;
      case "shell":
        low = 52;
        high = 72;
        bassLow = 40;
        break;
      case "rootless":
        low = 50;
        high = 76;
        bassLow = -1;
        break;
      case "arp":
        low = 67;
        high = 91;
        bassLow = -1;
        break;
      default:
        low = 52;
        high = 76;
        bassLow = -1;
        break;
    }
    ChordOptions chords = r.chords();
    if (chords.spread() != null) spread = chords.spread().id();
    if (chords.register() >= 0) {
      int lowest = bassLow >= 0 ? bassLow : low;
      int shift = chords.register() - lowest;
      low += shift;
      high += shift;
      if (bassLow >= 0) bassLow += shift;
      if (high > 120) {
        low -= high - 120;
        high = 120;
      }
    }
    int pick = (int) Math.floorMod((r.seed() * 0x9E3779B97F4A7C15L) >>> 7, 3L);
    return new Plan(
        voicing, low, high, bassLow, spread, chords.inversion(), chords.topNotesShared(), pick);
  }

  /** Voices every span, each voice-led from the one before. */
  static int[][] voice(List<ChordSpan> spans, Plan plan) {
    int[][] out = new int[spans.size()][];
    int[] previous = null;
    for (int i = 0; i < spans.size(); i++) {
      Chord c = spans.get(i).chord();
      int target =
          plan.topNotes == null ? Integer.MIN_VALUE : plan.topNotes[i % plan.topNotes.length];
      out[i] = voiceOne(c, previous, plan, target);
      previous = out[i];
    }
    return out;
  }

  /** Whether a chord is a dominant (major third and minor seventh): a minor ninth is its colour. */
  static boolean dominant(ChordQuality q) {
    return q.has(4) && q.has(10);
  }

  /**
   * Rule breaks in a voicing (sorted ascending): a semitone at the bottom, minor ninths outside
   * dominant chords, neighbours closer than a fifth under C3.
   */
  static int rubs(int[] v, boolean dominant) {
    int n = 0;
    if (v.length >= 2 && v[1] - v[0] == 1) n++;
    for (int i = 0; i + 1 < v.length; i++) {
      if (v[i] < LOW_INTERVAL_LIMIT && v[i + 1] - v[i] < 7) n++;
    }
    if (!dominant) {
      for (int i = 0; i < v.length; i++) {
        for (int j = i + 1; j < v.length; j++) {
          int d = v[j] - v[i];
          if (d > 12 && d % 12 == 1) n++;
        }
      }
    }
    return n;
  }

  /** The pitch classes a voicing kind plays over a chord (bass excluded), in chord-tone order. */
  static int[] upperTones(Chord c, String kind) {
    int[] iv = c.quality().intervals();
    int root = c.root();
    switch (kind) {
      case "shell": {
        int third = iv[1];
        int seventh = iv.length >= 4 && iv[3] < 12 ? iv[3] : iv[2];
        int top = iv[iv.length - 1];
        if (top > 12) return pcs(root, third, seventh, top);
        return pcs(root, third, seventh);
      }
      case "rootless":
        return rootless(c);
      case "spread": {
        // four upper voices: the extensions replace the root (the bass has it) and then the fifth
        if (iv.length >= 5) return fourUpper(root, iv);
        return pcs(root, iv);
      }
      case "pads": {
        if (iv.length >= 5) return fourUpper(root, iv);
        return pcs(root, iv);
      }
      default: {
        if (iv.length > 5) return withoutFifth(root, iv);
        return pcs(root, iv);
      }
    }
  }

  /**
   * Rootless voicings (the bass plays the root): the chord without its root, the fifth left out first
   * and then the highest extension, down to four notes: 3-5-7-9 for ninth chords, 3-7-9-13 for
   * thirteenths. The harmony gives rootless chords their ninths ({@link Harmony}), so a rootless
   * seventh chord is never a bare triad of another root.
   */
  private static int[] rootless(Chord c) {
    int[] iv = c.quality().intervals();
    if (iv.length <= 3) return pcs(c.root(), iv);
    int[] kept = new int[iv.length - 1];
    int n = 0;
    for (int i = 1; i < iv.length; i++) kept[n++] = iv[i];
    if (n > 4 && kept[1] == 7) {
      System.arraycopy(kept, 2, kept, 1, n - 2);
      n--;
    }
    return pcs(c.root(), Arrays.copyOf(kept, Math.min(4, n)));
  }

  private static int[] fourUpper(int root, int[] iv) {
    // 3, 7 and the extensions first; the fifth only while there is room
    int[] out = new int[4];
    int n = 0;
    out[n++] = PitchClass.normalize(root + iv[1]);
    if (iv.length > 3 && iv[3] < 12) out[n++] = PitchClass.normalize(root + iv[3]);
    for (int i = iv.length - 1; i >= 4 && n < 4; i--) out[n++] = PitchClass.normalize(root + iv[i]);
    if (n < 4) out[n++] = PitchClass.normalize(root + iv[2]);
    return Arrays.copyOf(out, n);
  }

  private static int[] withoutFifth(int root, int[] iv) {
    int[] out = new int[iv.length - 1];
    int n = 0;
    for (int i = 0; i < iv.length; i++) if (i != 2) out[n++] = PitchClass.normalize(root + iv[i]);
    return out;
  }

  private static int[] pcs(int root, int... intervals) {
    int[] out = new int[intervals.length];
    for (int i = 0; i < intervals.length; i++) out[i] = PitchClass.normalize(root + intervals[i]);
    return out;
  }

  private static int[] voiceOne(Chord chord, int[] previous, Plan plan, int target) {
    // close voicings are the rotations of the pitch classes in order round the octave
    int[] tones = upperTones(chord, plan.kind);
    Arrays.sort(tones);
    boolean dom = dominant(chord.quality());
    int k = tones.length;
    int[] chordPcs = chord.pitchClasses();
    int bass = -1;
    if (plan.bassLow >= 0) {
      int bassPc = plan.inversion >= 0
          ? chordPcs[Math.min(plan.inversion, chordPcs.length - 1)]
          : chord.root();
      bass = plan.bassLow + PitchClass.normalize(bassPc - plan.bassLow);
    }
    int lowestPc = plan.bassLow < 0 && plan.inversion >= 0
        ? chordPcs[Math.min(plan.inversion, chordPcs.length - 1)]
        : -1;
    int topTarget = target;
    if (target != Integer.MIN_VALUE && target < 0) {
      int pc = -target - 1;
      topTarget = plan.high
          - 4
          - PitchClass.normalize(plan.high - 4 - pc); // that pitch class just under the top
    }
    double centre = (plan.low + plan.high) / 2.0;
    int[] before = previous;
    int drops = dropMask(plan.spread, k);
    int[] candidate = new int[k];
    int[] full = new int[k + (bass >= 0 ? 1 : 0)];
    // the best few first voicings are kept so that the seed can choose among them
    double[] bestCosts = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
    int[][] best = new int[3][];
    for (int inversion = 0; inversion < k; inversion++) {
      // a dropped voice goes an octave down, so only then can the close stack start below the
      // register
      int from = drops != 0 ? plan.low : plan.low + 12;
      int firstBottom = from - 12 + PitchClass.normalize(tones[inversion] - (from - 12));
      for (int bottom = firstBottom; bottom <= plan.high; bottom += 12) {
        candidate[0] = bottom;
        for (int i = 1; i < k; i++) {
          candidate[i] = candidate[i - 1]
              + 1
              + PitchClass.normalize(tones[(inversion + i) % k] - candidate[i - 1] - 1);
        }
        // drop voices counted from the top an octave
        for (int d = 0; d < k; d++) if ((drops & (1 << d)) != 0) candidate[k - 1 - d] -= 12;
        int f = 0;
        if (bass >= 0) full[f++] = bass;
        for (int i = 0; i < k; i++) full[f++] = candidate[i];
        for (int d = 0; d < k; d++)
          if ((drops & (1 << d)) != 0) candidate[k - 1 - d] += 12; // restore for the next step
        if (drops != 0)
          Arrays.sort(full, bass >= 0 ? 1 : 0, full.length); // close stacks are built ascending
        int upperLow = full[bass >= 0 ? 1 : 0];
        int top = full[full.length - 1];
        if (upperLow < plan.low || top > plan.high) continue;
        if (lowestPc >= 0 && PitchClass.normalize(full[0]) != lowestPc) continue;
        if (previous == null
            && plan.firstLowest >= 0
            && PitchClass.normalize(full[0]) != tones[plan.firstLowest % k]) continue;
        double cost = rubs(full, dom) * 1e6;
        if (bass >= 0 && upperLow - bass < 5)
          cost += 8000.0 * (5 - (upperLow - bass)); // the bass note stands apart
        if (before != null) cost += VoiceLeading.sortedMovement(before, full) * 1000.0;
        if (topTarget != Integer.MIN_VALUE)
          cost += Math.abs(top - topTarget) * 10000.0; // the asked melody beats smooth leading
        double mid = (upperLow + top) / 2.0;
        cost += Math.abs(mid - centre) * plan.centreWeight;
        insert(bestCosts, best, cost, full);
      }
    }
    if (best[0] == null) {
      throw new IllegalArgumentException(
          "no voicing of " + chord.name() + " fits in MIDI " + plan.low + ".." + plan.high);
    }
    int pick = 0;
    if (previous == null && plan.inversion < 0 && topTarget == Integer.MIN_VALUE) {
      // seeded variety: another of the clean, centred first voicings
      pick = plan.firstPick;
      while (pick > 0
          && (best[pick] == null || bestCosts[pick] >= 1e5 || bestCosts[pick] - bestCosts[0] > 12))
        pick--;
    }
    return best[pick];
  }

  private static void insert(double[] costs, int[][] best, double cost, int[] voicing) {
    for (int i = 0; i < costs.length; i++) {
      if (best[i] != null && Arrays.equals(best[i], voicing)) return;
      if (cost < costs[i]) {
        for (int j = costs.length - 1; j > i; j--) {
          costs[j] = costs[j - 1];
          best[j] = best[j - 1];
        }
        costs[i] = cost;
        best[i] = voicing.clone();
        return;
      }
    }
  }

  /** Bit d set: the voice d places from the top drops an octave. */
  private static int dropMask(String spread, int voices) {
    if (voices < 3) return 0;
    switch (spread) {
      case "drop-2":
        return 1 << 1;
      case "drop-3":
        return voices >= 4 ? 1 << 2 : 1 << 1;
      case "open":
        return voices >= 4 ? (1 << 1) | (1 << 3) : 1 << 1;
      default:
        return 0;
    }
  }
}
