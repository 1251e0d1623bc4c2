package ai.sergik.generate;

import ai.sergik.music.Note;
import ai.sergik.music.Rng;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Chord progressions: the harmony's chords voiced by {@link Voicer} and played in the voicing's
 * rhythm. {@code stabs} play one of the style's five stab rhythms (the seed picks it; the last bar of
 * each 4-bar phrase answers with another); {@code pads} hold each chord over its root; {@code spread}
 * is a drop-2 (or drop-3, open) voicing over a low root; {@code shell} is root, third and seventh;
 * {@code rootless} leaves the root to the bass and plays 3-5-7-9 or 3-7-9-13. Sustained voicings play
 * one of five comping rhythms (held, re-struck per bar, halves, dotted half and quarter, a pushed
 * second hit), again picked by the seed.
 */
final class ChordGenerator {
  private ChordGenerator() {}

  /** Close-voicing register of the stabs (E3..E5). */
  static final int LOW = 52;

  static final int HIGH = 76;

  /** Bars per phrase: the last bar of each answers with another rhythm. */
  static final int PHRASE_BARS = 4;

  // {step, length} in 16ths within a bar; five rhythms per chord style (in ChordStyle's order), the
  // first the style's
  // signature.
  private static final Map<ChordStyle, int[][][]> STABS =
      Word.table(ChordStyle.class, new int[][][][] {
        /* house */ {
          {{2, 1}, {6, 1}, {10, 1}, {14, 1}}, {{2, 1}, {6, 1}, {10, 1}, {13, 2}},
          {{0, 2}, {3, 1}, {6, 2}, {10, 1}, {14, 1}}, {{2, 2}, {7, 1}, {10, 2}, {15, 1}},
          {{3, 1}, {6, 1}, {11, 1}, {14, 2}}
        },
        /* deep-house */ {
          {{0, 3}, {3, 2}, {6, 2}, {10, 3}},
          {{0, 3}, {6, 3}, {11, 3}},
          {{0, 6}, {7, 2}, {10, 4}},
          {{3, 3}, {10, 3}, {14, 2}},
          {{0, 2}, {3, 3}, {8, 2}, {11, 4}}
        },
        /* techno */ {
          {{3, 1}, {6, 1}, {11, 1}, {14, 1}},
          {{2, 1}, {7, 1}, {10, 1}},
          {{0, 1}, {3, 1}, {6, 1}, {9, 1}, {12, 1}},
          {{2, 1}, {5, 1}, {10, 1}, {13, 1}},
          {{3, 2}, {11, 2}}
        },
        /* jazz */ {
          {{0, 3}, {6, 2}},
          {{0, 2}, {6, 2}, {12, 2}},
          {{2, 2}, {8, 3}},
          {{0, 2}, {10, 4}},
          {{6, 2}, {14, 2}}
        },
        /* modal */ {
          {{0, 2}, {6, 2}, {12, 2}},
          {{0, 2}, {6, 2}, {10, 4}},
          {{0, 3}, {3, 3}, {6, 3}, {10, 2}},
          {{0, 6}, {6, 6}, {12, 4}},
          {{2, 2}, {8, 2}, {14, 2}}
        },
        /* hip-hop */ {
          {{0, 4}, {7, 2}, {10, 3}},
          {{0, 6}, {11, 3}},
          {{0, 3}, {6, 4}, {14, 2}},
          {{0, 8}, {10, 2}, {14, 2}},
          {{3, 4}, {10, 6}}
        },
        /* boom-bap */ {
          {{0, 6}, {10, 4}},
          {{0, 3}, {7, 3}, {14, 2}},
          {{0, 4}, {6, 2}, {11, 5}},
          {{0, 7}, {9, 3}, {14, 2}},
          {{2, 6}, {10, 6}}
        },
        /* soul */ {
          {{0, 3}, {4, 2}, {10, 3}, {14, 2}},
          {{0, 4}, {8, 4}},
          {{0, 6}, {6, 2}, {10, 6}},
          {{2, 2}, {6, 4}, {12, 4}},
          {{0, 3}, {3, 3}, {8, 3}, {14, 2}}
        },
        /* funk */ {
          {{0, 1}, {3, 1}, {6, 1}, {8, 1}, {11, 1}, {14, 1}},
          {{0, 1}, {2, 1}, {6, 1}, {9, 1}, {12, 1}},
          {{0, 1}, {3, 1}, {4, 1}, {7, 1}, {10, 1}, {12, 1}, {15, 1}},
          {{1, 1}, {3, 1}, {6, 1}, {9, 1}, {11, 1}, {14, 1}},
          {{0, 2}, {6, 1}, {7, 1}, {10, 2}, {13, 1}}
        },
        /* ambient */ {{{0, 8}, {8, 8}}, {{0, 16}}, {{0, 12}, {12, 4}}, {{0, 4}, {4, 12}}, {{2, 14}}
        },
      });

  // Sustained voicings: {start, length} in beats within a bar (a span shorter than a bar cuts
  // them).
  private static final double[][][] COMPING = {
    null, // held for the whole chord
    {{0, 4}}, // struck again every bar
    {{0, 2}, {2, 2}}, // halves
    {{0, 3}, {3, 1}}, // dotted half and a quarter
    {{0, 1.5}, {1.5, 2.5}}, // a pushed second hit
  };

  static Generation generate(GenerationRequest r, ChordOptions options) {
    Harmony h = Harmony.of(r);
    Rng random = new Rng(r.seed());
    List<Note> notes = new ArrayList<Note>(r.bars() * 24);
    List<ChordSpan> spans = h.spans();
    int[][] voicings = Voicer.voice(spans, Voicer.plan(r, options.voicing().id()));
    int variant = variant(r.seed());
    if (options.voicing() == Voicing.STABS) {
      stabs(r, spans, voicings, variant, random, notes);
    } else {
      int base = options.voicing() == Voicing.PADS ? 80 : 92;
      double[][] comping = COMPING[variant];
      for (int i = 0; i < spans.size(); i++) {
        ChordSpan s = spans.get(i);
        if (comping == null) {
          int accent = jitter(random, base, 5);
          for (int p : voicings[i]) notes.add(new Note(p, s.start(), s.length(), accent));
          continue;
        }
        for (double bar = Math.floor(s.start() / 4) * 4; bar < s.end(); bar += 4) {
          for (double[] hit : comping) {
            double start = Math.max(bar + hit[0], s.start());
            double end = Math.min(bar + hit[0] + hit[1], s.end());
            if (end - start < 0.25 - 1e-9) continue;
            int accent = jitter(random, hit[0] == 0 ? base : base - 8, 5);
            for (int p : voicings[i]) notes.add(new Note(p, start, end - start, accent));
          }
        }
      }
    }
    return new Generation(r, notes, h.chords(), h.tonic(), r.style().id() + " chords");
  }

  /** The seed's rhythm: consecutive seeds take different rhythms, so seeds 1-5 never sound alike. */
  static int variant(long seed) {
    return (int) Math.floorMod(seed, 5L);
  }

  private static void stabs(
      GenerationRequest r,
      List<ChordSpan> spans,
      int[][] voicings,
      int variant,
      Rng random,
      List<Note> out) {
    int[][][] patterns = STABS.get(r.style().chords());
    int span = 0;
    for (int bar = 0; bar < r.bars(); bar++) {
      boolean answer = bar % PHRASE_BARS == PHRASE_BARS - 1;
      int[][] pattern = patterns[answer ? (variant + 1) % patterns.length : variant];
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
