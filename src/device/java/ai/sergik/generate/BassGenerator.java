package ai.sergik.generate;

import ai.sergik.music.Chord;
import ai.sergik.music.Note;
import ai.sergik.music.PitchClass;
import ai.sergik.music.Scale;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Bass lines that follow the harmony, in MIDI 28..55. Every style plays the chord root on the downbeat
 * of each chord. {@code jazz} walks in quarter notes with a chromatic or scale approach into the next
 * root; {@code house} answers the root with off-beat and octave figures; {@code techno} rolls in 16ths
 * around the kick; {@code hiphop} and {@code funk} are syncopated, funk with octave pops and ghost notes.
 */
final class BassGenerator {
  private BassGenerator() {}

  public static final int LOW = 28;
  public static final int HIGH = 55;
  /** Roots sit in this octave so that the octave above stays in range. */
  static final int ROOT_LOW = 31;
  static final int ROOT_HIGH = 43;

  static Generation generate(GenerationRequest r) {
    Harmony h = Harmony.of(r);
    Random random = new Random(r.seed() * 0x9E3779B97F4A7C15L + 17);
    List<ChordSpan> spans = h.spans();
    Scale scale = h.tonic().scale();
    List<Note> notes = new ArrayList<Note>(r.bars() * 16);
    String style = r.effectiveBassStyle();
    int previousRoot = 36;
    int[] roots = new int[spans.size()];
    for (int i = 0; i < spans.size(); i++) {
      roots[i] = nearest(spans.get(i).chord().root(), previousRoot, ROOT_LOW, ROOT_HIGH);
      previousRoot = roots[i];
    }
    for (int i = 0; i < spans.size(); i++) {
      ChordSpan span = spans.get(i);
      int root = roots[i];
      int nextRoot = i + 1 < spans.size() ? roots[i + 1] : roots[0];
      switch (style) {
        case "jazz": walk(span, root, nextRoot, scale, random, notes); break;
        case "techno": roll(span, root, random, notes); break;
        case "hiphop": syncopated(span, root, nextRoot, scale, random, notes, false); break;
        case "funk": syncopated(span, root, nextRoot, scale, random, notes, true); break;
        default: offbeat(span, root, random, notes); break;
      }
    }
    return new Generation(r, notes, h.chords(), h.tonic(), style + " bass");
  }

  /** Four quarter notes a bar: root, chord tones walking toward the approach note, approach. */
  private static void walk(ChordSpan span, int root, int nextRoot, Scale scale, Random random, List<Note> out) {
    int beats = (int) Math.round(span.length());
    Chord chord = span.chord();
    int[] tones = chordTones(chord, root);
    int approach = random.nextBoolean()
        ? nextRoot + (random.nextBoolean() ? 1 : -1)            // chromatic, from above or below
        : scaleNeighbour(nextRoot, scale, random.nextBoolean()); // diatonic step into the root
    approach = fold(approach);
    int current = root;
    for (int b = 0; b < beats; b++) {
      int pitch;
      if (b == 0) {
        pitch = root;
      } else if (b == beats - 1) {
        pitch = approach;
      } else {
        // step through the chord tones toward the approach note, never repeating the last pitch
        int target = approach;
        int best = current;
        int bestScore = Integer.MAX_VALUE;
        for (int t : tones) {
          for (int o = -12; o <= 12; o += 12) {
            int p = t + o;
            if (p < LOW || p > HIGH || p == current) continue;
            int score = Math.abs(p - target) + Math.abs(p - current) / 2 + random.nextInt(3);
            if (score < bestScore) {
              bestScore = score;
              best = p;
            }
          }
        }
        pitch = best;
      }
      int velocity = ChordGenerator.jitter(random, b % 2 == 0 ? 100 : 90, 5);
      out.add(new Note(pitch, span.start() + b, 0.9, velocity));
      current = pitch;
    }
  }

  /** Root on the downbeat, then off-beat 8ths alternating root and octave. */
  private static void offbeat(ChordSpan span, int root, Random random, List<Note> out) {
    out.add(new Note(root, span.start(), 0.25, ChordGenerator.jitter(random, 104, 4)));
    boolean octaveFirst = random.nextBoolean();
    int beats = (int) Math.round(span.length());
    for (int b = 0; b < beats; b++) {
      boolean octave = (b % 2 == 0) == octaveFirst;
      int pitch = octave && root + 12 <= HIGH ? root + 12 : root;
      out.add(new Note(pitch, span.start() + b + 0.5, 0.375, ChordGenerator.jitter(random, octave ? 96 : 104, 5)));
    }
  }

  /** Rolling 16ths: three per beat after the kick, the chord's first 16th taking the root. */
  private static void roll(ChordSpan span, int root, Random random, List<Note> out) {
    int steps = (int) Math.round(span.length() * 4);
    int fifth = fold(root + 7);
    for (int s = 0; s < steps; s++) {
      if (s % 4 == 0 && s != 0) continue; // room for the kick
      int pitch = root;
      if (s != 0 && s % 4 == 3 && random.nextInt(4) == 0) pitch = random.nextBoolean() ? fifth : fold(root + 12);
      int velocity = ChordGenerator.jitter(random, s % 4 == 2 ? 100 : 88, 6);
      out.add(new Note(pitch, span.start() + s * 0.25, 0.22, velocity));
    }
  }

  /** Syncopated figures per bar; funk adds octave pops and ghost notes. */
  private static void syncopated(ChordSpan span, int root, int nextRoot, Scale scale, Random random, List<Note> out,
      boolean funk) {
    int bars = Math.max(1, (int) Math.round(span.length() / 4));
    int[] tones = chordTones(span.chord(), root);
    int fifth = tones.length > 2 ? tones[2] : root;
    for (int bar = 0; bar < bars; bar++) {
      double t0 = span.start() + bar * 4;
      double end = span.end();
      add(out, root, t0, funk ? 0.5 : 0.75, 104, random, end);
      if (funk) {
        add(out, fold(root + 12), t0 + 0.75, 0.2, 92, random, end);
        add(out, root, t0 + 1.5, 0.25, 84, random, end);
        add(out, root, t0 + 1.75, 0.15, 40, random, end); // ghost
        add(out, random.nextBoolean() ? fifth : fold(root + 10), t0 + 2.5, 0.25, 94, random, end);
        add(out, fold(root + 12), t0 + 2.75, 0.2, 90, random, end);
      } else {
        add(out, random.nextBoolean() ? root : fold(root + 12), t0 + 1.75, 0.5, 94, random, end);
        add(out, root, t0 + 2.5, 0.75, 98, random, end);
      }
      boolean last = bar == bars - 1;
      int lead = last ? fold(random.nextBoolean() ? nextRoot - 1 : scaleNeighbour(nextRoot, scale, true)) : fifth;
      add(out, lead, t0 + 3.5, 0.4, 90, random, end);
    }
  }

  private static void add(List<Note> out, int pitch, double start, double length, int velocity, Random random, double end) {
    if (start >= end) return;
    out.add(new Note(pitch, start, Math.min(length, end - start), ChordGenerator.jitter(random, velocity, 4)));
  }

  /** Chord tones as pitches from the root upward (within the bass range, folded). */
  private static int[] chordTones(Chord chord, int root) {
    int[] iv = chord.quality().intervals();
    int[] t = new int[Math.min(4, iv.length)];
    for (int i = 0; i < t.length; i++) t[i] = fold(root + (iv[i] % 12));
    return t;
  }

  /** The scale tone just above (or below) a pitch. */
  private static int scaleNeighbour(int pitch, Scale scale, boolean above) {
    int p = pitch + (above ? 1 : -1);
    while (!scale.contains(p)) p += above ? 1 : -1;
    return p;
  }

  /** The pitch of {@code pc} nearest {@code near} within [low, high]. */
  static int nearest(int pc, int near, int low, int high) {
    int best = -1;
    for (int p = low; p <= high; p++) {
      if (PitchClass.normalize(p) == pc && (best < 0 || Math.abs(p - near) < Math.abs(best - near))) best = p;
    }
    return best;
  }

  /** Moves a pitch by octaves into the bass range. */
  static int fold(int pitch) {
    while (pitch < LOW) pitch += 12;
    while (pitch > HIGH) pitch -= 12;
    return pitch;
  }
}
