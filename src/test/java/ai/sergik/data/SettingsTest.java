package ai.sergik.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
  @TempDir
  Path dir;

  @Test
  void flagsBeatTheEnvironmentWhichBeatsTheFileWhichBeatsTheDefault() throws Exception {
    Path file = dir.resolve("sergik.properties");
    Files.writeString(file, "http.port=8100\nosc.port=9100\ndevice.port=9101\n");
    Settings s = Settings.load(
        Map.of("http.port", "8300"),
        Map.of("SERGIK_HTTP_PORT", "8200", "SERGIK_OSC_PORT", "9200"),
        file);
    assertThat(s.get("http.port")).contains("8300");
    assertThat(s.get("osc.port")).contains("9200");
    assertThat(s.get("device.port")).contains("9101");
    assertThat(s.integer("http.threads", 7, 1, 512)).isEqualTo(7);
    assertThat(s.where("http.port")).isEqualTo("--http-port");
    assertThat(s.where("osc.port")).isEqualTo("SERGIK_OSC_PORT");
    assertThat(s.where("device.port")).isEqualTo("device.port in " + file);
    assertThat(s.file()).contains(file);
  }

  @Test
  void blankValuesCountAsNotGivenAndValuesAreTrimmed() throws Exception {
    Path file = dir.resolve("sergik.properties");
    Files.writeString(file, "token=  from-file  \n");
    Settings s = Settings.load(Map.of("token", " "), Map.of("SERGIK_TOKEN", ""), file);
    assertThat(s.get("token")).contains("from-file");
  }

  @Test
  void aSettingMayNameItsOwnVariablesInOrder() throws Exception {
    Path file = dir.resolve("sergik.properties");
    Files.writeString(file, "sync.git.password=file\n");
    assertThat(Settings.load(Map.of(), Map.of("SERGIK_GIT_TOKEN", "t"), file)
            .get("sync.git.password", "SERGIK_GIT_PASSWORD", "SERGIK_GIT_TOKEN"))
        .contains("t");
    assertThat(Settings.load(
                Map.of(), Map.of("SERGIK_GIT_TOKEN", "t", "SERGIK_GIT_PASSWORD", "p"), file)
            .get("sync.git.password", "SERGIK_GIT_PASSWORD", "SERGIK_GIT_TOKEN"))
        .contains("p");
    assertThat(Settings.load(Map.of(), Map.of(), file)
            .get("sync.git.password", "SERGIK_GIT_PASSWORD", "SERGIK_GIT_TOKEN"))
        .contains("file");
  }

  @Test
  void aMissingFileHasNoSettingsAndABadNumberSaysWhereItCameFrom() throws Exception {
    Settings s = Settings.load(
        Map.of(), Map.of("SERGIK_HTTP_PORT", "70000"), dir.resolve("absent.properties"));
    assertThat(s.file()).isEmpty();
    assertThat(s.get("token")).isEmpty();
    assertThatThrownBy(() -> s.integer("http.port", 8000, 0, 65535))
        .hasMessage("SERGIK_HTTP_PORT must be an integer 0..65535, got 70000");
  }
}
