package ai.sergik.preview;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import javax.sound.midi.InvalidMidiDataException;
import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiMessage;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Track;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * "Listen" for every face: a Standard MIDI File rendered to a WAV with the JDK's own General MIDI
 * synthesizer (Gervill, through {@link AudioSystem#getAudioInputStream}, so no sound card and no
 * internal API is needed). Drums stay on channel 10; a pitched track without a program change gets the
 * program of its part ({@link PartSound}), so chords do not all come out as piano.
 *
 * <p>Rendering costs real CPU (about 5 % of real time per core once warm, and the synthesizer builds its
 * built-in sound bank once per process, about half a second), so at most {@link #CONCURRENT_RENDERS}
 * run at a time and a preview is capped at {@link #MAX_SECONDS} seconds.
 */
public final class AudioPreview {
  private AudioPreview() {}

  public static final String CONTENT_TYPE = "audio/wav";
  /** The longest preview rendered; a longer request is refused, naming this limit. */
  public static final double MAX_SECONDS = 180;

  static final int CONCURRENT_RENDERS = 2;
  private static final Semaphore RENDERS = new Semaphore(CONCURRENT_RENDERS, true);
  private static final int META_TRACK_NAME = 0x03;

  /**
   * Renders {@code midi} (a type 0 or 1 Standard MIDI File) to a 44.1 kHz, 16-bit stereo WAV.
   *
   * @throws IllegalArgumentException when the bytes are not a MIDI file or the music is longer than {@link #MAX_SECONDS}
   * @throws IOException when this Java runtime has no software synthesizer
   */
  public static byte[] wav(byte[] midi) throws IOException {
    Sequence sequence = withPrograms(parse(midi));
    double seconds = sequence.getMicrosecondLength() / 1e6;
    if (seconds > MAX_SECONDS) {
      throw new IllegalArgumentException(String.format(
          Locale.ROOT,
          "an audio preview is at most %.0f s long; this music lasts %.0f s: ask for fewer bars or a faster tempo, or take format=mid",
          MAX_SECONDS,
          seconds));
    }
    byte[] withPrograms = toBytes(sequence);
    RENDERS.acquireUninterruptibly();
    try (AudioInputStream audio =
        AudioSystem.getAudioInputStream(new ByteArrayInputStream(withPrograms))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(
          Integer.MAX_VALUE - 64,
          audio.getFrameLength() * Math.max(1, audio.getFormat().getFrameSize()) + 64));
      AudioSystem.write(audio, AudioFileFormat.Type.WAVE, out);
      return out.toByteArray();
    } catch (UnsupportedAudioFileException e) {
      throw new IOException(
          "this Java runtime cannot render MIDI to audio (its software synthesizer, Gervill, is missing)",
          e);
    } finally {
      RENDERS.release();
    }
  }

  private static Sequence parse(byte[] midi) {
    try {
      return MidiSystem.getSequence(new ByteArrayInputStream(midi));
    } catch (InvalidMidiDataException | IOException e) {
      throw new IllegalArgumentException("not a Standard MIDI File: " + e.getMessage(), e);
    }
  }

  /** Gives each pitched track that sets no program the program of the part its name says. */
  static Sequence withPrograms(Sequence sequence) {
    for (Track track : sequence.getTracks()) {
      String name = "";
      int channel = -1;
      boolean hasProgram = false;
      for (int i = 0; i < track.size(); i++) {
        MidiMessage m = track.get(i).getMessage();
        if (m instanceof MetaMessage meta && meta.getType() == META_TRACK_NAME && name.isEmpty()) {
          name = new String(meta.getData(), java.nio.charset.StandardCharsets.US_ASCII);
        } else if (m instanceof ShortMessage s) {
          if (s.getCommand() == ShortMessage.PROGRAM_CHANGE) hasProgram = true;
          if (s.getCommand() == ShortMessage.NOTE_ON && channel < 0) channel = s.getChannel();
        }
      }
      if (channel < 0 || hasProgram || channel == PartSound.DRUM_CHANNEL) continue;
      try {
        track.add(new MidiEvent(
            new ShortMessage(
                ShortMessage.PROGRAM_CHANGE,
                channel,
                PartSound.forTrackName(name).program(),
                0),
            0));
      } catch (InvalidMidiDataException e) {
        throw new IllegalStateException("program change for channel " + channel, e);
      }
    }
    return sequence;
  }

  private static byte[] toBytes(Sequence sequence) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int[] types = MidiSystem.getMidiFileTypes(sequence);
    MidiSystem.write(sequence, types.length > 0 ? types[types.length - 1] : 1, out);
    return out.toByteArray();
  }
}
