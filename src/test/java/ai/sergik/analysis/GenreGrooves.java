package ai.sergik.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sound.midi.Sequence;
import javax.sound.midi.Track;

/**
 * Grooves as producers of each genre write them, at an exact tempo, for tempo tests: per-genre drums (where the
 * kick and the backbeat sit, hats in eighths or sixteenths, rolls, swing), chords in the genre's rhythm and a bass.
 * Half are slow music (boom-bap, lo-fi, R&B slow jams, reggae one-drop, trip-hop, ballads with and without drums,
 * ambient), half fast (house, techno, trance, dubstep, trap, drum &amp; bass, UK garage, pop-rock), so that an
 * octave rule cannot win by preferring one side. The tempo written into the MIDI file is the truth: dubstep and
 * trap at 140 with the snare on beat 3, R&amp;B at 65 with the snare on 2 and 4.
 */
final class GenreGrooves {
  private GenreGrooves() {}

  private static final int KICK = 36, RIM = 37, SNARE = 38, CLAP = 39, HAT = 42;
  private static final int OPEN_HAT = 46, RIDE = 51, SHAKER = 70;

  /**
   * A genre: its tempo range, swing (percent on a grid of 16ths, or of 8ths when {@code swingEighths}), drum rows
   * (alternatives per instrument, 16 steps a bar: X accent, x normal, o soft, g ghost, r a 32nd-note roll over
   * the step), the chord instrument and rhythm, the bass rhythm, and an arpeggio rhythm.
   */
  record Genre(
      String name,
      double lo,
      double hi,
      double swingLo,
      double swingHi,
      boolean swingEighths,
      Object[][] drums,
      int chordProgram,
      String[] chordRhythms,
      int bassProgram,
      String[] bassRhythms,
      int arpProgram,
      String[] arpRhythms) {}

  private static final String NONE = "................";

  static final List<Genre> SLOW = List.of(
      new Genre(
          "boom-bap",
          82,
          96,
          56,
          62,
          false,
          new Object[][] {
            {KICK, "X.......x.x.....", "X..x......x.....", "X......xx.......", "X.x.......x..x.."},
            {SNARE, "....X.......X...", "....X.......X..g"},
            {HAT, "x.o.x.o.x.o.x.o.", "x.x.x.x.x.x.x.x.", "xoxoxoxoxoxoxoxo"}
          },
          0,
          new String[] {"X.......x.......", "X..........x...."},
          33,
          new String[] {"X.......x.x.....", "X..x......x....."},
          -1,
          new String[] {NONE}),
      new Genre(
          "lo-fi",
          68,
          90,
          58,
          66,
          false,
          new Object[][] {
            {KICK, "X......x.x......", "X.....x...x.....", "X.......x..x...."},
            {SNARE, "....x.......x...", "....x.......x.g."},
            {RIM, NONE, "..........g....."},
            {HAT, "x.g.x.g.x.g.x.g.", "o.o.o.o.o.o.o.o.", "x.gox.gox.gox.go"}
          },
          4,
          new String[] {"X...............", "X.......x......."},
          33,
          new String[] {"X......x.x......", "X.........x....."},
          -1,
          new String[] {NONE}),
      new Genre(
          "rnb",
          60,
          80,
          50,
          56,
          false,
          new Object[][] {
            {KICK, "X.....x...x..x..", "X..x...x..x.....", "X.x....x.x......"},
            {SNARE, "....X.......X...", "....X.......X..."},
            {CLAP, "....x.......x...", NONE},
            {HAT, "xoxoxoxoxoxoxoxo", "xoxoxoxoxoxoxorr", "xoxoxoxoxoxrxoxo", "x.x.x.x.x.x.x.x."},
            {OPEN_HAT, NONE, "..............o."}
          },
          89,
          new String[] {"X...............", "X.......X......."},
          38,
          new String[] {"X.....x...x.....", "X.........x..x.."},
          4,
          new String[] {NONE, "..x...x...x...x."}),
      new Genre(
          "reggae",
          62,
          82,
          60,
          67,
          true,
          new Object[][] {
            {KICK, "........X.......", "X.......X......."},
            {RIM, "........X.......", "........X......."},
            {HAT, "x.x.x.x.x.x.x.x.", "x.o.x.o.x.o.x.o."}
          },
          28,
          new String[] {"....x.......x...", "..x...x...x...x."},
          33,
          new String[] {"..x...x.x.x.....", "X.....x.x...x..."},
          16,
          new String[] {NONE, "..o...o...o...o."}),
      new Genre(
          "trip-hop",
          78,
          100,
          50,
          56,
          false,
          new Object[][] {
            {KICK, "X......X..X.....", "X.........X..x..", "X.X.......X....."},
            {SNARE, "....X.......X...", "....X.......X..."},
            {HAT, "o.o.o.o.o.o.o.o.", "ogogogogogogogog"},
            {SHAKER, NONE, "..o...o...o...o."}
          },
          48,
          new String[] {"X...............", "X.......X......."},
          38,
          new String[] {"X.........X.....", "X......X..X....."},
          -1,
          new String[] {NONE}),
      new Genre(
          "ballad",
          60,
          80,
          50,
          50,
          false,
          new Object[][] {
            {KICK, "X.......X.......", "X.......X.x....."},
            {RIM, "....x.......x...", "....x.......x..."},
            {HAT, "o.o.o.o.o.o.o.o.", "o.o.o.o.o.o.o.o."}
          },
          0,
          new String[] {"X.......X......."},
          33,
          new String[] {"X.......X......."},
          0,
          new String[] {"..x.x.x...x.x.x.", "x.x.x.x.x.x.x.x."}),
      new Genre(
          "piano-ballad",
          60,
          80,
          50,
          50,
          false,
          new Object[][] {},
          0,
          new String[] {"X.......X.......", "X..............."},
          0,
          new String[] {"X.......X.......", "X..............."},
          0,
          new String[] {"..x.x.x...x.x.x.", "x.x.x.x.x.x.x.x."}),
      new Genre(
          "ambient",
          60,
          90,
          50,
          50,
          false,
          new Object[][] {{KICK, "X.......X.......", "X..............."}},
          89,
          new String[] {"X..............."},
          38,
          new String[] {"X..............."},
          81,
          new String[] {"x.x.x.x.x.x.x.x.", "x..x..x.x..x..x."}));

  static final List<Genre> FAST = List.of(
      new Genre(
          "house",
          120,
          128,
          50,
          54,
          false,
          new Object[][] {
            {KICK, "X...X...X...X..."},
            {CLAP, "....x.......x..."},
            {OPEN_HAT, "..x...x...x...x."},
            {HAT, "o.o.o.o.o.o.o.o.", "gogogogogogogogo"}
          },
          4,
          new String[] {"..x...x...x...x.", "x..x..x...x....."},
          38,
          new String[] {"..x...x...x...x.", "x.x.x.x.x.x.x.x."},
          -1,
          new String[] {NONE}),
      new Genre(
          "techno",
          126,
          140,
          50,
          50,
          false,
          new Object[][] {
            {KICK, "X...X...X...X..."},
            {CLAP, NONE, "....o.......o..."},
            {OPEN_HAT, "..x...x...x...x."},
            {HAT, "gogogogogogogogo", NONE},
            {RIDE, NONE, "o.o.o.o.o.o.o.o."}
          },
          81,
          new String[] {NONE, "x..x..x.........", "X..............."},
          38,
          new String[] {"..x...x...x...x.", "xxx.xxx.xxx.xxx."},
          -1,
          new String[] {NONE}),
      new Genre(
          "trance",
          134,
          142,
          50,
          50,
          false,
          new Object[][] {
            {KICK, "X...X...X...X..."},
            {CLAP, "....x.......x..."},
            {OPEN_HAT, "..x...x...x...x."},
            {HAT, "o.o.o.o.o.o.o.o."}
          },
          89,
          new String[] {"X..............."},
          38,
          new String[] {"..x...x...x...x.", ".xx.xxx..xx.xxx."},
          81,
          new String[] {"xxxxxxxxxxxxxxxx", "x.x.x.x.x.x.x.x."}),
      new Genre(
          "dubstep",
          138,
          142,
          50,
          50,
          false,
          new Object[][] {
            {KICK, "X.........x.....", "X..........x...."},
            {SNARE, "........X.......", "........X......."},
            {HAT, "x.x.x.x.x.x.x.x.", "x.xxx.x.x.xxx.x."}
          },
          89,
          new String[] {"X..............."},
          38,
          new String[] {"X.....x...x.....", "X...x...X.x.x..."},
          -1,
          new String[] {NONE}),
      new Genre(
          "trap",
          130,
          160,
          50,
          50,
          false,
          new Object[][] {
            {KICK, "X......x..x.....", "X.....x...x..x..", "X..x......x.x..."},
            {SNARE, "........X......."},
            {CLAP, "........x......."},
            {HAT, "xoxoxoxoxoxoxoxo", "xoxoxoxorrxoxoxo", "x.xox.xoxoxorrrr"},
            {OPEN_HAT, NONE, "......o........."}
          },
          0,
          new String[] {"X...............", "X.......X......."},
          38,
          new String[] {"X......x..x.....", "X.....x...x..x.."},
          -1,
          new String[] {NONE}),
      new Genre(
          "drum-and-bass",
          168,
          176,
          50,
          50,
          false,
          new Object[][] {
            {KICK, "X.........x.....", "X.x.......x....."},
            {SNARE, "....X.......X...", "....X.......X..g"},
            {HAT, "x.o.x.o.x.o.x.o.", "xoxoxoxoxoxoxoxo"},
            {RIDE, NONE, "..o...o...o...o."}
          },
          89,
          new String[] {"X..............."},
          38,
          new String[] {"X.........x.....", "X..............."},
          -1,
          new String[] {NONE}),
      new Genre(
          "uk-garage",
          128,
          136,
          56,
          62,
          false,
          new Object[][] {
            {KICK, "X.........X.....", "X......X..X....."},
            {SNARE, "....X.......X..."},
            {HAT, "x.ox.ox.x.ox.ox.", "xoxoxoxoxoxoxoxo"},
            {OPEN_HAT, "..x...x...x...x."}
          },
          4,
          new String[] {"x..x......x.....", "...x..x...x....."},
          38,
          new String[] {"X.........X..x..", "X..x......x....."},
          -1,
          new String[] {NONE}),
      new Genre(
          "pop-rock",
          120,
          168,
          50,
          50,
          false,
          new Object[][] {
            {KICK, "X.......X.x.....", "X.......X......."},
            {SNARE, "....X.......X..."},
            {HAT, "x.x.x.x.x.x.x.x.", "x.x.x.x.x.x.x.x."}
          },
          29,
          new String[] {"x.x.x.x.x.x.x.x.", "X.......X......."},
          33,
          new String[] {"x.x.x.x.x.x.x.x.", "X.......X.x....."},
          -1,
          new String[] {NONE}));

  /** Tempi below the 60 BPM floor: a slow jam and a ballad at 50-59 BPM. */
  static final List<Genre> BELOW_60 =
      List.of(withRange(SLOW.get(2), 50, 59), withRange(SLOW.get(5), 50, 59));

  /**
   * Tempi of 100-119 BPM, whose half lies under 60: hip-hop, trip-hop and pop-rock drums that must not be halved
   * when the range reaches below 60.
   */
  static final List<Genre> AROUND_110 = List.of(
      withRange(SLOW.get(0), 100, 119),
      withRange(SLOW.get(4), 100, 119),
      withRange(FAST.get(7), 100, 119));

  private static Genre withRange(Genre g, double lo, double hi) {
    return new Genre(
        g.name(),
        lo,
        hi,
        g.swingLo(),
        g.swingHi(),
        g.swingEighths(),
        g.drums(),
        g.chordProgram(),
        g.chordRhythms(),
        g.bassProgram(),
        g.bassRhythms(),
        g.arpProgram(),
        g.arpRhythms());
  }

  /** One clip of a genre: the tempo (rounded to 0.5 BPM) and everything else drawn from the seed. */
  record Clip(Genre genre, double bpm, long seed) {
    String name() {
      return genre.name() + "-" + bpm + "-" + seed;
    }

    Sequence song(double seconds) {
      return GenreGrooves.song(genre, bpm, (int) Math.ceil(seconds * bpm / 240), seed);
    }
  }

  /** {@code perGenre} clips of every genre, tempi spread over its range, seeds from {@code firstSeed}. */
  static List<Clip> clips(List<Genre> genres, int perGenre, long firstSeed) {
    List<Clip> out = new ArrayList<>();
    for (Genre g : genres) {
      for (int i = 0; i < perGenre; i++) {
        long seed = firstSeed + i;
        Random rnd = new Random(seed * 31 + g.name().hashCode());
        double slot = (i + rnd.nextDouble()) / perGenre;
        double bpm = Math.round(2 * (g.lo() + slot * (g.hi() - g.lo()))) / 2.0;
        out.add(new Clip(g, bpm, seed));
      }
    }
    return out;
  }

  private static final int[][] PROGRESSIONS = {
    {0, 5, 3, 4}, {0, 3, 4, 3}, {5, 3, 0, 4}, {0, 4, 5, 3}
  };
  private static final int[] MAJOR = {0, 2, 4, 5, 7, 9, 11}, MINOR = {0, 2, 3, 5, 7, 8, 10};

  static Sequence song(Genre g, double bpm, int bars, long seed) {
    Random rnd = new Random(seed * 1_000_003L + g.name().hashCode());
    Sequence seq = TestMusic.newSequence(bpm);
    Track t = seq.getTracks()[0];
    TestMusic.program(t, 0, g.chordProgram());
    TestMusic.program(t, 1, g.bassProgram());
    if (g.arpProgram() >= 0) TestMusic.program(t, 2, g.arpProgram());
    double swing = g.swingLo() + rnd.nextDouble() * (g.swingHi() - g.swingLo());
    int tonic = 48 + rnd.nextInt(12);
    int[] scale = rnd.nextBoolean() ? MAJOR : MINOR;
    int[] prog = PROGRESSIONS[rnd.nextInt(PROGRESSIONS.length)];
    String[] drumRows = new String[g.drums().length];
    for (int i = 0; i < drumRows.length; i++)
      drumRows[i] = (String) g.drums()[i][1 + rnd.nextInt(g.drums()[i].length - 1)];
    String chordRhythm = pick(g.chordRhythms(), rnd);
    String bassRhythm = pick(g.bassRhythms(), rnd);
    String arpRhythm = pick(g.arpRhythms(), rnd);
    boolean seventh = rnd.nextBoolean();
    for (int bar = 0; bar < bars; bar++) {
      long barStart = (long) bar * 4 * TestMusic.PPQ;
      int degree = prog[bar % prog.length];
      int[] chord = new int[seventh ? 4 : 3];
      for (int i = 0; i < chord.length; i++) chord[i] = tonic + note(scale, degree + 2 * i);
      for (int i = 0; i < drumRows.length; i++) {
        int drum = (int) g.drums()[i][0];
        String row = drumRows[i];
        for (int s = 0; s < 16; s++) {
          char c = row.charAt(s);
          if (c == '.') continue;
          if (c == 'r') {
            for (int k = 0; k < 2; k++)
              hit(
                  t,
                  drum,
                  55 + rnd.nextInt(20),
                  barStart + step(s, swing, g) + k * TestMusic.PPQ / 8);
            continue;
          }
          hit(t, drum, velocity(c, rnd), barStart + step(s, swing, g));
        }
      }
      play(t, 0, chord, 12, chordRhythm, barStart, swing, g, rnd, false);
      play(
          t,
          1,
          new int[] {tonic - 12 + note(scale, degree)},
          0,
          bassRhythm,
          barStart,
          swing,
          g,
          rnd,
          false);
      play(t, 2, chord, 24, arpRhythm, barStart, swing, g, rnd, true);
    }
    return seq;
  }

  private static String pick(String[] options, Random rnd) {
    return options[rnd.nextInt(options.length)];
  }

  private static int note(int[] scale, int degree) {
    return scale[Math.floorMod(degree, 7)] + 12 * Math.floorDiv(degree, 7);
  }

  /** Tick of a sixteenth step in the bar, the off-beat steps of the swing grid delayed. */
  private static long step(int s, double swing, Genre g) {
    int q = TestMusic.PPQ, sixteenth = q / 4;
    long tick = (long) s * sixteenth;
    double late = (swing - 50) / 50.0;
    if (g.swingEighths()) {
      if (s % 4 == 2) tick += Math.round(late * 2 * sixteenth);
    } else if (s % 2 == 1) tick += Math.round(late * sixteenth);
    return tick;
  }

  private static int velocity(char c, Random rnd) {
    int base = switch (c) {
      case 'X' -> 118;
      case 'x' -> 100;
      case 'o' -> 75;
      default -> 50;
    };
    return Math.min(127, base + rnd.nextInt(9) - 4);
  }

  /**
   * Plays the notes on the rhythm's steps, each held to the next step of the rhythm (chords and bass) or for a
   * sixteenth (an arpeggio, which walks up the chord).
   */
  private static void play(
      Track t,
      int channel,
      int[] notes,
      int transpose,
      String rhythm,
      long barStart,
      double swing,
      Genre g,
      Random rnd,
      boolean arpeggio) {
    int walk = 0;
    for (int s = 0; s < 16; s++) {
      char c = rhythm.charAt(s);
      if (c == '.') continue;
      int next = s + 1;
      while (next < 16 && rhythm.charAt(next) == '.') next++;
      long on = barStart + step(s, swing, g);
      long len = arpeggio
          ? TestMusic.PPQ / 4
          : Math.max(TestMusic.PPQ / 8, (next - s) * TestMusic.PPQ / 4 - 20);
      int vel = velocity(c, rnd) - 15;
      if (arpeggio) {
        TestMusic.note(t, channel, notes[walk++ % notes.length] + transpose, vel, on, len);
      } else {
        for (int p : notes) TestMusic.note(t, channel, p + transpose, vel, on, len);
      }
    }
  }

  private static void hit(Track t, int drum, int velocity, long tick) {
    TestMusic.note(t, 9, drum, velocity, tick, TestMusic.PPQ / 8);
  }
}
