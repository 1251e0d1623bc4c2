package ai.sergik.generate;

import ai.sergik.music.Chord;
import ai.sergik.music.Mode;
import ai.sergik.music.Note;
import ai.sergik.music.PitchClass;
import ai.sergik.music.Scale;
import java.util.ArrayList;
import java.util.List;
import ai.sergik.music.Rng;

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
    Rng random = new Rng(r.seed() * 0x9E3779B97F4A7C15L + 17);
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

  /**
   * Four quarter notes a bar. Each bar walks from its first note to a target (the next chord's root in
   * the chord's last bar, else this chord's root or fifth): a scale tone on beat 2, a chord tone on
   * beat 3, and on beat 4 an approach note a semitone or a scale step from the target.
   */
  private static void walk(ChordSpan span, int root, int nextRoot, Scale scale, Rng random, List<Note> out) {
    int beats = (int) Math.round(span.length());
    int[] tones = chordTones(span.chord(), root);
    int current = root;
    for (int barStart = 0; barStart < beats; barStart += 4) {
      int n = Math.min(4, beats - barStart);
      boolean lastBar = barStart + 4 >= beats;
      int target = lastBar ? nextRoot : nearestTone(random.nextInt(3) == 0 && tones.length > 2 ? tones[2] : root, current);
      int[] line = new int[n];
      line[0] = current;
      if (n >= 2) {
        int approach = random.nextBoolean()
            ? target + (random.nextBoolean() ? 1 : -1)
            : scaleNeighbour(target, scale, random.nextBoolean());
        if (approach < LOW || approach > HIGH || approach == line[0] && n == 2) approach = target + (target + 1 <= HIGH ? 1 : -1);
        line[n - 1] = approach;
        int side = approach >= target ? 1 : -1;
        if (n >= 3) {
          // a chord tone a few semitones beyond the approach, so the line runs through it into the target
          line[n - 2] = chordToneNear(tones, approach + side * 3, approach, line[0]);
        }
        if (n == 4) {
          line[1] = scaleToneBetween(scale, line[0], line[2]);
        }
      }
      for (int b = 0; b < n; b++) {
        int velocity = ChordGenerator.jitter(random, b % 2 == 0 ? 100 : 90, 5);
        out.add(new Note(line[b], span.start() + barStart + b, 0.9, velocity));
      }
      current = lastBar ? nextRoot : target;
    }
  }

  /** The pitch of {@code tone}'s pitch class nearest {@code near} in range. */
  private static int nearestTone(int tone, int near) {
    return nearest(PitchClass.normalize(tone), near, LOW, HIGH);
  }

  /** The chord tone nearest {@code aim}, avoiding {@code not} and {@code previous} when possible. */
  private static int chordToneNear(int[] tones, int aim, int not, int previous) {
    int best = -1;
    for (int t : tones) {
      for (int p = PitchClass.normalize(t) + 24; p <= HIGH; p += 12) {
        if (p < LOW || p == not || p == previous) continue;
        if (best < 0 || Math.abs(p - aim) < Math.abs(best - aim)) best = p;
      }
    }
    return best < 0 ? fold(aim) : best;
  }

  /** A scale tone between two pitches (nearest their midpoint), differing from both when the gap allows. */
  private static int scaleToneBetween(Scale scale, int a, int b) {
    int lo = Math.min(a, b);
    int hi = Math.max(a, b);
    int mid = (a + b) / 2;
    int best = -1;
    for (int p = Math.max(LOW, lo - 2); p <= Math.min(HIGH, hi + 2); p++) {
      if (!scale.contains(p) || p == a || p == b) continue;
      if (best < 0 || Math.abs(p - mid) < Math.abs(best - mid)) best = p;
    }
    return best < 0 ? fold(mid) : best;
  }

  /** Root on the downbeat, then off-beat 8ths alternating root and octave. */
  private static void offbeat(ChordSpan span, int root, Rng random, List<Note> out) {
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
  private static void roll(ChordSpan span, int root, Rng random, List<Note> out) {
    int steps = (int) Math.round(span.length() * 4);
    int[] tones = chordTones(span.chord(), root);
    int fifth = tones.length > 2 ? tones[2] : fold(root + 7); // the chord's own fifth: diminished on a ° chord
    for (int s = 0; s < steps; s++) {
      if (s % 4 == 0 && s != 0) continue; // room for the kick
      int pitch = root;
      if (s != 0 && s % 4 == 3 && random.nextInt(4) == 0) pitch = random.nextBoolean() ? fifth : fold(root + 12);
      int velocity = ChordGenerator.jitter(random, s % 4 == 2 ? 100 : 88, 6);
      out.add(new Note(pitch, span.start() + s * 0.25, 0.22, velocity));
    }
  }

  /** Syncopated figures per bar; funk adds octave pops and ghost notes. */
  private static void syncopated(ChordSpan span, int root, int nextRoot, Scale scale, Rng random, List<Note> out,
      boolean funk) {
    int bars = Math.max(1, (int) Math.round(span.length() / 4));
    int[] tones = chordTones(span.chord(), root);
    int fifth = tones.length > 2 ? tones[2] : root;
    // in a modal key the chromatic colours give way to the mode's own notes, which carry its colour
    boolean modal = scale.mode() != Mode.MAJOR && scale.mode() != Mode.NATURAL_MINOR;
    int seventh = modal && !scale.contains(root + 10) ? root + 11 : root + 10;
    for (int bar = 0; bar < bars; bar++) {
      double t0 = span.start() + bar * 4;
      double end = span.end();
      add(out, root, t0, funk ? 0.5 : 0.75, 104, random, end);
      if (funk) {
        add(out, fold(root + 12), t0 + 0.75, 0.2, 92, random, end);
        add(out, root, t0 + 1.5, 0.25, 84, random, end);
        add(out, root, t0 + 1.75, 0.15, 40, random, end); // ghost
        add(out, random.nextBoolean() ? fifth : fold(seventh), t0 + 2.5, 0.25, 94, random, end);
        add(out, fold(root + 12), t0 + 2.75, 0.2, 90, random, end);
      } else {
        add(out, random.nextBoolean() ? root : fold(root + 12), t0 + 1.75, 0.5, 94, random, end);
        add(out, root, t0 + 2.5, 0.75, 98, random, end);
      }
      boolean last = bar == bars - 1;
      int lead = last ? fold(random.nextBoolean() && !modal ? nextRoot - 1 : scaleNeighbour(nextRoot, scale, true)) : fifth;
      add(out, lead, t0 + 3.5, 0.4, 90, random, end);
    }
  }

  private static void add(List<Note> out, int pitch, double start, double length, int velocity, Rng random, double end) {
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
