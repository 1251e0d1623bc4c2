package ai.sergik.generate;

import ai.sergik.music.Note;
import java.util.ArrayList;
import java.util.List;

/**
 * The style's swing, applied by the generators so that every part of one groove shares it (and a
 * humanize pass need not add it again): the second 8th or 16th of each pair starts {@code percent}
 * into the pair. Notes keep their end where they can (a swung note gets shorter, never longer), and
 * starts stay on the 960-per-beat tick grid. Triplets and notes off the straight grid are left alone.
 */
final class Swing {
  private Swing() {}

  static List<Note> apply(List<Note> notes, double percent, int grid) {
    if (percent == 50) return notes;
    double step = 4.0 / grid;
    double shift = step * (2 * percent / 100.0 - 1);
    List<Note> out = new ArrayList<Note>(notes.size());
    for (Note n : notes) {
      double pos = n.start() / step;
      long nearest = Math.round(pos);
      if ((nearest & 1) == 0 || Math.abs(pos - nearest) > 1e-6) {
        out.add(n);
        continue;
      }
      double start = Math.round((n.start() + shift) * 960) / 960.0;
      double end = n.end();
      double duration = end - start >= Math.min(n.duration(), 0.0625) ? Math.min(n.duration(), end - start) : n.duration() * 0.5;
      duration = Math.max(1, Math.round(duration * 960)) / 960.0; // on the tick grid, like the start
      out.add(new Note(n.pitch(), start, duration, n.velocity(), n.mute()));
    }
    return out;
  }
}
