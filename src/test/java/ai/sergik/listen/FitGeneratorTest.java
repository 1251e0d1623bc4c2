package ai.sergik.listen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.sergik.generate.ChordSpan;
import ai.sergik.generate.Drums;
import ai.sergik.generate.Generation;
import ai.sergik.generate.GenerationRequest;
import ai.sergik.generate.Generators;
import ai.sergik.generate.Part;
import ai.sergik.music.Chord;
import ai.sergik.music.Key;
import ai.sergik.music.Note;
import ai.sergik.music.PitchClass;
import ai.sergik.music.Rng;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Parts made to fit a clip keep the promises a producer hears: roots on the changes, no clashes on strong beats. */
class FitGeneratorTest {
  static final String[] STYLES = {"house", "deep-house", "jazz", "hip-hop", "soul", "ambient"};

  static Stream<Arguments> keysStylesSeeds() {
    List<Arguments> all = new ArrayList<>();
    int i = 0;
    for (Key key : Key.all())
      all.add(Arguments.of(key.camelot(), STYLES[i % STYLES.length], (long) i++));
    return all.stream();
  }

  static Generation chords(String key, String style, long seed) {
    return Generators.generate(GenerationRequest.builder()
        .part(Part.CHORDS)
        .key(key)
        .style(style)
        .bars(8)
        .seed(seed)
        .build());
  }

  @ParameterizedTest(name = "{0} {1} seed {2}")
  @MethodSource("keysStylesSeeds")
  void aFittedBassPlaysTheHeardChordsRootOnEveryChange(String key, String style, long seed) {
    Generation clip = chords(key, style, seed);
    ClipReading heard = ClipListener.hear(clip.notes(), clip.lengthBeats(), 4);
    List<Note> bass = FitGenerator.fit(heard, clip.notes(), FitPart.BASS, seed);
    assertThat(bass).isNotEmpty();
    Chord previous = null;
    for (ChordSpan span : heard.chords()) {
      if (span.chord().equals(previous)) continue;
      previous = span.chord();
      assertThat(bass)
          .as("a bass note on the change to " + span.chord().name() + " at beat " + span.start())
          .anyMatch(n -> Math.abs(n.start() - span.start()) < 1e-9
              && PitchClass.normalize(n.pitch()) == span.chord().root());
    }
    for (Note n : bass) assertThat(n.pitch()).isBetween(28, 55);
  }

  @Test
  void aFittedBassPlaysWhereTheClipsRhythmPlays() {
    // chord stabs on 1, the and of 2, and 4, every bar: the bass takes the same pushes
    List<Note> clip = new ArrayList<>();
    for (int bar = 0; bar < 4; bar++) {
      for (double at : new double[] {0, 1.5, 3}) {
        for (int p : new int[] {57, 60, 64}) clip.add(new Note(p, bar * 4 + at, 0.4, 90));
      }
    }
    ClipReading heard = ClipListener.hear(clip, 16, 4);
    List<Note> bass = FitGenerator.fit(heard, clip, FitPart.BASS, 3);
    for (Note n : bass) {
      double inBar = n.start() % 4;
      assertThat(inBar).as("bass note at " + n.start()).isIn(0.0, 1.5, 3.0);
    }
  }

  @ParameterizedTest(name = "{0} seed {2}")
  @MethodSource("keysStylesSeeds")
  void aHarmonisedMelodyIsNeverASemitoneAgainstItsChordOnAStrongBeat(
      String key, String style, long seed) {
    List<Note> melody = randomMelody(Key.parse(key), seed);
    ClipReading heard = ClipListener.hear(melody, 16, 4);
    assertThat(heard.isMelody()).isTrue();
    List<Note> chords = FitGenerator.fit(heard, melody, FitPart.CHORDS, seed);
    for (Note m : melody) {
      double inBar = m.start() % 4;
      if (inBar != 0 && inBar != 2) continue;
      for (Note c : chords) {
        if (c.start() <= m.start() + 1e-9 && c.end() > m.start() + 1e-9) {
          int d = PitchClass.normalize(m.pitch() - c.pitch());
          assertThat(d)
              .as("melody " + PitchClass.noteName(m.pitch()) + " at beat " + m.start()
                  + " against chord tone " + PitchClass.noteName(c.pitch()))
              .isNotIn(1, 11);
        }
      }
    }
    for (Note c : chords)
      assertThat(c.pitch()).as("chords sit under the melody").isLessThan(maxPitch(melody));
  }

  @Test
  void theSameSeedGivesTheSameNotesAndOtherSeedsOtherBasslines() {
    Generation clip = chords("8A", "house", 1);
    ClipReading heard = ClipListener.hear(clip.notes(), clip.lengthBeats(), 4);
    assertThat(FitGenerator.fit(heard, clip.notes(), FitPart.BASS, 5))
        .isEqualTo(FitGenerator.fit(heard, clip.notes(), FitPart.BASS, 5));
    java.util.Set<List<Note>> different = new java.util.HashSet<>();
    for (long seed = 1; seed <= 5; seed++)
      different.add(FitGenerator.fit(heard, clip.notes(), FitPart.BASS, seed));
    assertThat(different.size()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void drumsForAShuffledClipSwingTheirHats() {
    List<Note> clip = new ArrayList<>();
    for (int beat = 0; beat < 16; beat++) {
      clip.add(new Note(60, beat, 0.3, 100));
      clip.add(new Note(64, beat + 2 / 3.0, 0.3, 70));
    }
    ClipReading heard = ClipListener.hear(clip, 16, 4);
    List<Note> drums = FitGenerator.fit(heard, clip, FitPart.DRUMS, 1);
    assertThat(drums).anyMatch(n -> n.pitch() == Drums.KICK && n.start() == 0);
    assertThat(drums)
        .filteredOn(n -> n.pitch() == Drums.CLOSED_HAT && n.start() % 1 != 0)
        .allMatch(n -> Math.abs(n.start() % 1 - heard.groove().swing() / 100) < 1e-9);
  }

  @Test
  void aCounterMelodyPlaysChordTonesInTheMelodysGaps() {
    List<Note> melody = randomMelody(Key.parse("10A"), 4);
    ClipReading heard = ClipListener.hear(melody, 16, 4);
    List<Note> counter = FitGenerator.fit(heard, melody, FitPart.COUNTER_MELODY, 4);
    assertThat(counter).isNotEmpty();
    for (Note c : counter) {
      assertThat(ClipListener.chordAt(heard, c.start()).contains(c.pitch())).isTrue();
      assertThat(melody).noneMatch(m -> Math.abs(m.start() - c.start()) < 1e-9);
    }
  }

  @Test
  void onlyDrumsFitADrumClip() {
    Generation beat = Generators.generate(
        GenerationRequest.builder().part(Part.DRUMS).drumGenre("techno").bars(2).build());
    ClipReading heard = ClipListener.hear(beat.notes(), 8, 4);
    assertThatThrownBy(() -> FitGenerator.fit(heard, beat.notes(), FitPart.BASS, 1))
        .hasMessageContaining("this clip is drums");
    assertThat(FitGenerator.fit(heard, beat.notes(), FitPart.DRUMS, 1)).isNotEmpty();
  }

  /** Four bars of scale notes on eighths and quarters, starting on the tonic. */
  static List<Note> randomMelody(Key key, long seed) {
    Rng rng = new Rng(seed);
    int[] scale = key.pitchClasses();
    List<Note> out = new ArrayList<>();
    double t = 0;
    int degree = 0;
    while (t < 16 - 1e-9) {
      double length = rng.nextBoolean() ? 0.5 : 1.0;
      if (t % 1 != 0) length = 0.5;
      int pitch = 72 + PitchClass.normalize(scale[((degree % 7) + 7) % 7] - 0);
      if (pitch > 79) pitch -= 12;
      out.add(new Note(pitch, t, length * 0.95, 90));
      degree += rng.nextInt(5) - 2;
      t += length;
    }
    return out;
  }

  static int maxPitch(List<Note> notes) {
    int max = 0;
    for (Note n : notes) max = Math.max(max, n.pitch());
    return max;
  }
}
