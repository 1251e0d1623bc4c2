package ai.sergik.midifile;

import ai.sergik.music.Note;
import java.util.List;
import java.util.Objects;

/**
 * One track of a MIDI file: a name, a channel (0..15; 9 is General MIDI drums), its notes, and the
 * General MIDI program it asks for at its start (0..127, or -1 for none).
 */
public record MidiTrack(String name, int channel, List<Note> notes, int program) {
  /** The General MIDI drum channel (channel 10 counted from 1). */
  public static final int DRUM_CHANNEL = 9;
  /** No program change. */
  public static final int NO_PROGRAM = -1;

  public MidiTrack {
    Objects.requireNonNull(name, "name");
    if (channel < 0 || channel > 15) {
      throw new IllegalArgumentException(
          "MIDI channel must be 0..15, got " + channel + " (channel 10 for drums is 9)");
    }
    if (program < NO_PROGRAM || program > 127) {
      throw new IllegalArgumentException(
          "MIDI program must be 0..127 (or -1 for none), got " + program);
    }
    notes = List.copyOf(notes);
  }

  /** A track without a program change. */
  public MidiTrack(String name, int channel, List<Note> notes) {
    this(name, channel, notes, NO_PROGRAM);
  }
}
