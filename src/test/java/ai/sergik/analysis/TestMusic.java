package ai.sergik.analysis;

import ai.sergik.music.Key;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import javax.sound.midi.InvalidMidiDataException;
import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Track;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/**
 * Test music with known truth: MIDI sequences at an exact tempo and key, rendered to 44.1 kHz
 * 16-bit stereo WAV by the JDK's software synthesizer (Gervill, through the public MIDI-file
 * audio reader, with its built-in soundbank, so it works headless and offline).
 */
public final class TestMusic {
  private TestMusic() {}

  static final int PPQ = 480;
  private static final int KICK = 36, SNARE = 38, CLAP = 39, CLOSED_HAT = 42, OPEN_HAT = 46;
  private static final Map<String, Path> RENDERED = new ConcurrentHashMap<>();

  /** Drum style appropriate to the tempo: boom-bap below 100 BPM, house to 139, four-to-the-floor techno above. */
  public enum Style {
    BOOM_BAP,
    HOUSE,
    TECHNO;

    static Style forTempo(double bpm) {
      return bpm < 100 ? BOOM_BAP : bpm < 140 ? HOUSE : TECHNO;
    }
  }

  private static final int[][] MAJOR_PROGRESSIONS = {
    {1, 4, 5, 1}, {1, 6, 4, 5}, {1, 5, 6, 4}, {1, 2, 5, 1}
  };
  private static final int[][] MINOR_PROGRESSIONS = {
    {1, 4, 5, 1}, {1, 6, 3, 7}, {1, 4, 5, 1}, {1, 7, 6, 7}
  };
  private static final int[] MAJOR_SCALE = {0, 2, 4, 5, 7, 9, 11};
  private static final int[] MINOR_SCALE = {0, 2, 3, 5, 7, 8, 10};

  /**
   * A loop in the given key: chords, bass on the roots, a scale melody and drums, ending on the tonic.
   * Minor keys use the harmonic-minor dominant in the i-iv-V-i progression, as real music does.
   */
  public static Sequence song(Key key, double bpm, int bars, long seed) {
    return song(key, bpm, bars, seed, false);
  }

  private static Sequence song(Key key, double bpm, int bars, long seed, boolean busyDrums) {
    Random rnd = new Random(seed);
    Sequence seq = newSequence(bpm);
    Track t = seq.getTracks()[0];
    int chordProgram = new int[] {0, 4, 48, 16}[rnd.nextInt(4)];
    program(t, 0, chordProgram);
    program(t, 1, 33);
    program(t, 2, new int[] {73, 80, 11}[rnd.nextInt(3)]);
    int[][] progressions = !key.isMinor() ? MAJOR_PROGRESSIONS : MINOR_PROGRESSIONS;
    int progIndex = rnd.nextInt(progressions.length);
    int[] prog = progressions[progIndex];
    boolean harmonicDominant = key.isMinor() && progIndex == 2;
    int[] scale = !key.isMinor() ? MAJOR_SCALE : MINOR_SCALE;
    int tonicMidi = 48 + key.tonic(); // C3..B3
    int melodyDegree = 0;
    for (int bar = 0; bar < bars; bar++) {
      int degree = bar == bars - 1 ? 1 : prog[bar % prog.length];
      long barStart = (long) bar * 4 * PPQ;
      int[] chord = triad(scale, degree - 1);
      for (int i = 0; i < 3; i++) {
        int pitch = tonicMidi + chord[i];
        if (harmonicDominant && degree == 5 && i == 1) pitch++; // raised leading tone
        note(t, 0, pitch + 12, 70 + rnd.nextInt(15), barStart, 4 * PPQ - 20);
      }
      int root = tonicMidi - 12 + scale[degree - 1];
      for (int beat = 0; beat < 4; beat += 2)
        note(t, 1, root, 95, barStart + beat * PPQ, 2 * PPQ - 40);
      for (int eighth = 0; eighth < 8; eighth += 1 + rnd.nextInt(2)) {
        melodyDegree = Math.max(-2, Math.min(9, melodyDegree + rnd.nextInt(5) - 2));
        if (eighth == 0) melodyDegree = chordToneNear(scale, degree - 1, melodyDegree);
        int pitch = tonicMidi + 24 + scaleNote(scale, melodyDegree);
        note(t, 2, pitch, 80, barStart + eighth * PPQ / 2, PPQ / 2 - 10);
      }
      drums(t, Style.forTempo(bpm), barStart, rnd, busyDrums);
    }
    return seq;
  }

  /** Drums, bass and chords at a tempo, for tempo tests; the key is random but fixed by the seed. */
  public static Sequence groove(double bpm, int bars, long seed) {
    Random rnd = new Random(seed);
    Key key = Key.of(rnd.nextInt(12), !rnd.nextBoolean());
    return song(key, bpm, bars, seed, true);
  }

  private static void drums(Track t, Style style, long barStart, Random rnd, boolean extraHats) {
    int q = PPQ;
    switch (style) {
      case BOOM_BAP -> {
        hit(t, KICK, 115, barStart);
        hit(t, KICK, 100, barStart + 2 * q + q / 2);
        if (rnd.nextInt(3) == 0) hit(t, KICK, 90, barStart + 3 * q + q / 2);
        hit(t, SNARE, 110, barStart + q);
        hit(t, SNARE, 110, barStart + 3 * q);
        int hatStep = extraHats && rnd.nextBoolean() ? q / 4 : q / 2;
        for (long p = 0; p < 4 * q; p += hatStep)
          hit(t, CLOSED_HAT, 60 + rnd.nextInt(20), barStart + p);
      }
      case HOUSE -> {
        for (int b = 0; b < 4; b++) hit(t, KICK, 115, barStart + (long) b * q);
        hit(t, CLAP, 100, barStart + q);
        hit(t, CLAP, 100, barStart + 3 * q);
        for (int b = 0; b < 4; b++) hit(t, OPEN_HAT, 75, barStart + (long) b * q + q / 2);
        if (extraHats)
          for (long p = 0; p < 4 * q; p += q / 4)
            hit(t, CLOSED_HAT, 50 + rnd.nextInt(15), barStart + p);
      }
      case TECHNO -> {
        for (int b = 0; b < 4; b++) hit(t, KICK, 120, barStart + (long) b * q);
        for (long p = q / 2; p < 4 * q; p += q) hit(t, CLOSED_HAT, 80, barStart + p);
        hit(t, CLAP, 90, barStart + q);
        hit(t, CLAP, 90, barStart + 3 * q);
      }
    }
  }

  private static int[] triad(int[] scale, int degreeIndex) {
    int[] out = new int[3];
    for (int i = 0; i < 3; i++) out[i] = scaleNote(scale, degreeIndex + 2 * i);
    return out;
  }

  private static int scaleNote(int[] scale, int degree) {
    int octave = Math.floorDiv(degree, 7);
    return scale[Math.floorMod(degree, 7)] + 12 * octave;
  }

  private static int chordToneNear(int[] scale, int root, int near) {
    int best = root;
    for (int k = -7; k <= 14; k++) {
      int d = root + k;
      if (Math.floorMod(d - root, 7) % 2 == 0
          && Math.floorMod(d - root, 7) <= 4
          && Math.abs(d - near) < Math.abs(best - near)) best = d;
    }
    return best;
  }

  static Sequence newSequence(double bpm) {
    try {
      Sequence seq = new Sequence(Sequence.PPQ, PPQ);
      Track t = seq.createTrack();
      int micros = (int) Math.round(60_000_000 / bpm);
      t.add(new MidiEvent(
          new MetaMessage(
              0x51, new byte[] {(byte) (micros >> 16), (byte) (micros >> 8), (byte) micros}, 3),
          0));
      return seq;
    } catch (InvalidMidiDataException e) {
      throw new IllegalStateException(e);
    }
  }

  static void program(Track t, int channel, int program) {
    add(t, ShortMessage.PROGRAM_CHANGE, channel, program, 0, 0);
  }

  static void note(Track t, int channel, int pitch, int velocity, long tick, long length) {
    add(t, ShortMessage.NOTE_ON, channel, pitch, velocity, tick);
    add(t, ShortMessage.NOTE_OFF, channel, pitch, 0, tick + length);
  }

  private static void hit(Track t, int drum, int velocity, long tick) {
    note(t, 9, drum, velocity, tick, PPQ / 8);
  }

  private static void add(Track t, int command, int channel, int d1, int d2, long tick) {
    try {
      t.add(new MidiEvent(new ShortMessage(command, channel, d1, d2), tick));
    } catch (InvalidMidiDataException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** Renders a sequence to a WAV file with Gervill (44.1 kHz, 16-bit, stereo); cached per name within a JVM. */
  public static Path render(Sequence seq, Path dir, String name) {
    return RENDERED.computeIfAbsent(dir.resolve(name).toString(), k -> {
      try {
        ByteArrayOutputStream midi = new ByteArrayOutputStream();
        MidiSystem.write(seq, 0, midi);
        Path out = dir.resolve(name);
        Files.createDirectories(dir);
        try (AudioInputStream audio =
            AudioSystem.getAudioInputStream(new ByteArrayInputStream(midi.toByteArray()))) {
          AudioSystem.write(audio, AudioFileFormat.Type.WAVE, out.toFile());
        }
        return out;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (javax.sound.sampled.UnsupportedAudioFileException e) {
        throw new IllegalStateException("the JDK's MIDI-to-audio reader (Gervill) is missing", e);
      }
    });
  }
}
