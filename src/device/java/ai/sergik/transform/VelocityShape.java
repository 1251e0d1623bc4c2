package ai.sergik.transform;

import ai.sergik.music.Note;
import ai.sergik.music.Rng;
import java.util.ArrayList;
import java.util.List;

/**
 * Reshapes velocities only: a ramp from one velocity to another across the clip or each bar, an accent
 * pattern on a grid (x = accent, . = none), compression toward a target (the mean unless given), or
 * seeded random variation. Pitches and timing are kept; velocities stay 1..127.
 */
final class VelocityShape extends NoteTransform {
  VelocityShape() {
    super(
        "velocity",
        "Shapes velocities: ramp (from, to, over clip or bar), accent (a pattern like x..x..x. on a grid),"
            + " compress toward a target, or random; timing and pitches are kept.",
        new TransformOption("shape", "ramp", "ramp, accent, compress or random"),
        new TransformOption("from", "60", "ramp: first velocity, 1..127"),
        new TransformOption("to", "120", "ramp: last velocity, 1..127"),
        new TransformOption("over", "clip", "ramp: clip or bar"),
        new TransformOption(
            "pattern", "x..x..x.", "accent: x (accent) and . (none), one per grid step, repeating"),
        new TransformOption("grid", "1/16", "accent: " + GRIDS),
        new TransformOption(
            "amount",
            "20",
            "accent: velocity added on x, -64..64; compress: 0..100 %; random: the most a note moves, 0..64"),
        new TransformOption(
            "target", null, "compress: the velocity to pull toward, 1..127 (default: the mean)"));
  }

  @Override
  Transformed transform(List<Note> notes, TransformSettings s, long seed) {
    String shape = s.choice(name(), "shape", "ramp", "ramp", "accent", "compress", "random");
    List<Note> out = new ArrayList<Note>(notes.size());
    String summary;
    if (shape.equals("ramp")) {
      int from = s.integer(name(), "from", 60, 1, 127);
      int to = s.integer(name(), "to", 120, 1, 127);
      boolean perBar = s.choice(name(), "over", "clip", "clip", "bar").equals("bar");
      double first = notes.isEmpty() ? 0 : notes.get(0).start();
      double last = notes.isEmpty() ? 0 : notes.get(notes.size() - 1).start();
      for (Note n : notes) {
        double f =
            perBar ? (n.start() % 4) / 4 : last > first ? (n.start() - first) / (last - first) : 0;
        out.add(n.withVelocity(clamp((int) Math.round(from + f * (to - from)))));
      }
      summary =
          "velocity ramp " + from + " to " + to + (perBar ? " in each bar" : " across the clip");
    } else if (shape.equals("accent")) {
      String pattern = s.text("pattern", "x..x..x.").trim().toLowerCase(java.util.Locale.ROOT);
      if (pattern.isEmpty() || !pattern.matches("[x.\\-_ ]+")) {
        throw new IllegalArgumentException(name()
            + " pattern must be x (accent) and . (none), e.g. x..x..x., got \"" + pattern + "\"");
      }
      pattern = pattern.replaceAll("[\\s]", "").replace('-', '.').replace('_', '.');
      String grid = grid(s, "grid");
      int amount = s.integer(name(), "amount", 20, -64, 64);
      double step = Quantize.step(grid);
      for (Note n : notes) {
        long index = Math.round(n.start() / step);
        boolean onStep = Math.abs(index * step - n.start()) < step / 4;
        boolean accent = onStep && pattern.charAt((int) (index % pattern.length())) == 'x';
        out.add(accent ? n.withVelocity(clamp(n.velocity() + amount)) : n);
      }
      summary =
          "accents " + pattern + " on " + grid + " (" + (amount >= 0 ? "+" : "") + amount + ")";
    } else if (shape.equals("compress")) {
      double amount = s.integer(name(), "amount", 50, 0, 100) / 100.0;
      double mean = 0;
      for (Note n : notes) mean += n.velocity();
      mean = notes.isEmpty() ? 100 : mean / notes.size();
      int target = s.integer(name(), "target", (int) Math.round(mean), 1, 127);
      for (Note n : notes)
        out.add(n.withVelocity(
            clamp((int) Math.round(target + (n.velocity() - target) * (1 - amount)))));
      summary = "velocities compressed " + plain(amount * 100) + " % toward " + target;
    } else {
      int amount = s.integer(name(), "amount", 20, 0, 64);
      Rng random = new Rng(seed);
      for (Note n : notes)
        out.add(n.withVelocity(clamp(n.velocity() + random.nextInt(2 * amount + 1) - amount)));
      summary = "velocities varied by up to " + amount;
    }
    return new Transformed(out, summary);
  }

  private static int clamp(int v) {
    return Math.max(1, Math.min(127, v));
  }
}
