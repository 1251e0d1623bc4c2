package ai.sergik.transform;

import ai.sergik.music.Key;
import ai.sergik.music.Note;
import ai.sergik.music.Rng;
import java.util.ArrayList;
import java.util.List;

/**
 * Fills the silence between one onset and the next with passing notes: scale tones of the key walking
 * from the top note of the first onset toward the top note of the next, on a grid, the last one just
 * before the target (an approach), each strictly between the two pitches. Equal neighbours get a
 * neighbour note. Originals are kept; a seeded density decides which gaps are filled.
 */
final class Connect extends NoteTransform {
  Connect() {
    super(
        "connect",
        "Adds passing notes in the key between one note (or chord top) and the next, on a grid, walking"
            + " toward the next note; the original notes are kept.",
        new TransformOption("rate", "1/16", "the passing notes' grid: " + GRIDS),
        new TransformOption("density", "1", "0..1: the share of gaps that are filled, seeded"),
        new TransformOption(
            "velocity",
            "0.8",
            "the passing notes' velocity as a fraction of the note before, 0.05..1"),
        keyOption("passing notes stay in this key"));
  }

  @Override
  Transformed transform(List<Note> notes, TransformSettings s, long seed) {
    String rate = grid(s, "rate");
    double density = s.number(name(), "density", 1, 0, 1);
    double velocity = s.number(name(), "velocity", 0.8, 0.05, 1);
    Key key = key(s, notes);
    double step = Quantize.step(rate);
    Rng random = new Rng(seed);
    List<List<Note>> groups = onsets(notes);
    List<Note> out = new ArrayList<Note>(notes);
    int added = 0;
    for (int g = 0; g + 1 < groups.size(); g++) {
      Note from = groups.get(g).get(groups.get(g).size() - 1);
      Note to = groups.get(g + 1).get(groups.get(g + 1).size() - 1);
      boolean fill = random.nextDouble() < density;
      double end = 0;
      for (Note x : groups.get(g)) end = Math.max(end, x.end());
      int slots = (int) Math.floor((to.start() - end) / step + 1e-9);
      if (!fill || slots < 1) continue;
      List<Integer> between = passing(from.pitch(), to.pitch(), key);
      if (between.isEmpty()) continue;
      // the notes nearest the target, so the line arrives by step
      List<Integer> use = between.subList(Math.max(0, between.size() - slots), between.size());
      int v = Math.max(1, (int) Math.round(from.velocity() * velocity));
      for (int i = 0; i < use.size(); i++) {
        double start = to.start() - (use.size() - i) * step;
        out.add(new Note(use.get(i), start, step, v, from.mute()));
        added++;
      }
    }
    return new Transformed(
        out,
        "added " + added + (added == 1 ? " passing note" : " passing notes") + " in " + key.name()
            + " on " + rate);
  }

  /** Key tones strictly between a and b, in the order walked from a to b; a neighbour when a == b. */
  static List<Integer> passing(int a, int b, Key key) {
    List<Integer> out = new ArrayList<Integer>();
    if (a == b) {
      int up = Ornament.scaleNeighbour(a, key, true);
      if (up <= 127) out.add(up);
      return out;
    }
    int dir = b > a ? 1 : -1;
    for (int p = a + dir; p != b; p += dir) if (key.contains(p)) out.add(p);
    return out;
  }
}
