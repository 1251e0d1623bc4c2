package ai.sergik.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrackFitsTest {
  @ParameterizedTest
  @CsvSource({
    "10B,10B,same key",
    "10B,10A,relative key (10A)",
    "10B,11B,a fifth up (11B)",
    "10B,9B,a fifth down (9B)",
    "12A,1A,a fifth up (1A)",
    "1A,12A,a fifth down (12A)",
    "10B,4B,",
    "10B,11A,",
    "10B,x,"
  })
  void keysMixByTheCamelotWheel(String a, String b, String relation) {
    assertThat(TrackFits.keyRelation(a, b)).isEqualTo(relation);
  }

  @ParameterizedTest
  @CsvSource({
    "124,126,same tempo (126 BPM)",
    "124,62,half time (62 BPM)",
    "87,174,double time (174 BPM)",
    "124,140,",
    "124,0,"
  })
  void tempiLockAtTheSameHalfOrDoubleTime(double a, double b, String relation) {
    assertThat(TrackFits.tempoRelation(a, b)).isEqualTo(relation);
  }

  @ParameterizedTest
  @CsvSource({"1", "2", "3", "5", "8", "13"})
  void rankingPutsAKeyAndTempoMatchAboveAKeyOnlyMatchAndLeavesClashesOut(int seed) {
    java.util.Random random = new java.util.Random(seed);
    Map<String, String> target = Map.of("filename", "target.wav", "camelot", "8A", "bpm", "124");
    Map<String, String> both = Map.of(
        "filename", "both.wav", "camelot", "8B", "bpm", String.valueOf(122 + random.nextInt(5)));
    Map<String, String> keyOnly = Map.of("filename", "key.wav", "camelot", "9A", "bpm", "100");
    Map<String, String> clash = Map.of("filename", "clash.wav", "camelot", "2B", "bpm", "97");
    List<TrackFits.Fit> fits = TrackFits.rank(target, List.of(clash, keyOnly, both, target), 10);
    assertThat(fits)
        .extracting(f -> f.row().get("filename"))
        .containsExactly("both.wav", "key.wav");
  }
}
