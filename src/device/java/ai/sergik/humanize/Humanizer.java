package ai.sergik.humanize;

import ai.sergik.music.Note;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Humanizes notes: swing, random timing, a slow drift and velocity variance, seeded so that the same
 * notes and settings always give the same result.
 *
 * <p>Timing moves are made per onset, not per note: every note that starts at the same time moves by
 * the same amount, so chords stay together, and onsets keep their order (a later onset never lands on
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
    if (notes.isEmpty() || s.isIdentity()) return Collections.unmodifiableList(new ArrayList<Note>(notes));

    double[] onsets = distinctStarts(notes);
    double[] moved = new double[onsets.length];
    Random random = new Random(s.seed() ^ 0x2545F4914F6CDD1DL);
    double step = 4.0 / s.swingGrid();
    double swingShift = step * (2 * s.swing() / 100.0 - 1);
    double jitter = s.msToBeats(s.timingMs());
    double drift = s.msToBeats(s.driftMs());
    for (int i = 0; i < onsets.length; i++) {
      double t = onsets[i];
      double offset = 0;
      if (swingShift != 0) {
        double pos = t / step;
        long nearest = Math.round(pos);
        if ((nearest & 1) == 1 && Math.abs(pos - nearest) < 0.25) offset += swingShift;
      }
      if (jitter > 0) offset += (random.nextDouble() * 2 - 1) * jitter;
      if (drift > 0) offset += drift * driftAt(s.seed(), t);
      double start = Math.max(0, t + offset);
      if (i > 0 && start <= moved[i - 1]) {
        // keep onsets in order: never reach the onset before
        start = moved[i - 1] + Math.min(1e-3, (t - onsets[i - 1]) / 2);
      }
      moved[i] = start;
    }

    List<Note> out = new ArrayList<Note>(notes.size());
    for (Note n : notes) {
      double start = moved[Arrays.binarySearch(onsets, n.start())];
      int velocity = n.velocity();
      if (s.velocity() > 0) {
        velocity += (int) Math.round((random.nextDouble() * 2 - 1) * s.velocity());
        velocity = Math.max(1, Math.min(127, velocity));
      }
      out.add(new Note(n.pitch(), start, n.duration(), velocity, n.mute()));
    }
    return Collections.unmodifiableList(out);
  }

  private static double[] distinctStarts(List<Note> notes) {
    double[] starts = new double[notes.size()];
    for (int i = 0; i < starts.length; i++) starts[i] = notes.get(i).start();
    Arrays.sort(starts);
    int k = 0;
    for (int i = 0; i < starts.length; i++) {
      if (k == 0 || starts[i] != starts[k - 1]) starts[k++] = starts[i];
    }
    return Arrays.copyOf(starts, k);
  }

  /** Smooth value noise in [-1, 1] at beat {@code t}: cosine interpolation between per-bar points. */
  static double driftAt(long seed, double t) {
    double x = t / DRIFT_PERIOD_BEATS;
    long i = (long) Math.floor(x);
    double f = x - i;
    double a = point(seed, i);
    double b = point(seed, i + 1);
    double w = (1 - Math.cos(Math.PI * f)) / 2;
    return a + (b - a) * w;
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
