package ai.sergik.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

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
  static final long[] SEEDS = {0, 7, -3, 123456789L};
  static final int[] BARS = {1, 3, 8, 13};

  static Stream<Arguments> keysAndStyles() {
    List<Arguments> args = new ArrayList<>();
    for (Key key : Key.all()) {
      for (String style : ChordStyle.ids()) args.add(Arguments.of(key, style));
    }
    return args.stream();
  }

  static GenerationRequest.Builder base(Key key, String style) {
    return GenerationRequest.builder().key(key).style(style);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("keysAndStyles")
  void everyChordNoteBelongsToItsChordAndDiatonicChordsStayInTheKey(Key key, String style) {
    for (String voicing : Voicing.ids()) {
      for (long seed : SEEDS) {
        boolean sevenths = seed % 2 == 0;
        boolean ninths = seed % 3 == 0;
        int bars = BARS[(int) Math.floorMod(seed, BARS.length)];
        GenerationRequest r = base(key, style)
            .voicing(voicing)
            .seed(seed)
            .sevenths(sevenths)
            .ninths(ninths)
            .bars(bars)
            .build();
        Generation g = Generators.generate(r);
        Harmony h = Harmony.of(r);
        assertThat(g.notes()).isNotEmpty();
        for (Note n : g.notes()) {
          ChordSpan span = spanAt(h, n.start());
          if (!span.chord().contains(n.pitch()))
            fail(key + " " + style + " " + voicing + " seed " + seed + ": " + n + " not in "
                + span.chord());
          if (n.end() > span.end() + 1e-9) fail(n + " ends after its chord " + span);
        }
        assertThat(g.notes()).isSortedAccordingTo(Note.BY_START_THEN_PITCH);
        assertThat(Generators.generate(r).notes())
            .as("same request, same notes")
            .isEqualTo(g.notes());
        assertDiatonicChordsInKey(r, g);
      }
    }
  }

  private static void assertDiatonicChordsInKey(GenerationRequest r, Generation g) {
    Progression p = r.effectiveProgression();
    Key tonic = g.tonic();
    assertThat(pcs(tonic.pitchClasses()))
        .as("the tonic used shares the asked key's notes")
        .isEqualTo(pcs(r.key().pitchClasses()));
    int diatonic = 0;
    for (int i = 0; i < p.size(); i++) {
      RomanNumeral numeral = p.numerals().get(i);
      if (!numeral.isDiatonicIn(tonic)) continue;
      diatonic++;
      for (int pc : g.chords().get(i).pitchClasses()) {
        assertThat(tonic.contains(pc))
            .as("%s: %s (%s) in %s", p, g.chords().get(i), numeral, tonic)
            .isTrue();
      }
    }
    assertThat(diatonic).as("%s has diatonic chords", p).isPositive();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("keysAndStyles")
  void bassStaysInRangeAndHitsEveryRootOnItsDownbeat(Key key, String style) {
    for (String bassStyle : BassStyle.ids()) {
      for (long seed : SEEDS) {
        int bars = BARS[(int) Math.floorMod(seed, BARS.length)];
        GenerationRequest r = base(key, style)
            .part(Part.BASS)
            .bassStyle(bassStyle)
            .seed(seed)
            .bars(bars)
            .build();
        Generation g = Generators.generate(r);
        for (Note n : g.notes()) {
          if (n.pitch() < 28 || n.pitch() > 55)
            fail(key + " " + bassStyle + ": " + n + " outside MIDI 28..55");
          if (n.end() > r.lengthBeats() + 1e-9) fail(n + " ends after the clip");
        }
        for (ChordSpan span : Harmony.of(r).spans()) {
          boolean rootOnDownbeat = false;
          for (Note n : g.notes()) {
            rootOnDownbeat |= n.start() == span.start()
                && PitchClass.normalize(n.pitch()) == span.chord().root();
          }
          if (!rootOnDownbeat)
            fail(key + " " + bassStyle + " seed " + seed + ": no root of " + span.chord()
                + " at beat " + span.start());
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
    // every pattern in every case; the rates rotate over the cases so that all pairs are covered
    int i = Math.floorMod(key.camelot().hashCode() * 31 + style.hashCode(), 64);
    for (String pattern : ArpPattern.ids()) {
      for (String rate : List.of(ArpRate.ids().get(i % 8), ArpRate.ids().get((i + 3) % 8))) {
        long seed = SEEDS[i % SEEDS.length];
        int octaves = 1 + i % 4;
        double gate = 0.1 + (i % 9) * 0.1;
        i++;
        GenerationRequest r = base(key, style)
            .part(Part.ARP)
            .arpPattern(pattern)
            .arpRate(rate)
            .arpOctaves(octaves)
            .arpGate(gate)
            .seed(seed)
            .bars(2)
            .build();
        Generation g = Generators.generate(r);
        Harmony h = Harmony.of(r);
        double step = ArpRate.parse(rate).ticks() / 960.0;
        for (Note n : g.notes()) {
          if (!spanAt(h, n.start()).chord().contains(n.pitch()))
            fail(pattern + " " + rate + ": " + n + " is not a chord tone");
          if (n.duration() > step * gate + 1e-9) fail(n + " is longer than the gate");
        }
        // one note per step, and the notes span the asked number of octaves
        assertThat(g.notes()).hasSize((int) Math.round(r.lengthBeats() / step));
        for (ChordSpan span : h.spans()) {
          int tones = span.chord().pitchClasses().length;
          if (pattern.equals("random") || span.length() / step < 2 * tones * octaves) continue;
          List<Integer> inSpan = g.notes().stream()
              .filter(n -> n.start() >= span.start() && n.start() < span.end())
              .map(Note::pitch)
              .collect(java.util.stream.Collectors.toList());
          int lo = inSpan.stream().min(Integer::compare).orElseThrow();
          int hi = inSpan.stream().max(Integer::compare).orElseThrow();
          assertThat(hi - lo)
              .as("%s over %d octaves", pattern, octaves)
              .isGreaterThanOrEqualTo(12 * (octaves - 1));
        }
        assertThat(Generators.generate(r).notes()).isEqualTo(g.notes());
      }
    }
  }

  static ChordSpan spanAt(Harmony h, double t) {
    List<ChordSpan> spans = h.spans();
    int lo = 0;
    int hi = spans.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      ChordSpan s = spans.get(mid);
      if (t < s.start()) hi = mid - 1;
      else if (t >= s.end()) lo = mid + 1;
      else return s;
    }
    throw new AssertionError("no chord at beat " + t);
  }

  private static Set<Integer> pcs(int[] a) {
    Set<Integer> s = new HashSet<>();
    for (int x : a) s.add(x);
    return s;
  }

  static List<Chord> chords(Generation g) {
    return g.chords();
  }
}
