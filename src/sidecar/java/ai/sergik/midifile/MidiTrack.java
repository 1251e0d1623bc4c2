package ai.sergik.midifile;

import ai.sergik.music.Note;
import java.util.List;
import java.util.Objects;

/** One track of a MIDI file: a name, a channel (0..15; 9 is General MIDI drums) and its notes. */
public record MidiTrack(String name, int channel, List<Note> notes) {
  /** The General MIDI drum channel (channel 10 counted from 1). */
  public static final int DRUM_CHANNEL = 9;

  public MidiTrack {
    Objects.requireNonNull(name, "name");
    if (channel < 0 || channel > 15) {
      throw new IllegalArgumentException("MIDI channel must be 0..15, got " + channel + " (channel 10 for drums is 9)");
    }
    notes = List.copyOf(notes);
  }
}
