package ai.sergik.listen;

import ai.sergik.generate.ChordSpan;
import ai.sergik.music.Chord;
import ai.sergik.music.Note;
import java.util.ArrayList;
import java.util.List;

/**
 * Hears a clip from its notes alone, as a producer reads a piano roll: the chords bar by bar (half bars where
 * the harmony moves mid-bar), the key they and the melody point at, the meter, and the groove. A pure
 * function: the same notes always give the same reading.
 */
public final class ClipListener {
  private ClipListener() {}

  /** General MIDI drum notes that drum clips are mostly made of: kicks, snares, claps, hats, cymbals, toms. */
  static final int[] DRUM_NOTES = {
    35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 54, 56, 70
  };
  /** A half bar gets its own chord only when it holds at least this share of the bar's sound. */
  static final double HALF_BAR_SHARE = 0.3;

  /**
   * Reads a clip.
   *
   * @param notes the clip's notes, times in beats from the clip start (muted notes are ignored)
   * @param lengthBeats the clip's length (its loop end), or 0 to take it from the notes, rounded up to a bar
   * @param beatsPerBar the clip's time signature numerator (Live's {@code signature_numerator}), 1..32
   * @throws IllegalArgumentException when there are no notes or the numbers are out of range
   */
  public static ClipReading hear(List<Note> notes, double lengthBeats, int beatsPerBar) {
    return hear(notes, lengthBeats, beatsPerBar, looksLikeDrums(notes));
  }

  /** As {@link #hear(List, double, int)}, told whether the clip is a drum part. */
  public static ClipReading hear(
      List<Note> notes, double lengthBeats, int beatsPerBar, boolean drums) {
    if (beatsPerBar < 1 || beatsPerBar > 32) {
      throw new IllegalArgumentException(
          "beats per bar must be 1..32 (the time signature's numerator), got " + beatsPerBar);
    }
    List<Note> sounding = new ArrayList<Note>();
    double end = 0;
    for (Note n : notes) {
      if (n.mute()) continue;
      sounding.add(n);
      end = Math.max(end, n.end());
    }
    if (sounding.isEmpty()) {
      throw new IllegalArgumentException(
          "the clip has no notes to hear; select a MIDI clip with notes in it");
    }
    if (!(lengthBeats >= 0) || lengthBeats > 4096) {
      throw new IllegalArgumentException("clip length must be 0..4096 beats, got " + lengthBeats);
    }
    double length =
        lengthBeats > 0 ? lengthBeats : Math.ceil(end / beatsPerBar - 1e-9) * beatsPerBar;
    Groove groove = Groove.of(sounding, beatsPerBar);
    if (drums) {
      return new ClipReading(
          null, 0, new ArrayList<ChordSpan>(), beatsPerBar, length, groove, true, false);
    }
    List<ChordSpan> spans = chords(sounding, length, beatsPerBar, false);
    List<Chord> chords = new ArrayList<Chord>();
    for (ChordSpan s : spans) chords.add(s.chord());
    KeyFinder.Result key = KeyFinder.find(PitchWeights.of(sounding, 0, length), chords);
    List<ChordSpan> spelled = new ArrayList<ChordSpan>();
    for (ChordSpan s : spans)
      spelled.add(
          new ChordSpan(s.chord().spelledFor(key.key), spelled.size(), s.start(), s.length()));
    return new ClipReading(
        key.key,
        Math.round(key.confidence * 100) / 100.0,
        spelled,
        beatsPerBar,
        length,
        groove,
        false,
        isOneVoice(sounding));
  }

  private static List<ChordSpan> chords(
      List<Note> notes, double length, int beatsPerBar, boolean flats) {
    List<ChordSpan> spans = new ArrayList<ChordSpan>();
    for (double bar = 0; bar < length - 1e-9; bar += beatsPerBar) {
      double barEnd = Math.min(length, bar + beatsPerBar);
      double[] whole = PitchWeights.of(notes, bar, barEnd);
      if (PitchWeights.total(whole) == 0) continue;
      double mid = bar + (barEnd - bar) / 2;
      double[] first = PitchWeights.of(notes, bar, mid);
      double[] second = PitchWeights.of(notes, mid, barEnd);
      Chord a = ChordFinder.name(first, PitchWeights.bass(notes, bar, mid), flats);
      Chord b = ChordFinder.name(second, PitchWeights.bass(notes, mid, barEnd), flats);
      double total = PitchWeights.total(whole);
      boolean split = beatsPerBar % 2 == 0
          && a != null
          && b != null
          && !sameHarmony(a, b)
          && PitchWeights.total(first) >= HALF_BAR_SHARE * total
          && PitchWeights.total(second) >= HALF_BAR_SHARE * total;
      if (split) {
        spans.add(new ChordSpan(a, spans.size(), bar, mid - bar));
        spans.add(new ChordSpan(b, spans.size(), mid, barEnd - mid));
      } else {
        spans.add(new ChordSpan(
            ChordFinder.name(whole, PitchWeights.bass(notes, bar, barEnd), flats),
            spans.size(),
            bar,
            barEnd - bar));
      }
    }
    return spans;
  }

  /** The same root and quality: an inversion or a moving bass under one chord is not a change of harmony. */
  private static boolean sameHarmony(Chord a, Chord b) {
    return a.root() == b.root() && a.quality() == b.quality();
  }

  static boolean looksLikeDrums(List<Note> notes) {
    int drumNotes = 0;
    boolean[] kinds = new boolean[128];
    int distinct = 0;
    for (Note n : notes) {
      for (int d : DRUM_NOTES) {
        if (n.pitch() == d) {
          drumNotes++;
          if (!kinds[d]) {
            kinds[d] = true;
            distinct++;
          }
          break;
        }
      }
    }
    boolean hasKickOrSnare = kinds[35] || kinds[36] || kinds[38] || kinds[39] || kinds[40];
    boolean hasHat = kinds[42] || kinds[44] || kinds[46];
    return !notes.isEmpty()
        && drumNotes >= 0.8 * notes.size()
        && distinct >= 3
        && hasKickOrSnare
        && hasHat;
  }

  /** Whether at most one note sounds at a time for nine tenths of the notes. */
  static boolean isOneVoice(List<Note> notes) {
    int overlapping = 0;
    for (int i = 0; i < notes.size(); i++) {
      Note a = notes.get(i);
      for (int j = 0; j < notes.size(); j++) {
        Note b = notes.get(j);
        if (i != j && b.start() >= a.start() && b.start() < a.end() - 0.05) {
          overlapping++;
          break;
        }
      }
    }
    return overlapping <= 0.1 * notes.size();
  }

  /** The chord sounding at {@code beat}, or null. */
  public static Chord chordAt(ClipReading reading, double beat) {
    for (ChordSpan s : reading.chords()) {
      if (beat >= s.start() - 1e-9 && beat < s.end() - 1e-9) return s.chord();
    }
    return null;
  }
}
