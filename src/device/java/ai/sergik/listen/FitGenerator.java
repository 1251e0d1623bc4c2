package ai.sergik.listen;

import ai.sergik.generate.ChordSpan;
import ai.sergik.generate.Drums;
import ai.sergik.music.Chord;
import ai.sergik.music.Key;
import ai.sergik.music.Note;
import ai.sergik.music.PitchClass;
import ai.sergik.music.Rng;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Makes a part that fits a clip that is already there, from what {@link ClipListener} heard in it: a bass
 * with the chord's root on every change that plays where the clip's kick (or its busiest steps) play; chords
 * under a melody whose notes are never a semitone against the chord on a strong beat; drums in the clip's
 * grid and swing; an arpeggio over its chords; a counter-melody in the melody's gaps. A pure function of the
 * reading, the clip's notes and the seed.
 */
public final class FitGenerator {
  private FitGenerator() {}

  static final int BASS_CENTRE = 40; // E2
  static final int CHORD_FLOOR = 48; // C3
  static final int ARP_FLOOR = 60; // C4

  public static List<Note> fit(ClipReading reading, List<Note> clip, FitPart part, long seed) {
    Rng rng = new Rng(seed * 0x9E3779B97F4A7C15L + part.seedOffset());
    if (part != FitPart.DRUMS && reading.isDrums()) {
      throw new IllegalArgumentException(
          "a " + part.id() + " needs harmony to fit, and this clip is drums; "
              + "select a clip with chords, a melody or a bass line, or fit drums to it");
    }
    List<Note> out;
    switch (part) {
      case BASS:
        out = bass(reading, clip, rng);
        break;
      case CHORDS:
        out = chords(reading, clip, rng);
        break;
      case DRUMS:
        out = drums(reading, clip, rng);
        break;
      case ARP:
        out = arp(reading, rng);
        break;
      case COUNTER_MELODY:
        out = counterMelody(reading, clip, rng);
        break;
      default:
        throw new IllegalStateException(part.name());
    }
    Collections.sort(out, Note.BY_START_THEN_PITCH);
    return out;
  }

  // ---- bass ----

  /** Bar positions the bass plays on: the clip's kicks when it has drums, else its steps played in half the bars. */
  static List<Double> bassPositions(ClipReading reading, List<Note> clip) {
    List<Double> positions = new ArrayList<Double>();
    int bars = Math.max(1, reading.bars());
    int[] kicks = new int[(int) Math.round(reading.beatsPerBar() / 0.25)];
    int kickCount = 0;
    for (Note n : clip) {
      if (n.pitch() == Drums.KICK || n.pitch() == 35) {
        double inBar =
            n.start() - Math.floor(n.start() / reading.beatsPerBar()) * reading.beatsPerBar();
        kicks[(int) Math.round(inBar / 0.25) % kicks.length]++;
        kickCount++;
      }
    }
    if (kickCount > 0) {
      for (int s = 0; s < kicks.length; s++)
        if (kicks[s] >= Math.max(1, bars / 2)) positions.add(s * 0.25);
    } else {
      for (double p : reading.groove().stepsPlayedIn(0.5, bars)) {
        if (Math.abs(p * 2 - Math.rint(p * 2)) < 1e-6)
          positions.add(p); // eighths at the finest: a bass line, not a trill
      }
    }
    if (positions.isEmpty() || positions.get(0) > 1e-9) positions.add(0, 0.0);
    return positions;
  }

  static List<Note> bass(ClipReading reading, List<Note> clip, Rng rng) {
    List<Double> pattern = bassPositions(reading, clip);
    List<Double> starts = new ArrayList<Double>();
    for (double bar = 0; bar < reading.lengthBeats() - 1e-9; bar += reading.beatsPerBar()) {
      for (double p : pattern) starts.add(bar + p);
    }
    // every chord change is a start, whatever the pattern says: the root lands on the change
    for (ChordSpan s : reading.chords()) if (!starts.contains(s.start())) starts.add(s.start());
    Collections.sort(starts);
    List<Note> out = new ArrayList<Note>();
    int previous = -1;
    for (int i = 0; i < starts.size(); i++) {
      double t = starts.get(i);
      ChordSpan span = spanAt(reading, t);
      if (span == null) continue;
      double next = i + 1 < starts.size() ? starts.get(i + 1) : reading.lengthBeats();
      Chord chord = span.chord();
      int pitch;
      boolean change = Math.abs(span.start() - t) < 1e-9;
      if (change) {
        pitch = near(chord.root(), previous < 0 ? BASS_CENTRE : previous, 33, 52);
      } else {
        ChordSpan following = spanAt(reading, next);
        boolean beforeChange =
            following != null && following != span && Math.abs(following.start() - next) < 1e-9;
        if (beforeChange && rng.nextDouble() < 0.4) {
          int target = near(following.chord().root(), previous, 33, 52);
          pitch = approach(target, reading.key());
        } else {
          int[] tones = {
            chord.root(), chord.root(), PitchClass.normalize(chord.root() + 7), chord.root() + 12
          };
          int choice = tones[rng.nextInt(tones.length)];
          pitch = choice >= 12
              ? near(chord.root(), previous, 33, 52) + 12
              : near(choice, previous, 33, 52);
          if (pitch > 55) pitch -= 12;
        }
      }
      double length = Math.max(0.1, Math.min(next - t - 0.05, 2.0));
      out.add(new Note(pitch, t, length, velocity(reading, t, 90, 30)));
      previous = pitch;
    }
    return out;
  }

  /** A scale step (or a chromatic one) that leads into {@code target}. */
  private static int approach(int target, Key key) {
    int below = target - 1;
    while (!key.contains(below) && below > target - 3) below--;
    return key.contains(below) ? below : target - 1;
  }

  // ---- chords ----

  static List<Note> chords(ClipReading reading, List<Note> clip, Rng rng) {
    List<Chord> chosen = new ArrayList<Chord>();
    List<double[]> spans = new ArrayList<double[]>();
    if (reading.isMelody()) {
      harmonise(reading, clip, rng, chosen, spans);
    } else {
      for (ChordSpan s : reading.chords()) {
        chosen.add(s.chord());
        spans.add(new double[] {s.start(), s.length()});
      }
    }
    List<Note> out = new ArrayList<Note>();
    int[] previous = null;
    for (int i = 0; i < chosen.size(); i++) {
      double start = spans.get(i)[0];
      double length = spans.get(i)[1];
      int ceiling = lowestMelodyNote(clip, start, start + length) - 1;
      int[] voicing = voice(chosen.get(i), previous, Math.min(ceiling, 79));
      for (int p : voicing) out.add(new Note(p, start, length - 0.02, 78 + rng.nextInt(8)));
      previous = voicing;
    }
    return out;
  }

  /**
   * One diatonic triad per bar for a melody: the chord with the most melody notes among its tones, strong
   * beats counting three times; a chord a semitone against a strong-beat melody note is never taken when
   * another exists. The tonic is favoured at the start and the end.
   */
  private static void harmonise(
      ClipReading reading, List<Note> melody, Rng rng, List<Chord> chosen, List<double[]> spans) {
    Key key = reading.key();
    List<Chord> diatonic = diatonicTriads(key);
    int bars = Math.max(1, reading.bars());
    int beats = reading.beatsPerBar();
    for (int bar = 0; bar < bars; bar++) {
      double start = bar * beats;
      double end = Math.min(reading.lengthBeats(), start + beats);
      Choice whole = best(
          diatonic,
          melody,
          start,
          end,
          start,
          beats,
          key,
          bar == 0 || bar == bars - 1,
          chosen,
          rng);
      if (!whole.clashes || beats % 2 != 0) {
        chosen.add(whole.chord);
        spans.add(new double[] {start, end - start});
        continue;
      }
      // no one chord for the bar: a chord for each half, each holding its strong-beat note
      double mid = start + beats / 2.0;
      for (double[] half : new double[][] {{start, mid}, {mid, end}}) {
        Choice c = best(diatonic, melody, half[0], half[1], start, beats, key, false, chosen, rng);
        if (c.clashes)
          c = best(
              chromaticTriadsOn(melody, half[0]),
              melody,
              half[0],
              half[1],
              start,
              beats,
              key,
              false,
              chosen,
              rng);
        chosen.add(c.chord);
        spans.add(new double[] {half[0], half[1] - half[0]});
      }
    }
  }

  private static final class Choice {
    final Chord chord;
    final boolean clashes;

    Choice(Chord chord, boolean clashes) {
      this.chord = chord;
      this.clashes = clashes;
    }
  }

  /**
   * The candidate with the most melody notes in [start, end) among its tones, strong beats counting three
   * times; one a semitone against a strong-beat melody note only when every candidate is.
   */
  private static Choice best(
      List<Chord> candidates,
      List<Note> melody,
      double start,
      double end,
      double barStart,
      int beatsPerBar,
      Key key,
      boolean favourTonic,
      List<Chord> chosen,
      Rng rng) {
    Chord best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    boolean bestClashes = true;
    for (Chord c : candidates) {
      double score = 0;
      boolean clashes = false;
      for (Note n : melody) {
        if (n.start() < start - 1e-9 || n.start() >= end - 1e-9) continue;
        boolean strong = PitchWeights.isOnBeat(n.start() - barStart)
            && isStrongBeat(n.start() - barStart, beatsPerBar);
        double weight = (strong ? 3 : 1) * Math.min(2, n.duration());
        if (c.contains(n.pitch())) score += weight;
        else if (semitoneAgainst(c, n.pitch())) {
          score -= weight;
          if (strong) clashes = true;
        }
      }
      if (favourTonic && c.root() == key.tonic()) score += 1.5;
      if (!chosen.isEmpty() && chosen.get(chosen.size() - 1).equals(c)) score -= 0.5;
      score += rng.nextDouble() * 0.3;
      if ((bestClashes && !clashes) || (clashes == bestClashes && score > bestScore)) {
        best = c;
        bestScore = score;
        bestClashes = clashes;
      }
    }
    return new Choice(best, bestClashes);
  }

  /** Major and minor triads holding the melody note at {@code beat} as root, third or fifth: for notes outside the key. */
  private static List<Chord> chromaticTriadsOn(List<Note> melody, double beat) {
    List<Chord> out = new ArrayList<Chord>();
    for (Note n : melody) {
      if (Math.abs(n.start() - beat) > 1e-9) continue;
      int pc = PitchClass.normalize(n.pitch());
      int[][] rootAndQuality = {{0, 0}, {-4, 0}, {-7, 0}, {0, 1}, {-3, 1}, {-7, 1}};
      for (int[] rq : rootAndQuality) {
        out.add(new Chord(
            PitchClass.normalize(pc + rq[0]),
            rq[1] == 0 ? ai.sergik.music.ChordQuality.MAJOR : ai.sergik.music.ChordQuality.MINOR));
      }
    }
    return out;
  }

  static List<Chord> diatonicTriads(Key key) {
    List<Chord> chords = new ArrayList<Chord>();
    int[] scale = key.pitchClasses();
    for (int d = 0; d < 7; d++) {
      int root = scale[d];
      int third = PitchClass.normalize(scale[(d + 2) % 7] - root);
      int fifth = PitchClass.normalize(scale[(d + 4) % 7] - root);
      ai.sergik.music.ChordQuality q = third == 4
          ? (fifth == 8
              ? ai.sergik.music.ChordQuality.AUGMENTED
              : ai.sergik.music.ChordQuality.MAJOR)
          : (fifth == 6
              ? ai.sergik.music.ChordQuality.DIMINISHED
              : ai.sergik.music.ChordQuality.MINOR);
      chords.add(new Chord(root, q).spelledFor(key));
    }
    return chords;
  }

  static boolean semitoneAgainst(Chord chord, int pitch) {
    int pc = PitchClass.normalize(pitch);
    for (int t : chord.pitchClasses()) {
      int d = PitchClass.normalize(pc - t);
      if (d == 1 || d == 11) return true;
    }
    return false;
  }

  static boolean isStrongBeat(double inBar, int beatsPerBar) {
    int beat = (int) Math.round(inBar);
    return beat == 0 || (beatsPerBar % 2 == 0 && beat == beatsPerBar / 2);
  }

  /** Close position above C3, moved by the smallest steps from the previous chord, kept under {@code ceiling}. */
  static int[] voice(Chord chord, int[] previous, int ceiling) {
    int[] pcs = chord.pitchClasses();
    int[] best = null;
    double bestCost = Double.MAX_VALUE;
    for (int inversion = 0; inversion < pcs.length; inversion++) {
      for (int base = CHORD_FLOOR - 12; base <= CHORD_FLOOR + 12; base++) {
        if (PitchClass.normalize(base) != pcs[inversion]) continue;
        int[] v = new int[pcs.length];
        v[0] = base;
        for (int i = 1; i < pcs.length; i++) {
          int p = v[i - 1] + 1;
          while (PitchClass.normalize(p) != pcs[(inversion + i) % pcs.length]) p++;
          v[i] = p;
        }
        if (v[0] < CHORD_FLOOR - 5 || v[v.length - 1] > Math.max(ceiling, CHORD_FLOOR + 7))
          continue;
        if (v[1] - v[0] == 1) continue; // no semitone at the bottom
        double cost = 0;
        if (previous != null)
          for (int i = 0; i < Math.min(v.length, previous.length); i++)
            cost += Math.abs(v[i] - previous[i]);
        else cost = Math.abs(v[0] - (CHORD_FLOOR + 4));
        if (cost < bestCost) {
          bestCost = cost;
          best = v;
        }
      }
    }
    if (best == null) best = chord.pitchesFrom(CHORD_FLOOR + chord.root());
    return best;
  }

  private static int lowestMelodyNote(List<Note> clip, double start, double end) {
    int lowest = 128;
    for (Note n : clip)
      if (PitchWeights.overlap(n, start, end) > 0) lowest = Math.min(lowest, n.pitch());
    return lowest;
  }

  // ---- drums ----

  static List<Note> drums(ClipReading reading, List<Note> clip, Rng rng) {
    Groove g = reading.groove();
    double step = g.step() <= 0.25 + 1e-9 ? 0.25 : 0.5;
    int beats = reading.beatsPerBar();
    List<Note> out = new ArrayList<Note>();
    List<Double> kicks = bassPositions(reading, clip);
    boolean fourOnTheFloor = kicks.size() <= 1;
    for (double bar = 0; bar < reading.lengthBeats() - 1e-9; bar += beats) {
      int barIndex = (int) Math.round(bar / beats);
      if (fourOnTheFloor)
        for (int b = 0; b < beats; b++) out.add(new Note(Drums.KICK, bar + b, 0.25, 110));
      else for (double k : kicks) out.add(new Note(Drums.KICK, bar + k, 0.25, 108));
      for (int b = 1; b < beats; b += 2) out.add(new Note(Drums.CLAP, bar + b, 0.25, 100));
      for (double t = 0; t < beats - 1e-9; t += step) {
        boolean off = Math.abs(t - Math.rint(t)) > 1e-9;
        double at = off ? swung(t, g.swing(), step) : t;
        boolean lastOffBeat = barIndex % 4 == 3 && Math.abs(t - (beats - 0.5)) < 1e-9;
        int pitch = lastOffBeat ? Drums.OPEN_HAT : Drums.CLOSED_HAT;
        out.add(new Note(pitch, bar + at, step * 0.5, velocity(reading, t, off ? 70 : 85, 20)));
      }
      if (rng.nextDouble() < 0.5) {
        double ghost = beats - 0.25 - 0.5 * rng.nextInt(2);
        out.add(new Note(Drums.SNARE, bar + ghost, 0.25, 45 + rng.nextInt(15)));
      }
    }
    return out;
  }

  private static double swung(double t, double swing, double step) {
    double pair = 2 * step;
    double base = Math.floor(t / pair + 1e-9) * pair;
    return Math.abs(t - base - step) < 1e-9 ? base + pair * swing / 100 : t;
  }

  // ---- arpeggio ----

  static List<Note> arp(ClipReading reading, Rng rng) {
    Groove g = reading.groove();
    double step = g.step() <= 0.25 + 1e-9 ? 0.25 : 0.5;
    List<Note> out = new ArrayList<Note>();
    boolean up = rng.nextBoolean();
    for (ChordSpan s : reading.chords()) {
      int[] tones = voice(s.chord(), null, 90);
      int[] shifted = new int[tones.length * 2];
      for (int i = 0; i < tones.length; i++) {
        shifted[i] = tones[i] + 12;
        shifted[i + tones.length] = tones[i] + 24;
      }
      int n = 0;
      for (double t = s.start(); t < s.end() - 1e-9; t += step, n++) {
        int index = up ? n % shifted.length : shifted.length - 1 - n % shifted.length;
        int pitch = shifted[index];
        while (pitch > 88) pitch -= 12;
        while (pitch < ARP_FLOOR) pitch += 12;
        double inBar = t - Math.floor(t / reading.beatsPerBar()) * reading.beatsPerBar();
        double at = Math.abs(inBar - Math.rint(inBar)) > 1e-9
            ? t - inBar + swung(inBar, g.swing(), step)
            : t;
        out.add(new Note(pitch, at, step * 0.8, velocity(reading, inBar, 72, 24)));
      }
    }
    return out;
  }

  // ---- counter-melody ----

  /**
   * Chord tones in the clip's gaps: on the half beats where the melody holds or rests, at most two a bar,
   * a third to a sixth away from the melody note sounding, moving against the melody's last step; over
   * chords, a line on the chord tones nearest the last, two a bar.
   */
  static List<Note> counterMelody(ClipReading reading, List<Note> clip, Rng rng) {
    List<Note> out = new ArrayList<Note>();
    int last = -1;
    int beats = reading.beatsPerBar();
    for (double bar = 0; bar < reading.lengthBeats() - 1e-9; bar += beats) {
      List<Double> gaps = new ArrayList<Double>();
      for (double t = bar; t < Math.min(reading.lengthBeats(), bar + beats) - 1e-9; t += 0.5) {
        boolean starts = false;
        for (Note n : clip) if (Math.abs(n.start() - t) < 1e-6) starts = true;
        if (!starts || !reading.isMelody()) gaps.add(t);
      }
      if (!reading.isMelody()) {
        gaps.clear();
        gaps.add(bar);
        gaps.add(bar + beats / 2.0);
      }
      int placed = 0;
      for (int i = 0; i < gaps.size() && placed < 2; i++) {
        // skip ahead by chance so the line breathes, but take the bar's last gap when nothing is
        // placed yet
        if (reading.isMelody() && rng.nextDouble() < 0.5 && gaps.size() - i > 2 - placed) continue;
        double t = gaps.get(i);
        ChordSpan span = spanAt(reading, t);
        if (span == null) continue;
        Note sounding = null;
        Note before = null;
        for (Note n : clip) {
          if (n.start() <= t + 1e-9
              && n.end() > t + 0.05
              && (sounding == null || n.pitch() > sounding.pitch())) sounding = n;
          if (n.start() < t - 1e-9 && (before == null || n.start() > before.start())) before = n;
        }
        int melodyDirection = sounding != null && before != null
            ? Integer.signum(sounding.pitch() - before.pitch())
            : 0;
        int reference =
            sounding != null ? sounding.pitch() : (before != null ? before.pitch() : 67);
        int best = -1;
        double bestCost = Double.MAX_VALUE;
        for (int p = 52; p <= 84; p++) {
          if (!span.chord().contains(p)) continue;
          int distance = Math.abs(p - reference);
          if (distance < 3 || distance > 9) continue;
          double cost = last < 0 ? Math.abs(p - (reference - 5)) : Math.abs(p - last);
          if (melodyDirection != 0 && last >= 0 && Integer.signum(p - last) == melodyDirection)
            cost += 3;
          cost += rng.nextDouble();
          if (cost < bestCost) {
            bestCost = cost;
            best = p;
          }
        }
        if (best < 0) continue;
        double next = i + 1 < gaps.size() ? gaps.get(i + 1) : bar + beats;
        out.add(new Note(
            best, t, Math.max(0.25, Math.min(1.0, next - t) - 0.05), velocity(reading, t, 76, 20)));
        last = best;
        placed++;
      }
    }
    return out;
  }

  // ---- shared ----

  static ChordSpan spanAt(ClipReading reading, double beat) {
    for (ChordSpan s : reading.chords())
      if (beat >= s.start() - 1e-9 && beat < s.end() - 1e-9) return s;
    return null;
  }

  /** The octave of pitch class {@code pc} nearest {@code around}, within [low, high]. */
  static int near(int pc, int around, int low, int high) {
    int best = -1;
    for (int p = low; p <= high; p++) {
      if (PitchClass.normalize(p) == pc
          && (best < 0 || Math.abs(p - around) < Math.abs(best - around))) best = p;
    }
    return best < 0 ? low + PitchClass.normalize(pc - low) : best;
  }

  /** A velocity following the clip's accents at this point of the bar. */
  private static int velocity(ClipReading reading, double beat, int base, int range) {
    Groove g = reading.groove();
    double inBar = beat - Math.floor(beat / reading.beatsPerBar()) * reading.beatsPerBar();
    int s = (int) Math.round(inBar / g.step()) % Math.max(1, g.stepsPerBar());
    double accent = g.accents().length == 0 ? 0.5 : g.accents()[s];
    return Math.max(1, Math.min(127, (int) Math.round(base - range / 2.0 + range * accent)));
  }
}
