package ai.sergik.humanize;

import ai.sergik.music.Note;
import ai.sergik.music.Rng;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Humanizes notes: swing, random timing, a slow drift and velocity variance, seeded so that the same
 * notes and settings always give the same result.
 *
 * <p>Timing moves are made per onset, not per note: every note that starts at the same time moves by
 * the same amount, so chords stay together. The random part of a move is a function of the seed and
 * the onset's time alone, so parts humanized with the same settings share one timing feel: a kick and
 * a bass note on the same step move together, as a band playing to one another does. Onsets keep their order (a later onset never lands on
 * or before an earlier one). Starts never go below 0, velocities stay 1..127, durations are kept. The
 * drift is value noise with one random point per bar, smoothly interpolated: correlated timing that
 * wanders the way a player does, rather than white jitter. The result lists the notes in input order.
 */
public final class Humanizer {
  private Humanizer() {}

  /** Beats between the drift's random control points (one bar of 4/4). */
  static final double DRIFT_PERIOD_BEATS = 4;

  public static List<Note> humanize(List<Note> notes, HumanizeSettings s) {
    if (notes == null) throw new IllegalArgumentException("notes are missing (null)");
    if (s == null) throw new IllegalArgumentException("humanize settings are missing (null)");
    if (notes.isEmpty() || s.isIdentity())
      return Collections.unmodifiableList(new ArrayList<Note>(notes));

    double[] onsets = distinctStarts(notes);
    double[] moved = new double[onsets.length];
    Rng random = new Rng(s.seed() ^ 0x2545F4914F6CDD1DL);
    double step = 4.0 / s.swingGrid();
    double stepsPerBeat = s.swingGrid() / 4.0;
    double swingShift = step * (2 * s.swing() / 100.0 - 1);
    double jitter = s.msToBeats(s.timingMs());
    double drift = s.msToBeats(s.driftMs());
    long driftBar = Long.MIN_VALUE;
    double driftFrom = 0;
    double driftTo = 0;
    for (int i = 0; i < onsets.length; i++) {
      double t = onsets[i];
      double offset = 0;
      if (swingShift != 0) {
        double pos = t * stepsPerBeat;
        long nearest = Math.round(pos);
        if ((nearest & 1) == 1 && Math.abs(pos - nearest) < 0.25) offset += swingShift;
      }
      if (jitter > 0) offset += point(s.seed() ^ 0x6A09E667F3BCC909L, Math.round(t * 960)) * jitter;
      if (drift > 0) {
        double x = t * (1 / DRIFT_PERIOD_BEATS);
        long bar = (long) Math.floor(x);
        if (bar != driftBar) {
          driftBar = bar;
          driftFrom = point(s.seed(), bar);
          driftTo = point(s.seed(), bar + 1);
        }
        offset += drift * interpolate(driftFrom, driftTo, x - bar);
      }
      double start = Math.max(0, t + offset);
      if (i > 0 && start <= moved[i - 1]) {
        // keep onsets in order: never reach the onset before
        start = moved[i - 1] + Math.min(1e-3, (t - onsets[i - 1]) / 2);
      }
      moved[i] = start;
    }

    List<Note> out = new ArrayList<Note>(notes.size());
    int velocityRange = s.velocity();
    int at = 0;
    for (int k = 0; k < notes.size(); k++) {
      Note n = notes.get(k);
      // notes usually come sorted by start, so the onset is the current one or the next
      if (onsets[at] != n.start()) {
        at = at + 1 < onsets.length && onsets[at + 1] == n.start()
            ? at + 1
            : Arrays.binarySearch(onsets, n.start());
      }
      double start = moved[at];
      int velocity = n.velocity();
      if (velocityRange > 0) {
        velocity += (int) Math.floor((random.nextDouble() * 2 - 1) * velocityRange + 0.5);
        velocity = Math.max(1, Math.min(127, velocity));
      }
      out.add(new Note(n.pitch(), start, n.duration(), velocity, n.mute()));
    }
    return Collections.unmodifiableList(out);
  }

  private static double[] distinctStarts(List<Note> notes) {
    double[] starts = new double[notes.size()];
    boolean sorted = true;
    for (int i = 0; i < starts.length; i++) {
      starts[i] = notes.get(i).start();
      sorted &= i == 0 || starts[i] >= starts[i - 1];
    }
    if (!sorted) Arrays.sort(starts);
    int k = 0;
    for (int i = 0; i < starts.length; i++) {
      if (k == 0 || starts[i] != starts[k - 1]) starts[k++] = starts[i];
    }
    return Arrays.copyOf(starts, k);
  }

  /** Smooth value noise in [-1, 1] at beat {@code t}: smoothstep interpolation between per-bar points. */
  static double driftAt(long seed, double t) {
    double x = t / DRIFT_PERIOD_BEATS;
    long i = (long) Math.floor(x);
    return interpolate(point(seed, i), point(seed, i + 1), x - i);
  }

  /** From a to b with zero slope at both ends (smoothstep), so the drift has no corners. */
  private static double interpolate(double a, double b, double f) {
    return a + (b - a) * (f * f * (3 - 2 * f));
  }

  /** A random value in [-1, 1] for control point {@code i}, from a hash so points need no state. */
  private static double point(long seed, long i) {
    long z = seed * 0x9E3779B97F4A7C15L + i * 0xBF58476D1CE4E5B9L + 0x94D049BB133111EBL;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    z = z ^ (z >>> 31);
    return ((z >>> 11) * 0x1.0p-53) * 2 - 1;
  }
}
