package ai.sergik.transform;

import ai.sergik.music.Note;
import ai.sergik.music.Rng;
import java.util.ArrayList;
import java.util.List;

/**
 * Recombines one dimension of the clip while keeping the others, onset by onset (a chord moves as a
 * chord): the pitches (each onset takes another onset's notes, keeping its own start, length and
 * velocity), the rhythm (the onsets keep their pitches in order but take the gaps between onsets and
 * the lengths in another order, from the same first start), or the velocities. Shuffle is seeded;
 * rotate moves by {@code by} onsets; reverse plays the order backwards.
 */
final class Recombine extends NoteTransform {
  Recombine() {
    super(
        "recombine",
        "Shuffles, rotates or reverses the pitches, the rhythm or the velocities of the onsets while keeping"
            + " the rest: pitches keep the rhythm, rhythm keeps the pitch order.",
        new TransformOption("what", "pitch", "pitch, rhythm or velocity"),
        new TransformOption("mode", "shuffle", "shuffle (seeded), rotate or reverse"),
        new TransformOption("by", "1", "rotate: onsets to move forward, -64..64"));
  }

  @Override
  Transformed transform(List<Note> notes, TransformSettings s, long seed) {
    String what = s.choice(name(), "what", "pitch", "pitch", "rhythm", "velocity");
    String mode = s.choice(name(), "mode", "shuffle", "shuffle", "rotate", "reverse");
    int by = s.integer(name(), "by", 1, -64, 64);
    List<List<Note>> groups = onsets(notes);
    int n = groups.size();
    int[] order = order(n, mode, by, new Rng(seed));
    List<Note> out = new ArrayList<Note>(notes.size());
    if (what.equals("pitch")) {
      for (int g = 0; g < n; g++) {
        List<Note> slot = groups.get(g);
        List<Note> source = groups.get(order[g]);
        // the slot's timing and velocity go to the source's pitches
        for (int i = 0; i < source.size(); i++) {
          Note like = slot.get(Math.min(i, slot.size() - 1));
          out.add(new Note(
              source.get(i).pitch(), like.start(), like.duration(), like.velocity(), like.mute()));
        }
      }
    } else if (what.equals("velocity")) {
      for (int g = 0; g < n; g++) {
        int v = groups.get(order[g]).get(0).velocity();
        for (Note x : groups.get(g)) out.add(x.withVelocity(v));
      }
    } else {
      double start = n == 0 ? 0 : groups.get(0).get(0).start();
      double clipEnd = 0;
      for (Note x : notes) clipEnd = Math.max(clipEnd, x.end());
      double[] gaps =
          new double[n]; // gap after onset g: to the next onset, the last one to the clip's end
      for (int g = 0; g < n; g++) {
        double next = g + 1 < n
            ? groups.get(g + 1).get(0).start()
            : Math.max(clipEnd, groups.get(g).get(0).start() + 1.0 / 64);
        gaps[g] = next - groups.get(g).get(0).start();
      }
      double t = start;
      for (int g = 0; g < n; g++) {
        List<Note> rhythmFrom = groups.get(order[g]);
        double shift = t - groups.get(g).get(0).start();
        for (int i = 0; i < groups.get(g).size(); i++) {
          Note x = groups.get(g).get(i);
          double length = rhythmFrom.get(Math.min(i, rhythmFrom.size() - 1)).duration();
          out.add(new Note(x.pitch(), x.start() + shift, length, x.velocity(), x.mute()));
        }
        t += gaps[order[g]];
      }
    }
    return new Transformed(
        out,
        (mode.equals("shuffle") ? "shuffled " : mode.equals("rotate") ? "rotated " : "reversed ")
            + (what.equals("pitch") ? "pitches" : what.equals("rhythm") ? "rhythm" : "velocities")
            + " of " + n + " onsets"
            + (mode.equals("rotate") ? " by " + by : ""));
  }

  /** order[g] = the onset whose pitches (rhythm, velocity) onset g takes. */
  static int[] order(int n, String mode, int by, Rng random) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) order[i] = i;
    if (n < 2) return order;
    if (mode.equals("rotate")) {
      for (int i = 0; i < n; i++) order[i] = Math.floorMod(i - by, n);
    } else if (mode.equals("reverse")) {
      for (int i = 0; i < n; i++) order[i] = n - 1 - i;
    } else {
      for (int i = n - 1; i > 0; i--) { // Fisher-Yates
        int j = random.nextInt(i + 1);
        int tmp = order[i];
        order[i] = order[j];
        order[j] = tmp;
      }
    }
    return order;
  }
}
