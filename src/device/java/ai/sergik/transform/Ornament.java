package ai.sergik.transform;

import ai.sergik.music.Key;
import ai.sergik.music.Note;
import ai.sergik.music.Rng;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds ornaments before notes, chosen by a seeded probability per onset: a grace note (the scale tone
 * above or below, in the key) or a flam (the same pitch, softer, just before). The ornament ends where
 * its note starts and never reaches back past the previous onset; the original notes are kept as they were.
 * On a chord it ornaments the top note.
 */
final class Ornament extends NoteTransform {
  Ornament() {
    super(
        "ornament",
        "Adds grace notes (a scale step above or below) or flams (the same pitch, softer) just before notes,"
            + " with a seeded probability; the original notes are kept.",
        new TransformOption("type", "grace", "grace, flam or mixed"),
        new TransformOption("probability", "0.5", "0..1: the share of onsets that get one"),
        new TransformOption(
            "offset",
            null,
            "beats before the note, 1/64..0.5 (default: 1/8 for grace, 1/32 for flam)"),
        new TransformOption(
            "velocity", "0.6", "the ornament's velocity as a fraction of its note's, 0.05..1"),
        keyOption("grace notes stay in this key"));
  }

  @Override
  Transformed transform(List<Note> notes, TransformSettings s, long seed) {
    String type = s.choice(name(), "type", "grace", "grace", "flam", "mixed");
    double probability = s.number(name(), "probability", 0.5, 0, 1);
    double velocity = s.number(name(), "velocity", 0.6, 0.05, 1);
    boolean offsetGiven = s.has("offset");
    double offset = s.number(name(), "offset", 0.125, 1.0 / 64, 0.5);
    Key key = key(s, notes);
    Rng random = new Rng(seed);
    List<List<Note>> groups = onsets(notes);
    List<Note> out = new ArrayList<Note>(notes);
    int added = 0;
    double previousStart = -1;
    for (List<Note> group : groups) {
      Note top = group.get(group.size() - 1);
      boolean pick = random.nextDouble() < probability;
      boolean grace = type.equals("grace") || (type.equals("mixed") && random.nextBoolean());
      boolean above = random.nextBoolean();
      double before = offsetGiven ? offset : grace ? 0.125 : 1.0 / 32;
      double start = top.start() - before;
      if (pick && start >= 0 && start > previousStart + ONSET_TOLERANCE) {
        int pitch = grace ? scaleNeighbour(top.pitch(), key, above) : top.pitch();
        if (pitch >= 0 && pitch <= 127) {
          int v = Math.max(1, (int) Math.round(top.velocity() * velocity));
          out.add(new Note(pitch, start, before, v, top.mute()));
          added++;
        }
      }
      previousStart = top.start();
    }
    return new Transformed(
        out,
        "added " + added + " " + type + (added == 1 ? " ornament" : " ornaments")
            + (type.equals("flam") ? "" : " in " + key.name()));
  }

  /** The scale tone next to a pitch, above or below (for a note outside the key, the nearest key tone that way). */
  static int scaleNeighbour(int pitch, Key key, boolean above) {
    int p = pitch + (above ? 1 : -1);
    while (!key.contains(p)) p += above ? 1 : -1;
    return p;
  }
}
