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
  static final Path PATCHER = BASE.resolve("patchers/SERGIK.maxpat");
  static final Path JAR = BASE.resolve("target/sergik-device.jar");

  /** {@code sergik device build} of {@code patcher} with the packaged device jar, into {@code out}. */
  static CliRun build(Path patcher, Path out) {
    return CliRun.of(
        "device",
        "build",
        "--patcher",
        patcher.toString(),
        "--jar",
        JAR.toString(),
        "-o",
        out.toString());
  }

  @TempDir
  Path out;

  @Test
  void buildWritesTheDeviceAndThePackage() throws Exception {
    CliRun r = build(PATCHER, out);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("SERGIK.amxd (unfrozen MIDI effect)");
    assertThat(Files.readAllBytes(out.resolve("SERGIK.amxd")))
        .isEqualTo(Files.readAllBytes(BASE.resolve("m4l/SERGIK.amxd")));
    assertThat(Files.readAllBytes(out.resolve("SERGIK/java-classes/lib/sergik-device.jar")))
        .isEqualTo(Files.readAllBytes(JAR));
    assertThat(out.resolve("SERGIK/package-info.json")).exists();
  }

  @Test
  void aBrokenPatcherIsRefusedWithItsProblems() throws Exception {
    String json = Files.readString(PATCHER)
        .replace("mxj ai.sergik.device.SergikDevice", "mxj ai.sergik.device.Missing");
    Path broken = Files.writeString(out.resolve("broken.maxpat"), json);
    CliRun r = build(broken, out.resolve("m4l"));
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
