package ai.sergik.transform;

import ai.sergik.music.Note;
import java.util.List;

/** What a transform made: the notes (sorted by start, then pitch) and one line saying what it did. Immutable. */
public final class Transformed {
  private final List<Note> notes;
  private final String summary;

  Transformed(List<Note> notes, String summary) {
    this.notes = notes;
    this.summary = summary;
  }

  public List<Note> notes() {
    return notes;
  }

  /** "strummed 4 chords up, 0.03 beats between notes". */
  public String summary() {
    return summary;
  }

  @Override
  public String toString() {
    return summary;
  }
}
