package ai.sergik.sidecar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SidecarConfigTest {
  @TempDir
  Path dir;

  @Test
  void defaultsWithoutFlagsEnvironmentOrFile() throws Exception {
    SidecarConfig c = SidecarConfig.resolve(Map.of(), Map.of(), dir.resolve("sergik.properties"));
    assertThat(c.host()).isEqualTo("127.0.0.1");
    assertThat(c.httpPort()).isEqualTo(8000);
    assertThat(c.oscPort()).isEqualTo(9000);
    assertThat(c.devicePort()).isEqualTo(9001);
    assertThat(c.token()).isEmpty();
    assertThat(c.chat().enabled()).isFalse();
    assertThat(c.file()).isEmpty();
  }

  @Test
  void flagsBeatEnvironmentWhichBeatsTheFile() throws Exception {
    Path file = dir.resolve("sergik.properties");
    Files.writeString(
        file, "http.port=8100\nosc.port=9100\ntoken=from-file\nchat.url=http://127.0.0.1:1/v1\n");
    SidecarConfig c = SidecarConfig.resolve(
        Map.of("http.port", "8300"),
        Map.of("SERGIK_HTTP_PORT", "8200", "SERGIK_OSC_PORT", "9200"),
        file);
    assertThat(c.httpPort()).isEqualTo(8300);
    assertThat(c.oscPort()).isEqualTo(9200);
    assertThat(c.token()).hasValue("from-file");
    assertThat(c.chat().url()).hasValue("http://127.0.0.1:1/v1");
    assertThat(c.file()).hasValue(file);
  }

  @Test
  void aBadSettingNamesWhereItCameFrom() throws Exception {
    Path file = dir.resolve("sergik.properties");
    Files.writeString(file, "osc.port=nine thousand\n");
    assertThatThrownBy(() -> SidecarConfig.resolve(Map.of(), Map.of(), file))
        .hasMessage("osc.port in " + file + " must be an integer 0..65535, got nine thousand");
    assertThatThrownBy(
            () -> SidecarConfig.resolve(Map.of(), Map.of("SERGIK_HTTP_PORT", "70000"), file))
        .hasMessage("SERGIK_HTTP_PORT must be an integer 0..65535, got 70000");
    assertThatThrownBy(() -> SidecarConfig.resolve(Map.of("http.port", "-1"), Map.of(), null))
        .hasMessage("--http-port must be an integer 0..65535, got -1");
    assertThatThrownBy(() ->
            SidecarConfig.resolve(Map.of(), Map.of("SERGIK_CHAT_TIMEOUT_SECONDS", "60"), null))
        .hasMessage("SERGIK_CHAT_TIMEOUT_SECONDS must be an integer 1..30, got 60");
  }
}
