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
    // in ticks (960 a beat): integer tests are cheaper than floating-point ones for every note
    long stepTicks = 3840 / grid;
    long shift = Math.round(stepTicks * (2 * percent / 100.0 - 1));
    ArrayList<Note> out = new ArrayList<Note>(notes.size());
    for (Note n : notes) {
      double exact = n.start() * 960;
      long tick = Math.round(exact);
      if (tick % (2 * stepTicks) != stepTicks || Math.abs(exact - tick) > 1e-6) {
        out.add(n);
        continue;
      }
      long endTick = Math.round(n.end() * 960);
      long lengthTicks = Math.round(n.duration() * 960);
      long start = tick + shift;
      // keep the end where the note stays long enough; a very short note moves whole, halved
      long length = endTick - start >= Math.min(lengthTicks, 60)
          ? Math.min(lengthTicks, endTick - start)
          : lengthTicks / 2;
      out.add(
          new Note(n.pitch(), start / 960.0, Math.max(1, length) / 960.0, n.velocity(), n.mute()));
    }
    return out;
  }
}
