package ai.sergik.music;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RngTest {
  @Test
  void sameSeedSameSequence() {
    Rng a = new Rng(42);
    Rng b = new Rng(42);
    for (int i = 0; i < 100; i++) assertThat(a.nextLong()).isEqualTo(b.nextLong());
    assertThat(new Rng(1).nextLong()).isNotEqualTo(new Rng(2).nextLong());
  }

  @Test
  void matchesTheSplitMix64ReferenceSequence() {
    // first outputs of SplitMix64 seeded with 0 (Steele, Lea and Flood 2014;
    // java.util.SplittableRandom's mix)
    Rng r = new Rng(0);
    assertThat(r.nextLong()).isEqualTo(0xE220A8397B1DCDAFL);
    assertThat(r.nextLong()).isEqualTo(0x6E789E6AA1B965F4L);
  }

  @Test
  void boundedValuesStayInRangeAndCoverIt() {
    Rng r = new Rng(7);
    int[] counts = new int[10];
    for (int i = 0; i < 100_000; i++) counts[r.nextInt(10)]++;
    for (int c : counts) assertThat(c).isBetween(9_500, 10_500);
    for (int i = 0; i < 10_000; i++)
      assertThat(r.nextDouble()).isGreaterThanOrEqualTo(0).isLessThan(1);
    assertThatThrownBy(() -> r.nextInt(0)).hasMessage("bound must be > 0, got 0");
  }

  @Test
  void pitchClassNames() {
    assertThat(PitchClass.noteName(60)).isEqualTo("C4");
    assertThat(PitchClass.noteName(61)).isEqualTo("C#4");
    assertThat(PitchClass.noteName(21)).isEqualTo("A0");
    assertThat(PitchClass.name(10, true)).isEqualTo("Bb");
    assertThat(PitchClass.normalize(-1)).isEqualTo(11);
    assertThatThrownBy(() -> PitchClass.ofLetter('H'))
        .hasMessage("note letter must be A..G, got 'H'");
  }
}
