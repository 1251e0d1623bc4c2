package ai.sergik.listen;

import ai.sergik.music.Note;
import ai.sergik.music.PitchClass;
import java.util.List;

/**
 * How much each pitch class sounds in a stretch of time: the overlap of every note with the stretch, weighted
 * up for notes that start on a beat and for the lowest notes (a bass note names a chord more than a passing
 * tone in the top voice does). Drum notes are not given: the caller passes pitched notes only.
 */
final class PitchWeights {
  private PitchWeights() {}

  static final double ON_BEAT = 1.5;
  static final double LOWEST = 1.6;

  /** Twelve weights for the notes sounding in [start, end). */
  static double[] of(List<Note> notes, double start, double end) {
    double[] w = new double[12];
    int bass = bassPitch(notes, start, end);
    for (Note n : notes) {
      double o = overlap(n, start, end);
      if (o <= 0) continue;
      double weight = o;
      if (isOnBeat(n.start())) weight *= ON_BEAT;
      if (n.pitch() == bass) weight *= LOWEST;
      w[PitchClass.normalize(n.pitch())] += weight;
    }
    return w;
  }

  /**
   * The pitch class of the bass in [start, end), or -1 when there is none: a bass is a note at least a fifth
   * below everything else sounding with it (a bass line under chords, or a line alone). The lowest note of a
   * close voicing is not a bass: chords voiced in inversions are still their chords.
   */
  static int bass(List<Note> notes, double start, double end) {
    int pitch = bassPitch(notes, start, Math.min(end, start + Math.max(0.5, (end - start) / 4)));
    if (pitch < 0) pitch = bassPitch(notes, start, end);
    return pitch < 0 ? -1 : PitchClass.normalize(pitch);
  }

  private static int bassPitch(List<Note> notes, double start, double end) {
    int lowest = Integer.MAX_VALUE;
    for (Note n : notes) if (overlap(n, start, end) > 0) lowest = Math.min(lowest, n.pitch());
    if (lowest == Integer.MAX_VALUE) return -1;
    int next = Integer.MAX_VALUE;
    for (Note n : notes) {
      if (overlap(n, start, end) > 0
          && PitchClass.normalize(n.pitch()) != PitchClass.normalize(lowest)) {
        next = Math.min(next, n.pitch());
      }
    }
    return next == Integer.MAX_VALUE || next - lowest >= 7 ? lowest : -1;
  }

  static double overlap(Note n, double start, double end) {
    return Math.min(n.end(), end) - Math.max(n.start(), start);
  }

  static boolean isOnBeat(double beats) {
    return Math.abs(beats - Math.rint(beats)) < 0.02;
  }

  static double total(double[] w) {
    double t = 0;
    for (double x : w) t += x;
    return t;
  }
}
