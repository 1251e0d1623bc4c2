package ai.sergik.midifile;

import ai.sergik.io.AtomicFiles;
import ai.sergik.music.Note;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sound.midi.InvalidMidiDataException;
import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiMessage;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Track;

/**
 * Standard MIDI Files, type 1, with {@code javax.sound.midi}: a conductor track (tempo and time
 * signature) then one track per part, each named, at {@value #PPQ} ticks per beat.
 *
 * <p>Note times are rounded to the nearest tick (1/960 beat, about 0.5 ms at 125 BPM); notes on the
 * tick grid, as every generator makes them, come back exactly. Muted notes have no MIDI form and are
 * left out. At one tick, note-offs are written before note-ons, and reading pairs each note-off with the
 * earliest open note of that pitch and channel, so repeated and overlapping notes survive.
 */
public final class MidiFiles {
  private MidiFiles() {}

  public static final int PPQ = 960;
  private static final int META_TRACK_NAME = 0x03;
  private static final int META_TEMPO = 0x51;
  private static final int META_TIME_SIGNATURE = 0x58;

  /** Writes a type 1 file in 4/4 atomically. */
  public static void write(Path file, List<MidiTrack> tracks, double tempo) throws IOException {
    write(file, tracks, tempo, 4, 4);
  }

  /** Writes a type 1 file atomically (temporary file, then rename). */
  public static void write(
      Path file, List<MidiTrack> tracks, double tempo, int numerator, int denominator)
      throws IOException {
    AtomicFiles.writeBytes(file, toBytes(tracks, tempo, numerator, denominator));
  }

  /** The bytes of a type 1 file in 4/4; what the HTTP API sends for {@code ?format=mid}. */
  public static byte[] toBytes(List<MidiTrack> tracks, double tempo) {
    return toBytes(tracks, tempo, 4, 4);
  }

  public static byte[] toBytes(
      List<MidiTrack> tracks, double tempo, int numerator, int denominator) {
    if (tracks == null || tracks.isEmpty())
      throw new IllegalArgumentException("a MIDI file needs at least one track");
    if (!(tempo >= 1 && tempo <= 1000))
      throw new IllegalArgumentException("tempo must be 1..1000 BPM, got " + tempo);
    if (numerator < 1 || numerator > 32) {
      throw new IllegalArgumentException(
          "time signature numerator must be 1..32, got " + numerator);
    }
    if (Integer.bitCount(denominator) != 1 || denominator > 64) {
      throw new IllegalArgumentException(
          "time signature denominator must be 1, 2, 4, 8, 16, 32 or 64, got " + denominator);
    }
    try {
      Sequence sequence = new Sequence(Sequence.PPQ, PPQ);
      Track conductor = sequence.createTrack();
      conductor.add(meta(META_TRACK_NAME, "tempo".getBytes(StandardCharsets.US_ASCII), 0));
      int mpq = (int) Math.round(60_000_000.0 / tempo);
      conductor.add(
          meta(META_TEMPO, new byte[] {(byte) (mpq >> 16), (byte) (mpq >> 8), (byte) mpq}, 0));
      conductor.add(meta(
          META_TIME_SIGNATURE,
          new byte[] {(byte) numerator, (byte) Integer.numberOfTrailingZeros(denominator), 24, 8},
          0));
      for (MidiTrack t : tracks) addTrack(sequence, t);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      MidiSystem.write(sequence, 1, out);
      return out.toByteArray();
    } catch (InvalidMidiDataException | IOException e) {
      throw new IllegalStateException("could not encode MIDI: " + e.getMessage(), e);
    }
  }

  private static void addTrack(Sequence sequence, MidiTrack t) throws InvalidMidiDataException {
    Track track = sequence.createTrack();
    track.add(meta(META_TRACK_NAME, t.name().getBytes(StandardCharsets.UTF_8), 0));
    if (t.program() >= 0) {
      track.add(new MidiEvent(
          new ShortMessage(ShortMessage.PROGRAM_CHANGE, t.channel(), t.program(), 0), 0));
    }
    record Event(long tick, boolean on, int pitch, int velocity) {}
    List<Event> events = new ArrayList<>(t.notes().size() * 2);
    for (Note n : t.notes()) {
      if (n.mute()) continue;
      long on = Math.round(n.start() * PPQ);
      long off = Math.max(on + 1, Math.round(n.end() * PPQ));
      events.add(new Event(on, true, n.pitch(), n.velocity()));
      events.add(new Event(off, false, n.pitch(), 0));
    }
    // stable sort: at one tick, offs before ons; otherwise in note order
    events.sort(Comparator.comparingLong(Event::tick).thenComparing(e -> e.on()));
    for (Event e : events) {
      ShortMessage m = new ShortMessage(
          e.on() ? ShortMessage.NOTE_ON : ShortMessage.NOTE_OFF,
          t.channel(),
          e.pitch(),
          e.on() ? e.velocity() : 0);
      track.add(new MidiEvent(m, e.tick()));
    }
  }

  private static MidiEvent meta(int type, byte[] data, long tick) throws InvalidMidiDataException {
    return new MidiEvent(new MetaMessage(type, data, data.length), tick);
  }

  /** Reads a MIDI file (type 0 or 1, PPQ timing); errors name the file. */
  public static MidiFile read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in.readAllBytes(), file.toString());
    }
  }

  /** Reads MIDI bytes; {@code source} names them in errors. */
  public static MidiFile read(byte[] bytes, String source) throws IOException {
    Sequence sequence;
    try {
      sequence = MidiSystem.getSequence(new ByteArrayInputStream(bytes));
    } catch (InvalidMidiDataException e) {
      throw new IOException(source + " is not a Standard MIDI File: " + e.getMessage(), e);
    }
    if (sequence.getDivisionType() != Sequence.PPQ) {
      throw new IOException(
          source + " uses SMPTE timing; only tick-per-beat (PPQ) files are supported");
    }
    int ppq = sequence.getResolution();
    double tempo = 120;
    boolean tempoSeen = false;
    int num = 4;
    int den = 4;
    boolean signatureSeen = false;
    List<MidiTrack> tracks = new ArrayList<>();
    int index = 0;
    for (Track track : sequence.getTracks()) {
      index++;
      String name = null;
      Map<Integer, Deque<long[]>> open =
          new HashMap<>(); // key channel*128+pitch -> {tick, velocity}
      List<Note> notes = new ArrayList<>();
      int channel = -1;
      int program = MidiTrack.NO_PROGRAM;
      for (int i = 0; i < track.size(); i++) {
        MidiEvent event = track.get(i);
        MidiMessage msg = event.getMessage();
        if (msg instanceof MetaMessage meta) {
          byte[] d = meta.getData();
          if (meta.getType() == META_TRACK_NAME && name == null) {
            name = new String(d, StandardCharsets.UTF_8);
          } else if (meta.getType() == META_TEMPO && !tempoSeen && d.length == 3) {
            int mpq = ((d[0] & 0xff) << 16) | ((d[1] & 0xff) << 8) | (d[2] & 0xff);
            tempo = Math.round(60_000_000.0 / mpq * 1000) / 1000.0;
            tempoSeen = true;
          } else if (meta.getType() == META_TIME_SIGNATURE && !signatureSeen && d.length >= 2) {
            num = d[0] & 0xff;
            den = 1 << (d[1] & 0xff);
            signatureSeen = true;
          }
        } else if (msg instanceof ShortMessage sm) {
          int cmd = sm.getCommand();
          if (cmd == ShortMessage.PROGRAM_CHANGE && program == MidiTrack.NO_PROGRAM) {
            program = sm.getData1();
            continue;
          }
          if (cmd != ShortMessage.NOTE_ON && cmd != ShortMessage.NOTE_OFF) continue;
          if (channel < 0) channel = sm.getChannel();
          int key = sm.getChannel() * 128 + sm.getData1();
          if (cmd == ShortMessage.NOTE_ON && sm.getData2() > 0) {
            open.computeIfAbsent(key, k -> new ArrayDeque<>())
                .addLast(new long[] {event.getTick(), sm.getData2()});
          } else {
            Deque<long[]> q = open.get(key);
            if (q == null || q.isEmpty()) continue; // a stray note-off
            long[] on = q.removeFirst();
            long length = Math.max(1, event.getTick() - on[0]);
            notes.add(new Note(
                sm.getData1(), on[0] / (double) ppq, length / (double) ppq, (int) on[1], false));
          }
        }
      }
      if (notes.isEmpty() && (name == null || channel < 0)) continue; // conductor or empty track
      notes.sort(Note.BY_START_THEN_PITCH);
      tracks.add(new MidiTrack(
          name == null ? "track " + index : name, Math.max(0, channel), notes, program));
    }
    return new MidiFile(tempo, num, den, ppq, tracks);
  }
}
