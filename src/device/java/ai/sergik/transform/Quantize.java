package ai.sergik.transform;

import ai.sergik.music.Note;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves note starts toward a grid by a strength (100 % puts every start on it), with swing: every second
 * grid point is played late, 75 % on 16ths moving it from 0.25 to 0.375 beat. Ends may be quantized too;
 * pitches and velocities are kept.
 */
final class Quantize extends NoteTransform {
  Quantize() {
    super(
        "quantize",
        "Moves starts toward a grid (1/4 .. 1/32, triplets) by a strength 0-100 %, with swing 50-75 %;"
            + " at 100 % every start is on the grid.",
        new TransformOption("grid", "1/16", GRIDS),
        new TransformOption("strength", "100", "0..100 %"),
        new TransformOption(
            "swing", "50", "50 (straight)..75 %: every second grid point comes late"),
        new TransformOption(
            "ends", "false", "true to move ends to the grid too (each note at least one step)"));
  }

  static double step(String grid) {
    switch (grid) {
      case "1/4":
        return 1;
      case "1/8":
        return 0.5;
      case "1/16":
        return 0.25;
      case "1/32":
        return 0.125;
      case "1/8t":
        return 1.0 / 3;
      default:
        return 1.0 / 6; // 1/16t
    }
  }

  /** Grid point k: k steps, every odd one pushed late by the swing. */
  static double point(long k, double step, double swing) {
    return k * step + (k % 2 != 0 ? (swing - 50) / 50 * step : 0);
  }

  /** The grid point nearest to {@code t}. */
  static double nearest(double t, double step, double swing) {
    long pair = (long) Math.floor(t / (2 * step));
    double best = point(2 * pair, step, swing);
    for (long k = 2 * pair - 1; k <= 2 * pair + 2; k++) {
      if (k < 0) continue;
      double p = point(k, step, swing);
      if (Math.abs(p - t) < Math.abs(best - t)) best = p;
    }
    return best;
  }

  @Override
  Transformed transform(List<Note> notes, TransformSettings s, long seed) {
    String grid = grid(s, "grid");
    double strength = s.number(name(), "strength", 100, 0, 100) / 100;
    double swing = s.number(name(), "swing", 50, 50, 75);
    boolean ends = s.bool(name(), "ends", false);
    double step = step(grid);
    List<Note> out = new ArrayList<Note>(notes.size());
    for (Note n : notes) {
      double target = nearest(n.start(), step, swing);
      double start = strength == 1 ? target : n.start() + strength * (target - n.start());
      double duration = n.duration();
      if (ends) {
        double end = nearest(n.end(), step, swing);
        double moved = n.end() + strength * (end - n.end());
        duration = Math.max(strength == 1 ? step : 1.0 / 64, moved - start);
        if (strength == 1 && end - start >= step - 1e-9) duration = end - start;
      }
      out.add(new Note(n.pitch(), Math.max(0, start), duration, n.velocity(), n.mute()));
    }
    return new Transformed(
        out,
        "quantized " + out.size() + " notes to " + grid + " at " + plain(strength * 100) + " %"
            + (swing > 50 ? ", swing " + plain(swing) + " %" : ""));
  }
}
