package ai.sergik.generate;

import ai.sergik.music.Chord;
import ai.sergik.music.Mode;
import ai.sergik.music.Note;
import ai.sergik.music.PitchClass;
import ai.sergik.music.Rng;
import ai.sergik.music.Scale;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A melody (lead, hook, top line) over the request's harmony, built the way a writer builds one: a
 * one-bar motif (a rhythm from the style and a short contour of scale steps) is stated, repeated,
 * moved up or down the scale (sequence) and varied (inverted, or its tail rewritten), and every phrase
 * ends on a held chord tone. Phrases are 2, 4 or 8 bars ({@link #phraseBars}) and come in pairs: the
 * first asks (ends on the third or fifth of its chord), the second answers (ends on the root).
 *
 * <p>Notes on a beat or held for three 16ths or more land on chord tones; the notes between them are
 * scale tones (passing and neighbour notes). Only jazz adds chromatic approach tones: on the off-beat
 * eighth before a chord tone on the beat, a semitone away from it, fewer than one note in ten. So in
 * every other style the melody uses exactly the notes of the key or mode. The line stays monophonic
 * and within the instrument's register ({@link MelodyInstrument}).
 */
final class MelodyGenerator {
  private MelodyGenerator() {}

  /** A rhythm cell: {start, length} in 16ths of one bar. */
  private static final int[][][] HOUSE = {
    {{2, 2}, {6, 2}, {10, 1}, {11, 1}, {14, 2}},
    {{2, 1}, {3, 3}, {6, 2}, {10, 4}, {14, 2}},
    {{0, 2}, {3, 3}, {6, 2}, {10, 2}, {12, 4}},
    {{2, 2}, {5, 1}, {6, 2}, {10, 2}, {13, 3}},
  };

  private static final int[][][] TECHNO = {
    {{0, 1}, {3, 1}, {6, 1}, {10, 1}, {12, 2}},
    {{2, 1}, {3, 1}, {6, 1}, {7, 1}, {10, 1}, {14, 2}},
    {{0, 2}, {3, 1}, {6, 2}, {11, 1}, {14, 2}},
  };
  private static final int[][][] JAZZ = {
    {{0, 2}, {2, 2}, {4, 2}, {6, 2}, {8, 2}, {10, 2}, {12, 2}, {14, 2}},
    {{0, 3}, {4, 2}, {6, 2}, {8, 2}, {10, 2}, {12, 4}},
    {{2, 2}, {4, 2}, {6, 2}, {8, 4}, {12, 2}, {14, 2}},
  };
  private static final int[][][] SPARSE = {
    {{0, 6}, {8, 2}, {10, 6}},
    {{2, 4}, {8, 8}},
    {{0, 3}, {6, 2}, {8, 8}},
  };
  private static final int[][][] FUNK = {
    {{0, 2}, {3, 1}, {4, 2}, {7, 1}, {10, 2}, {12, 3}},
    {{0, 1}, {2, 2}, {6, 1}, {7, 3}, {12, 2}, {14, 2}},
  };
  private static final int[][][] MODAL = {
    {{0, 6}, {6, 6}, {12, 4}},
    {{0, 4}, {4, 2}, {6, 6}, {12, 4}},
  };
  private static final int[][][] AMBIENT = {
    {{0, 8}, {8, 8}},
    {{0, 12}, {12, 4}},
    {{0, 4}, {4, 12}},
  };

  /** Contour steps in scale degrees, small steps more likely than leaps. */
  private static final int[] STEPS = {-3, -2, -1, -1, -1, -1, 0, 1, 1, 1, 1, 2, 2, 3};

  private enum Role {
    MOTIF,
    REPEAT,
    SEQUENCE,
    VARIATION,
    CADENCE
  }

  /** Bars per phrase: 8 from 16 bars up, 4 from 8, 2 from 2, else 1. */
  static int phraseBars(int bars) {
    return bars >= 16 ? 8 : bars >= 8 ? 4 : bars >= 2 ? 2 : 1;
  }

  static int[][][] cells(ChordStyle chordStyle) {
    switch (chordStyle) {
      case HOUSE:
      case DEEP_HOUSE:
        return HOUSE;
      case TECHNO:
        return TECHNO;
      case JAZZ:
        return JAZZ;
      case HIP_HOP:
      case BOOM_BAP:
        return SPARSE;
      case SOUL:
      case FUNK:
        return FUNK;
      case MODAL:
        return MODAL;
      default:
        return AMBIENT;
    }
  }

  static Generation generate(GenerationRequest r, MelodyOptions options) {
    Harmony h = Harmony.of(r);
    Line line = new Line(h, options.instrument(), new Rng(r.seed() ^ 0x3C6EF372FE94F82BL));
    int[][][] cells = cells(r.style().chords());
    int[][] rhythm = cells[line.random.nextInt(cells.length)];
    int[] contour = contour(rhythm.length, line.random);
    int phrase = phraseBars(r.bars());
    for (int first = 0, index = 0; first < r.bars(); first += phrase, index++) {
      int length = Math.min(phrase, r.bars() - first);
      boolean answer = index % 2 == 1 || first + length >= r.bars();
      line.phrase(first, length, rhythm, contour, cells, answer);
    }
    List<Note> notes = line.finish(r.style().chords() == ChordStyle.JAZZ);
    return new Generation(
        r, notes, h.chords(), h.tonic(), r.style().id() + " " + line.instrument.id() + " melody");
  }

  /** Scale-degree offsets from the motif's first note, within a sixth either way. */
  private static int[] contour(int length, Rng random) {
    int[] c = new int[length];
    for (int i = 1; i < length; i++) {
      int next = c[i - 1] + STEPS[random.nextInt(STEPS.length)];
      c[i] = Math.max(-5, Math.min(5, next));
    }
    if (length > 1 && allEqual(c))
      c[length - 1] = random.nextBoolean() ? 1 : -1; // a motif that moves
    return c;
  }

  private static boolean allEqual(int[] c) {
    for (int v : c) if (v != c[0]) return false;
    return true;
  }

  /**
   * The melody being written. Pitches are handled as diatonic numbers d (7 per octave) so that a
   * sequence moves by scale steps: pitch(d) = tonic + mode.semitones(d).
   */
  private static final class Line {
    final Harmony harmony;
    final MelodyInstrument instrument;
    final Rng random;
    final Scale scale;
    final Mode mode;
    final int tonic;
    final int lowD;
    final int highD;
    final List<double[]> events =
        new ArrayList<double[]>(); // {start, length, d, stable(0/1), velocity}
    int previousD = Integer.MIN_VALUE;
    /** The previous bar's first note: repetitions and sequences are measured from it. */
    int previousAnchor = Integer.MIN_VALUE;

    Line(Harmony harmony, MelodyInstrument instrument, Rng random) {
      this.harmony = harmony;
      this.instrument = instrument;
      this.random = random;
      this.scale = harmony.tonic().scale();
      this.mode = scale.mode();
      this.tonic = scale.tonic();
      int lo = diatonicAtOrAbove(instrument.low());
      int hi = diatonicAtOrAbove(instrument.high());
      if (pitch(hi) > instrument.high()) hi--;
      this.lowD = lo;
      this.highD = hi;
    }

    int pitch(int d) {
      return tonic + mode.semitones(d);
    }

    /** The smallest diatonic number whose pitch is at least {@code midi}. */
    int diatonicAtOrAbove(int midi) {
      int d = 7 * Math.floorDiv(midi - tonic, 12) - 7;
      while (pitch(d) < midi) d++;
      return d;
    }

    Chord chordAt(double beat) {
      List<ChordSpan> spans = harmony.spans();
      for (ChordSpan s : spans)
        if (beat >= s.start() - 1e-9 && beat < s.end() - 1e-9) return s.chord();
      return spans.get(spans.size() - 1).chord();
    }

    boolean isChordTone(int d, Chord chord, int maxTones) {
      int[] pcs = chord.pitchClasses();
      int pc = PitchClass.normalize(pitch(d));
      for (int i = 0; i < Math.min(maxTones, pcs.length); i++) if (pcs[i] == pc) return true;
      return false;
    }

    /** The chord tone nearest to d within the register (ties go toward {@code preferUp}); d when none is near. */
    int nearestChordTone(int d, Chord chord, int maxTones, boolean preferUp) {
      for (int distance = 0; distance <= 4; distance++) {
        int[] tries = preferUp
            ? new int[] {d + distance, d - distance}
            : new int[] {d - distance, d + distance};
        for (int t : tries) {
          if (t >= lowD && t <= highD && isChordTone(t, chord, maxTones)) return t;
        }
      }
      return clamp(d);
    }

    /** The first chord tone past {@code from} in direction {@code move} (within a fifth), else {@code from}. */
    int nextChordTone(int from, int move, Chord chord) {
      for (int d = from + move; Math.abs(d - from) <= 4; d += move) {
        if (d >= lowD && d <= highD && isChordTone(d, chord, 4)) return d;
      }
      return from;
    }

    int clamp(int d) {
      while (d > highD) d -= 7;
      while (d < lowD) d += 7;
      return Math.min(highD, d);
    }

    /**
     * Where the motif's first note goes: the chord tone nearest the previous bar's first note moved by
     * {@code shift} scale steps (or a third of the way up the register at the start).
     */
    int anchor(Chord chord, int[] contour, int shift) {
      int base = previousAnchor == Integer.MIN_VALUE ? lowD + (highD - lowD) / 3 : previousAnchor;
      int d = nearestChordTone(base + shift, chord, 3, random.nextBoolean());
      int min = 0;
      int max = 0;
      for (int c : contour) {
        min = Math.min(min, c);
        max = Math.max(max, c);
      }
      // move by octaves so the whole motif fits the register when it can
      while (d + max > highD && d + min - 7 >= lowD) d -= 7;
      while (d + min < lowD && d + max + 7 <= highD) d += 7;
      previousAnchor = d;
      return d;
    }

    void phrase(
        int firstBar, int bars, int[][] rhythm, int[] contour, int[][][] cells, boolean answer) {
      int shift = new int[] {1, -1, 2, -2, 3}[random.nextInt(5)];
      int variation = random.nextInt(3);
      for (int b = 0; b < bars; b++) {
        Role role = role(b, bars);
        int[][] cellRhythm = rhythm;
        int[] cellContour = contour;
        int barShift = 0;
        switch (role) {
          case REPEAT:
            break;
          case SEQUENCE:
            barShift = shift * (b >= 4 ? 2 : 1);
            break;
          case VARIATION:
            if (variation == 0) {
              cellContour = inverted(contour);
            } else if (variation == 1) {
              cellContour = newTail(contour);
            } else {
              cellRhythm = cells[random.nextInt(cells.length)];
              cellContour = fitted(contour, cellRhythm.length);
            }
            break;
          default:
            break;
        }
        int bar = firstBar + b;
        if (role == Role.CADENCE) {
          cadence(bar, rhythm, contour, answer);
        } else {
          bar(bar, cellRhythm, cellContour, barShift);
        }
      }
    }

    Role role(int index, int bars) {
      if (index == bars - 1) return Role.CADENCE;
      if (index == 0 || index == 4) return Role.MOTIF;
      switch (index % 4) {
        case 1:
          return random.nextBoolean() ? Role.REPEAT : Role.SEQUENCE;
        case 2:
          return Role.SEQUENCE;
        default:
          return Role.VARIATION;
      }
    }

    void bar(int bar, int[][] rhythm, int[] contour, int shift) {
      double barStart = bar * 4.0;
      Chord first = chordAt(barStart + rhythm[0][0] * 0.25);
      int anchor = anchor(first, contour, shift);
      int previous = Integer.MIN_VALUE;
      for (int i = 0; i < rhythm.length; i++) {
        double start = barStart + rhythm[i][0] * 0.25;
        double length = rhythm[i][1] * 0.25;
        int d = anchor + contour[i];
        boolean stable = rhythm[i][0] % 4 == 0 || length >= 0.75;
        if (stable) {
          Chord chord = chordAt(start);
          d = nearestChordTone(d, chord, 4, contour[i] >= 0);
          int move = i == 0 ? 0 : Integer.signum(contour[i] - contour[i - 1]);
          // where the contour moves, the line moves too: to the next chord tone that way, not back
          // onto the last note
          if (move != 0 && d == previous) d = nextChordTone(previous, move, chord);
        }
        d = clamp(d);
        add(start, length, d, stable, stable ? 100 : 88);
        previous = d;
      }
    }

    /** The motif's opening up to beat 3, then a chord tone on beat 3 held to the bar's end. */
    void cadence(int bar, int[][] rhythm, int[] contour, boolean answer) {
      double barStart = bar * 4.0;
      int[][] opening = opening(rhythm);
      if (opening.length > 0) bar(bar, opening, contour, 0);
      double start = barStart + 2;
      Chord chord = chordAt(start);
      int[] pcs = chord.pitchClasses();
      int target = answer ? pcs[0] : pcs[random.nextBoolean() ? 1 : Math.min(2, pcs.length - 1)];
      int from = previousD == Integer.MIN_VALUE ? lowD + (highD - lowD) / 3 : previousD;
      int d = nearestPitchClass(from, target);
      if (d == Integer.MIN_VALUE)
        d = nearestChordTone(from, chord, 3, false); // the target is outside the scale
      // arrive by step: a note just before on the same pitch becomes its upper neighbour
      double[] last = events.isEmpty() ? null : events.get(events.size() - 1);
      if (last != null && last[2] == d && last[0] >= barStart && d + 1 <= highD) last[2] = d + 1;
      add(start, 2, d, true, 96);
    }

    /** The nearest d in the register whose pitch class is {@code pc}, or MIN_VALUE when the scale lacks it. */
    int nearestPitchClass(int from, int pc) {
      int best = Integer.MIN_VALUE;
      for (int d = lowD; d <= highD; d++) {
        if (PitchClass.normalize(pitch(d)) == pc
            && (best == Integer.MIN_VALUE || Math.abs(d - from) < Math.abs(best - from))) {
          best = d;
        }
      }
      return best;
    }

    void add(double start, double length, int d, boolean stable, int velocity) {
      events.add(new double[] {start, length, d, stable ? 1 : 0, velocity});
      previousD = d;
    }

    /** The motif with its last two steps rewritten: the same start, another ending. */
    int[] newTail(int[] contour) {
      int[] c = contour.clone();
      for (int i = Math.max(1, c.length - 2); i < c.length; i++) {
        c[i] = Math.max(-5, Math.min(5, c[i - 1] + STEPS[random.nextInt(STEPS.length)]));
      }
      return c;
    }

    /** Notes in time order, each cut at the next one's start (one voice), with approach tones for jazz. */
    List<Note> finish(boolean approachTones) {
      Collections.sort(events, new java.util.Comparator<double[]>() {
        @Override
        public int compare(double[] a, double[] b) {
          return Double.compare(a[0], b[0]);
        }
      });
      int n = events.size();
      int[] pitches = new int[n];
      for (int i = 0; i < n; i++) pitches[i] = pitch((int) events.get(i)[2]);
      if (approachTones) {
        int budget = (n - 1) / 10; // chromatic notes stay under one in ten
        for (int i = 0; i + 1 < n && budget > 0; i++) {
          double[] e = events.get(i);
          double[] target = events.get(i + 1);
          boolean offBeatEighth = Math.abs(e[0] - Math.floor(e[0]) - 0.5) < 1e-9;
          boolean targetOnBeat =
              target[3] == 1 && Math.abs(target[0] - Math.rint(target[0])) < 1e-9;
          if (!offBeatEighth
              || !targetOnBeat
              || target[0] - e[0] > 0.5 + 1e-9
              || random.nextInt(3) != 0) continue;
          int t = pitches[i + 1];
          int approach =
              !scale.contains(t - 1) ? t - 1 : !scale.contains(t + 1) ? t + 1 : Integer.MIN_VALUE;
          if (approach == Integer.MIN_VALUE
              || approach < instrument.low()
              || approach > instrument.high()) continue;
          pitches[i] = approach;
          budget--;
        }
      }
      List<Note> notes = new ArrayList<Note>(n);
      for (int i = 0; i < n; i++) {
        double[] e = events.get(i);
        double end = e[0] + e[1];
        if (i + 1 < n) end = Math.min(end, events.get(i + 1)[0]);
        if (end - e[0] < 1e-9) continue; // two notes at one start: the later one wins
        notes.add(
            new Note(pitches[i], e[0], end - e[0], ChordGenerator.jitter(random, (int) e[4], 5)));
      }
      return notes;
    }
  }

  private static int[][] opening(int[][] rhythm) {
    int count = 0;
    while (count < rhythm.length && rhythm[count][0] < 8) count++;
    int[][] out = new int[count][];
    for (int i = 0; i < count; i++)
      out[i] = new int[] {rhythm[i][0], Math.min(rhythm[i][1], 8 - rhythm[i][0])};
    return out;
  }

  private static int[] inverted(int[] contour) {
    int[] c = new int[contour.length];
    for (int i = 0; i < c.length; i++) c[i] = -contour[i];
    return c;
  }

  private static int[] fitted(int[] contour, int length) {
    int[] c = new int[length];
    for (int i = 0; i < length; i++) c[i] = contour[Math.min(i, contour.length - 1)];
    return c;
  }
}
