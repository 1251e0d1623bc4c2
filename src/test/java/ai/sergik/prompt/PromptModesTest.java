package ai.sergik.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.generate.GenerationRequest;
import ai.sergik.generate.Generators;
import ai.sergik.generate.Part;
import ai.sergik.music.Key;
import ai.sergik.music.Note;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A sentence that names a church mode gets the mode, and one that asks for a melody gets a melody. */
class PromptModesTest {
  final PromptParser parser = new PromptParser();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      dark melody in D dorian                 | melody | D dorian
      D dorian chords                         | chords | D dorian
      a hook in f# lydian, 124 bpm            | melody | F# lydian
      house bass in Bb mixolydian             | bass   | Bb mixolydian
      arp in e phrygian                       | arp    | E phrygian
      a melody in A minor                     | melody | A minor
      lead in C aeolian                       | melody | C minor
      """)
  void readsTheModeAndThePart(String prompt, String part, String key) {
    GenerationRequest r = parser.parse(prompt).request();
    assertThat(r.part().id()).isEqualTo(part);
    Key want = Key.parse(key);
    assertThat(r.key()).isSameAs(want);
    for (Note n : Generators.generate(r).notes()) {
      assertThat(want.contains(n.pitch())).as(prompt + ": " + n).isTrue();
    }
    assertThat(Part.parse(part)).isEqualTo(r.part());
  }
}
