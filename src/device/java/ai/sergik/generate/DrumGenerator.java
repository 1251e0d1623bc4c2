package ai.sergik.generate;

import ai.sergik.music.Note;
import ai.sergik.music.Rng;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Drum patterns from genre templates (one bar of 16 steps per instrument), made into a seed pattern by
 * the density and the seed (extra hats, percussion), and variations of that seed pattern: fills at
 * phrase ends, ghost snares, hat density and open hats, kick displacement and accents. A variation
 * starts from a copy of the seed pattern and only adds hits, moves at most one kick in four bars and
 * rewrites the last beat of a phrase for a fill, so the seed's identity (most of its kicks, every
 * backbeat) survives.
 */
final class DrumGenerator {
  private DrumGenerator() {}

  /** Bars per phrase; fills land on the last bar of each phrase. */
  static final int PHRASE_BARS = 4;

  static final double STEP = 0.25;
  static final double HIT = 0.25;

  // Rows: instrument note, then 16 steps: X accent, x normal, o soft, g ghost, '.' rest; in
  // DrumGenre's order.
  private static final Map<DrumGenre, Object[][]> TEMPLATES =
      Word.table(DrumGenre.class, new Object[][][] {
        /* house */ {
          {Drums.KICK, "X...x...x...x..."}, {Drums.CLAP, "....x.......x..."},
          {Drums.OPEN_HAT, "..x...x...x...x."}, {Drums.CLOSED_HAT, "o...o...o...o..."}
        },
        /* tech-house */ {
          {Drums.KICK, "X...x...x...x..."}, {Drums.CLAP, "....x.......x..."},
          {Drums.OPEN_HAT, "..x...x...x...x."}, {Drums.CLOSED_HAT, "o.go.ggoo.go.ggo"},
          {Drums.SHAKER, "g.o.g.o.g.o.g.o."}
        },
        /* techno */ {
          {Drums.KICK, "X...x...x...x..."}, {Drums.CLAP, "....o.......o..."},
          {Drums.OPEN_HAT, "..x...x...x...x."}, {Drums.CLOSED_HAT, "gogogogogogogogo"},
          {Drums.RIDE, "o.o.o.o.o.o.o.o."}
        },
        /* hip-hop */ {
          {Drums.KICK, "X......x..x....."},
          {Drums.SNARE, "....X.......X..."},
          {Drums.CLOSED_HAT, "x.o.x.o.x.o.x.o."}
        },
        /* boom-bap */ {
          {Drums.KICK, "X.......x.x....."},
          {Drums.SNARE, "....X.......X..."},
          {Drums.CLOSED_HAT, "x.o.x.o.x.o.x.oo"}
        },
        /* trap */ {
          {Drums.KICK, "X......x..x....."}, {Drums.SNARE, "........X......."},
          {Drums.CLAP, "........x......."}, {Drums.CLOSED_HAT, "x.o.x.o.xoxox.o."}
        },
        /* drum-and-bass */ {
          {Drums.KICK, "X.........x....."}, {Drums.SNARE, "....X.......X..."},
          {Drums.CLOSED_HAT, "x.o.x.o.x.o.x.o."}, {Drums.RIDE, "..o...o...o...o."}
        },
        /* lo-fi */ {
          {Drums.KICK, "X......x.x......"}, {Drums.SNARE, "....x.......x..."},
          {Drums.CLOSED_HAT, "o.g.o.g.o.g.o.g."}, {Drums.RIM, "..........g....."}
        },
        /* reggaeton */ {
          {Drums.KICK, "X...x...x...x..."},
          {Drums.SNARE, "...x..x....x..x."},
          {Drums.CLOSED_HAT, "o.o.o.o.o.o.o.o."}
        },
      });

  // Five kick rows per genre that is not four-on-the-floor; the seed picks one (the first is the
  // template's), and the hip-hop and trap basses play on the same row.
  private static final String[][] KICK_ROWS = {
    /* hip-hop */ {
      "X......x..x.....",
      "X.....x...x..x..",
      "X..x......x.....",
      "X.x.......x..x..",
      "X......x.x....x."
    },
    /* boom-bap */ {
      "X.......x.x.....",
      "X..x......x.....",
      "X.x.......x..x..",
      "X......xx.......",
      "X.........xx...."
    },
    /* trap */ {
      "X......x..x.....",
      "X.....x...x..x..",
      "X..x......x.x...",
      "X......x.x.....x",
      "X.x.......x....."
    },
    /* drum-and-bass */ {
      "X.........x.....",
      "X.x.......x.....",
      "X........xx.....",
      "X.........x..x..",
      "X.....x...x....."
    },
    /* lo-fi */ {
      "X......x.x......",
      "X.....x...x.....",
      "X..x.....x......",
      "X.......x..x....",
      "X......x...x..x."
    },
  };
  private static final Map<DrumGenre, String[]> KICKS =
      new EnumMap<DrumGenre, String[]>(DrumGenre.class);

  static {
    DrumGenre[] kickGenres = {
      DrumGenre.HIP_HOP,
      DrumGenre.BOOM_BAP,
      DrumGenre.TRAP,
      DrumGenre.DRUM_AND_BASS,
      DrumGenre.LO_FI
    };
    for (int i = 0; i < kickGenres.length; i++) KICKS.put(kickGenres[i], KICK_ROWS[i]);
  }

  // Four-on-the-floor genres keep their kick; the seed adds one of five figures on top instead.
  private static final Object[][][] FIGURES = {
    {},
    {{Drums.SHAKER, "..o...o...o...o."}, {Drums.CLOSED_HAT, "...o...o...o...o"}},
    {{Drums.CLAP, ".......o........"}, {Drums.TAMBOURINE, "....o.......o..."}},
    {{Drums.RIDE, "o.o.o.o.o.o.o.o."}, {Drums.RIM, "...o.....o....o."}},
    {{Drums.CLOSED_HAT, ".o.o.o.o.o.o.o.o"}, {Drums.SHAKER, "o.o.o.o.o.o.o.o."}},
  };

  /** Whether a genre keeps a kick on every beat (house, tech-house, techno, reggaeton). */
  static boolean fourOnTheFloor(DrumGenre genre) {
    return !KICKS.containsKey(genre);
  }

  /** The kick row a genre plays for a seed variant (0..4); four-on-the-floor genres always the same. */
  static String kickRow(DrumGenre genre, int variant) {
    String[] rows = KICKS.get(genre);
    return rows != null ? rows[Math.floorMod(variant, 5)] : "X...x...x...x...";
  }

  static Generation generate(GenerationRequest r, DrumOptions options) {
    return new Generation(
        r,
        seedPattern(r, options),
        Collections.<ai.sergik.music.Chord>emptyList(),
        r.key(),
        options.genre().id() + " drums");
  }

  /**
   * The seed pattern: the template over every bar, with the seed's kick row (or, four on the floor,
   * its figure on top), density and seed adding hats and percussion; trap adds hat rolls (a 1/32 roll
   * and a triplet burst every other bar, a run of 32nds at the end of each phrase). No closed hat shares a step
   * with an open hat (a drum rack's choke group would cut the open hat).
   */
  static List<Note> seedPattern(GenerationRequest r, DrumOptions options) {
    DrumGenre genre = options.genre();
    Object[][] rows = TEMPLATES.get(genre);
    int variant = ChordGenerator.variant(r.seed());
    Rng random = new Rng(r.seed() * 31 + 7);
    // one bar decided by the seed, repeated: a pattern, not noise
    List<Note> bar = new ArrayList<Note>(32);
    boolean hasClosedHat = false;
    Object[][] figure = fourOnTheFloor(genre) ? FIGURES[variant] : new Object[0][];
    Object[][] all = new Object[rows.length + figure.length][];
    System.arraycopy(rows, 0, all, 0, rows.length);
    System.arraycopy(figure, 0, all, rows.length, figure.length);
    for (Object[] row : all) {
      int pitch = (Integer) row[0];
      String steps = pitch == Drums.KICK ? kickRow(genre, variant) : (String) row[1];
      if (pitch == Drums.KICK && fourOnTheFloor(genre)) steps = (String) row[1];
      hasClosedHat |= pitch == Drums.CLOSED_HAT;
      for (int s = 0; s < 16; s++) {
        int v = velocity(steps.charAt(s));
        if (v == 0) continue;
        if (steps.charAt(s) == 'g' && options.density() < 0.3) continue; // sparse: drop the ghosts
        if (has(bar, pitch, s * STEP)) continue;
        bar.add(new Note(pitch, s * STEP, HIT, ChordGenerator.jitter(random, v, 3)));
      }
    }
    int[] roll = genre == DrumGenre.TRAP ? rolls(bar, random) : null;
    if (hasClosedHat && options.density() > 0.6) {
      for (int s = 1; s < 16; s += 2) {
        if (random.nextDouble() < (options.density() - 0.6) * 2.5
            && !has(bar, Drums.CLOSED_HAT, s * STEP)
            && !has(bar, Drums.OPEN_HAT, s * STEP)) {
          bar.add(new Note(Drums.CLOSED_HAT, s * STEP, HIT, 40 + random.nextInt(16)));
        }
      }
    }
    // a seeded percussion figure gives each seed its own pattern
    int perc = random.nextBoolean() ? Drums.SHAKER : Drums.TAMBOURINE;
    int hits = (int) Math.round(options.density() * 4);
    for (int i = 0; i < hits; i++) {
      int s = 2 * random.nextInt(8) + 1;
      if (!has(bar, perc, s * STEP))
        bar.add(new Note(perc, s * STEP, HIT, 50 + random.nextInt(20)));
    }
    List<Note> notes = new ArrayList<Note>(bar.size() * r.bars());
    for (int b = 0; b < r.bars(); b++) {
      boolean phraseEnd = b % PHRASE_BARS == PHRASE_BARS - 1;
      for (Note n : bar) {
        if (phraseEnd && genre == DrumGenre.TRAP && n.pitch() == Drums.CLOSED_HAT && n.start() >= 3)
          continue;
        notes.add(n.withStart(n.start() + b * 4));
      }
      if (roll != null && b % 2 == 1) burst(notes, b * 4, roll[1]);
      if (phraseEnd && roll != null) {
        // the phrase ends on a beat of 1/32 hats (eight), rising in velocity
        for (int i = 0; i < 8; i++)
          notes.add(new Note(Drums.CLOSED_HAT, b * 4 + 3 + i * 0.125, 0.125, 60 + i * 7));
      }
    }
    chokeClosedHats(notes);
    Collections.sort(notes, Note.BY_START_THEN_PITCH);
    return notes;
  }

  /**
   * Trap hat rolls in the one-bar pattern: a 1/32 roll (four hats in an 8th) in place of single hats, at
   * a place the seed picks; {@link #burst} adds the triplet burst in every other bar.
   */
  private static int[] rolls(List<Note> bar, Rng random) {
    int[] pair = ROLLS[random.nextInt(ROLLS.length)];
    replaceHats(bar, pair[0] * STEP, 0.5);
    for (int i = 0; i < 4; i++)
      bar.add(new Note(Drums.CLOSED_HAT, pair[0] * STEP + i * 0.125, 0.125, 62 + 8 * i));
    return pair;
  }

  /** A triplet burst (three hats in an 8th) at {@code step} of the bar starting at {@code barStart}. */
  private static void burst(List<Note> notes, double barStart, int step) {
    double from = barStart + step * STEP;
    for (int i = notes.size() - 1; i >= 0; i--) {
      Note n = notes.get(i);
      if (n.pitch() == Drums.CLOSED_HAT
          && n.start() >= from - 1e-9
          && n.start() < from + 0.5 - 1e-9) notes.remove(i);
    }
    for (int i = 0; i < 3; i++)
      notes.add(new Note(Drums.CLOSED_HAT, from + i / 6.0, 1 / 6.0, 70 + 6 * i));
  }

  /** {1/32 roll step, triplet burst step}: each an 8th long, apart, inside the bar. */
  private static final int[][] ROLLS = {{6, 11}, {14, 3}, {10, 2}, {2, 11}, {14, 7}, {6, 12}};

  private static void replaceHats(List<Note> bar, double from, double length) {
    for (int i = bar.size() - 1; i >= 0; i--) {
      Note n = bar.get(i);
      if (n.pitch() == Drums.CLOSED_HAT
          && n.start() >= from - 1e-9
          && n.start() < from + length - 1e-9) bar.remove(i);
    }
  }

  /** Removes closed hats that start with an open hat: the choke group would cut the open one. */
  static void chokeClosedHats(List<Note> notes) {
    long[] open = new long[notes.size()];
    int count = 0;
    for (Note n : notes)
      if (n.pitch() == Drums.OPEN_HAT) open[count++] = Math.round(n.start() * 960);
    if (count == 0) return;
    java.util.Arrays.sort(open, 0, count);
    int kept = 0;
    for (int i = 0; i < notes.size(); i++) {
      Note n = notes.get(i);
      if (n.pitch() == Drums.CLOSED_HAT
          && java.util.Arrays.binarySearch(open, 0, count, Math.round(n.start() * 960)) >= 0)
        continue;
      notes.set(kept++, n);
    }
    for (int i = notes.size() - 1; i >= kept; i--) notes.remove(i);
  }

  /**
   * Variation {@code index} (1-based) of the seed pattern, built in phrases: what it adds (ghost
   * snares, extra hats, a moved or an added kick) is chosen once and played the same in every bar or
   * phrase, and each 4-bar phrase ends in a fill. A pattern with a kick on every beat keeps it: its
   * variations add kicks, never move one.
   */
  static List<Note> variation(GenerationRequest r, List<Note> seed, int index) {
    Rng random = new Rng(r.seed() * 1_000_003L + index * 7919L);
    Hits notes = new Hits(seed);
    int bars = r.bars();
    boolean floor = kickOnEveryBeat(seed, bars);
    // each variation picks at least two of the five transformations
    boolean ghosts = random.nextBoolean();
    boolean hats = random.nextBoolean();
    boolean displace = random.nextBoolean();
    boolean accents = !(ghosts || hats) || random.nextBoolean();
    if (ghosts) ghostSnares(notes, bars, random);
    if (hats) hats(notes, bars, random);
    if (displace) {
      if (floor) addKicks(notes, bars, random);
      else displaceKicks(notes, bars, random);
    }
    if (accents) accents(notes, random);
    fills(notes, bars, random);
    List<Note> out = notes.sorted();
    if (out.equals(seed)) {
      // too short for a fill and nothing else changed: a variation must differ, so add ghost snares
      ghostSnares(notes, bars, random);
      out = notes.sorted();
    }
    chokeClosedHats(out);
    return out;
  }

  private static boolean kickOnEveryBeat(List<Note> notes, int bars) {
    java.util.Set<Long> kicks = new java.util.HashSet<Long>();
    for (Note n : notes) if (n.pitch() == Drums.KICK) kicks.add(Math.round(n.start() * 960));
    for (int beat = 0; beat < bars * 4; beat++) if (!kicks.contains(beat * 960L)) return false;
    return true;
  }

  /** 16ths where a ghost snare may fall: around, never on, the backbeats. */
  private static final int[] GHOST_STEPS = {3, 6, 7, 9, 10, 14, 15, 1};

  /** Two ghost-snare steps, chosen once and played in every bar. */
  private static void ghostSnares(Hits notes, int bars, Rng random) {
    int first = free(notes, random.nextInt(GHOST_STEPS.length), -1);
    int second = free(
        notes, (first + 1 + random.nextInt(GHOST_STEPS.length - 1)) % GHOST_STEPS.length, first);
    int v1 = 28 + random.nextInt(16);
    int v2 = 28 + random.nextInt(16);
    for (int b = 0; b < bars; b++) {
      double t1 = b * 4 + GHOST_STEPS[first] * STEP;
      double t2 = b * 4 + GHOST_STEPS[second] * STEP;
      if (!notes.has(Drums.SNARE, t1)) notes.add(new Note(Drums.SNARE, t1, HIT, v1));
      if (!notes.has(Drums.SNARE, t2)) notes.add(new Note(Drums.SNARE, t2, HIT, v2));
    }
  }

  /** The first ghost step from {@code from} on without a snare in the first bar (other than {@code not}). */
  private static int free(Hits notes, int from, int not) {
    for (int i = 0; i < GHOST_STEPS.length; i++) {
      int k = (from + i) % GHOST_STEPS.length;
      if (k != not && !notes.has(Drums.SNARE, GHOST_STEPS[k] * STEP)) return k;
    }
    return from;
  }

  /** Extra off-beat 16th hats on steps chosen once, and an open hat at the end of every other bar. */
  private static void hats(Hits notes, int bars, Rng random) {
    boolean[] extra = new boolean[16];
    for (int s = 1; s < 16; s += 2) extra[s] = random.nextInt(3) == 0;
    int velocity = 36 + random.nextInt(20);
    for (int b = 0; b < bars; b++) {
      for (int s = 1; s < 16; s += 2) {
        double t = b * 4 + s * STEP;
        if (!extra[s] || notes.has(Drums.CLOSED_HAT, t) || notes.has(Drums.OPEN_HAT, t)) continue;
        notes.add(new Note(Drums.CLOSED_HAT, t, HIT, velocity));
      }
      // an open hat on the last off-beat of every other bar
      double open = b * 4 + 14 * STEP;
      if (b % 2 == 1 && !notes.has(Drums.OPEN_HAT, open)) {
        notes.remove(Drums.CLOSED_HAT, open);
        notes.add(new Note(Drums.OPEN_HAT, open, 2 * HIT, 80 + random.nextInt(16)));
      }
    }
  }

  /** Four on the floor: a soft extra kick on an off 16th in the second bar of each phrase, the four kept. */
  private static void addKicks(Hits notes, int bars, Rng random) {
    int[] steps = {3, 7, 11, 14};
    int step = steps[random.nextInt(steps.length)];
    for (int bar = 1; bar < bars; bar += PHRASE_BARS) {
      double t = bar * 4 + step * STEP;
      if (!notes.has(Drums.KICK, t))
        notes.add(new Note(Drums.KICK, t, HIT, 70 + random.nextInt(12)));
    }
  }

  /**
   * Moves one kick (never a downbeat) a 16th later in the same bar of every phrase that has at least
   * four, the same kick each time: the phrase's answer.
   */
  private static void displaceKicks(Hits notes, int bars, Rng random) {
    int phraseBar = 1; // the second bar answers the first; the fourth has the fill
    int pick = random.nextInt(8);
    for (int phrase = 0; phrase * PHRASE_BARS < bars; phrase++) {
      int phraseBars = Math.min(PHRASE_BARS, bars - phrase * PHRASE_BARS);
      int bar = phrase * PHRASE_BARS + Math.min(phraseBar, phraseBars - 1);
      int kicks = 0;
      for (Note n : notes.list) {
        if (n.pitch() == Drums.KICK
            && n.start() >= phrase * PHRASE_BARS * 4
            && n.start() < (phrase * PHRASE_BARS + phraseBars) * 4) {
          kicks++;
        }
      }
      if (kicks < 4) continue; // moving one of fewer would change too much of the pattern
      List<Note> candidates = new ArrayList<Note>();
      for (Note n : notes.list) {
        double inBar = n.start() - bar * 4;
        if (n.pitch() == Drums.KICK && inBar > 0 && inBar < 3.5 && inBar % 1 != 0.75)
          candidates.add(n);
      }
      if (candidates.isEmpty()) continue;
      Collections.sort(candidates, Note.BY_START_THEN_PITCH);
      Note k = candidates.get(pick % candidates.size());
      if (notes.has(Drums.KICK, k.start() + STEP)) continue;
      notes.remove(Drums.KICK, k.start());
      notes.add(k.withStart(k.start() + STEP).withVelocity(Math.max(1, k.velocity() - 10)));
    }
  }

  private static void accents(Hits notes, Rng random) {
    int beatAccent = random.nextInt(4);
    List<Note> list = notes.list;
    for (int i = 0; i < list.size(); i++) {
      Note n = list.get(i);
      if ((n.pitch() == Drums.CLOSED_HAT || n.pitch() == Drums.RIDE)
          && n.start() % 1 == beatAccent * STEP) {
        list.set(
            i,
            n.withVelocity(
                Math.min(127, n.velocity() + 22))); // same pitch and start: the index stays valid
      }
    }
  }

  /**
   * The 16ths after the last beat of every phrase become a snare or tom fill; kicks and the backbeat
   * on the beat itself stay, other hits make room. A crash marks the next phrase.
   */
  private static void fills(Hits notes, int bars, Rng random) {
    int[] toms = {Drums.HIGH_TOM, Drums.MID_TOM, Drums.LOW_TOM};
    for (int bar = PHRASE_BARS - 1; bar < bars; bar += PHRASE_BARS) {
      double from = bar * 4 + 3;
      notes.removeNonKicksBetween(from, from + 1);
      boolean tomFill = random.nextBoolean();
      for (int s = 1; s < 4; s++) {
        int pitch = tomFill ? toms[s - 1] : Drums.SNARE;
        notes.add(new Note(pitch, from + s * STEP, HIT, 80 + s * 10 + random.nextInt(8)));
      }
      if (bar + 1 < bars) notes.add(new Note(Drums.CRASH, (bar + 1) * 4, 1, 100));
    }
  }

  /** A variation's notes with an index of (pitch, tick) so that "is there a hit here?" is cheap. */
  private static final class Hits {
    final List<Note> list;
    private final java.util.Set<Long> index = new java.util.HashSet<Long>();

    Hits(List<Note> seed) {
      list = new ArrayList<Note>(seed);
      for (Note n : seed) index.add(key(n.pitch(), n.start()));
    }

    private static long key(int pitch, double start) {
      return pitch * 1_000_000_000L + Math.round(start * 960);
    }

    boolean has(int pitch, double start) {
      return index.contains(key(pitch, start));
    }

    void add(Note n) {
      list.add(n);
      index.add(key(n.pitch(), n.start()));
    }

    void remove(int pitch, double start) {
      for (int i = list.size() - 1; i >= 0; i--) {
        Note n = list.get(i);
        if (n.pitch() == pitch && n.start() == start) list.remove(i);
      }
      index.remove(key(pitch, start));
    }

    /** Removes every hit but kicks starting strictly between two times. */
    void removeNonKicksBetween(double from, double to) {
      for (int i = list.size() - 1; i >= 0; i--) {
        Note n = list.get(i);
        if (n.start() > from && n.start() < to && n.pitch() != Drums.KICK) {
          list.remove(i);
          index.remove(key(n.pitch(), n.start()));
        }
      }
    }

    List<Note> sorted() {
      List<Note> out = new ArrayList<Note>(list);
      Collections.sort(out, Note.BY_START_THEN_PITCH);
      return out;
    }
  }

  private static boolean has(List<Note> notes, int pitch, double start) {
    for (Note n : notes) if (n.pitch() == pitch && n.start() == start) return true;
    return false;
  }

  private static int velocity(char c) {
    switch (c) {
      case 'X':
        return 120;
      case 'x':
        return 100;
      case 'o':
        return 72;
      case 'g':
        return 44;
      default:
        return 0;
    }
  }
}
