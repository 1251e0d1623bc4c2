package ai.sergik.dna;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.data.DataDir;
import ai.sergik.music.Key;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Scores tracks against the profile of the earlier tool's real catalog. */
class DnaComparerTest {
  static DnaComparer comparer;

  @BeforeAll
  static void build() throws Exception {
    DnaProfile profile = new DnaBuilder(new CatalogFiles(new DataDir(SergikRefCorpus.dataDir())))
        .build(Instant.EPOCH);
    comparer = new DnaComparer(profile);
  }

  @Test
  void aTrackInAHomeZoneHomeKeyAndSweetSpotScoresFull() {
    DnaMatch match = comparer.compare(TrackTraits.of("t", 86.1, Key.parse("10B"), 6));
    assertThat(match.score()).isEqualTo(100);
    assertThat(match.part("key").verdict()).isEqualTo("same");
    assertThat(match.suggestions()).isEmpty();
  }

  @Test
  void aDistantTrackGetsConcreteActionsForEachPart() {
    DnaMatch match = comparer.compare(TrackTraits.of("t", 105.0, Key.parse("4A"), 3));
    assertThat(match.part("key").verdict()).isEqualTo("distant");
    assertThat(match.part("key").points()).isZero();
    assertThat(match.part("energy_band").verdict()).isEqualTo("outside");
    assertThat(match.part("bpm_zone").points())
        .isEqualTo((int) Math.round(40 * 172 / 1883.0 / DnaProfile.STRONG_ZONE_SHARE));
    assertThat(match.score()).isEqualTo(match.part("bpm_zone").points());
    assertThat(match.suggestions())
        .containsExactly(
            "tempo 105 → 86 puts it in your downtempo and hip-hop zone (48% of your tracks)",
            "transpose −3 semitones: F minor (4A) → D minor (7A), 13% of your tracks",
            "energy 3 → 5: add percussion or lift the bass to reach your 5–7 sweet spot");
  }

  @Test
  void aTempoOffTheCentreOfAHomeZoneIsNudgedTowardsIt() {
    DnaMatch match = comparer.compare(TrackTraits.of("t", 124.0, Key.parse("11B"), 6));
    assertThat(match.part("bpm_zone").points()).isEqualTo(DnaComparer.BPM_POINTS);
    assertThat(match.suggestions())
        .containsExactly(
            "tempo 124 → 129 puts it at the centre of your house zone (32% of your tracks)");
  }

  @ParameterizedTest
  @CsvSource({
    "9A,neighbour,20",
    "11A,neighbour,20",
    "12B,neighbour,20",
    "3B,distant,0",
    "8B,neighbour,20",
    "7A,same,35"
  })
  void keyPartIsSameNeighbourOrDistant(String key, String verdict, int points) {
    DnaMatch.Part part =
        comparer.compare(TrackTraits.of("t", 86.0, Key.parse(key), 6)).part("key");
    assertThat(part.verdict()).isEqualTo(verdict);
    assertThat(part.points()).isEqualTo(points);
  }

  @Test
  void unknownTraitsAreLeftOutOfTheScoreAndAskedFor() {
    DnaMatch match = comparer.compare(TrackTraits.of("t", 86.0, null, null));
    assertThat(match.score()).isEqualTo(100);
    assertThat(match.part("key").known()).isFalse();
    assertThat(match.suggestions())
        .contains("give the key (--key, e.g. 10B or D major) to score the key");
  }

  @Test
  void energyOneLevelOffEarnsPartOfThePoints() {
    DnaMatch match = comparer.compare(TrackTraits.of("t", 86.0, Key.parse("10B"), 8));
    assertThat(match.part("energy_band").points()).isEqualTo(DnaComparer.ENERGY_NEAR_POINTS);
    assertThat(match.suggestions())
        .containsExactly(
            "energy 8 → 7: thin the drums or drop a layer to land in your 5–7 sweet spot");
  }
}
