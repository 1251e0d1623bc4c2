package ai.sergik.generate;

import ai.sergik.music.Chord;
import ai.sergik.music.Mode;
import ai.sergik.music.Note;
import ai.sergik.music.PitchClass;
import ai.sergik.music.Rng;
import ai.sergik.music.Scale;
import java.util.ArrayList;
import java.util.List;

/**
 * Bass lines that follow the harmony, in MIDI 28..55. Every style plays the chord root on the downbeat
 * of each chord. {@code jazz} walks in quarter notes with a chromatic or scale approach into the next
 * root; {@code house} answers the root with off-beat and octave figures; {@code techno} rolls in 16ths
 * around the kick; {@code hiphop} plays with the kick of the style's beat (the same figure the drums
 * of that seed play) and leads into the next chord; {@code funk} adds octave pops and ghost notes;
 * {@code soul} plays chord tones only (root, third, fifth, the chord's own seventh); {@code ambient}
 * holds long roots; {@code trap} is an 808: long notes on the trap kick, held to the next hit, with
 * glides (overlapping notes a synth with portamento slides between). Each style has five figures; the
 * seed picks one, so seeds 1-5 play five different lines.
 */
final class BassGenerator {
  private BassGenerator() {}

  public static final int LOW = 28;
  public static final int HIGH = 55;
  /** Roots sit in this octave so that the octave above stays in range. */
  static final int ROOT_LOW = 31;

  static final int ROOT_HIGH = 43;

  // 16 steps a bar: R root, O octave, F fifth, T third, S the chord's minor seventh (else the
  // octave),
  // L a lead into the next chord (in its last bar; else the fifth), g a ghost root, '.' rest.
  private static final String[] HOUSE = {
    "R.O...R...O...R.",
    "R.R...O...R...O.",
    "R.O..RO...O..RO.",
    "R.F...O...R...O.",
    "R.O.R.O...O.R.O."
  };
  private static final String[] TECHNO = {
    "RRRR.RRR.RRR.RRR",
    "R.R..RR..RR..RR.",
    "R.RR.RRO.RR..RRF",
    "R..R..R..R..R.R.",
    "R.RF.RRF.RRO.RRF"
  };
  private static final String[] FUNK = {
    "R..O..Rg..SO..L.",
    "R.gR..O...RgF.L.",
    "R..Rg.O.R..O.gL.",
    "RgO...R.gRF..OL.",
    "R..O.gR..O.FR.L."
  };
  private static final String[] SOUL = {
    "R......F..R...T.",
    "R.....T...F..O..",
    "R..F....R.T...F.",
    "R.......F.R.O..T",
    "R...R.F...T.F..."
  };

  static Generation generate(GenerationRequest r, BassOptions options) {
    Harmony h = Harmony.of(r);
    Rng random = new Rng(r.seed() * 0x9E3779B97F4A7C15L + 17);
    List<ChordSpan> spans = h.spans();
    Scale scale = h.tonic().scale();
    List<Note> notes = new ArrayList<Note>(r.bars() * 16);
    BassStyle style = options.style();
    int variant = ChordGenerator.variant(r.seed());
    int previousRoot = 36;
    int[] roots = new int[spans.size()];
    for (int i = 0; i < spans.size(); i++) {
      roots[i] = nearest(spans.get(i).chord().root(), previousRoot, ROOT_LOW, ROOT_HIGH);
      previousRoot = roots[i];
    }
    String kicks = kickFigure(r, style, variant);
    for (int i = 0; i < spans.size(); i++) {
      ChordSpan span = spans.get(i);
      int root = roots[i];
      int nextRoot = i + 1 < spans.size() ? roots[i + 1] : roots[0];
      switch (style) {
        case JAZZ:
          walk(span, root, nextRoot, scale, random, notes, variant);
          break;
        case TECHNO:
          figure(span, root, nextRoot, scale, TECHNO[variant], 0.22, random, notes, true);
          break;
        case HIP_HOP:
          figure(span, root, nextRoot, scale, kicks, 0.75, random, notes, false);
          break;
        case FUNK:
          figure(span, root, nextRoot, scale, FUNK[variant], 0.25, random, notes, false);
          break;
        case SOUL:
          figure(span, root, nextRoot, scale, SOUL[variant], 1.0, random, notes, false);
          break;
        case AMBIENT:
          ambient(span, root, variant, random, notes);
          break;
        case TRAP:
          eightOhEight(span, root, kicks, random, notes);
          break;
        default:
          figure(span, root, nextRoot, scale, HOUSE[variant], 0.375, random, notes, false);
          break;
      }
    }
    return new Generation(r, notes, h.chords(), h.tonic(), style.id() + " bass");
  }

  /**
   * The bass figure that plays with the kick of the request's beat (hip-hop, boom-bap, lo-fi, trap...):
   * the seed's kick row, its first hit the root, then octave and fifth answers and a lead at the end.
   */
  private static String kickFigure(GenerationRequest r, BassStyle style, int variant) {
    DrumGenre genre = r.drums().genre();
    if (DrumGenerator.fourOnTheFloor(genre))
      genre = style == BassStyle.TRAP ? DrumGenre.TRAP : DrumGenre.HIP_HOP;
    String row = DrumGenerator.kickRow(genre, variant);
    char[] f = new char[16];
    int hit = 0;
    for (int s = 0; s < 16; s++) {
      char c = row.charAt(s);
      if (c == '.' || c == 'g') {
        f[s] = '.';
        continue;
      }
      f[s] = hit == 0 ? 'R' : "ORFR".charAt((hit + variant) % 4);
      hit++;
    }
    if (f[14] == '.' && f[15] == '.') f[14] = 'L';
    return new String(f);
  }

  /**
   * Four quarter notes a bar. Each bar walks from its first note to a target (the next chord's root in
   * the chord's last bar, else this chord's root or fifth): a scale tone on beat 2, a chord tone on
   * beat 3, and on beat 4 an approach note a semitone or a scale step from the target.
   */
  private static void walk(
      ChordSpan span,
      int root,
      int nextRoot,
      Scale scale,
      Rng random,
      List<Note> out,
      int variant) {
    int beats = (int) Math.round(span.length());
    int[] tones = chordTones(span.chord(), root);
    int current = root;
    for (int barStart = 0; barStart < beats; barStart += 4) {
      int n = Math.min(4, beats - barStart);
      boolean lastBar = barStart + 4 >= beats;
      // the seed's figure: which chord tone a bar inside a long chord walks to
      boolean toFifth = barStart == 0 ? variant % 2 == 1 : random.nextInt(3) == 0;
      int target =
          lastBar ? nextRoot : nearestTone(toFifth && tones.length > 2 ? tones[2] : root, current);
      int[] line = new int[n];
      line[0] = current;
      if (n >= 2) {
        // the seed's figure in its first bar: chromatic or diatonic approach, from above or below
        boolean chromatic = barStart == 0 ? variant < 2 || variant == 4 : random.nextBoolean();
        boolean above = barStart == 0 ? variant % 2 == 0 : random.nextBoolean();
        int approach = chromatic ? target + (above ? 1 : -1) : scaleNeighbour(target, scale, above);
        if (approach < LOW || approach > HIGH || (approach == line[0] && n == 2))
          approach = target + (target + 1 <= HIGH ? 1 : -1);
        line[n - 1] = approach;
        int side = approach >= target ? 1 : -1;
        if (n >= 3) {
          // a chord tone a few semitones beyond the approach, so the line runs through it into the
          // target
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

  /**
   * One figure per bar from the chord's downbeat (cut where the chord ends): each note lasts to the next
   * one, at most {@code maxLength} beats. {@code rolling} lets an occasional fifth or octave into the
   * last 16th of a beat.
   */
  private static void figure(
      ChordSpan span,
      int root,
      int nextRoot,
      Scale scale,
      String figure,
      double maxLength,
      Rng random,
      List<Note> out,
      boolean rolling) {
    int[] tones = chordTones(span.chord(), root);
    int third = tones.length > 1 ? tones[1] : root;
    int fifth = tones.length > 2 ? tones[2] : root;
    int octave = root + 12 <= HIGH ? root + 12 : root;
    int seventh = span.chord().quality().has(10) ? fold(root + 10) : octave;
    // in a modal key the chromatic lead-in gives way to the mode's own step, which keeps its colour
    boolean modal = scale.mode() != Mode.MAJOR && scale.mode() != Mode.NATURAL_MINOR;
    double end = span.end();
    for (double bar = span.start(); bar < end; bar += 4) {
      boolean lastBar = bar + 4 >= end;
      for (int s = 0; s < 16; s++) {
        char c = figure.charAt(s);
        if (c == '.') continue;
        double start = bar + s * 0.25;
        if (start >= end) break;
        int next = s + 1;
        while (next < 16 && figure.charAt(next) == '.') next++;
        double length = Math.min(maxLength, (next - s) * 0.25 - 0.02);
        int pitch;
        int velocity = s == 0 ? 104 : s % 4 == 0 ? 98 : 92;
        switch (c) {
          case 'O':
            pitch = octave;
            break;
          case 'F':
            pitch = fifth;
            break;
          case 'T':
            pitch = third;
            break;
          case 'S':
            pitch = seventh;
            break;
          case 'L':
            pitch = lastBar
                ? fold(
                    random.nextBoolean() && !modal
                        ? nextRoot - 1
                        : scaleNeighbour(nextRoot, scale, true))
                : fifth;
            break;
          case 'g':
            pitch = root;
            velocity = 40;
            length = Math.min(length, 0.15);
            break;
          default:
            pitch = root;
            break;
        }
        if (rolling && s % 4 == 3 && c == 'R' && random.nextInt(4) == 0)
          pitch = random.nextBoolean() ? fifth : octave;
        add(out, pitch, start, length, velocity, random, end);
      }
    }
  }

  /** Long roots: the whole chord, or two long notes (root then fifth or octave), or one per bar. */
  private static void ambient(ChordSpan span, int root, int variant, Rng random, List<Note> out) {
    double start = span.start();
    double length = span.length();
    int[] tones = chordTones(span.chord(), root);
    int fifth = tones.length > 2
        ? tones[2]
        : fold(root + 7); // the chord's own fifth: diminished on a ° chord
    int octave = root + 12 <= HIGH ? root + 12 : root;
    double half = Math.max(1, Math.floor(length / 2));
    switch (variant) {
      case 1: // root, then the fifth
        add(out, root, start, half, 88, random, span.end());
        add(out, fifth, start + half, length - half, 80, random, span.end());
        break;
      case 2: // the root again every bar
        for (double t = start; t < span.end(); t += 4)
          add(out, root, t, Math.min(4, span.end() - t), 86, random, span.end());
        break;
      case 3: // root for three quarters, then the octave
        double most = Math.max(1, Math.floor(length * 0.75));
        add(out, root, start, most, 88, random, span.end());
        add(out, octave, start + most, length - most, 78, random, span.end());
        break;
      case 4: // root, then the octave
        add(out, root, start, half, 88, random, span.end());
        add(out, octave, start + half, length - half, 80, random, span.end());
        break;
      default:
        add(out, root, start, length, 88, random, span.end());
        break;
    }
  }

  /**
   * An 808 on the trap kick: each hit held to the next (long, sustained notes), and in every other bar
   * (and every chord of a bar or less) a glide: a hit late in the bar an octave up (or back down) that
   * the note before overlaps by a 32nd, so a mono synth with portamento slides into it.
   */
  private static void eightOhEight(
      ChordSpan span, int root, String kicks, Rng random, List<Note> out) {
    int octave = root + 12 <= HIGH ? root + 12 : root - 12 >= LOW ? root - 12 : root;
    double end = span.end();
    int barIndex = 0;
    for (double bar = span.start(); bar < end; bar += 4, barIndex++) {
      List<double[]> hits = new ArrayList<double[]>(); // {start, pitch}
      for (int s = 0; s < 16; s++) {
        if (kicks.charAt(s) == '.') continue;
        double t = bar + s * 0.25;
        if (t < end) hits.add(new double[] {t, root});
      }
      boolean glide = barIndex % 2 == 1 || span.length() <= 4;
      double glideAt = bar + 3.5;
      if (glide && glideAt < end) {
        for (int i = hits.size() - 1; i >= 0; i--) if (hits.get(i)[0] >= glideAt) hits.remove(i);
        if (!hits.isEmpty()) hits.add(new double[] {glideAt, octave});
        else glide = false;
      }
      for (int i = 0; i < hits.size(); i++) {
        double t = hits.get(i)[0];
        int pitch = (int) hits.get(i)[1];
        double next = i + 1 < hits.size() ? hits.get(i + 1)[0] : Math.min(bar + 4, end);
        boolean slidesOn = glide && i == hits.size() - 2;
        double length = next - t + (slidesOn ? 0.125 : -0.02);
        add(out, pitch, t, length, i == 0 ? 110 : 100, random, end);
      }
    }
  }

  private static void add(
      List<Note> out,
      int pitch,
      double start,
      double length,
      int velocity,
      Rng random,
      double end) {
    if (start >= end) return;
    out.add(new Note(
        pitch, start, Math.min(length, end - start), ChordGenerator.jitter(random, velocity, 4)));
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
      if (PitchClass.normalize(p) == pc && (best < 0 || Math.abs(p - near) < Math.abs(best - near)))
        best = p;
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
