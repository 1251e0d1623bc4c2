package ai.sergik.humanize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.sergik.music.Note;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GrooveTest {
  /** A reference clip: every odd 16th 30 ms-ish late (0.05 beats) and soft, even 16ths loud. */
  static List<Note> reference() {
    List<Note> notes = new ArrayList<>();
    for (int bar = 0; bar < 2; bar++) {
      for (int s = 0; s < 16; s++) {
        boolean odd = s % 2 == 1;
        notes.add(new Note(42, bar * 4 + s * 0.25 + (odd ? 0.05 : 0), 0.1, odd ? 60 : 100, false));
      }
    }
    return notes;
  }

  @Test
  void extractsTimingAndVelocityPerGridPosition() {
    Groove g = Groove.extract(reference());
    assertThat(g.steps()).isEqualTo(16);
    assertThat(g.offset(1)).isCloseTo(0.05, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(g.offset(0)).isZero();
    assertThat(g.velocity(3)).isEqualTo(60.0);
    assertThat(g.velocity(4)).isEqualTo(100.0);
  }

  @Test
  void appliesWithAnAmount() {
    Groove g = Groove.extract(reference());
    List<Note> straight = List.of(
        new Note(60, 0, 0.2, 80, false),
        new Note(64, 0.25, 0.2, 80, false),
        new Note(67, 0.25, 0.2, 80, false));
    List<Note> full = g.apply(straight, 1);
    assertThat(full.get(0).start()).isEqualTo(0.0);
    assertThat(full.get(1).start()).isCloseTo(0.30, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(full.get(2).start())
        .as("chord notes move together")
        .isEqualTo(full.get(1).start());
    assertThat(full.get(0).velocity()).isEqualTo(100); // 80 + (100 - 80 mean)
    assertThat(full.get(1).velocity()).isEqualTo(60);
    List<Note> half = g.apply(straight, 0.5);
    assertThat(half.get(1).start()).isCloseTo(0.275, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(g.apply(straight, 0)).isEqualTo(straight);
  }

  @Test
  void refusesEmptyClipsAndBadAmounts() {
    assertThatThrownBy(() -> Groove.extract(List.of()))
        .hasMessage("a groove needs a clip with at least one note");
    assertThatThrownBy(() -> Groove.extract(reference()).apply(reference(), 1.5))
        .hasMessage("groove amount must be 0..1, got 1.5");
  }
}
