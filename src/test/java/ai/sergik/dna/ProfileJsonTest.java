package ai.sergik.dna;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.sergik.data.DataDir;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileJsonTest {

  @Test
  void readsTheEarlierToolsDnaLayout() throws Exception {
    for (Path file : new Path[] {
      SergikRefCorpus.dataDir().resolve("profiles/master_profile.json"),
      SergikRefCorpus.dataDir()
          .resolve("../branches/ai-data-genres/data/profiles/master_profile.json")
          .normalize()
    }) {
      DnaProfile legacy = ProfileJson.read(file);
      assertThat(legacy.layout()).isEqualTo(DnaProfile.LEGACY_LAYOUT);
      assertThat(legacy.zoneShare(BpmZone.FROM_80)).isCloseTo(0.437, within(1e-9));
      assertThat(legacy.zoneShare(BpmZone.FROM_120)).isCloseTo(0.374, within(1e-9));
      assertThat(legacy.keyPreferences().keySet()).containsExactly("10B", "7A", "11B", "7B", "8A");
      assertThat(legacy.energy().sweetSpotLow()).isEqualTo(5);
      assertThat(legacy.energy().sweetSpotHigh()).isEqualTo(7);
      assertThat(legacy.genreDna().get("house")).isCloseTo(0.356, within(1e-12));
      assertThat(legacy.catalog()).containsEntry("ableton_projects", 14599L);
      assertThat(legacy.topCollaborators()).containsEntry("Silent Jay", 243L);
    }
  }

  @Test
  void aWrittenProfileReadsBackEqual(@TempDir Path dir) throws Exception {
    DnaProfile built = new DnaBuilder(new CatalogFiles(new DataDir(SergikRefCorpus.dataDir())))
        .build(Instant.EPOCH);
    Path file = dir.resolve("profiles/master_profile.json");
    ProfileJson.write(file, built);
    assertThat(ProfileJson.read(file)).isEqualTo(built);
  }

  @Test
  void aFileThatIsNoProfileIsNamedWithWhatWasExpected(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("p.json"), "{\"hello\": 1}");
    assertThatThrownBy(() -> ProfileJson.read(file))
        .isInstanceOf(IOException.class)
        .hasMessage(file + ": not a DNA profile: expected bpm_zones (this project's layout) or "
            + "dna.{bpm,keys,energy,genres} (the earlier tool's)");
  }
}
