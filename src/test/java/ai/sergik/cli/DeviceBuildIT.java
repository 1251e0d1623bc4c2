package ai.sergik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sergik device build} against the packaged device jar. */
class DeviceBuildIT {
  static final Path BASE = Paths.get(System.getProperty("sergik.basedir", "."));

  @TempDir
  Path out;

  @Test
  void buildWritesTheDeviceAndThePackage() throws Exception {
    Path jar = BASE.resolve("target/sergik-device.jar");
    CliRun r = CliRun.of(
        "device",
        "build",
        "--patcher",
        BASE.resolve("patchers/SERGIK.maxpat").toString(),
        "--jar",
        jar.toString(),
        "-o",
        out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("SERGIK.amxd (unfrozen MIDI effect)");
    assertThat(Files.readAllBytes(out.resolve("SERGIK.amxd")))
        .isEqualTo(Files.readAllBytes(BASE.resolve("m4l/SERGIK.amxd")));
    assertThat(Files.readAllBytes(out.resolve("SERGIK/java-classes/lib/sergik-device.jar")))
        .isEqualTo(Files.readAllBytes(jar));
    assertThat(out.resolve("SERGIK/package-info.json")).exists();
  }

  @Test
  void aBrokenPatcherIsRefusedWithItsProblems() throws Exception {
    String json = Files.readString(BASE.resolve("patchers/SERGIK.maxpat"))
        .replace("mxj ai.sergik.device.SergikDevice", "mxj ai.sergik.device.Missing");
    Path broken = Files.writeString(out.resolve("broken.maxpat"), json);
    CliRun r = CliRun.of(
        "device",
        "build",
        "--patcher",
        broken.toString(),
        "--jar",
        BASE.resolve("target/sergik-device.jar").toString(),
        "-o",
        out.resolve("m4l").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("mxj class ai.sergik.device.Missing is not in the device jar");
    assertThat(out.resolve("m4l/SERGIK.amxd")).doesNotExist();
  }

  @Test
  void helpListsTheExitCodes() {
    CliRun r = CliRun.of("device", "build", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("1   the patcher fails a check").doesNotContain("null");
  }
}
