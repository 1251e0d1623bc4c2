package ai.sergik.generate;

import static ai.sergik.generate.EngineMetrics.chords;
import static ai.sergik.generate.EngineMetrics.distinctOverFiveSeeds;
import static ai.sergik.generate.EngineMetrics.onsets;
import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.humanize.Groove;
import ai.sergik.humanize.HumanizeSettings;
import ai.sergik.humanize.Humanizer;
import ai.sergik.music.Chord;
import ai.sergik.music.ChordQuality;
import ai.sergik.music.Key;
import ai.sergik.music.Note;
import ai.sergik.music.PitchClass;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The musical qualities of the engine, measured over all 24 keys and every style: seeds that matter,
 * clean voicings, genre feel, a bass that follows the style, parts that play as one band. The figures
 * these measure are quoted in docs/engine.md ({@link EngineMetrics#main} prints them).
 */
class EngineMetricsTest {
  static List<Key> keys() {
    return Key.all();
  }

  static List<String> genres() {
    return DrumGenre.ids();
  }

  // ---- seeds that matter ----

  @ParameterizedTest(name = "{0}")
  @MethodSource("keys")
  void seedsOneToFiveGiveAtLeastFourDifferentSequencesForEveryPartAndStyle(Key key) {
    for (String style : ChordStyle.ids()) {
      for (String voicing : Voicing.ids()) {
        assertThat(distinctOverFiveSeeds(chords(key, style, voicing)))
            .as("%s %s %s", key, style, voicing)
            .isGreaterThanOrEqualTo(4);
      }
      assertThat(distinctOverFiveSeeds(
              GenerationRequest.builder().part(Part.ARP).key(key).style(style)))
          .as("%s %s arp", key, style)
          .isGreaterThanOrEqualTo(4);
      assertThat(distinctOverFiveSeeds(GenerationRequest.builder()
              .part(Part.ARP)
              .key(key)
              .style(style)
              .arpPattern("up")
              .arpRate("1/16")))
          .as("%s %s arp up 1/16", key, style)
          .isGreaterThanOrEqualTo(4);
    }
    for (String bass : BassStyle.ids()) {
      assertThat(distinctOverFiveSeeds(
              GenerationRequest.builder().part(Part.BASS).key(key).bassStyle(bass)))
          .as("%s %s bass", key, bass)
          .isGreaterThanOrEqualTo(4);
    }
    for (String genre : DrumGenre.ids()) {
      double density = (key.camelotNumber() % 3) / 2.0; // 0, 0.5 and 1 over the keys
      assertThat(distinctOverFiveSeeds(GenerationRequest.builder()
              .part(Part.DRUMS)
              .key(key)
              .drumGenre(genre)
              .density(density)))
          .as("%s drums at density %s", genre, density)
          .isGreaterThanOrEqualTo(4);
    }
    // still deterministic per seed
    GenerationRequest r = chords(key, "jazz", "rootless").seed(3).build();
    assertThat(Generators.generate(r).notes()).isEqualTo(Generators.generate(r).notes());
  }

  // ---- voicings ----

  @ParameterizedTest(name = "{0}")
  @MethodSource("keys")
  void voicingsHaveNoBottomSemitoneNoMinorNinthOutsideDominantsAndRespectLowIntervalLimits(
      Key key) {
    for (String style : ChordStyle.ids()) {
      for (String voicing : Voicing.ids()) {
        for (boolean ninths : new boolean[] {false, true}) {
          for (long seed = 0; seed < 3; seed++) {
            GenerationRequest r =
                chords(key, style, voicing).ninths(ninths).seed(seed).build();
            int[] rubs = EngineMetrics.rubs(Generators.generate(r), Harmony.of(r));
            assertThat(rubs)
                .as(
                    "%s %s %s ninths=%s seed %d: {bottom semitones, minor ninths, low intervals}",
                    key, style, voicing, ninths, seed)
                .containsExactly(0, 0, 0);
          }
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("keys")
  void spreadIsARealDropTwoOverTheRootAndDropThreeOnRequest(Key key) {
    for (String style : ChordStyle.ids()) {
      for (boolean ninths : new boolean[] {false, true}) {
        GenerationRequest r = chords(key, style, "spread").ninths(ninths).build();
        Harmony h = Harmony.of(r);
        for (Map.Entry<Long, int[]> e : onsets(Generators.generate(r).notes()).entrySet()) {
          int[] v = e.getValue();
          Chord chord = EngineMetrics.spanAt(h, e.getKey() / 960.0).chord();
          assertThat(PitchClass.normalize(v[0])).as("%s bass", chord).isEqualTo(chord.root());
          int[] upper = java.util.Arrays.copyOfRange(v, 1, v.length);
          assertThat(EngineMetrics.isDropTwo(upper))
              .as("%s %s upper %s is drop-2", key, chord, java.util.Arrays.toString(upper))
              .isTrue();
        }
        GenerationRequest drop3 =
            chords(key, style, "stabs").spread("drop-3").ninths(ninths).build();
        for (int[] v : onsets(Generators.generate(drop3).notes()).values()) {
          if (v.length < 4) continue;
          // drop-3: raising the lowest voice an octave gives a close voicing where it is third from
          // the top
          int[] raised = v.clone();
          raised[0] += 12;
          java.util.Arrays.sort(raised);
          assertThat(raised[raised.length - 1] - raised[0])
              .as("drop-3 %s", java.util.Arrays.toString(v))
              .isLessThan(12);
          assertThat(raised[raised.length - 3]).isEqualTo(v[0] + 12);
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("keys")
  void ninthsAndThirteenthsWhereTheStyleAndNinthsAsk(Key key) {
    // --ninths reaches explicit sevenths: jazz's Imaj7 and funk's dominants (13ths where the scale
    // has them)
    for (String style : List.of("jazz", "funk")) {
      List<Chord> chords =
          Harmony.of(chords(key, style, "stabs").ninths(true).build()).chords();
      assertThat(chords)
          .as("%s %s --ninths", key, style)
          .anyMatch(c -> c.quality().has(14));
    }
    if (!key.isMinor()) {
      assertThat(Harmony.of(chords(key, "funk", "stabs").ninths(true).build()).chords())
          .anyMatch(c -> c.quality() == ChordQuality.DOMINANT_THIRTEEN);
    }
    // deep house: m9 and m11 colour without being asked
    List<Chord> deep = Harmony.of(chords(key, "deep-house", "pads").build()).chords();
    assertThat(deep)
        .as("deep house in %s: %s", key, deep)
        .anyMatch(c ->
            c.quality() == ChordQuality.MINOR_NINE || c.quality() == ChordQuality.MINOR_ELEVEN);
    if (key.isMinor()) assertThat(deep.get(0).quality()).isEqualTo(ChordQuality.MINOR_ELEVEN);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("keys")
  void rootlessJazzVoicingsLeaveTheRootOutAndCarryExtensions(Key key) {
    for (boolean sevenths : new boolean[] {true, false}) {
      GenerationRequest r = chords(key, "jazz", "rootless").sevenths(sevenths).build();
      Harmony h = Harmony.of(r);
      for (Map.Entry<Long, int[]> e : onsets(Generators.generate(r).notes()).entrySet()) {
        Chord chord = EngineMetrics.spanAt(h, e.getKey() / 960.0).chord();
        Set<Integer> pcs = new HashSet<>();
        for (int p : e.getValue()) pcs.add(PitchClass.normalize(p));
        assertThat(pcs).as("%s rootless %s", key, chord).doesNotContain(chord.root());
        if (chord.quality().has(14))
          assertThat(pcs)
              .as("%s has its ninth", chord)
              .contains(PitchClass.normalize(chord.root() + 2));
        // never a bare triad: four voices for seventh chords, three with the ninth for triads
        assertThat(e.getValue().length)
            .as("%s voices", chord)
            .isGreaterThanOrEqualTo(chord.quality().size() >= 4 ? 3 : 2);
      }
    }
    assertThat(Harmony.of(chords(key, "jazz", "rootless").build()).chords())
        .anyMatch(c -> c.quality().has(14));
  }

  // ---- harmony ----

  @Test
  void chordsChangeOnBarLinesHalvesOrBeatsNeverAcrossABarLine() {
    for (int n = 1; n <= 8; n++) {
      StringBuilder p = new StringBuilder("I");
      String[] more = {"IV", "V", "vi", "ii", "iii", "IV", "V"};
      for (int i = 1; i < n; i++) p.append("-").append(more[i - 1]);
      for (int bars = 1; bars <= 9; bars++) {
        GenerationRequest r =
            GenerationRequest.builder().progression(p.toString()).bars(bars).build();
        double end = 0;
        for (ChordSpan s : Harmony.of(r).spans()) {
          assertThat(s.start()).isEqualTo(end);
          boolean inOneBar = Math.floor(s.start() / 4) == Math.floor((s.end() - 1e-9) / 4);
          boolean wholeBars = s.start() % 4 == 0 && s.end() % 4 == 0;
          assertThat(inOneBar || wholeBars)
              .as("%d chords in %d bars: %s", n, bars, s)
              .isTrue();
          end = s.end();
        }
        assertThat(end).isEqualTo(bars * 4.0);
      }
    }
    GenerationRequest three =
        GenerationRequest.builder().progression("I-V-vi-IV").bars(3).build();
    assertThat(Harmony.of(three).spans())
        .extracting(ChordSpan::start)
        .containsExactly(0.0, 4.0, 8.0, 10.0);
  }

  @Test
  void chordRootsAreSpelledByTheirScaleDegreesLetter() {
    assertThat(Harmony.of(GenerationRequest.builder()
                .key("Ebm")
                .progression("i-VI-III-VII")
                .build())
            .chordNames())
        .containsExactly("Ebm7", "Cbmaj7", "Gbmaj7", "Db7");
    assertThat(Harmony.of(GenerationRequest.builder()
                .key("F# major")
                .progression("I-IV-vii\u00b0")
                .sevenths(false)
                .build())
            .chordNames())
        .containsExactly("F#", "B", "E#dim");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("keys")
  void theModalPresetKeepsTheModesColour(Key key) {
    List<Chord> chords = Harmony.of(chords(key, "modal", "stabs").build()).chords();
    if (!key.isMinor()) {
      // mixolydian: a dominant tonic under bVII, never Imaj7 against bVIImaj7
      assertThat(chords.get(0).quality()).as("%s", chords).isEqualTo(ChordQuality.DOMINANT_SEVEN);
      assertThat(chords)
          .noneMatch(c -> c.quality() == ChordQuality.MAJOR_SEVEN && c.root() == key.tonic());
    } else {
      // phrygian: the bII
      assertThat(chords.get(1).root()).isEqualTo(PitchClass.normalize(key.tonic() + 1));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("keys")
  void everyStyleHasAColourPresetWithABorrowedChordOrSecondaryDominantStartingOnItsTonic(Key key) {
    for (String style : ChordStyle.ids()) {
      GenerationRequest r =
          GenerationRequest.builder().key(key).style(style).preset(1).build();
      Harmony h = Harmony.of(r);
      assertThat(h.tonic()).isEqualTo(key);
      assertThat(h.chords().get(0).root())
          .as("%s %s", style, h.chordNames())
          .isEqualTo(key.tonic());
      assertThat(r.effectiveProgression().numerals())
          .as("%s %s", style, r.effectiveProgression())
          .anyMatch(n -> n.isSecondary() || !n.isDiatonicIn(key));
      assertThat(Generators.generate(r).notes()).isNotEmpty();
    }
  }

  // ---- drums ----

  @ParameterizedTest(name = "{0}")
  @MethodSource("genres")
  void noClosedHatOnAnOpenHatStepAndFourOnTheFloorStaysInEveryVariation(String genre) {
    boolean floor = DrumGenerator.fourOnTheFloor(DrumGenre.parse(genre));
    for (long seed = 0; seed < 10; seed++) {
      GenerationRequest r = GenerationRequest.builder()
          .part(Part.DRUMS)
          .drumGenre(genre)
          .seed(seed)
          .bars(8)
          .density(seed / 9.0)
          .drumVariations(8)
          .swing(50)
          .build();
      List<List<Note>> clips = new ArrayList<>();
      clips.add(Generators.generate(r).notes());
      for (Generation v : Generators.drumVariations(r)) clips.add(v.notes());
      for (List<Note> clip : clips) {
        assertThat(EngineMetrics.chokedOpenHats(clip))
            .as("%s seed %d", genre, seed)
            .isZero();
        if (floor) {
          Set<Double> kicks = clip.stream()
              .filter(n -> n.pitch() == Drums.KICK)
              .map(Note::start)
              .collect(Collectors.toSet());
          for (int beat = 0; beat < 32; beat++)
            assertThat(kicks).as("%s seed %d beat %d", genre, seed, beat).contains((double) beat);
        }
      }
      // variations are built in phrases: the first and third bar of each phrase are the same
      for (Generation v : Generators.drumVariations(r)) {
        for (int phrase = 0; phrase < 2; phrase++) {
          assertThat(bar(v.notes(), phrase * 4 + 2))
              .as("%s seed %d phrase %d", genre, seed, phrase)
              .isEqualTo(bar(v.notes(), phrase * 4));
        }
      }
    }
  }

  private static List<String> bar(List<Note> notes, int bar) {
    // the crash that opens a phrase is the phrase's mark, not part of its bar pattern
    return notes.stream()
        .filter(n -> n.start() >= bar * 4 && n.start() < bar * 4 + 4 && n.pitch() != Drums.CRASH)
        .map(n -> n.pitch() + "@" + Math.round((n.start() - bar * 4) * 960) + "v" + n.velocity())
        .sorted()
        .collect(Collectors.toList());
  }

  @Test
  void genresPlayAtTheirTempoAndFeelWhenNoneIsGiven() {
    Map<String, double[]> tempo = new HashMap<>();
    tempo.put("drum-and-bass", new double[] {170, 176});
    tempo.put("trap", new double[] {130, 150});
    tempo.put("boom-bap", new double[] {85, 95});
    tempo.put("hip-hop", new double[] {85, 95});
    tempo.put("lo-fi", new double[] {70, 90});
    tempo.put("techno", new double[] {125, 135});
    tempo.put("house", new double[] {120, 126});
    tempo.put("tech-house", new double[] {120, 128});
    for (Map.Entry<String, double[]> e : tempo.entrySet()) {
      GenerationRequest r =
          GenerationRequest.builder().part(Part.DRUMS).drumGenre(e.getKey()).build();
      assertThat(r.tempo()).as(e.getKey()).isBetween(e.getValue()[0], e.getValue()[1]);
      assertThat(GenerationRequest.builder()
              .part(Part.DRUMS)
              .style(e.getKey())
              .build()
              .tempo())
          .isEqualTo(r.tempo());
    }
    for (String swung : List.of("boom-bap", "hip-hop", "lo-fi")) {
      GenerationRequest r =
          GenerationRequest.builder().part(Part.DRUMS).style(swung).bars(2).build();
      assertThat(r.swing()).as(swung).isGreaterThan(54);
      // the off 16ths are late: nothing sits on a straight off-16th any more
      List<Note> notes = Generators.generate(r).notes();
      assertThat(notes).as(swung).noneMatch(n -> Math.round(n.start() * 960) % 480 == 240);
      assertThat(notes).as(swung).anyMatch(n -> Math.round(n.start() * 960) % 240 != 0);
    }
    for (String straight : List.of("techno", "drum-and-bass", "trap")) {
      assertThat(GenerationRequest.builder().style(straight).build().swing()).isEqualTo(50.0);
    }
    assertThat(GenerationRequest.builder()
            .style("hip-hop")
            .tempo(97)
            .swing(50)
            .build()
            .tempo())
        .isEqualTo(97.0);
  }

  @Test
  void trapRollsItsHatsInThirtySecondsAndTriplets() {
    for (long seed = 0; seed < 10; seed++) {
      List<Note> hats = Generators.generate(GenerationRequest.builder()
              .part(Part.DRUMS)
              .drumGenre("trap")
              .seed(seed)
              .bars(4)
              .build())
          .notes()
          .stream()
          .filter(n -> n.pitch() == Drums.CLOSED_HAT)
          .collect(Collectors.toList());
      Set<Long> gaps = new HashSet<>();
      for (int i = 1; i < hats.size(); i++)
        gaps.add(Math.round((hats.get(i).start() - hats.get(i - 1).start()) * 960));
      assertThat(gaps)
          .as("seed %d hat gaps (ticks)", seed)
          .contains(120L, 160L); // 1/32 rolls and 1/16-triplet bursts
    }
  }

  // ---- bass ----

  @ParameterizedTest(name = "{0}")
  @MethodSource("keys")
  void bassFollowsTheStyle(Key key) {
    for (long seed = 0; seed < 5; seed++) {
      // soul: chord tones only (so never a flat seven under a major seventh)
      GenerationRequest soul = GenerationRequest.builder()
          .part(Part.BASS)
          .key(key)
          .style("soul")
          .seed(seed)
          .build();
      assertThat(soul.bass().style().id()).isEqualTo("soul");
      Harmony h = Harmony.of(soul);
      for (Note n : Generators.generate(soul).notes()) {
        Chord c = EngineMetrics.spanAt(h, n.start()).chord();
        assertThat(c.contains(n.pitch()))
            .as("%s soul bass %s over %s", key, n, c)
            .isTrue();
      }
      // ambient: long roots, at most two notes a bar, none shorter than a beat
      GenerationRequest ambient = GenerationRequest.builder()
          .part(Part.BASS)
          .key(key)
          .style("ambient")
          .seed(seed)
          .build();
      List<Note> pad = Generators.generate(ambient).notes();
      assertThat(pad).allMatch(n -> n.duration() >= 1).hasSizeLessThanOrEqualTo(2 * ambient.bars());
      // trap: an 808, each hit held to the next (no gaps), with a glide at least every other bar
      GenerationRequest trap = GenerationRequest.builder()
          .part(Part.BASS)
          .key(key)
          .style("trap")
          .seed(seed)
          .build();
      assertThat(trap.bass().style().id()).isEqualTo("trap");
      List<Note> eightOhEight = Generators.generate(trap).notes();
      double mean = eightOhEight.stream().mapToDouble(Note::duration).average().orElse(0);
      assertThat(mean).as("%s 808 mean length", key).isGreaterThanOrEqualTo(0.75);
      int glides = 0;
      for (int i = 1; i < eightOhEight.size(); i++) {
        Note a = eightOhEight.get(i - 1);
        Note b = eightOhEight.get(i);
        assertThat(b.start() - a.end())
            .as("%s 808 %s held to %s", key, a, b)
            .isLessThanOrEqualTo(0.05);
        if (a.end() > b.start() + 1e-9 && a.pitch() != b.pitch()) glides++;
      }
      assertThat(glides).as("%s 808 glides in 8 bars", key).isGreaterThanOrEqualTo(4);
    }
  }

  // ---- one arrangement ----

  @ParameterizedTest(name = "{0}")
  @MethodSource("keys")
  void theArpeggioPlaysInItsOwnRegisterNotTheChordVoicing(Key key) {
    for (String style : ChordStyle.ids()) {
      for (long seed = 0; seed < 3; seed++) {
        List<Note> stabs =
            Generators.generate(chords(key, style, "stabs").seed(seed).build()).notes();
        List<Note> arp = Generators.generate(GenerationRequest.builder()
                .part(Part.ARP)
                .key(key)
                .style(style)
                .seed(seed)
                .build())
            .notes();
        double chordTop = stabs.stream().mapToInt(Note::pitch).average().orElse(0);
        double arpMean = arp.stream().mapToInt(Note::pitch).average().orElse(0);
        assertThat(arpMean - chordTop)
            .as("%s %s: the arp sits above the chords", key, style)
            .isGreaterThanOrEqualTo(5);
        Set<Integer> chordPitches = stabs.stream().map(Note::pitch).collect(Collectors.toSet());
        assertThat(arp.stream().filter(n -> !chordPitches.contains(n.pitch())).count())
            .as("%s %s", key, style)
            .isGreaterThan(arp.size() / 2);
      }
    }
  }

  @Test
  void everyStyleHasItsOwnArpeggio() {
    Set<String> arps = new HashSet<>();
    for (String style : ChordStyle.ids()) {
      GenerationRequest r =
          GenerationRequest.builder().part(Part.ARP).style(style).build();
      arps.add(r.arp().pattern().id() + " " + r.arp().rate().id());
    }
    assertThat(arps).hasSizeGreaterThanOrEqualTo(8);
    for (String slow : List.of("ambient", "boom-bap")) {
      GenerationRequest r =
          GenerationRequest.builder().part(Part.ARP).style(slow).build();
      assertThat(r.arp().pattern().id() + " " + r.arp().rate().id()).isNotEqualTo("up 1/16");
    }
  }

  @Test
  void everyPartHasAGeneralMidiProgram() {
    for (String style : ChordStyle.ids()) {
      Set<Integer> programs = new HashSet<>();
      for (Part part : List.of(Part.CHORDS, Part.BASS, Part.ARP)) {
        int p = Style.parse(style).gmProgram(part, Voicing.STABS);
        assertThat(p).isBetween(0, 127);
        programs.add(p);
      }
      assertThat(programs)
          .as("%s: chords, bass and arp sound as different instruments", style)
          .hasSize(3);
    }
  }

  // ---- humanize as a band ----

  @Test
  void partsHumanizedWithOneSettingShareOneTimingFeel() {
    GenerationRequest.Builder b =
        GenerationRequest.builder().key("8A").style("hip-hop").bars(8).seed(4);
    HumanizeSettings feel = HumanizeSettings.builder()
        .timingMs(15)
        .velocity(10)
        .driftMs(8)
        .tempo(90)
        .seed(4)
        .build();
    List<Note> kick =
        Humanizer.humanize(Generators.generate(b.part(Part.DRUMS).build()).notes(), feel);
    List<Note> bass =
        Humanizer.humanize(Generators.generate(b.part(Part.BASS).build()).notes(), feel);
    List<Note> straightKick = Generators.generate(b.part(Part.DRUMS).build()).notes();
    List<Note> straightBass = Generators.generate(b.part(Part.BASS).build()).notes();
    Map<Long, Double> kickAt = new HashMap<>();
    for (int i = 0; i < kick.size(); i++) {
      if (straightKick.get(i).pitch() == Drums.KICK)
        kickAt.put(Math.round(straightKick.get(i).start() * 960), kick.get(i).start());
    }
    int together = 0;
    double worstMs = 0;
    for (int i = 0; i < bass.size(); i++) {
      Double k = kickAt.get(Math.round(straightBass.get(i).start() * 960));
      if (k == null) continue;
      together++;
      worstMs = Math.max(worstMs, Math.abs(bass.get(i).start() - k) * 60000 / 90);
    }
    assertThat(together).as("kick and bass share steps").isGreaterThan(8);
    assertThat(worstMs).as("kick and bass on one step, ms apart").isLessThanOrEqualTo(5);
  }

  @Test
  void aGrooveIsAppliedOnce() {
    List<Note> beat = Generators.generate(GenerationRequest.builder()
            .part(Part.DRUMS)
            .drumGenre("boom-bap")
            .bars(4)
            .build())
        .notes();
    Groove own = Groove.extract(beat);
    List<Note> again = own.apply(beat, 1);
    for (int i = 0; i < beat.size(); i++)
      assertThat(again.get(i).velocity()).isEqualTo(beat.get(i).velocity());
  }

  // ---- voicing controls ----

  @ParameterizedTest(name = "inversion {0}")
  @ValueSource(ints = {0, 1, 2, 3})
  void inversionsPutTheAskedChordToneInTheBass(int inversion) {
    for (Key key : Key.all()) {
      for (String voicing : List.of("stabs", "pads", "spread")) {
        GenerationRequest r = chords(key, "house", voicing).inversion(inversion).build();
        Harmony h = Harmony.of(r);
        for (Map.Entry<Long, int[]> e : onsets(Generators.generate(r).notes()).entrySet()) {
          Chord c = EngineMetrics.spanAt(h, e.getKey() / 960.0).chord();
          int[] pcs = c.pitchClasses();
          assertThat(PitchClass.normalize(e.getValue()[0]))
              .as("%s %s %s", key, voicing, c)
              .isEqualTo(pcs[Math.min(inversion, pcs.length - 1)]);
        }
      }
    }
  }

  @Test
  void registerTopNoteChordLengthsAndSurprise() {
    for (int register : new int[] {36, 48, 60, 72}) {
      GenerationRequest r =
          chords(Key.parse("8B"), "house", "pads").register(register).build();
      int lowest =
          Generators.generate(r).notes().stream().mapToInt(Note::pitch).min().orElseThrow();
      assertThat(lowest).isBetween(register, register + 11);
    }
    // a melody line across the chords: the top voice follows the targets
    GenerationRequest top = chords(Key.parse("8B"), "house", "stabs")
        .progression("I-V-vi-IV")
        .topNotes("E5 D5 C5 A4")
        .build();
    Map<Long, int[]> chordsAt = onsets(Generators.generate(top).notes());
    int[] targets = {76, 74, 72, 69};
    Harmony h = Harmony.of(top);
    for (Map.Entry<Long, int[]> e : chordsAt.entrySet()) {
      int span = h.spans().indexOf(EngineMetrics.spanAt(h, e.getKey() / 960.0));
      int[] v = e.getValue();
      assertThat(Math.abs(v[v.length - 1] - targets[span % 4]))
          .as("top of %s", java.util.Arrays.toString(v))
          .isLessThanOrEqualTo(2);
    }
    GenerationRequest lengths = GenerationRequest.builder()
        .progression("I-IV-V")
        .chordBars("2,1,1")
        .bars(8)
        .build();
    assertThat(Harmony.of(lengths).spans())
        .extracting(ChordSpan::length)
        .containsExactly(8.0, 4.0, 4.0, 8.0, 4.0, 4.0);
    // surprise: borrowed chords and secondary dominants, seeded, the tonic start kept
    Set<List<String>> variations = new HashSet<>();
    for (long seed = 1; seed <= 5; seed++) {
      GenerationRequest r = GenerationRequest.builder()
          .key("8B")
          .progression("I-V-vi-IV")
          .surprise(true)
          .seed(seed)
          .build();
      Harmony s = Harmony.of(r);
      assertThat(s.chordNames().get(0)).isEqualTo("Cmaj7");
      assertThat(s.progression().numerals())
          .anyMatch(
              n -> n.isSecondary() || n.accidental() != 0 || !n.isDiatonicIn(Key.parse("8B")));
      variations.add(s.chordNames());
    }
    assertThat(variations).hasSizeGreaterThanOrEqualTo(3);
  }
}
