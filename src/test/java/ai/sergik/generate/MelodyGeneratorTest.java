package ai.sergik.generate;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.music.Chord;
import ai.sergik.music.Note;
import ai.sergik.music.Scale;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Melodies over every chord style in keys and modes on several tonics, each over many seeds. */
class MelodyGeneratorTest {
  static final String[] KEYS = {
    "10B",
    "8A",
    "Eb major",
    "F#m",
    "D dorian",
    "E phrygian",
    "F lydian",
    "G mixolydian",
    "B locrian",
    "Bb dorian"
  };
  static final int SEEDS = 12;

  static Stream<Arguments> keysAndStyles() {
    List<Arguments> args = new ArrayList<>();
    for (String key : KEYS) {
      for (String style : ChordStyle.ids()) args.add(Arguments.of(key, style));
    }
    return args.stream();
  }

  static GenerationRequest request(String key, String style, long seed, int bars) {
    // straight: the style's swing is a layer over every part (Generators), tested with it
    return GenerationRequest.builder()
        .part(Part.MELODY)
        .key(key)
        .style(style)
        .seed(seed)
        .bars(bars)
        .swing(50)
        .build();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("keysAndStyles")
  void staysInKeyWithFewChromaticNotesOnWeakBeatsResolvingByStep(String key, String style) {
    for (long seed = 0; seed < SEEDS; seed++) {
      GenerationRequest r = request(key, style, seed, 8);
      Generation g = Generators.generate(r);
      Scale scale = g.tonic().scale();
      List<Note> notes = g.notes();
      int chromatic = 0;
      for (int i = 0; i < notes.size(); i++) {
        Note n = notes.get(i);
        if (scale.contains(n.pitch())) continue;
        chromatic++;
        String where = key + " " + style + " seed " + seed + ": " + n;
        assertThat(style)
            .as(where + " is chromatic; only jazz has approach tones")
            .isEqualTo("jazz");
        assertThat(n.start() % 1.0).as(where + " is on a beat").isNotZero();
        assertThat(i + 1).as(where + " is the last note").isLessThan(notes.size());
        int step = Math.abs(notes.get(i + 1).pitch() - n.pitch());
        assertThat(step).as(where + " resolves by step").isBetween(1, 2);
        assertThat(scale.contains(notes.get(i + 1).pitch()))
            .as(where + " resolves into the key")
            .isTrue();
      }
      assertThat(chromatic * 10)
          .as(key + " " + style + " seed " + seed + ": chromatic notes under 10 %")
          .isLessThan(notes.size());
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("keysAndStyles")
  void everyPhraseEndsOnAHeldChordToneAndAnswersEndOnTheRoot(String key, String style) {
    for (int bars : new int[] {1, 2, 4, 8, 16}) {
      for (long seed = 0; seed < 4; seed++) {
        GenerationRequest r = request(key, style, seed, bars);
        Generation g = Generators.generate(r);
        Harmony h = Harmony.of(r);
        int phrase = Generators.melodyPhraseBars(bars);
        for (int first = 0, index = 0; first < bars; first += phrase, index++) {
          double end = Math.min(bars, first + phrase) * 4.0;
          Note last = null;
          for (Note n : g.notes()) if (n.start() < end - 1e-9) last = n;
          String where = key + " " + style + " " + bars + " bars seed " + seed + " phrase " + index
              + ": " + last;
          assertThat(last).as(where).isNotNull();
          Chord chord = chordAt(h, last.start());
          assertThat(chord.contains(last.pitch()))
              .as(where + " is a tone of " + chord.name())
              .isTrue();
          assertThat(last.duration()).as(where + " is held").isGreaterThanOrEqualTo(1.0);
          boolean answer = index % 2 == 1 || end >= bars * 4.0;
          if (answer && g.tonic().scale().contains(chord.root())) {
            assertThat(last.pitch() % 12)
                .as(where + " answers on the root of " + chord.name())
                .isEqualTo(chord.root());
          }
        }
      }
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("keysAndStyles")
  void differsAcrossSeedsAndRepeatsForTheSameSeed(String key, String style) {
    Set<List<Note>> distinct = new HashSet<>();
    for (long seed = 0; seed < SEEDS; seed++) {
      List<Note> notes = Generators.generate(request(key, style, seed, 8)).notes();
      assertThat(Generators.generate(request(key, style, seed, 8)).notes()).isEqualTo(notes);
      distinct.add(notes);
    }
    assertThat(distinct)
        .as(key + " " + style + ": distinct melodies from " + SEEDS + " seeds")
        .hasSizeGreaterThanOrEqualTo(SEEDS - 1);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("keysAndStyles")
  void isOneVoiceInsideTheInstrumentsRegister(String key, String style) {
    for (MelodyInstrument instrument : MelodyInstrument.values()) {
      for (long seed = 0; seed < 3; seed++) {
        GenerationRequest r = request(key, style, seed, 8)
            .newBuilder()
            .melodyInstrument(instrument.id())
            .build();
        List<Note> notes = Generators.generate(r).notes();
        for (int i = 0; i < notes.size(); i++) {
          Note n = notes.get(i);
          assertThat(n.pitch())
              .as(instrument + " " + n)
              .isBetween(instrument.low(), instrument.high());
          assertThat(n.end()).as("inside the clip").isLessThanOrEqualTo(r.lengthBeats() + 1e-9);
          if (i + 1 < notes.size())
            assertThat(n.end())
                .as(n + " overlaps the next note")
                .isLessThanOrEqualTo(notes.get(i + 1).start() + 1e-9);
        }
      }
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("keysAndStyles")
  void theSecondBarDevelopsTheMotifInItsRhythm(String key, String style) {
    for (long seed = 0; seed < SEEDS; seed++) {
      List<Note> notes = Generators.generate(request(key, style, seed, 8)).notes();
      assertThat(onsetsIn(notes, 1))
          .as(key + " " + style + " seed " + seed + ": bar 2 repeats or sequences bar 1's rhythm")
          .isEqualTo(onsetsIn(notes, 0));
    }
  }

  @Test
  void theRhythmFitsTheStyle() {
    for (String key : KEYS) {
      for (long seed = 0; seed < SEEDS; seed++) {
        List<Note> house = Generators.generate(request(key, "house", seed, 8)).notes();
        long offBeat = house.stream().filter(n -> n.start() % 1.0 != 0).count();
        assertThat(offBeat * 2)
            .as("house hooks sit mostly off the beat")
            .isGreaterThan(house.size());
        List<Note> hipHop =
            Generators.generate(request(key, "hip-hop", seed, 8)).notes();
        assertThat(hipHop.size())
            .as("hip-hop is sparse: at most 3 notes a bar")
            .isLessThanOrEqualTo(8 * 3);
        for (Note n : Generators.generate(request(key, "jazz", seed, 8)).notes()) {
          assertThat(n.start() * 2 % 1.0).as("jazz lines move in eighths: " + n).isZero();
        }
      }
    }
  }

  @Test
  void anUnknownInstrumentIsRefusedByName() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> GenerationRequest.builder()
            .part(Part.MELODY)
            .melodyInstrument("kazoo")
            .build())
        .hasMessage(
            "melody instrument \"kazoo\" is unknown; use one of lead, pluck, piano, bell, flute, sax, vocal, bass");
    assertThat(Part.parse("hook")).isEqualTo(Part.MELODY);
    assertThat(Part.parse("Melody")).isEqualTo(Part.MELODY);
  }

  private static List<Double> onsetsIn(List<Note> notes, int bar) {
    List<Double> out = new ArrayList<>();
    for (Note n : notes)
      if (n.start() >= bar * 4 && n.start() < bar * 4 + 4) out.add(n.start() - bar * 4);
    return out;
  }

  private static Chord chordAt(Harmony h, double beat) {
    for (ChordSpan s : h.spans()) if (beat >= s.start() && beat < s.end()) return s.chord();
    throw new AssertionError("no chord at " + beat);
  }
}
