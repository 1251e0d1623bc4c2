package ai.sergik.analysis;

import ai.sergik.data.DataDir;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * The demo dataset's audio is rendered from its MIDI (made by the engine) rather than kept in git: each
 * {@code <data>/audio/demo/NAME.mid} without a {@code NAME.wav} beside it is played through the JDK's
 * software synthesizer into that WAV (44.1 kHz, 16-bit, stereo). Only that folder is touched, so a
 * producer's own MIDI files are never rendered.
 */
public final class DemoAudio {
  private DemoAudio() {}

  /** The folder of the demo dataset whose MIDI files are rendered to audio on demand. */
  public static Path folder(DataDir data) {
    return data.resolve("audio/demo");
  }

  /** The demo MIDI files that have no WAV beside them yet (none when the folder is absent). */
  public static List<Path> missing(DataDir data) throws IOException {
    Path dir = folder(data);
    List<Path> missing = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return missing;
    }
    try (DirectoryStream<Path> midis = Files.newDirectoryStream(dir, "*.mid")) {
      for (Path midi : midis) {
        if (!Files.exists(wavOf(midi))) {
          missing.add(midi);
        }
      }
    }
    return missing;
  }

  /**
   * Renders every demo MIDI file that has no WAV yet and returns the WAVs written (none when all exist
   * or the folder is absent).
   */
  public static List<Path> renderMissing(DataDir data) throws IOException {
    List<Path> written = new ArrayList<>();
    for (Path midi : missing(data)) {
      Path wav = wavOf(midi);
      render(midi, wav);
      written.add(wav);
    }
    return written;
  }

  private static Path wavOf(Path midi) {
    String name = midi.getFileName().toString();
    return midi.resolveSibling(name.substring(0, name.length() - ".mid".length()) + ".wav");
  }

  /** Plays {@code midi} through the JDK's synthesizer into {@code wav}, written under a temporary name first. */
  static void render(Path midi, Path wav) throws IOException {
    Path tmp = ai.sergik.io.AtomicFiles.temporaryBeside(wav);
    try {
      try (AudioInputStream audio = AudioSystem.getAudioInputStream(midi.toFile())) {
        AudioSystem.write(audio, AudioFileFormat.Type.WAVE, tmp.toFile());
      } catch (UnsupportedAudioFileException e) {
        throw new IOException(
            midi
                + ": this Java runtime cannot render MIDI to audio (its software synthesizer, Gervill, is missing)",
            e);
      }
      try {
        Files.move(tmp, wav, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, wav, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
