package ai.sergik.music;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Church modes as keys: every notation, the exact pitch set, Camelot and names. */
class KeyModesTest {
  static final String[] NAMES = {
    "ionian", "dorian", "phrygian", "lydian", "mixolydian", "aeolian", "locrian"
  };
  static final String[] SHORT = {"ion", "dor", "phr", "lyd", "mix", "aeo", "loc"};
  /** Semitones of each mode, written out independently of Mode. */
  static final int[][] STEPS = {
    {0, 2, 4, 5, 7, 9, 11},
    {0, 2, 3, 5, 7, 9, 10},
    {0, 1, 3, 5, 7, 8, 10},
    {0, 2, 4, 6, 7, 9, 11},
    {0, 2, 4, 5, 7, 9, 10},
    {0, 2, 3, 5, 7, 8, 10},
    {0, 1, 3, 5, 6, 8, 10}
  };

  static final String[] TONICS = {
    "C", "C#", "Db", "D", "Eb", "E", "F", "F#", "Gb", "G", "Ab", "A", "Bb", "B"
  };

  static Stream<Arguments> tonicsAndModes() {
    List<Arguments> args = new ArrayList<>();
    for (String tonic : TONICS) for (int m = 0; m < 7; m++) args.add(Arguments.of(tonic, m));
    return args.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("tonicsAndModes")
  void everyNotationReadsTheSameKeyWithExactlyTheModesNotes(String tonic, int m) {
    String name = NAMES[m];
    String cap = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    String[] forms = {
      tonic + " " + name,
      tonic + name,
      tonic + " " + cap,
      tonic.toLowerCase(Locale.ROOT) + " " + name.toUpperCase(Locale.ROOT),
      tonic + SHORT[m],
      tonic + " " + SHORT[m],
      tonic + "-" + name,
      tonic + "_" + name,
      name + " " + tonic,
      name + " on " + tonic,
      cap + " mode on " + tonic,
      tonic + " " + name + " mode",
      tonic.replace("#", "\u266f").replace("b", "\u266d") + " " + name
    };
    Key expected = Key.parse(forms[0]);
    for (String form : forms) assertThat(Key.parse(form)).as(form).isSameAs(expected);

    int pc = "C D EF G A B".indexOf(tonic.charAt(0))
        + (tonic.endsWith("#") ? 1 : tonic.endsWith("b") ? -1 : 0);
    TreeSet<Integer> want = new TreeSet<>();
    for (int s : STEPS[m]) want.add(Math.floorMod(pc + s, 12));
    TreeSet<Integer> got = new TreeSet<>();
    for (int p : expected.pitchClasses()) got.add(p);
    assertThat(got).as(forms[0]).isEqualTo(want);
    assertThat(expected.tonic()).isEqualTo(Math.floorMod(pc, 12));
    assertThat(expected.isMinor()).isEqualTo(STEPS[m][2] == 3);
    for (int p = 0; p < 128; p++) assertThat(expected.contains(p)).isEqualTo(want.contains(p % 12));

    assertThat(Key.parse(expected.code())).as("code() reads back").isSameAs(expected);
    assertThat(Key.parse(expected.name())).isSameAs(expected);
    assertThat(Key.parse(expected.shortName())).isSameAs(expected);
    // the relative major or minor has the same notes and the same Camelot code
    Key relative = expected.relative();
    assertThat(relative.isModal()).isFalse();
    assertThat(new TreeSet<>(asList(relative.pitchClasses()))).isEqualTo(want);
    assertThat(relative.camelotNumber()).isEqualTo(expected.camelotNumber());
  }

  @Test
  void ionianAndAeolianAreTheMajorAndMinorKeys() {
    assertThat(Key.parse("D ionian")).isSameAs(Key.parse("D major")).isSameAs(Key.parse("10B"));
    assertThat(Key.parse("B aeolian")).isSameAs(Key.parse("Bm")).isSameAs(Key.parse("10A"));
    assertThat(Key.parse("D ionian").isModal()).isFalse();
    assertThat(Key.parse("D ionian").name()).isEqualTo("D major");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "D dorian, 8A, 1m, D dorian, Ddor, dorian, 8A dorian (D dorian)",
    "E phrygian, 8A, 1m, E phrygian, Ephr, phrygian, 8A phrygian (E phrygian)",
    "F lydian, 8B, 1d, F lydian, Flyd, lydian, 8B lydian (F lydian)",
    "D mixolydian, 9B, 2d, D mixolydian, Dmix, mixolydian, 9B mixolydian (D mixolydian)",
    "B locrian, 8A, 1m, B locrian, Bloc, locrian, 8A locrian (B locrian)",
    "F dorian, 5A, 10m, F dorian, Fdor, dorian, 5A dorian (F dorian)",
    "Bb mixolydian, 5B, 10d, Bb mixolydian, Bbmix, mixolydian, 5B mixolydian (Bb mixolydian)",
    "D major, 10B, 3d, D major, D, major, 10B (D major)",
  })
  void aModeShowsTheCamelotOfTheMajorOrMinorKeyWithItsNotesAndThird(
      String text,
      String camelot,
      String openKey,
      String name,
      String shortName,
      String modeName,
      String shown) {
    Key k = Key.parse(text);
    assertThat(k.camelot()).isEqualTo(camelot);
    assertThat(k.openKey()).isEqualTo(openKey);
    assertThat(k.name()).isEqualTo(name);
    assertThat(k.shortName()).isEqualTo(shortName);
    assertThat(k.modeName()).isEqualTo(modeName);
    assertThat(k.toString()).isEqualTo(shown);
  }

  @Test
  void keysThatAreNotChurchModesAreRefusedWithTheAcceptedForms() {
    assertThatThrownBy(() -> Key.parse("D harmonic minor"))
        .hasMessage("unknown key \"D harmonic minor\"; use " + Key.ACCEPTED_FORMS);
    assertThatThrownBy(() -> Key.parse("H dorian")).hasMessageContaining("D dorian, Ddor");
    assertThatThrownBy(() -> Key.of(2, Mode.HARMONIC_MINOR))
        .hasMessage(
            "a key's mode must be a church mode (ionian, dorian, phrygian, lydian, mixolydian, aeolian, locrian), got harmonic-minor");
  }

  private static List<Integer> asList(int[] a) {
    List<Integer> l = new ArrayList<>();
    for (int v : a) l.add(v);
    return l;
  }
}
