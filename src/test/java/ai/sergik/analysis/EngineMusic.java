package ai.sergik.analysis;

import ai.sergik.generate.GenerationRequest;
import ai.sergik.generate.Generators;
import ai.sergik.music.Key;
import ai.sergik.music.Note;
import java.util.List;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Track;

/**
 * Test music made by the project's own engine ({@link Generators}): chords, bass and drums for a key,
 * style and tempo, put on three MIDI channels (piano, bass, GM drums) ready for {@link TestMusic#render}.
 */
final class EngineMusic {
  private EngineMusic() {}

  /**
   * The song; with {@code introBars} of the drums alone first, as a DJ-friendly intro starts a track (0 for
   * none).
   */
  static Sequence song(
      Key key,
      String chordStyle,
      String bassStyle,
      String drumStyle,
      double bpm,
      int bars,
      long seed,
      int introBars) {
    Sequence seq = TestMusic.newSequence(bpm);
    Track t = seq.getTracks()[0];
    program(t, 0, 0);
    program(t, 1, 33);
    GenerationRequest chords = GenerationRequest.builder()
        .part("chords")
        .key(key.camelot())
        .style(chordStyle)
        .bars(bars)
        .tempo(bpm)
        .seed(seed)
        .build();
    double offset = 4.0 * introBars;
    add(t, 0, Generators.generate(chords).notes(), offset);
    add(
        t,
        1,
        Generators.generate(chords.newBuilder().part("bass").style(bassStyle).build())
            .notes(),
        offset);
    add(
        t,
        9,
        Generators.generate(chords
                .newBuilder()
                .part("drums")
                .style(drumStyle)
                .bars(bars + introBars)
                .build())
            .notes(),
        0);
    return seq;
  }

  private static void add(Track t, int channel, List<Note> notes, double offsetBeats) {
    for (Note n : notes) {
      if (n.mute()) continue;
      long on = Math.round((n.start() + offsetBeats) * TestMusic.PPQ);
      long len = Math.max(1, Math.round(n.duration() * TestMusic.PPQ));
      TestMusic.note(t, channel, n.pitch(), n.velocity(), on, len);
    }
  }

  private static void program(Track t, int channel, int program) {
    try {
      t.add(new MidiEvent(new ShortMessage(ShortMessage.PROGRAM_CHANGE, channel, program, 0), 0));
    } catch (javax.sound.midi.InvalidMidiDataException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
