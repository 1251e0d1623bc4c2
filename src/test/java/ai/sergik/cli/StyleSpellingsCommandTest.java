package ai.sergik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** sergik generate takes hip-hop in every spelling it took before, for the bass style and the drum genre. */
class StyleSpellingsCommandTest {
  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"hip-hop", "hiphop", "hip hop", "rap"})
  void bassStyleAndDrumGenre(String spelling) throws Exception {
    CliRun bass = CliRun.of(
        "generate",
        "bass",
        "--bass-style",
        spelling,
        "--bars",
        "1",
        "--json",
        "-o",
        dir.resolve("bass.mid").toString());
    assertThat(bass.code()).as(bass.err()).isZero();
    JsonNode b = new ObjectMapper().readTree(bass.out());
    assertThat(b.get("bass_style").asText()).isEqualTo("hiphop");
    CliRun drums = CliRun.of(
        "generate",
        "drums",
        "--genre",
        spelling,
        "--bars",
        "1",
        "--json",
        "-o",
        dir.resolve("drums.mid").toString());
    assertThat(drums.code()).as(drums.err()).isZero();
    assertThat(new ObjectMapper().readTree(drums.out()).get("drum_genre").asText())
        .isEqualTo("hip-hop");
  }
}
