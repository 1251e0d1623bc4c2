package ai.sergik.transform;

import ai.sergik.music.Note;
import ai.sergik.music.Rng;
import java.util.ArrayList;
import java.util.List;

/**
 * Spreads each chord's notes in time like a strummed guitar: up (lowest first), down (highest first)
 * or alternating. Notes keep their pitch and their end, so a strummed chord still stops together; the
 * spread shrinks when the chord is too short, or the next onset too near, for it, so chords never
 * overtake one another. Single notes are left alone.
 */
final class Strum extends NoteTransform {
  Strum() {
    super(
        "strum",
        "Spreads the notes of each chord in time, low to high (up), high to low (down) or alternating;"
            + " pitches, ends and the order of chords are kept.",
        new TransformOption("direction", "up", "up, down or alternate (up, then down, ...)"),
        new TransformOption(
            "time",
            "0.03",
            "beats between one string and the next, 0..0.5 (0.03 is about 15 ms at 120 BPM)"),
        new TransformOption("variation", "0", "0..1: how much each gap varies, seeded"));
  }

  @Override
  Transformed transform(List<Note> notes, TransformSettings s, long seed) {
    String direction = s.choice(name(), "direction", "up", "up", "down", "alternate");
    double time = s.number(name(), "time", 0.03, 0, 0.5);
    double variation = s.number(name(), "variation", 0, 0, 1);
    Rng random = new Rng(seed);
    List<List<Note>> groups = onsets(notes);
    List<Note> out = new ArrayList<Note>(notes.size());
    int strummed = 0;
    for (int g = 0; g < groups.size(); g++) {
      List<Note> chord = groups.get(g);
      int n = chord.size();
      if (n < 2 || time == 0) {
        out.addAll(chord);
        continue;
      }
      double start = chord.get(0).start();
      double shortest = Double.MAX_VALUE;
      for (Note x : chord) shortest = Math.min(shortest, x.duration());
      double room =
          g + 1 < groups.size() ? groups.get(g + 1).get(0).start() - start : Double.MAX_VALUE;
      // the last string starts within 90 % of the shortest note and of the time to the next chord
      double step = Math.min(time, 0.9 * Math.min(shortest, room) / (n - 1) / (1 + variation));
      boolean down =
          direction.equals("down") || (direction.equals("alternate") && strummed % 2 == 1);
      double offset = 0;
      for (int i = 0; i < n; i++) {
        Note x = chord.get(down ? n - 1 - i : i);
        out.add(new Note(x.pitch(), start + offset, x.duration() - offset, x.velocity(), x.mute()));
        offset += step * (1 + variation * (random.nextDouble() * 2 - 1));
      }
      strummed++;
    }
    return new Transformed(
        out,
        "strummed " + strummed + (strummed == 1 ? " chord " : " chords ") + direction + ", "
            + plain(time) + " beats between notes");
  }
}
