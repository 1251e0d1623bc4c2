package ai.sergik.generate;

import ai.sergik.music.Chord;
import ai.sergik.music.Note;
import ai.sergik.music.PitchClass;
import ai.sergik.music.Rng;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Arpeggios over the harmony: each chord's voice-led close voicing in the arpeggio's own register
 * (above the chords, so the two never double each other), spread over 1-4 octaves, played in the
 * chosen order at the chosen rate; the pattern restarts at every chord change. Without a pattern,
 * rate or gate the style's own are used ({@link ChordStyle#arpPattern}). The seed picks the first
 * chord's inversion and where in the cycle each chord starts, so seeds differ in pitch while the
 * pattern stays what was asked. The gate is the sounding fraction of each step. Only chord tones
 * are played.
 */
final class ArpGenerator {
  private ArpGenerator() {}

  /** The arpeggio's register for one octave: G4..G6, above the stabs (E3..E5). */
  static final int LOW = 67;

  static final int HIGH = 91;

  static Generation generate(GenerationRequest r, ArpOptions options) {
    Harmony h = Harmony.of(r);
    Rng random = new Rng(r.seed() ^ 0x5DEECE66DL);
    List<ChordSpan> spans = h.spans();
    int[][] voicings = Voicer.voice(spans, plan(r, options, spans));
    int variant = ChordGenerator.variant(r.seed());
    int stepTicks = options.rate().ticks();
    double stepBeats = stepTicks / 960.0;
    double gate = stepBeats * options.gate();
    List<Note> notes = new ArrayList<Note>((int) (r.lengthBeats() / stepBeats) + 4);
    for (int i = 0; i < spans.size(); i++) {
      ChordSpan span = spans.get(i);
      int[] order = order(span.chord(), voicings[i], options.octaves(), options.pattern());
      // seeds past the chord's inversions start the cycle one note later
      int rotation = variant >= voicings[0].length ? 1 : 0;
      long startTick = Math.round(span.start() * 960);
      long endTick = Math.round(span.end() * 960);
      int step = 0;
      for (long tick = startTick; tick < endTick; tick += stepTicks, step++) {
        int pitch = options.pattern() == ArpPattern.RANDOM
            ? order[random.nextInt(order.length)]
            : order[(step + rotation) % order.length];
        double start = tick / 960.0;
        double length = Math.min(gate, (endTick - tick) / 960.0);
        boolean onBeat = tick % 960 == 0;
        notes.add(
            new Note(pitch, start, length, ChordGenerator.jitter(random, onBeat ? 100 : 84, 4)));
      }
    }
    return new Generation(r, notes, h.chords(), h.tonic(), options.pattern().id() + " arpeggio");
  }

  /**
   * The arpeggio's voicing plan: close, an octave above the chords, lower for each extra octave so the
   * top stays in reach; the first chord's inversion comes from the seed (unless one is asked for).
   */
  static Voicer.Plan plan(GenerationRequest r, ArpOptions options, List<ChordSpan> spans) {
    ChordOptions chordOptions = r.chords();
    Voicer.Plan base = Voicer.plan(r, "arp");
    int down = 6 * (options.octaves() - 1);
    int low = chordOptions.register() >= 0 ? base.low : base.low - down;
    int high = chordOptions.register() >= 0 ? base.high : base.high - down;
    if (chordOptions.register() < 0) {
      // keep an octave above where the chords of the same request actually sit
      // one pass of the progression tells the register (later passes repeat it)
      List<ChordSpan> cycle = spans.subList(0, Math.min(spans.size(), Math.max(1, h(spans))));
      int[][] chords = Voicer.voice(cycle, Voicer.plan(r, chordOptions.voicing().id()));
      double sum = 0;
      int count = 0;
      Voicing voicing = chordOptions.voicing();
      boolean bass = voicing != Voicing.STABS && voicing != Voicing.ROOTLESS;
      for (int[] v : chords) {
        for (int i = bass ? 1 : 0; i < v.length; i++) {
          sum += v[i];
          count++;
        }
      }
      int shift = (int) Math.round(sum / count + 12 - (low + high) / 2.0);
      if (shift > 0 && high + shift <= 112) {
        low += shift;
        high += shift;
      }
    }
    Voicer.Plan plan =
        new Voicer.Plan("arp", low, high, -1, "close", chordOptions.inversion(), null, 0);
    plan.firstLowest = chordOptions.inversion() >= 0 ? -1 : ChordGenerator.variant(r.seed());
    plan.centreWeight =
        1500; // an arpeggio keeps its register rather than wandering into the chords'

    return plan;
  }

  /** Spans up to the first repeat of the progression's first chord. */
  private static int h(List<ChordSpan> spans) {
    for (int i = 1; i < spans.size(); i++) if (spans.get(i).index() == 0) return i;
    return spans.size();
  }

  /** One cycle of the pattern over the voicing spread across {@code octaves}. */
  static int[] order(Chord chord, int[] voicing, int octaves, ArpPattern pattern) {
    int[] asPlayed = asPlayed(chord, voicing);
    int n = asPlayed.length;
    int[] played = new int[n * octaves];
    for (int o = 0; o < octaves; o++) {
      for (int i = 0; i < n; i++) played[o * n + i] = Math.min(127, asPlayed[i] + 12 * o);
    }
    int[] up = played.clone();
    Arrays.sort(up);
    switch (pattern) {
      case DOWN:
        return reversed(up);
      case UPDOWN:
        return bounce(up, false);
      case DOWNUP:
        return bounce(reversed(up), false);
      case PINGPONG:
        return bounce(up, true);
      case AS_PLAYED:
        return played;
      default:
        return up; // up; random draws from this set
    }
  }

  /** The voicing's pitches in chord-tone order: root, third, fifth, seventh, extensions. */
  private static int[] asPlayed(Chord chord, int[] voicing) {
    int[] pcs = chord.pitchClasses();
    int[] out = new int[voicing.length];
    int k = 0;
    boolean[] used = new boolean[voicing.length];
    for (int pc : pcs) {
      for (int i = 0; i < voicing.length; i++) {
        if (!used[i] && PitchClass.normalize(voicing[i]) == pc) {
          out[k++] = voicing[i];
          used[i] = true;
          break;
        }
      }
    }
    for (int i = 0; i < voicing.length; i++) if (!used[i]) out[k++] = voicing[i];
    return out;
  }

  private static int[] reversed(int[] a) {
    int[] r = new int[a.length];
    for (int i = 0; i < a.length; i++) r[i] = a[a.length - 1 - i];
    return r;
  }

  /** Forward then back; {@code repeatEnds} plays the turning notes twice (pingpong). */
  private static int[] bounce(int[] a, boolean repeatEnds) {
    int m = a.length;
    if (m == 1) return a.clone();
    int back = repeatEnds ? m : m - 2;
    int[] r = new int[m + back];
    System.arraycopy(a, 0, r, 0, m);
    for (int i = 0; i < back; i++) r[m + i] = repeatEnds ? a[m - 1 - i] : a[m - 2 - i];
    return r;
  }
}
