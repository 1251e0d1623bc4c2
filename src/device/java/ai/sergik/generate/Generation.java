package ai.sergik.generate;

import ai.sergik.music.Chord;
import ai.sergik.music.Key;
import ai.sergik.music.Note;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a generator made: the notes (sorted by start, then pitch), the chords they follow, the key
 * actually used, and a one-line summary. Immutable.
 */
public final class Generation {
  private final GenerationRequest request;
  private final List<Note> notes;
  private final List<Chord> chords;
  private final Key tonic;
  private final String label;

  Generation(
      GenerationRequest request, List<Note> notes, List<Chord> chords, Key tonic, String label) {
    this(request, new ArrayList<Note>(notes), chords, tonic, label, false);
  }

  /** Takes {@code notes} over, sorting it in place unless it is known to be {@code sorted}. */
  private Generation(
      GenerationRequest request,
      List<Note> notes,
      List<Chord> chords,
      Key tonic,
      String label,
      boolean sorted) {
    if (!sorted) Collections.sort(notes, Note.BY_START_THEN_PITCH);
    this.request = request;
    this.notes = Collections.unmodifiableList(notes);
    this.chords = Collections.unmodifiableList(new ArrayList<Chord>(chords));
    this.tonic = tonic;
    this.label = label;
  }

  public GenerationRequest request() {
    return request;
  }

  String label() {
    return label;
  }

  /** The same generation with other notes (a new list the generation owns), e.g. swung. */
  Generation withNotes(List<Note> notes, boolean sorted) {
    return new Generation(request, notes, chords, tonic, label, sorted);
  }

  public Part part() {
    return request.part();
  }

  /** The notes, sorted by start then pitch. */
  public List<Note> notes() {
    return notes;
  }

  /** The chords followed, one per progression symbol (empty for drums). */
  public List<Chord> chords() {
    return chords;
  }

  /** Chord names, one per progression symbol: [Bm7, Gmaj7, Dmaj7, A7] (empty for drums). */
  public List<String> chordNames() {
    List<String> names = new ArrayList<String>(chords.size());
    for (Chord c : chords) names.add(c.name());
    return Collections.unmodifiableList(names);
  }

  /** The key actually played: the relative of the requested key when the progression asks for it. */
  public Key tonic() {
    return tonic;
  }

  /** Clip length in beats (bars x 4). */
  public double lengthBeats() {
    return request.lengthBeats();
  }

  public int bars() {
    return request.bars();
  }

  /**
   * One line: {@code Bm7 | Gmaj7 | Dmaj7 | A7 · 128 notes · 8 bars} (drums: {@code house drums · ...}).
   */
  public String summary() {
    StringBuilder sb = new StringBuilder();
    if (chords.isEmpty()) {
      sb.append(label);
    } else {
      for (int i = 0; i < chords.size(); i++)
        sb.append(i == 0 ? "" : " | ").append(chords.get(i).name());
    }
    sb.append(" \u00b7 ").append(notes.size()).append(notes.size() == 1 ? " note" : " notes");
    sb.append(" \u00b7 ").append(request.bars()).append(request.bars() == 1 ? " bar" : " bars");
    return sb.toString();
  }

  @Override
  public String toString() {
    return summary();
  }
}
