package ai.sergik.music;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VoiceLeadingTest {
  @Test
  void commonTonesStayAndTheOtherVoiceStepsToTheNearestNote() {
    int[] c = {60, 64, 67};
    int[] am = VoiceLeading.next(c, new Chord(9, ChordQuality.MINOR), 48, 84);
    assertThat(am).containsExactly(60, 64, 69); // C and E stay, G moves up a step to A
    int[] f = VoiceLeading.next(c, new Chord(5, ChordQuality.MAJOR), 48, 84);
    assertThat(f).containsExactly(60, 65, 69); // C stays, E->F, G->A
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"I-V-vi-IV", "ii7-V7-Imaj7-vi7", "i-VI-III-VII", "I-bVII-IV-I", "i-bII-i-bVII"})
  void everyVoiceMovesLittleAndStaysInRegister(String progression) {
    for (Key key : Key.all()) {
      List<Chord> chords = Progression.parse(progression).chordsIn(key, true, false);
      int[] prev = VoiceLeading.first(chords.get(0), 52, 76);
      for (int round = 0; round < 3; round++) {
        for (Chord chord : chords) {
          int[] next = VoiceLeading.next(prev, chord, 52, 76);
          for (int p : next) {
            assertThat(p).isBetween(52, 76);
            assertThat(chord.contains(p)).isTrue();
          }
          assertThat(next).hasSize(chord.pitchClasses().length);
          // with equal voice counts no voice needs to leap more than a fifth in close position
          for (int i = 0; i < next.length && next.length == prev.length; i++) {
            assertThat(Math.abs(next[i] - prev[i])).as("%s %s", key, chord).isLessThanOrEqualTo(7);
          }
          prev = next;
        }
      }
    }
  }
}
