package ai.sergik.transform;

import ai.sergik.music.Key;
import ai.sergik.music.Note;
import ai.sergik.music.Scale;
import java.util.ArrayList;
import java.util.List;

/**
 * Transposes by scale steps inside a key: a third up is two steps, so C-E-G in C major becomes E-G-B.
 * Key tones stay key tones; a note outside the key keeps its distance above the key tone below it.
 * A note pushed past 0..127 moves back by octaves. Timing and velocities are kept.
 */
final class TransposeInKey extends NoteTransform {
  TransposeInKey() {
    super(
        "transpose",
        "Transposes by scale steps within a key (2 = a third up, -7 = an octave down); notes in the key"
            + " stay in the key, timing and velocity are kept.",
        new TransformOption("steps", "2", "scale steps, -21..21 (7 = an octave)"),
        keyOption("the key or mode to move in"));
  }

  @Override
  Transformed transform(List<Note> notes, TransformSettings s, long seed) {
    int steps = s.integer(name(), "steps", 2, -21, 21);
    Key key = key(s, notes);
    List<Note> out = new ArrayList<Note>(notes.size());
    for (Note n : notes) out.add(n.withPitch(move(n.pitch(), steps, key)));
    return new Transformed(
        out,
        "transposed " + out.size() + " notes " + (steps >= 0 ? "up " : "down ") + Math.abs(steps)
            + (Math.abs(steps) == 1 ? " step" : " steps") + " in " + key.name());
  }

  static int move(int pitch, int steps, Key key) {
    Scale scale = key.scale();
    int below = pitch;
    while (!scale.contains(below)) below--;
    int chromatic = pitch - below;
    int d = 7 * Math.floorDiv(below - scale.tonic(), 12) + scale.degreeOf(below) + steps;
    int p = scale.tonic() + scale.mode().semitones(d) + chromatic;
    while (p > 127) p -= 12;
    while (p < 0) p += 12;
    return p;
  }
}
