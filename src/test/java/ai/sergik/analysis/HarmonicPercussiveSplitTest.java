package ai.sergik.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HarmonicPercussiveSplitTest {
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void medianNetworkAgreesWithSorting(long seed) {
    Random r = new Random(seed);
    float[] scratch = new float[9];
    for (int trial = 0; trial < 2000; trial++) {
      float[] v = new float[12];
      for (int i = 0; i < v.length; i++) v[i] = r.nextInt(4) == 0 ? r.nextInt(3) : r.nextFloat();
      int from = r.nextInt(4);
      float[] sorted = Arrays.copyOfRange(v, from, from + 9);
      Arrays.sort(sorted);
      assertThat(HarmonicPercussiveSplit.median9(v, from, scratch)).isEqualTo(sorted[4]);
    }
  }
}
