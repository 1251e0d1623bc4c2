package ai.sergik.transform;

import ai.sergik.music.Note;
import java.util.ArrayList;
import java.util.List;

/**
 * Sets note lengths from the onsets (Live's Span): legato joins each onset to the next one with no gap
 * (the last one to the clip's end), staccato halves every note (at most a 16th), fixed gives every note
 * one length, cut at the next onset. Starts, pitches and velocities are kept.
 */
final class Legato extends NoteTransform {
  Legato(String name) {
    super(
        name,
        "Sets note lengths: legato joins every note to the next onset (no gaps), staccato shortens,"
            + " fixed sets one length; starts, pitches and velocities are kept.",
        new TransformOption("mode", "legato", "legato, staccato or fixed"),
        new TransformOption("gap", "0", "legato: beats left before the next onset, 0..1"),
        new TransformOption(
            "length", "0.25", "fixed: beats per note, 1/64..16 (1/16 and 0.25 both read)"),
        new TransformOption(
            "end",
            null,
            "legato: where the last notes end, in beats (default: the end of the bar after the last start)"));
  }

  @Override
  Transformed transform(List<Note> notes, TransformSettings s, long seed) {
    String mode = s.choice(name(), "mode", "legato", "legato", "staccato", "fixed");
    double gap = s.number(name(), "gap", 0, 0, 1);
    double length = s.number(name(), "length", 0.25, 1.0 / 64, 16);
    List<List<Note>> groups = onsets(notes);
    double lastStart = notes.isEmpty() ? 0 : notes.get(notes.size() - 1).start();
    double end =
        s.number(name(), "end", (Math.floor(lastStart / 4 + 1e-9) + 1) * 4, lastStart + 1e-6, 1e6);
    List<Note> out = new ArrayList<Note>(notes.size());
    for (int g = 0; g < groups.size(); g++) {
      double next = g + 1 < groups.size() ? groups.get(g + 1).get(0).start() : end;
      for (Note n : groups.get(g)) {
        double d;
        if (mode.equals("legato")) {
          d = Math.max(next - n.start() - gap, Math.min(next - n.start(), 1.0 / 64));
        } else if (mode.equals("staccato")) {
          d = Math.min(n.duration() / 2, 0.25);
        } else {
          d = Math.min(length, next - n.start());
        }
        out.add(n.withDuration(d));
      }
    }
    return new Transformed(
        out,
        mode + ": " + out.size() + " notes"
            + (mode.equals("legato") && gap > 0 ? ", gap " + plain(gap) + " beats" : ""));
  }
}
