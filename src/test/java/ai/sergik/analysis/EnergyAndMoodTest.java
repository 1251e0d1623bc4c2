package ai.sergik.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.music.Key;
import org.junit.jupiter.api.Test;

class EnergyAndMoodTest {
  @Test
  void energyLevelIsMonotoneInLoudnessAndOnsetDensity() {
    for (double lufs = -50; lufs <= 0; lufs += 0.5) {
      for (double rate = 0; rate <= 12; rate += 0.25) {
        int here = EnergyLevel.of(lufs, rate);
        assertThat(here).isBetween(1, 10);
        assertThat(EnergyLevel.of(lufs + 0.5, rate)).isGreaterThanOrEqualTo(here);
        assertThat(EnergyLevel.of(lufs, rate + 0.25)).isGreaterThanOrEqualTo(here);
      }
    }
  }

  @Test
  void energyLevelEndsOfTheScale() {
    assertThat(EnergyLevel.of(-40.0, 0.0)).isEqualTo(1);
    assertThat(EnergyLevel.of(-6.0, 10.0)).isEqualTo(10);
    assertThat(EnergyLevel.of(-14.0, 4.0)).isEqualTo(7);
    assertThat(EnergyLevel.of(null, 4.0)).isNull();
  }

  @Test
  void moodRules() {
    Key minor = Key.of(9, true), major = Key.of(2, false);
    assertThat(Mood.of(minor, 8, 125.0, 2500.0)).isEqualTo("dark driving");
    assertThat(Mood.of(major, 8, 125.0, 2500.0)).isEqualTo("euphoric driving");
    assertThat(Mood.of(minor, 5, 122.0, 1200.0)).isEqualTo("deep hypnotic");
    assertThat(Mood.of(minor, 5, 122.0, 2400.0)).isEqualTo("moody groovy");
    assertThat(Mood.of(major, 5, 90.0, 2400.0)).isEqualTo("warm groovy");
    assertThat(Mood.of(major, 5, 124.0, 2400.0)).isEqualTo("bright groovy");
    assertThat(Mood.of(major, 2, 90.0, 900.0)).isEqualTo("warm laid-back");
    assertThat(Mood.of(minor, 3, 90.0, 900.0)).isEqualTo("melancholic laid-back");
    assertThat(Mood.of(null, 8, 130.0, 3000.0)).isEqualTo("raw driving");
    assertThat(Mood.of(null, 2, 130.0, 3000.0)).isEqualTo("raw minimal");
    assertThat(Mood.of(major, null, 130.0, 3000.0)).isNull();
  }
}
