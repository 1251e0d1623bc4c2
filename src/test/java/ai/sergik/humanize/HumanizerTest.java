package ai.sergik.humanize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import ai.sergik.generate.GenerationRequest;
import ai.sergik.generate.Generators;
import ai.sergik.generate.Part;
import ai.sergik.music.Note;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HumanizerTest {
  static List<Note> clip(Part part, long seed) {
    return Generators.generate(
            GenerationRequest.builder().part(part).seed(seed).bars(4).build())
        .notes();
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144})
  void boundsOrderGroupingAndDeterminismHold(long seed) {
    Random r = new Random(seed);
    HumanizeSettings s = HumanizeSettings.builder()
        .timingMs(r.nextInt(101))
        .velocity(r.nextInt(65))
        .swing(50 + r.nextInt(26))
        .swingGrid(r.nextBoolean() ? 8 : 16)
        .driftMs(r.nextInt(101))
        .seed(seed)
        .tempo(60 + r.nextInt(140))
        .build();
    for (Part part : Part.values()) {
      List<Note> in = clip(part, seed);
      List<Note> out = Humanizer.humanize(in, s);
      assertThat(out).hasSameSizeAs(in);
      assertThat(Humanizer.humanize(in, s)).as("same settings, same result").isEqualTo(out);
      Map<Double, Double> movedTo = new HashMap<>();
      double maxShift = s.msToBeats(s.timingMs() + s.driftMs()) + 4.0 / s.swingGrid() * 0.5 + 1e-9;
      for (int i = 0; i < in.size(); i++) {
        Note a = in.get(i);
        Note b = out.get(i);
        if (b.start() < 0) fail("start below 0: " + b);
        if (b.velocity() < 1 || b.velocity() > 127) fail("velocity out of range: " + b);
        if (Math.abs(b.velocity() - a.velocity()) > s.velocity())
          fail("velocity moved more than " + s.velocity());
        if (b.pitch() != a.pitch() || b.duration() != a.duration() || b.mute() != a.mute())
          fail("changed more than time/velocity");
        if (Math.abs(b.start() - a.start()) > maxShift) fail("moved too far: " + a + " -> " + b);
        Double before = movedTo.put(a.start(), b.start());
        if (before != null && before != b.start())
          fail("notes that started together were split: " + a);
      }
      // onsets keep their order
      List<Double> onsets = new ArrayList<>(new java.util.TreeSet<>(movedTo.keySet()));
      for (int i = 1; i < onsets.size(); i++) {
        assertThat(movedTo.get(onsets.get(i))).isGreaterThan(movedTo.get(onsets.get(i - 1)));
      }
    }
  }

  @Test
  void zeroAmountsChangeNothing() {
    List<Note> in = clip(Part.DRUMS, 4);
    assertThat(Humanizer.humanize(in, HumanizeSettings.NONE)).isEqualTo(in);
    assertThat(Humanizer.humanize(
            in, HumanizeSettings.builder().seed(99).tempo(90).swingGrid(8).build()))
        .isEqualTo(in);
  }

  @Test
  void swingDelaysOnlyTheOffGridSteps() {
    List<Note> in = new ArrayList<>();
    for (int i = 0; i < 8; i++) in.add(new Note(42, i * 0.25, 0.1, 100, false));
    List<Note> out = Humanizer.humanize(in, HumanizeSettings.builder().swing(75).build());
    // 75 % on 16ths: the second 16th of each pair starts 75 % into the pair (0.375 instead of 0.25)
    assertThat(out)
        .extracting(Note::start)
        .containsExactly(0.0, 0.375, 0.5, 0.875, 1.0, 1.375, 1.5, 1.875);
    List<Note> eighths =
        Humanizer.humanize(in, HumanizeSettings.builder().swing(60).swingGrid(8).build());
    assertThat(eighths)
        .extracting(Note::start)
        .containsExactly(0.0, 0.25, 0.6, 0.75, 1.0, 1.25, 1.6, 1.75);
  }

  @Test
  void timingIsInMillisecondsAtTheTempo() {
    List<Note> in = new ArrayList<>();
    for (int i = 0; i < 200; i++) in.add(new Note(60, 1 + i, 0.5, 100, false));
    HumanizeSettings s =
        HumanizeSettings.builder().timingMs(20).tempo(120).seed(3).build();
    double max = 0;
    for (int i = 0; i < in.size(); i++)
      max = Math.max(
          max, Math.abs(Humanizer.humanize(in, s).get(i).start() - in.get(i).start()));
    // 20 ms at 120 BPM = 0.04 beats; 200 uniform draws come close to it
    assertThat(max).isLessThanOrEqualTo(0.04).isGreaterThan(0.035);
  }

  @Test
  void driftIsCorrelatedNotWhite() {
    List<Note> in = new ArrayList<>();
    for (int i = 0; i < 256; i++) in.add(new Note(60, 8 + i * 0.25, 0.2, 100, false));
    List<Note> drifted =
        Humanizer.humanize(in, HumanizeSettings.builder().driftMs(30).seed(5).build());
    List<Note> jittered =
        Humanizer.humanize(in, HumanizeSettings.builder().timingMs(30).seed(5).build());
    assertThat(meanStep(in, drifted)).isLessThan(meanStep(in, jittered) / 5);
    assertThat(maxOffset(in, drifted)).as("the drift does move notes").isGreaterThan(0.01);
  }

  private static double meanStep(List<Note> in, List<Note> out) {
    double sum = 0;
    for (int i = 1; i < in.size(); i++) {
      double a = out.get(i - 1).start() - in.get(i - 1).start();
      double b = out.get(i).start() - in.get(i).start();
      sum += Math.abs(b - a);
    }
    return sum / (in.size() - 1);
  }

  private static double maxOffset(List<Note> in, List<Note> out) {
    double m = 0;
    for (int i = 0; i < in.size(); i++)
      m = Math.max(m, Math.abs(out.get(i).start() - in.get(i).start()));
    return m;
  }

  @Test
  void startsNeverGoBelowZero() {
    List<Note> in = List.of(new Note(60, 0, 1, 100, false), new Note(62, 0.001, 1, 100, false));
    for (long seed = 0; seed < 50; seed++) {
      List<Note> out = Humanizer.humanize(
          in,
          HumanizeSettings.builder()
              .timingMs(100)
              .driftMs(100)
              .seed(seed)
              .tempo(200)
              .build());
      assertThat(out.get(0).start()).isGreaterThanOrEqualTo(0);
      assertThat(out.get(1).start()).isGreaterThan(out.get(0).start());
    }
  }

  @Test
  void settingsRefuseOutOfRangeValues() {
    assertThatThrownBy(() -> HumanizeSettings.builder().swing(80))
        .hasMessage("swing must be 50..75 % (50 = straight), got 80.0");
    assertThatThrownBy(() -> HumanizeSettings.builder().swingGrid(4))
        .hasMessage("swing grid must be 8 (8th notes) or 16 (16th notes), got 4");
    assertThatThrownBy(() -> HumanizeSettings.builder().timingMs(-1))
        .hasMessage("timing must be 0..100 ms, got -1.0");
    assertThatThrownBy(() -> HumanizeSettings.builder().velocity(65))
        .hasMessage("velocity variance must be 0..64, got 65");
    assertThatThrownBy(() -> HumanizeSettings.builder().tempo(10))
        .hasMessage("tempo must be 20..999 BPM, got 10.0");
    HumanizeSettings s = HumanizeSettings.builder().swing(56).build();
    assertThat(s.newBuilder().build()).isEqualTo(s);
  }
}
