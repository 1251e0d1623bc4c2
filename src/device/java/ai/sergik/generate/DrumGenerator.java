package ai.sergik.generate;

import ai.sergik.music.Note;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import ai.sergik.music.Rng;

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

  // Rows: instrument note, then 16 steps: X accent, x normal, o soft, g ghost, '.' rest.
  private static final Object[][][] TEMPLATES = {
      /* house */ {
          {Drums.KICK, "X...x...x...x..."}, {Drums.CLAP, "....x.......x..."},
          {Drums.OPEN_HAT, "..x...x...x...x."}, {Drums.CLOSED_HAT, "o...o...o...o..."}},
      /* tech-house */ {
          {Drums.KICK, "X...x...x...x..."}, {Drums.CLAP, "....x.......x..."},
          {Drums.OPEN_HAT, "..x...x...x...x."}, {Drums.CLOSED_HAT, "o.go.ggoo.go.ggo"},
          {Drums.SHAKER, "g.o.g.o.g.o.g.o."}},
      /* techno */ {
          {Drums.KICK, "X...x...x...x..."}, {Drums.CLAP, "....o.......o..."},
          {Drums.OPEN_HAT, "..x...x...x...x."}, {Drums.CLOSED_HAT, "gogogogogogogogo"},
          {Drums.RIDE, "o.o.o.o.o.o.o.o."}},
      /* hip-hop */ {
          {Drums.KICK, "X......x..x....."}, {Drums.SNARE, "....X.......X..."},
          {Drums.CLOSED_HAT, "x.o.x.o.x.o.x.o."}},
      /* boom-bap */ {
          {Drums.KICK, "X.......x.x....."}, {Drums.SNARE, "....X.......X..."},
          {Drums.CLOSED_HAT, "x.o.x.o.x.o.x.oo"}},
      /* trap */ {
          {Drums.KICK, "X......x..x....."}, {Drums.SNARE, "........X......."},
          {Drums.CLAP, "........x......."}, {Drums.CLOSED_HAT, "x.o.x.o.xoxox.o."}},
      /* drum-and-bass */ {
          {Drums.KICK, "X.........x....."}, {Drums.SNARE, "....X.......X..."},
          {Drums.CLOSED_HAT, "x.o.x.o.x.o.x.o."}, {Drums.RIDE, "..o...o...o...o."}},
      /* lo-fi */ {
          {Drums.KICK, "X......x.x......"}, {Drums.SNARE, "....x.......x..."},
          {Drums.CLOSED_HAT, "o.g.o.g.o.g.o.g."}, {Drums.RIM, "..........g....."}},
      /* reggaeton */ {
          {Drums.KICK, "X...x...x...x..."}, {Drums.SNARE, "...x..x....x..x."},
          {Drums.CLOSED_HAT, "o.o.o.o.o.o.o.o."}},
  };

  static Object[][] template(String genre) {
    int i = Styles.DRUM_GENRES.indexOf(genre);
    if (i < 0) throw new IllegalArgumentException("drum genre \"" + genre + "\" is unknown; use one of " + Styles.DRUM_GENRES);
    return TEMPLATES[i];
  }

  static Generation generate(GenerationRequest r) {
    String genre = r.effectiveDrumGenre();
    return new Generation(r, seedPattern(r), Collections.<ai.sergik.music.Chord>emptyList(), r.key(), genre + " drums");
  }

  /** The seed pattern: the template over every bar, with density and seed adding hats and percussion. */
  static List<Note> seedPattern(GenerationRequest r) {
    Object[][] rows = template(r.effectiveDrumGenre());
    Rng random = new Rng(r.seed() * 31 + 7);
    // one bar decided by the seed, repeated: a pattern, not noise
    List<Note> bar = new ArrayList<Note>(32);
    boolean hasClosedHat = false;
    for (Object[] row : rows) {
      int pitch = (Integer) row[0];
      String steps = (String) row[1];
      hasClosedHat |= pitch == Drums.CLOSED_HAT;
      for (int s = 0; s < 16; s++) {
        int v = velocity(steps.charAt(s));
        if (v == 0) continue;
        if (steps.charAt(s) == 'g' && r.density() < 0.3) continue; // sparse: drop the ghosts
        bar.add(new Note(pitch, s * STEP, HIT, ChordGenerator.jitter(random, v, 3)));
      }
    }
    if (hasClosedHat && r.density() > 0.6) {
      for (int s = 1; s < 16; s += 2) {
        if (random.nextDouble() < (r.density() - 0.6) * 2.5 && !has(bar, Drums.CLOSED_HAT, s * STEP)
            && !has(bar, Drums.OPEN_HAT, s * STEP)) {
          bar.add(new Note(Drums.CLOSED_HAT, s * STEP, HIT, 40 + random.nextInt(16)));
        }
      }
    }
    // a seeded percussion figure gives each seed its own pattern
    int perc = random.nextBoolean() ? Drums.SHAKER : Drums.TAMBOURINE;
    int hits = (int) Math.round(r.density() * 4);
    for (int i = 0; i < hits; i++) {
      int s = 2 * random.nextInt(8) + 1;
      if (!has(bar, perc, s * STEP)) bar.add(new Note(perc, s * STEP, HIT, 50 + random.nextInt(20)));
    }
    List<Note> notes = new ArrayList<Note>(bar.size() * r.bars());
    for (int b = 0; b < r.bars(); b++) {
      for (Note n : bar) notes.add(n.withStart(n.start() + b * 4));
    }
    Collections.sort(notes, Note.BY_START_THEN_PITCH);
    return notes;
  }

  /** Variation {@code index} (1-based) of the seed pattern. */
  static List<Note> variation(GenerationRequest r, List<Note> seed, int index) {
    Rng random = new Rng(r.seed() * 1_000_003L + index * 7919L);
    Hits notes = new Hits(seed);
    int bars = r.bars();
    // each variation picks at least two of the five transformations
    boolean ghosts = random.nextBoolean();
    boolean hats = random.nextBoolean();
    boolean displace = random.nextBoolean();
    boolean accents = !(ghosts || hats) || random.nextBoolean();
    if (ghosts) ghostSnares(notes, bars, random);
    if (hats) hats(notes, bars, random);
    if (displace) displaceKicks(notes, bars, random);
    if (accents) accents(notes, random);
    fills(notes, bars, random);
    List<Note> out = notes.sorted();
    if (out.equals(seed)) {
      // too short for a fill and nothing else changed: a variation must differ, so add ghost snares
      ghostSnares(notes, bars, random);
      out = notes.sorted();
    }
    return out;
  }

  /** 16ths where a ghost snare may fall: around, never on, the backbeats. */
  private static final int[] GHOST_STEPS = {3, 6, 7, 9, 10, 14, 15, 1};

  private static void ghostSnares(Hits notes, int bars, Rng random) {
    for (int b = 0; b < bars; b++) {
      for (int k = 0; k < 2; k++) {
        int first = random.nextInt(GHOST_STEPS.length);
        for (int i = 0; i < GHOST_STEPS.length; i++) {
          double t = b * 4 + GHOST_STEPS[(first + i) % GHOST_STEPS.length] * STEP;
          if (!notes.has(Drums.SNARE, t)) {
            notes.add(new Note(Drums.SNARE, t, HIT, 28 + random.nextInt(16)));
            break;
          }
        }
      }
    }
  }

  private static void hats(Hits notes, int bars, Rng random) {
    for (int b = 0; b < bars; b++) {
      for (int s = 0; s < 16; s++) {
        double t = b * 4 + s * STEP;
        if (notes.has(Drums.CLOSED_HAT, t) || notes.has(Drums.OPEN_HAT, t)) continue;
        if (s % 2 == 1 && random.nextInt(3) == 0) notes.add(new Note(Drums.CLOSED_HAT, t, HIT, 36 + random.nextInt(20)));
      }
      // an open hat on the last off-beat of every other bar
      double open = b * 4 + 14 * STEP;
      if (b % 2 == 1 && !notes.has(Drums.OPEN_HAT, open)) {
        notes.remove(Drums.CLOSED_HAT, open);
        notes.add(new Note(Drums.OPEN_HAT, open, 2 * HIT, 80 + random.nextInt(16)));
      }
    }
  }

  /** Moves one kick (never a downbeat) a 16th later in one bar of each phrase that has at least four. */
  private static void displaceKicks(Hits notes, int bars, Rng random) {
    for (int phrase = 0; phrase * PHRASE_BARS < bars; phrase++) {
      int phraseBars = Math.min(PHRASE_BARS, bars - phrase * PHRASE_BARS);
      int bar = phrase * PHRASE_BARS + random.nextInt(phraseBars);
      int kicks = 0;
      for (Note n : notes.list) {
        if (n.pitch() == Drums.KICK && n.start() >= phrase * PHRASE_BARS * 4 && n.start() < (phrase * PHRASE_BARS + phraseBars) * 4) {
          kicks++;
        }
      }
      if (kicks < 4) continue; // moving one of fewer would change too much of the pattern
      List<Note> candidates = new ArrayList<Note>();
      for (Note n : notes.list) {
        double inBar = n.start() - bar * 4;
        if (n.pitch() == Drums.KICK && inBar > 0 && inBar < 3.5 && inBar % 1 != 0.75) candidates.add(n);
      }
      if (candidates.isEmpty()) continue;
      Note k = candidates.get(random.nextInt(candidates.size()));
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
      if ((n.pitch() == Drums.CLOSED_HAT || n.pitch() == Drums.RIDE) && n.start() % 1 == beatAccent * STEP) {
        list.set(i, n.withVelocity(Math.min(127, n.velocity() + 22))); // same pitch and start: the index stays valid
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
      case 'X': return 120;
      case 'x': return 100;
      case 'o': return 72;
      case 'g': return 44;
      default: return 0;
    }
  }
}
