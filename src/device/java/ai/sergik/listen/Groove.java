package ai.sergik.listen;

import ai.sergik.music.Note;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The feel of a clip, from its note starts alone: the grid it plays on (the coarsest of 1/4, 1/8, 1/8T,
 * 1/16, 1/16T that holds nine in ten starts), its swing (where the off-beat eighths or sixteenths land, as
 * the percentage of the pair Live's groove pool uses: 50 straight, 66 a triplet shuffle), its accents (the
 * mean velocity of each grid step of the bar, 0..1) and which steps of the bar are played at all.
 */
public final class Groove {
  /** Grid candidates in beats, coarsest first. */
  static final double[] GRIDS = {1.0, 0.5, 1.0 / 3, 0.25, 1.0 / 6};

  static final String[] GRID_NAMES = {"1/4", "1/8", "1/8t", "1/16", "1/16t"};
  static final double TOLERANCE = 0.04;
  static final double HELD = 0.9;

  private final String grid;
  private final double step;
  private final double swing;
  private final double[] accents;
  private final int[] onsetsPerStep;
  private final int beatsPerBar;

  private Groove(
      String grid,
      double step,
      double swing,
      double[] accents,
      int[] onsetsPerStep,
      int beatsPerBar) {
    this.grid = grid;
    this.step = step;
    this.swing = swing;
    this.accents = accents;
    this.onsetsPerStep = onsetsPerStep;
    this.beatsPerBar = beatsPerBar;
  }

  /** "1/16", "1/8t" ... */
  public String grid() {
    return grid;
  }

  /** One grid step in beats. */
  public double step() {
    return step;
  }

  /** 50 = straight, 66 = triplet shuffle (only for straight grids; 50 for triplet grids). */
  public double swing() {
    return swing;
  }

  /** Mean velocity of each step of the bar, scaled to 0..1 (0 where nothing plays). */
  public double[] accents() {
    return accents.clone();
  }

  /** How many notes start on each step of the bar, over the whole clip. */
  public int[] onsetsPerStep() {
    return onsetsPerStep.clone();
  }

  public int stepsPerBar() {
    return onsetsPerStep.length;
  }

  public int beatsPerBar() {
    return beatsPerBar;
  }

  /** Bar positions (beats) of the steps played in at least {@code share} of the bars. */
  public List<Double> stepsPlayedIn(double share, int bars) {
    List<Double> out = new ArrayList<Double>();
    for (int s = 0; s < onsetsPerStep.length; s++) {
      if (onsetsPerStep[s] >= Math.max(1, share * bars)) out.add(s * step);
    }
    return out;
  }

  static Groove of(List<Note> notes, int beatsPerBar) {
    List<Double> starts = new ArrayList<Double>();
    for (Note n : notes) starts.add(n.start());
    int chosen = GRIDS.length - 1;
    for (int g = 0; g < GRIDS.length; g++) {
      if (heldBy(starts, GRIDS[g], g == 1 || g == 3)) {
        chosen = g;
        break;
      }
    }
    double step = GRIDS[chosen];
    boolean straight = chosen == 0 || chosen == 1 || chosen == 3;
    double swing = straight ? swing(starts, chosen == 3 ? 0.25 : 0.5) : 50;
    int steps = (int) Math.round(beatsPerBar / step);
    double[] velocity = new double[steps];
    int[] count = new int[steps];
    for (Note n : notes) {
      double inBar = n.start() - Math.floor(n.start() / beatsPerBar) * beatsPerBar;
      int s = (int) Math.round(unswing(inBar, swing, step) / step) % steps;
      velocity[s] += n.velocity();
      count[s]++;
    }
    double max = 0;
    for (int s = 0; s < steps; s++) {
      if (count[s] > 0) velocity[s] /= count[s];
      max = Math.max(max, velocity[s]);
    }
    for (int s = 0; s < steps; s++)
      velocity[s] = max == 0 ? 0 : Math.round(velocity[s] / max * 100) / 100.0;
    return new Groove(GRID_NAMES[chosen], step, swing, velocity, count, beatsPerBar);
  }

  /** Whether nine in ten starts lie on the grid (for a straight grid, also on its swung positions). */
  private static boolean heldBy(List<Double> starts, double step, boolean swingable) {
    if (starts.isEmpty()) return true;
    int on = 0;
    for (double t : starts) {
      double r = t / step - Math.floor(t / step);
      boolean onGrid = r < TOLERANCE / step || r > 1 - TOLERANCE / step;
      if (!onGrid && swingable) {
        // a swung off-beat sits between the straight position and the triplet one
        double pair = 2 * step;
        double inPair = t - Math.floor(t / pair) * pair;
        onGrid = inPair > step - TOLERANCE && inPair < pair * 2 / 3 + TOLERANCE;
      }
      if (onGrid) on++;
    }
    return on >= HELD * starts.size();
  }

  /** Where the off-beats of a pair of {@code half}-beat steps land, as a percentage of the pair. */
  private static double swing(List<Double> starts, double half) {
    double pair = 2 * half;
    double sum = 0;
    int n = 0;
    for (double t : starts) {
      double inPair = t - Math.floor(t / pair) * pair;
      if (inPair > half * 0.75 && inPair < pair * 0.85) {
        sum += inPair / pair;
        n++;
      }
    }
    if (n == 0) return 50;
    return Math.round(Math.max(50, Math.min(75, sum / n * 100)) * 10) / 10.0;
  }

  private static double unswing(double t, double swing, double step) {
    if (swing <= 50.5) return t;
    double pair = 2 * step;
    double base = Math.floor(t / pair) * pair;
    double inPair = t - base;
    double swungOff = pair * swing / 100;
    return Math.abs(inPair - swungOff) < TOLERANCE * 2 ? base + step : t;
  }

  @Override
  public String toString() {
    return grid + " swing " + swing + " accents " + Arrays.toString(accents);
  }
}
