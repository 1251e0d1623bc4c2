package ai.sergik.midifile;

import java.util.List;

/**
 * What {@link MidiFiles#read} found: tempo (BPM, the first tempo event or 120), time signature (the first
 * one or 4/4), the file's resolution and its tracks with notes in beats.
 */
public record MidiFile(
    double tempo, int numerator, int denominator, int ppq, List<MidiTrack> tracks) {
  public MidiFile {
    tracks = List.copyOf(tracks);
  }

  /** Every note of every track, in track order. */
  public List<ai.sergik.music.Note> allNotes() {
    return tracks.stream().flatMap(t -> t.notes().stream()).toList();
  }
}
