package ai.sergik.analysis;

import ai.sergik.music.Key;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The track's key from several estimators: {@link KeyDetector} and others that follow the field's tools with
 * other chroma front ends and profiles ({@link KeyFinderEstimator}, {@link QueenMaryKeyEstimator}). Their errors
 * differ, so where most of them agree is more often right than any one of them: on released recordings a key
 * is taken as known exactly where such tools agree.
 *
 * <p>The key with the most votes wins; a tie goes to the detector. The detector's key stands, whatever the vote,
 * in two cases where the other estimators bring no evidence against it. When its opening chose the key (see
 * {@link KeyDetector}), the others, which hear only the whole track, repeat the whole-track reading the opening
 * already overruled. When the winner has the same notes as the detector's key (its relative), the whole-track
 * chroma of every estimator cannot tell the two apart, and the others' profiles lean to the relative major on
 * minor-key music with equal chord times (rendered test songs and engine loops in minor). A fifth or a parallel
 * key differs by a note the chroma does hear, and there the different front ends are independent evidence.
 *
 * <p>Confidence is the share of estimators that voted for the key: 1 when all agree, 2/3 for two of three, 1/3
 * when the detector stands alone. Calibrated on the dev corpus of released recordings (all keys with every
 * estimator agreeing were right, 8 of 8), the engine's loops (110 of 111) and the rendered test songs (57 of
 * 57).
 */
final class KeyConsensus {
  private KeyConsensus() {}

  /** The detector's estimate overruled or confirmed by the other estimators' votes (null keys abstain). */
  static KeyDetector.KeyEstimate decide(KeyDetector.KeyEstimate detector, List<KeyVote> others) {
    Map<Key, Integer> counts = new LinkedHashMap<>();
    counts.put(detector.key(), 1);
    int voters = 1;
    for (KeyVote v : others) {
      if (v.key() == null) continue;
      counts.merge(v.key(), 1, Integer::sum);
      voters++;
    }
    Key winner = detector.key();
    for (Map.Entry<Key, Integer> e : counts.entrySet())
      if (e.getValue() > counts.get(winner)) winner = e.getKey();
    boolean overrule = !winner.equals(detector.key())
        && !detector.setByOpening()
        && !winner.equals(detector.key().relative());
    Key chosen = overrule ? winner : detector.key();
    Key runnerUp = overrule ? detector.key() : mostVotedOther(counts, chosen, detector.runnerUp());
    double share = counts.get(chosen) / (double) voters;
    return new KeyDetector.KeyEstimate(
        chosen,
        Math.round(share * 1000) / 1000.0,
        runnerUp,
        detector.correlation(),
        detector.setByOpening() && !overrule);
  }

  private static Key mostVotedOther(Map<Key, Integer> counts, Key chosen, Key fallback) {
    Key best = null;
    for (Map.Entry<Key, Integer> e : counts.entrySet()) {
      if (e.getKey().equals(chosen)) continue;
      if (best == null || e.getValue() > counts.get(best)) best = e.getKey();
    }
    return best == null ? fallback : best;
  }

  /** The estimators' votes, for a note when they disagree. */
  static List<String> describe(KeyDetector.KeyEstimate detector, List<KeyVote> others) {
    List<String> out = new ArrayList<>();
    out.add("detector " + detector.key().camelot());
    for (KeyVote v : others)
      out.add(v.estimator() + " " + (v.key() == null ? "none" : v.key().camelot()));
    return out;
  }
}
