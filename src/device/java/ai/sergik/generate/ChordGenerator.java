package ai.sergik.generate;

import ai.sergik.music.Chord;
import ai.sergik.music.Note;
import ai.sergik.music.PitchClass;
import ai.sergik.music.VoiceLeading;
import java.util.ArrayList;
import java.util.List;
import ai.sergik.music.Rng;

/**
 * Chord progressions: the harmony's chords voiced with voice leading and played in the voicing's
 * rhythm. {@code stabs} play the style's stab rhythm (two patterns per style, picked per bar from the
 * seed); {@code pads} hold each chord with the root doubled below; {@code spread} is an open drop-2
 * voicing over a low root; {@code shell} is root plus third and seventh; {@code rootless} leaves the
 * root to the bass.
 */
final class ChordGenerator {
  private ChordGenerator() {}

  /** Close-voicing register of the upper voices (E3..E5). */
  static final int LOW = 52;
  static final int HIGH = 76;

  // {step, length} in 16ths within a bar; pattern A then pattern B for each chord style.
  private static final int[][][][] STABS = {
      /* house */      {{{2, 1}, {6, 1}, {10, 1}, {14, 1}}, {{2, 1}, {6, 1}, {10, 1}, {13, 2}}},
      /* deep-house */ {{{0, 3}, {3, 2}, {6, 2}, {10, 3}}, {{0, 3}, {6, 3}, {11, 3}}},
      /* techno */     {{{3, 1}, {6, 1}, {11, 1}, {14, 1}}, {{2, 1}, {7, 1}, {10, 1}}},
      /* jazz */       {{{0, 3}, {6, 2}}, {{0, 2}, {6, 2}, {12, 2}}},
      /* modal */      {{{0, 2}, {6, 2}, {12, 2}}, {{0, 2}, {6, 2}, {10, 4}}},
      /* hip-hop */    {{{0, 4}, {7, 2}, {10, 3}}, {{0, 6}, {11, 3}}},
      /* boom-bap */   {{{0, 6}, {10, 4}}, {{0, 3}, {7, 3}, {14, 2}}},
      /* soul */       {{{0, 3}, {4, 2}, {10, 3}, {14, 2}}, {{0, 4}, {8, 4}}},
      /* funk */       {{{0, 1}, {3, 1}, {6, 1}, {8, 1}, {11, 1}, {14, 1}}, {{0, 1}, {2, 1}, {6, 1}, {9, 1}, {12, 1}}},
      /* ambient */    {{{0, 8}, {8, 8}}, {{0, 16}}},
  };

  static Generation generate(GenerationRequest r) {
    Harmony h = Harmony.of(r);
    Rng random = new Rng(r.seed());
    List<Note> notes = new ArrayList<Note>(r.bars() * 24);
    List<ChordSpan> spans = h.spans();
    int[][] voicings = voice(spans, r.voicing());
    if (r.voicing().equals("stabs")) {
      stabs(r, spans, voicings, random, notes);
    } else {
      int base = r.voicing().equals("pads") ? 80 : 92;
      for (int i = 0; i < spans.size(); i++) {
        ChordSpan s = spans.get(i);
        int accent = jitter(random, base, 5);
        for (int p : voicings[i]) notes.add(new Note(p, s.start(), s.length(), accent));
      }
    }
    return new Generation(r, notes, h.chords(), h.tonic(), r.style() + " chords");
  }

  /** Pitches for each span, voice-led from one chord to the next. */
  static int[][] voice(List<ChordSpan> spans, String voicing) {
    int[][] out = new int[spans.size()][];
    int[] previousUpper = null;
    for (int i = 0; i < spans.size(); i++) {
      Chord c = spans.get(i).chord();
      int[] pcs = c.pitchClasses();
      switch (voicing) {
        case "pads": {
          previousUpper = VoiceLeading.next(previousUpper, pcs, 48, 74);
          out[i] = withBass(previousUpper, bassNote(c.root(), 36, 47));
          break;
        }
        case "spread": {
          // the dropped voice stays at 45 or above, over a root at 33..44
          previousUpper = VoiceLeading.next(previousUpper, pcs, 57, 84);
          out[i] = withBass(dropTwo(previousUpper), bassNote(c.root(), 33, 44));
          break;
        }
        case "shell": {
          int[] guide = guideTones(c);
          previousUpper = VoiceLeading.next(previousUpper, guide, 52, 70);
          out[i] = withBass(previousUpper, bassNote(c.root(), 40, 51));
          break;
        }
        case "rootless": {
          int[] upper = pcs.length >= 4 ? java.util.Arrays.copyOfRange(pcs, 1, pcs.length) : pcs;
          previousUpper = VoiceLeading.next(previousUpper, upper, 50, 74);
          out[i] = previousUpper.clone();
          break;
        }
        default: {
          previousUpper = VoiceLeading.next(previousUpper, pcs, LOW, HIGH);
          out[i] = previousUpper.clone();
        }
      }
    }
    return out;
  }

  /** Third and seventh (the sixth or fifth when the chord has no seventh). */
  private static int[] guideTones(Chord c) {
    int[] iv = c.quality().intervals();
    int third = iv[1];
    int seventh = iv.length >= 4 && iv[3] < 12 ? iv[3] : iv[2];
    return new int[] {PitchClass.normalize(c.root() + third), PitchClass.normalize(c.root() + seventh)};
  }

  /** Close voicing with its second voice from the top dropped an octave (needs 4+ voices to open up). */
  private static int[] dropTwo(int[] close) {
    int[] v = close.clone();
    if (v.length >= 3) v[v.length - 2] -= 12;
    java.util.Arrays.sort(v);
    return v;
  }

  private static int bassNote(int pc, int low, int high) {
    for (int p = low; p <= high; p++) if (PitchClass.normalize(p) == pc) return p;
    throw new IllegalStateException("no pitch class " + pc + " in " + low + ".." + high);
  }

  private static int[] withBass(int[] upper, int bass) {
    int[] v = new int[upper.length + 1];
    v[0] = bass;
    System.arraycopy(upper, 0, v, 1, upper.length);
    return v;
  }

  private static void stabs(GenerationRequest r, List<ChordSpan> spans, int[][] voicings, Rng random, List<Note> out) {
    int[][][] patterns = STABS[Styles.CHORD_STYLES.indexOf(r.chordStyle())];
    int span = 0;
    for (int bar = 0; bar < r.bars(); bar++) {
      int[][] pattern = bar == 0 ? patterns[0] : patterns[random.nextInt(4) == 0 ? 1 : 0];
      for (int[] hit : pattern) {
        double start = bar * 4 + hit[0] * 0.25;
        while (span < spans.size() - 1 && spans.get(span).end() <= start) span++;
        while (span > 0 && spans.get(span).start() > start) span--;
        ChordSpan s = spans.get(span);
        double length = Math.min(hit[1] * 0.25, s.end() - start);
        int velocity = jitter(random, hit[0] % 4 == 0 ? 104 : 96, 6);
        for (int p : voicings[span]) out.add(new Note(p, start, length, velocity));
      }
    }
  }

  static int jitter(Rng random, int base, int spread) {
    int v = base + random.nextInt(2 * spread + 1) - spread;
    return Math.max(1, Math.min(127, v));
  }
}
