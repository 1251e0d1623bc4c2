package ai.sergik.humanize;

import ai.sergik.music.Note;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A groove template, as in Live's Groove Pool: for each grid position of a bar, how early or late and
 * how loud one clip plays it. {@link #extract} measures a clip; {@link #apply} moves another clip's
 * notes toward those timings and accents by an amount (0 = unchanged, 1 = fully on the groove).
 * Immutable.
 */
public final class Groove {
  /** Grid positions per 4/4 bar by default (16ths). */
  public static final int DEFAULT_STEPS = 16;

  private final int steps;
  private final double[] offsets; // beats, each within half a step of its grid position
  private final double[]
      velocities; // mean velocity per position (the overall mean where no note fell)
  private final double meanVelocity;

  private Groove(int steps, double[] offsets, double[] velocities, double meanVelocity) {
    this.steps = steps;
    this.offsets = offsets;
    this.velocities = velocities;
    this.meanVelocity = meanVelocity;
  }

  /** Measures a clip on a 16th grid. */
  public static Groove extract(List<Note> clip) {
    return extract(clip, DEFAULT_STEPS);
  }

  /** Measures a clip on a grid of {@code stepsPerBar} positions per 4/4 bar (4, 8, 16, 32; triplets 12, 24). */
  public static Groove extract(List<Note> clip, int stepsPerBar) {
    if (clip == null || clip.isEmpty())
      throw new IllegalArgumentException("a groove needs a clip with at least one note");
    if (stepsPerBar < 1 || stepsPerBar > 96) {
      throw new IllegalArgumentException(
          "groove grid must be 1..96 steps per bar, got " + stepsPerBar);
    }
    double step = 4.0 / stepsPerBar;
    double[] offsetSum = new double[stepsPerBar];
    double[] velocitySum = new double[stepsPerBar];
    int[] count = new int[stepsPerBar];
    double total = 0;
    for (Note n : clip) {
      long nearest = Math.round(n.start() / step);
      int idx = (int) (nearest % stepsPerBar);
      offsetSum[idx] += n.start() - nearest * step;
      velocitySum[idx] += n.velocity();
      count[idx]++;
      total += n.velocity();
    }
    double mean = total / clip.size();
    double[] offsets = new double[stepsPerBar];
    double[] velocities = new double[stepsPerBar];
    for (int i = 0; i < stepsPerBar; i++) {
      offsets[i] = count[i] == 0 ? 0 : offsetSum[i] / count[i];
      velocities[i] = count[i] == 0 ? mean : velocitySum[i] / count[i];
    }
    return new Groove(stepsPerBar, offsets, velocities, mean);
  }

  public int steps() {
    return steps;
  }

  /** How far (beats) the groove plays position {@code step} from the grid; negative is early. */
  public double offset(int step) {
    return offsets[step];
  }

  /** The groove's mean velocity at position {@code step}. */
  public double velocity(int step) {
    return velocities[step];
  }

  /**
   * Moves each note toward the groove's timing for its nearest grid position and shifts its velocity
   * toward the groove's accent there (the groove's velocity minus its mean), both scaled by
   * {@code amount}. The notes' own accent at that position is taken off first, so a groove is applied
   * once: a clip grooved with its own groove keeps its velocities instead of doubling its accents.
   * Notes that start together stay together and onsets keep their order.
   */
  public List<Note> apply(List<Note> notes, double amount) {
    if (!(amount >= 0 && amount <= 1))
      throw new IllegalArgumentException("groove amount must be 0..1, got " + amount);
    List<Note> out = new ArrayList<Note>(notes.size());
    if (notes.isEmpty()) return Collections.unmodifiableList(out);
    Groove own = extract(notes, steps);
    double step = 4.0 / steps;
    for (Note n : notes) {
      long nearest = Math.round(n.start() / step);
      int idx = (int) (nearest % steps);
      double target = nearest * step + offsets[idx];
      double start = Math.max(0, n.start() + amount * (target - n.start()));
      double accent = (velocities[idx] - meanVelocity) - (own.velocities[idx] - own.meanVelocity);
      int velocity = (int) Math.round(n.velocity() + amount * accent);
      velocity = Math.max(1, Math.min(127, velocity));
      out.add(
          new Note(n.pitch(), amount == 0 ? n.start() : start, n.duration(), velocity, n.mute()));
    }
    return Collections.unmodifiableList(out);
  }
}
