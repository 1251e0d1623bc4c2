package ai.sergik.generate;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.music.Chord;
import ai.sergik.music.Key;
import ai.sergik.music.Note;
import ai.sergik.music.PitchClass;
import ai.sergik.music.Progression;
import ai.sergik.music.RomanNumeral;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties over all 24 keys x every chord style, with every voicing and several seeds and lengths inside. */
class GeneratorPropertiesTest {
  static final long[] SEEDS = {0, 1, 7, 42, -3, 123456789L};
  static final int[] BARS = {1, 3, 8, 13};

  static Stream<Arguments> keysAndStyles() {
    List<Arguments> args = new ArrayList<>();
    for (Key key : Key.all()) {
      for (String style : Styles.CHORD_STYLES) args.add(Arguments.of(key, style));
    }
    return args.stream();
  }

  static GenerationRequest.Builder base(Key key, String style) {
    return GenerationRequest.builder().key(key).style(style);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("keysAndStyles")
  void everyChordNoteBelongsToItsChordAndDiatonicChordsStayInTheKey(Key key, String style) {
    for (String voicing : Styles.VOICINGS) {
      for (long seed : SEEDS) {
        boolean sevenths = seed % 2 == 0;
        boolean ninths = seed % 3 == 0;
        int bars = BARS[(int) Math.floorMod(seed, BARS.length)];
        GenerationRequest r = base(key, style).voicing(voicing).seed(seed).sevenths(sevenths).ninths(ninths).bars(bars).build();
        Generation g = Generators.generate(r);
        Harmony h = Harmony.of(r);
        assertThat(g.notes()).isNotEmpty();
        for (Note n : g.notes()) {
          ChordSpan span = spanAt(h, n.start());
          assertThat(span.chord().contains(n.pitch()))
              .as("%s %s %s seed %d: %s in %s", key, style, voicing, seed, n, span.chord()).isTrue();
          assertThat(n.end()).as("note ends inside the clip").isLessThanOrEqualTo(r.lengthBeats() + 1e-9);
          assertThat(n.end()).as("a chord note ends by its chord's end").isLessThanOrEqualTo(span.end() + 1e-9);
        }
        assertThat(g.notes()).isSortedAccordingTo(Note.BY_START_THEN_PITCH);
        assertThat(Generators.generate(r).notes()).as("same request, same notes").isEqualTo(g.notes());
        assertDiatonicChordsInKey(r, g);
      }
    }
  }

  private static void assertDiatonicChordsInKey(GenerationRequest r, Generation g) {
    Progression p = r.effectiveProgression();
    Key tonic = g.tonic();
    assertThat(pcs(tonic.pitchClasses())).as("the tonic used shares the asked key's notes")
        .isEqualTo(pcs(r.key().pitchClasses()));
    int diatonic = 0;
    for (int i = 0; i < p.size(); i++) {
      RomanNumeral numeral = p.numerals().get(i);
      if (!numeral.isDiatonicIn(tonic)) continue;
      diatonic++;
      for (int pc : g.chords().get(i).pitchClasses()) {
        assertThat(tonic.contains(pc)).as("%s: %s (%s) in %s", p, g.chords().get(i), numeral, tonic).isTrue();
      }
    }
    assertThat(diatonic).as("%s has diatonic chords", p).isPositive();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("keysAndStyles")
  void bassStaysInRangeAndHitsEveryRootOnItsDownbeat(Key key, String style) {
    for (String bassStyle : Styles.BASS_STYLES) {
      for (long seed : SEEDS) {
        int bars = BARS[(int) Math.floorMod(seed, BARS.length)];
        GenerationRequest r = base(key, style).part(Part.BASS).bassStyle(bassStyle).seed(seed).bars(bars).build();
        Generation g = Generators.generate(r);
        for (Note n : g.notes()) {
          assertThat(n.pitch()).as("%s %s %s", key, bassStyle, n).isBetween(28, 55);
          assertThat(n.end()).isLessThanOrEqualTo(r.lengthBeats() + 1e-9);
        }
        for (ChordSpan span : Harmony.of(r).spans()) {
          assertThat(g.notes()).as("%s %s seed %d: root of %s at beat %s", key, bassStyle, seed, span.chord(), span.start())
              .anyMatch(n -> n.start() == span.start() && PitchClass.normalize(n.pitch()) == span.chord().root());
        }
        if (bassStyle.equals("jazz")) {
          // walking: one note on every beat
          assertThat(g.notes()).hasSize(bars * 4);
        }
        assertThat(Generators.generate(r).notes()).isEqualTo(g.notes());
      }
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("keysAndStyles")
  void arpeggiosUseOnlyChordTones(Key key, String style) {
    int i = 0;
    for (String pattern : Styles.ARP_PATTERNS) {
      for (String rate : Styles.ARP_RATES) {
        long seed = SEEDS[i % SEEDS.length];
        int octaves = 1 + i % 4;
        double gate = 0.1 + (i % 9) * 0.1;
        i++;
        GenerationRequest r = base(key, style).part(Part.ARP).arpPattern(pattern).arpRate(rate).arpOctaves(octaves)
            .arpGate(gate).seed(seed).bars(2).build();
        Generation g = Generators.generate(r);
        Harmony h = Harmony.of(r);
        double step = Styles.rateTicks(rate) / 960.0;
        for (Note n : g.notes()) {
          assertThat(spanAt(h, n.start()).chord().contains(n.pitch())).as("%s %s %s", pattern, rate, n).isTrue();
          assertThat(n.duration()).isLessThanOrEqualTo(step * gate + 1e-9);
        }
        // one note per step, and the notes span the asked number of octaves
        assertThat(g.notes()).hasSize((int) Math.round(r.lengthBeats() / step));
        for (ChordSpan span : h.spans()) {
          int tones = span.chord().pitchClasses().length;
          if (pattern.equals("random") || span.length() / step < 2 * tones * octaves) continue;
          List<Integer> inSpan = g.notes().stream().filter(n -> n.start() >= span.start() && n.start() < span.end())
              .map(Note::pitch).collect(java.util.stream.Collectors.toList());
          int lo = inSpan.stream().min(Integer::compare).orElseThrow();
          int hi = inSpan.stream().max(Integer::compare).orElseThrow();
          assertThat(hi - lo).as("%s over %d octaves", pattern, octaves).isGreaterThanOrEqualTo(12 * (octaves - 1));
        }
        assertThat(Generators.generate(r).notes()).isEqualTo(g.notes());
      }
    }
  }

  static ChordSpan spanAt(Harmony h, double t) {
    for (ChordSpan s : h.spans()) if (t >= s.start() && t < s.end()) return s;
    throw new AssertionError("no chord at beat " + t);
  }

  private static Set<Integer> pcs(int[] a) {
    Set<Integer> s = new HashSet<>();
    for (int x : a) s.add(x);
    return s;
  }

  static List<Chord> chords(Generation g) { return g.chords(); }
}
