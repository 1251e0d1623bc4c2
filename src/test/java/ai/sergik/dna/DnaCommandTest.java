package ai.sergik.dna;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.cli.CliTest;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DnaCommandTest extends CliTest {
  @Test
  void buildWritesTheProfileAndThreeCharts(@TempDir Path tmp) throws Exception {
    Path data = SergikRefCorpus.copyTo(tmp.resolve("data"));
    assertThat(run("dna", "build", "--png", "--data", data.toString()))
        .as(err.toString())
        .isZero();
    DnaProfile profile = ProfileJson.read(data.resolve("profiles/master_profile.json"));
    assertThat(profile.layout()).isEqualTo(DnaProfile.LAYOUT);
    assertThat(profile.catalog()).containsEntry("analyzed_tracks", 1883L);
    for (String png : new String[] {DnaCharts.BPM_PNG, DnaCharts.KEYS_PNG, DnaCharts.ENERGY_PNG}) {
      BufferedImage image = ImageIO.read(data.resolve("profiles").resolve(png).toFile());
      assertThat(image).as(png).isNotNull();
      assertThat(image.getWidth()).isGreaterThan(500);
    }
    assertThat(out.toString())
        .contains("from 1883 analysed tracks", "120-129 31.9%", "sweet spot 5-7");
    try (var files = Files.list(data.resolve("profiles"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .noneMatch(name -> name.endsWith(".tmp"));
    }
  }

  @Test
  void compareFindsATrackByIdAndExplainsTheScore(@TempDir Path tmp) throws Exception {
    Path data = SergikRefCorpus.copyTo(tmp.resolve("data"));
    assertThat(run("dna", "build", "--data", data.toString())).isZero();
    out.getBuffer().setLength(0);
    assertThat(run("dna", "compare", "835084e04e2a", "--energy", "9", "--data", data.toString()))
        .as(err.toString())
        .isZero();
    assertThat(out.toString())
        .contains("835084e04e2a: DNA match 75/100")
        .contains("key          35/35  same")
        .contains("→ energy 9 → 7: thin the drums or drop a layer to land in your 5–7 sweet spot");
  }

  @Test
  void compareAnalysesAnAudioFile(@TempDir Path tmp) throws Exception {
    Path data = SergikRefCorpus.copyTo(tmp.resolve("data"));
    assertThat(run("dna", "build", "--data", data.toString())).isZero();
    Path wav = tmp.resolve("idea.wav");
    DnaRoutesTest.writeTone(wav);
    out.getBuffer().setLength(0);
    assertThat(run("dna", "compare", wav.toString(), "--json", "--data", data.toString()))
        .as(err.toString())
        .isZero();
    var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString());
    assertThat(json.get("source").asText()).isEqualTo("analysis of " + wav);
    assertThat(json.get("parts").get(0).get("known").asBoolean()).isTrue();
    assertThat(json.get("traits").get("bpm").asDouble()).isPositive();
  }

  @Test
  void compareWithoutAProfileSaysHowToMakeOne(@TempDir Path tmp) {
    assertThat(run("dna", "compare", "--bpm", "120", "--data", tmp.toString())).isEqualTo(1);
    assertThat(err.toString())
        .contains("no DNA profile at " + tmp.resolve("profiles/master_profile.json")
            + ": run `sergik dna build` first");
  }

  @Test
  void anUnknownTrackIsAUserErrorNamingWhatWasTried(@TempDir Path tmp) throws Exception {
    Path data = SergikRefCorpus.copyTo(tmp.resolve("data"));
    assertThat(run("dna", "compare", "no-such-track", "--data", data.toString()))
        .isEqualTo(1);
    assertThat(err.toString())
        .contains("no track 'no-such-track': not a track_id in manifests/tracks.csv");
  }

  @Test
  void aBadKeyIsAUsageError(@TempDir Path tmp) {
    assertThat(run("dna", "compare", "--key", "H major", "--data", tmp.toString()))
        .isEqualTo(2);
    assertThat(err.toString())
        .contains("--key: unknown key \"H major\"; use " + ai.sergik.music.Key.ACCEPTED_FORMS);
  }
}
