package ai.sergik.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.sergik.generate.GenerationRequest;
import ai.sergik.generate.Generators;
import ai.sergik.generate.Part;
import ai.sergik.music.Key;
import ai.sergik.music.Note;
import ai.sergik.music.Rng;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every transform keeps what it promises, on generated clips and on loosely played notes, over many seeds. */
class TransformsTest {
  static final long[] SEEDS = {0, 1, 2, 3, 7, 42, 1234, -5};

  @Test
  void theMenuOffersTheTransformsInItsOrder() {
    assertThat(Transforms.names()).isEqualTo(TransformMenu.NAMES);
  }

  /** Clips: chords, pads, melodies (one in a mode), an arpeggio, a funk bass, and loosely played notes. */
  static List<Object[]> clips() {
    List<Object[]> clips = new ArrayList<>();
    clips.add(new Object[] {"house chords 10B", "10B", gen(Part.CHORDS, "10B", "house")});
    clips.add(new Object[] {
      "pads 8A",
      "8A",
      Generators.generate(GenerationRequest.builder()
              .key("8A")
              .style("ambient")
              .voicing("pads")
              .bars(4)
              .build())
          .notes()
    });
    clips.add(new Object[] {"melody D dorian", "D dorian", gen(Part.MELODY, "D dorian", "house")});
    clips.add(
        new Object[] {"hip-hop melody Eb", "Eb major", gen(Part.MELODY, "Eb major", "hip-hop")});
    clips.add(new Object[] {"arp F#m", "F#m", gen(Part.ARP, "F#m", "techno")});
    clips.add(
        new Object[] {"bass G mixolydian", "G mixolydian", gen(Part.BASS, "G mixolydian", "funk")});
    clips.add(new Object[] {"played", "C major", played(99)});
    return clips;
  }

  static Stream<Arguments> clipsAndSeeds() {
    List<Arguments> args = new ArrayList<>();
    for (Object[] c : clips())
      for (long seed : SEEDS) args.add(Arguments.of(c[0], c[1], c[2], seed));
    return args.stream();
  }

  static List<Note> gen(Part part, String key, String style) {
    return Generators.generate(GenerationRequest.builder()
            .part(part)
            .key(key)
            .style(style)
            .bars(4)
            .seed(3)
            .build())
        .notes();
  }

  /** Off-grid notes in C major with some thirds on top, like a take played in. */
  static List<Note> played(long seed) {
    Rng r = new Rng(seed);
    List<Note> notes = new ArrayList<>();
    double t = 0.03;
    int[] scale = {60, 62, 64, 65, 67, 69, 71, 72};
    for (int i = 0; i < 40; i++) {
      int pitch = scale[r.nextInt(scale.length)];
      notes.add(new Note(pitch, t, 0.1 + r.nextDouble() * 0.6, 40 + r.nextInt(80)));
      if (r.nextInt(4) == 0)
        notes.add(new Note(
            pitch + (pitch % 12 == 0 || pitch % 12 == 5 || pitch % 12 == 7 ? 4 : 3), t, 0.3, 70));
      t += 0.2 + r.nextDouble() * 0.4;
    }
    return notes;
  }

  static Transformed run(String name, List<Note> notes, long seed, String... settings) {
    Transformed t = Transforms.apply(name, notes, TransformSettings.pairs(settings), seed);
    assertThat(Transforms.apply(name, notes, TransformSettings.pairs(settings), seed)
            .notes())
        .as(name + " gives the same notes for the same seed")
        .isEqualTo(t.notes());
    assertThat(t.notes()).isSortedAccordingTo(Note.BY_START_THEN_PITCH);
    return t;
  }

  @ParameterizedTest(name = "{0} seed {3}")
  @MethodSource("clipsAndSeeds")
  void strumKeepsPitchesEndsAndTheOrderOfChordsAndPlaysEachChordInPitchOrder(
      String clip, String key, List<Note> notes, long seed) {
    for (String direction : new String[] {"up", "down", "alternate"}) {
      List<Note> out = run(
              "strum",
              notes,
              seed,
              "direction",
              direction,
              "time",
              "0.05",
              "variation",
              seed % 2 == 0 ? "0" : "0.5")
          .notes();
      assertThat(pitches(out)).isEqualTo(pitches(notes));
      List<List<Note>> before = NoteTransform.onsets(sorted(notes));
      int strummed = 0;
      for (int g = 0; g < before.size(); g++) {
        List<Note> chord = before.get(g);
        List<Note> after = new ArrayList<>();
        for (Note n : chord) after.add(find(out, n));
        after.sort(Note.BY_START_THEN_PITCH);
        boolean down = direction.equals("down")
            || (direction.equals("alternate") && chord.size() > 1 && strummed % 2 == 1);
        for (int i = 0; i < after.size(); i++) {
          assertThat(after.get(i).pitch())
              .as(clip + " " + direction + ": chord " + g + " in pitch order")
              .isEqualTo(chord.get(down ? chord.size() - 1 - i : i).pitch());
          if (i > 0)
            assertThat(after.get(i).start()).isGreaterThan(after.get(i - 1).start());
        }
        if (g + 1 < before.size()) {
          for (Note n : after)
            assertThat(n.start())
                .as("chord " + g + " stays before the next")
                .isLessThan(before.get(g + 1).get(0).start());
        }
        if (chord.size() > 1) strummed++;
      }
    }
  }

  /** The strummed note of an original: same pitch, same end, starting at or after the original. */
  private static Note find(List<Note> out, Note original) {
    for (Note n : out) {
      if (n.pitch() == original.pitch()
          && Math.abs(n.end() - original.end()) < 1e-9
          && n.start() >= original.start() - 1e-12
          && n.start() < original.end()) return n;
    }
    throw new AssertionError("no strummed note for " + original);
  }

  @ParameterizedTest(name = "{0} seed {3}")
  @MethodSource("clipsAndSeeds")
  void legatoLeavesNoGapsAndKeepsStartsAndPitches(
      String clip, String key, List<Note> notes, long seed) {
    List<Note> out = run("legato", notes, seed).notes();
    assertThat(starts(out)).isEqualTo(starts(sorted(notes)));
    assertThat(pitches(out)).isEqualTo(pitches(notes));
    List<List<Note>> groups = NoteTransform.onsets(out);
    for (int g = 0; g + 1 < groups.size(); g++) {
      double next = groups.get(g + 1).get(0).start();
      for (Note n : groups.get(g))
        assertThat(n.end()).as(clip + " " + n).isCloseTo(next, within(1e-9));
    }
    assertThat(out.get(out.size() - 1).end() % 4)
        .as("the last notes reach the end of their bar")
        .isCloseTo(0, within(1e-9));
    for (Note n : run("legato", notes, seed, "mode", "staccato").notes())
      assertThat(n.duration()).isLessThanOrEqualTo(0.25);
  }

  @ParameterizedTest(name = "{0} seed {3}")
  @MethodSource("clipsAndSeeds")
  void quantizeAtFullStrengthPutsEveryStartOnTheGridAndHalfStrengthGoesHalfWay(
      String clip, String key, List<Note> notes, long seed) {
    String[] grids = {"1/4", "1/8", "1/16", "1/32", "1/8t", "1/16t"};
    String grid = grids[(int) Math.floorMod(seed, grids.length)];
    double step = Quantize.step(grid);
    double swing = seed % 3 == 0 ? 50 : 50 + Math.floorMod(seed, 25);
    List<Note> full = run("quantize", notes, seed, "grid", grid, "swing", String.valueOf(swing))
        .notes();
    assertThat(pitches(full)).isEqualTo(pitches(notes));
    double late = (swing - 50) / 50 * step;
    for (Note n : full) {
      long even = Math.round(n.start() / step);
      boolean onStraightPoint = even % 2 == 0 && Math.abs(even * step - n.start()) < 1e-9;
      long odd = Math.round((n.start() - late) / step);
      boolean onSwungPoint = odd % 2 != 0 && Math.abs(odd * step + late - n.start()) < 1e-9;
      assertThat(onStraightPoint || onSwungPoint)
          .as(clip + " " + grid + " swing " + swing + ": " + n)
          .isTrue();
    }
    List<Note> half =
        run("quantize", notes, seed, "grid", grid, "strength", "50").notes();
    for (Note n : notes) {
      double target = Quantize.nearest(n.start(), step, 50);
      boolean found = false;
      for (Note h : half)
        found |= h.pitch() == n.pitch() && Math.abs(h.start() - (n.start() + target) / 2) < 1e-9;
      assertThat(found).as("half way: " + n).isTrue();
    }
  }

  @ParameterizedTest(name = "{0} seed {3}")
  @MethodSource("clipsAndSeeds")
  void velocityShapesChangeOnlyVelocities(String clip, String key, List<Note> notes, long seed) {
    List<Note> in = sorted(notes);
    List<Note> ramp =
        run("velocity", notes, seed, "shape", "ramp", "from", "30", "to", "110").notes();
    assertThat(timingAndPitch(ramp)).isEqualTo(timingAndPitch(in));
    for (int i = 1; i < ramp.size(); i++)
      assertThat(ramp.get(i).velocity()).isGreaterThanOrEqualTo(ramp.get(i - 1).velocity());
    assertThat(ramp.get(0).velocity()).isEqualTo(30);
    assertThat(ramp.get(ramp.size() - 1).velocity()).isEqualTo(110);

    List<Note> squeezed =
        run("velocity", notes, seed, "shape", "compress", "amount", "50").notes();
    assertThat(timingAndPitch(squeezed)).isEqualTo(timingAndPitch(in));
    assertThat(spread(squeezed)).isLessThanOrEqualTo(spread(in) / 2 + 1);

    List<Note> accents = run(
            "velocity",
            notes,
            seed,
            "shape",
            "accent",
            "pattern",
            "x...",
            "grid",
            "1/16",
            "amount",
            "15")
        .notes();
    for (int i = 0; i < in.size(); i++) {
      Note n = in.get(i);
      long step = Math.round(n.start() / 0.25);
      boolean accented = Math.abs(step * 0.25 - n.start()) < 0.0625 && step % 4 == 0;
      assertThat(accents.get(i).velocity())
          .as(n.toString())
          .isEqualTo(accented ? Math.min(127, n.velocity() + 15) : n.velocity());
    }
    List<Note> random =
        run("velocity", notes, seed, "shape", "random", "amount", "10").notes();
    for (int i = 0; i < in.size(); i++)
      assertThat(Math.abs(random.get(i).velocity() - in.get(i).velocity())).isLessThanOrEqualTo(10);
  }

  @ParameterizedTest(name = "{0} seed {3}")
  @MethodSource("clipsAndSeeds")
  void ornamentsKeepEveryNoteAndAddGraceNotesInTheKeyJustBefore(
      String clip, String key, List<Note> notes, long seed) {
    Key k = Key.parse(key);
    for (String type : new String[] {"grace", "flam", "mixed"}) {
      List<Note> out = run("ornament", notes, seed, "type", type, "probability", "0.7", "key", key)
          .notes();
      List<Note> added = minus(out, notes);
      assertThat(out.size()).isEqualTo(notes.size() + added.size());
      int room = 0;
      for (List<Note> g : NoteTransform.onsets(sorted(notes)))
        room += g.get(0).start() >= 0.125 ? 1 : 0;
      assertThat(minus(
              run("ornament", notes, seed, "type", type, "probability", "1", "offset", "1/8")
                  .notes(),
              notes))
          .as(clip + " " + type + ": at probability 1 every onset with room before it gets one")
          .hasSize(room);
      for (Note a : added) {
        Note target = null;
        for (Note n : notes)
          if (Math.abs(n.start() - a.end()) < 1e-9
              && (target == null || n.pitch() > target.pitch())) target = n;
        assertThat(target)
            .as(clip + " " + type + ": " + a + " ends where a note starts")
            .isNotNull();
        if (type.equals("flam")) assertThat(a.pitch()).isEqualTo(target.pitch());
        if (a.pitch() != target.pitch()) {
          assertThat(k.contains(a.pitch())).as(a + " in " + key).isTrue();
          assertThat(Math.abs(a.pitch() - target.pitch())).as("a step away").isBetween(1, 2);
        }
        assertThat(a.velocity()).isLessThanOrEqualTo(target.velocity());
      }
    }
    assertThat(run("ornament", notes, seed, "probability", "0").notes()).isEqualTo(sorted(notes));
  }

  @ParameterizedTest(name = "{0} seed {3}")
  @MethodSource("clipsAndSeeds")
  void recombineKeepsThePitchMultisetOrThePitchOrderAndTheGaps(
      String clip, String key, List<Note> notes, long seed) {
    for (String mode : new String[] {"shuffle", "rotate", "reverse"}) {
      List<Note> p = run("recombine", notes, seed, "what", "pitch", "mode", mode, "by", "3")
          .notes();
      assertThat(pitches(p))
          .as(clip + " " + mode + ": the pitch multiset")
          .isEqualTo(pitches(notes));
      assertThat(onsetTimes(p)).as("the onsets").isEqualTo(onsetTimes(notes));

      List<Note> r = run("recombine", notes, seed, "what", "rhythm", "mode", mode, "by", "3")
          .notes();
      assertThat(pitchOrder(r))
          .as(clip + " " + mode + ": the pitches in order")
          .isEqualTo(pitchOrder(notes));
      // the onsets take the gaps (and the last onset's time to the end) in another order: one is
      // left over
      List<Long> left = new ArrayList<>(gapsWithEnd(notes));
      for (Long gap : gaps(r))
        assertThat(left.remove(gap))
            .as(clip + " " + mode + ": gap " + gap + " comes from the original")
            .isTrue();
      assertThat(left).hasSize(1);
      assertThat(r.get(0).start()).isEqualTo(sorted(notes).get(0).start());

      List<Note> v =
          run("recombine", notes, seed, "what", "velocity", "mode", mode).notes();
      assertThat(timingAndPitch(v)).isEqualTo(timingAndPitch(sorted(notes)));
    }
  }

  @Test
  void shuffleDependsOnTheSeed() {
    List<Note> melody = gen(Part.MELODY, "A minor", "jazz");
    Set<List<Note>> distinct = new HashSet<>();
    for (long seed : SEEDS)
      distinct.add(
          Transforms.apply("recombine", melody, TransformSettings.NONE, seed).notes());
    assertThat(distinct).hasSize(SEEDS.length);
  }

  @ParameterizedTest(name = "{0} seed {3}")
  @MethodSource("clipsAndSeeds")
  void connectAddsPassingNotesInTheKeyBetweenTheNotesAndKeepsTheOriginals(
      String clip, String key, List<Note> notes, long seed) {
    Key k = Key.parse(key);
    List<Note> out = run(
            "connect",
            notes,
            seed,
            "key",
            key,
            "rate",
            "1/16",
            "density",
            seed % 2 == 0 ? "1" : "0.5")
        .notes();
    List<Note> added = minus(out, notes);
    assertThat(out.size()).isEqualTo(notes.size() + added.size());
    List<List<Note>> groups = NoteTransform.onsets(sorted(notes));
    for (Note a : added) {
      assertThat(k.contains(a.pitch())).as(clip + ": " + a + " in " + key).isTrue();
      int g = 0;
      while (g + 1 < groups.size() && groups.get(g + 1).get(0).start() <= a.start()) g++;
      List<Note> before = groups.get(g);
      List<Note> after = groups.get(g + 1);
      int from = before.get(before.size() - 1).pitch();
      int to = after.get(after.size() - 1).pitch();
      for (Note b : before)
        assertThat(a.start())
            .as(a + " starts after " + b + " ends")
            .isGreaterThanOrEqualTo(b.end() - 1e-9);
      assertThat(a.end()).isLessThanOrEqualTo(after.get(0).start() + 1e-9);
      if (from != to)
        assertThat(a.pitch())
            .as(a + " between " + from + " and " + to)
            .isStrictlyBetween(Math.min(from, to), Math.max(from, to));
    }
  }

  @ParameterizedTest(name = "{0} seed {3}")
  @MethodSource("clipsAndSeeds")
  void transposeInKeyStaysInTheKeyAndComesBack(
      String clip, String key, List<Note> notes, long seed) {
    Key k = Key.parse(key);
    int steps = (int) Math.floorMod(seed, 15) - 7;
    List<Note> out = run("transpose", notes, seed, "steps", String.valueOf(steps), "key", key)
        .notes();
    assertThat(out).hasSameSizeAs(notes);
    assertThat(timing(out)).isEqualTo(timing(notes));
    List<Integer> back = new ArrayList<>();
    for (Note n :
        run("transpose", out, seed, "steps", String.valueOf(-steps), "key", key).notes())
      back.add(n.pitch());
    Collections.sort(back);
    assertThat(back).as("transposed back").isEqualTo(pitches(notes));
    for (Note n : notes) {
      if (k.contains(n.pitch()))
        assertThat(k.contains(TransposeInKey.move(n.pitch(), steps, k)))
            .as(clip + " " + steps + ": " + n)
            .isTrue();
    }
    assertThat(TransposeInKey.move(60, 7, Key.parse("C major"))).isEqualTo(72);
    assertThat(TransposeInKey.move(60, 2, Key.parse("C major"))).isEqualTo(64);
    assertThat(TransposeInKey.move(62, 1, Key.parse("D dorian"))).isEqualTo(64);
    assertThat(TransposeInKey.move(61, 1, Key.parse("C major")))
        .as("C# keeps its semitone above C")
        .isEqualTo(63);
  }

  @Test
  void theKeyIsReadFromTheNotesWhenNoneIsGiven() {
    assertThat(NoteTransform.keyOf(sorted(gen(Part.CHORDS, "10B", "house"))))
        .isEqualTo(Key.parse("D major"));
    assertThat(NoteTransform.keyOf(sorted(gen(Part.ARP, "F#m", "techno"))))
        .isEqualTo(Key.parse("F#m"));
    Key played = NoteTransform.keyOf(played(1));
    assertThat(played.relative().isMinor() ? played : played.relative())
        .as("the white keys: C major or A minor")
        .isEqualTo(Key.parse("C major"));
    assertThat(
            Transforms.apply("transpose", played(1), TransformSettings.NONE, 0).summary())
        .endsWith("in " + played.name());
    assertThat(Transforms.apply("transpose", Collections.emptyList(), TransformSettings.NONE, 0)
            .notes())
        .isEmpty();
  }

  @Test
  void badNamesAndSettingsAreRefusedWithWhatIsAccepted() {
    List<Note> notes = played(1);
    assertThatThrownBy(() -> Transforms.apply("wobble", notes, TransformSettings.NONE, 0))
        .hasMessage(
            "unknown transform \"wobble\"; use one of strum, legato, quantize, velocity, ornament, recombine, connect, transpose");
    assertThatThrownBy(
            () -> Transforms.apply("strum", notes, TransformSettings.pairs("speed", "2"), 0))
        .hasMessage("strum has no setting \"speed\"; it reads direction, time, variation");
    assertThatThrownBy(() ->
            Transforms.apply("quantize", notes, TransformSettings.pairs("strength", "150"), 0))
        .hasMessage("quantize strength must be a number 0..100, got \"150\"");
    assertThatThrownBy(
            () -> Transforms.apply("quantize", notes, TransformSettings.pairs("grid", "1/5"), 0))
        .hasMessage("quantize grid must be one of 1/4, 1/8, 1/16, 1/32, 1/8t, 1/16t, got \"1/5\"");
    assertThatThrownBy(() ->
            Transforms.apply("transpose", notes, TransformSettings.pairs("key", "H major"), 0))
        .hasMessageStartingWith("transpose key: unknown key \"H major\"");
    assertThat(Transforms.named("span").name()).isEqualTo("legato");
    assertThat(Transforms.apply("strum", Collections.emptyList(), TransformSettings.NONE, 0)
            .notes())
        .isEmpty();
  }

  // ---- helpers ----

  static List<Integer> pitches(List<Note> notes) {
    List<Integer> p = new ArrayList<>();
    for (Note n : notes) p.add(n.pitch());
    Collections.sort(p);
    return p;
  }

  static List<Double> starts(List<Note> notes) {
    List<Double> s = new ArrayList<>();
    for (Note n : notes) s.add(n.start());
    return s;
  }

  static List<Double> onsetTimes(List<Note> notes) {
    List<Double> s = new ArrayList<>();
    for (List<Note> g : NoteTransform.onsets(sorted(notes))) s.add(g.get(0).start());
    return s;
  }

  static List<List<Integer>> pitchOrder(List<Note> notes) {
    List<List<Integer>> s = new ArrayList<>();
    for (List<Note> g : NoteTransform.onsets(sorted(notes))) {
      List<Integer> p = new ArrayList<>();
      for (Note n : g) p.add(n.pitch());
      s.add(p);
    }
    return s;
  }

  /** Time from each onset to the next, in microbeats, sorted. */
  static List<Long> gaps(List<Note> notes) {
    List<List<Note>> groups = NoteTransform.onsets(sorted(notes));
    List<Long> gaps = new ArrayList<>();
    for (int g = 0; g + 1 < groups.size(); g++)
      gaps.add(
          Math.round((groups.get(g + 1).get(0).start() - groups.get(g).get(0).start()) * 1e6));
    Collections.sort(gaps);
    return gaps;
  }

  /** The gaps plus the last onset's time to the clip's end (the latest note end). */
  static List<Long> gapsWithEnd(List<Note> notes) {
    List<Long> gaps = new ArrayList<>(gaps(notes));
    double end = 0;
    for (Note n : notes) end = Math.max(end, n.end());
    List<Note> s = sorted(notes);
    gaps.add(Math.round((end - s.get(s.size() - 1).start()) * 1e6));
    Collections.sort(gaps);
    return gaps;
  }

  static List<String> timingAndPitch(List<Note> notes) {
    List<String> s = new ArrayList<>();
    for (Note n : notes) s.add(n.pitch() + "@" + n.start() + "+" + n.duration());
    return s;
  }

  static List<String> timing(List<Note> notes) {
    List<String> s = new ArrayList<>();
    for (Note n : notes) s.add(n.start() + "+" + n.duration() + " v" + n.velocity());
    Collections.sort(s);
    return s;
  }

  static int spread(List<Note> notes) {
    int min = 127;
    int max = 1;
    for (Note n : notes) {
      min = Math.min(min, n.velocity());
      max = Math.max(max, n.velocity());
    }
    return max - min;
  }

  static List<Note> sorted(List<Note> notes) {
    List<Note> s = new ArrayList<>(notes);
    s.sort(Note.BY_START_THEN_PITCH);
    return s;
  }

  /** Notes of a that are not in b (as multisets); every note of b must be in a. */
  static List<Note> minus(List<Note> a, List<Note> b) {
    Map<Note, Integer> count = new HashMap<>();
    for (Note n : b) count.merge(n, 1, Integer::sum);
    List<Note> out = new ArrayList<>();
    for (Note n : a) {
      Integer c = count.get(n);
      if (c != null && c > 0) count.put(n, c - 1);
      else out.add(n);
    }
    for (Map.Entry<Note, Integer> e : count.entrySet())
      assertThat(e.getValue()).as("original " + e.getKey() + " kept").isZero();
    return out;
  }
}
