package ai.sergik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** scripts/install-device, run by bash against the packaged sidecar jar, into folders under a temporary directory. */
class InstallDeviceScriptIT {
  static final Path BASE = Paths.get(System.getProperty("sergik.basedir", "."));

  @TempDir
  Path root;

  Path built;

  @BeforeEach
  void build() throws Exception {
    built = root.resolve("built");
    CliRun r = DeviceBuildIT.build(DeviceBuildIT.PATCHER, built);
    assertThat(r.code()).as(r.err()).isZero();
  }

  record Run(int code, String out) {}

  Run run(Map<String, String> env, String... args) throws Exception {
    String[] command = new String[args.length + 2];
    command[0] = "bash";
    command[1] = BASE.resolve("scripts/install-device").toString();
    System.arraycopy(args, 0, command, 2, args.length);
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().remove("SERGIK_MAX_PACKAGES");
    pb.environment().remove("SERGIK_USER_LIBRARY");
    pb.environment().putAll(env);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(p.exitValue(), out);
  }

  @Test
  void theScriptRunsTheJavaInstallerWithWhatItIsGiven() throws Exception {
    Path packages = root.resolve("Max 9/Packages");
    Path library = root.resolve("User Library");
    Run r = run(
        Map.of("SERGIK_MAX_PACKAGES", packages.toString()),
        "--no-build",
        "--from",
        built.toString(),
        "--user-library",
        library.toString());
    assertThat(r.code()).as(r.out()).isZero();
    assertThat(packages.resolve("SERGIK/java-classes/lib/sergik-device.jar"))
        .hasSameBinaryContentAs(BASE.resolve("target/sergik-device.jar"));
    Path device = library.resolve("Presets/MIDI Effects/Max MIDI Effect/SERGIK.amxd");
    assertThat(device).hasSameBinaryContentAs(built.resolve("SERGIK.amxd"));
    assertThat(r.out())
        .contains("Max package: " + packages.resolve("SERGIK"), "Device:      " + device);
  }

  @Test
  void aMissingBuildIsReported() throws Exception {
    Files.delete(built.resolve("SERGIK.amxd"));
    Run r = run(
        Map.of(
            "SERGIK_MAX_PACKAGES",
            root.resolve("p").toString(),
            "SERGIK_USER_LIBRARY",
            root.resolve("l").toString()),
        "--no-build",
        "--from",
        built.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("SERGIK.amxd is missing; build the device first");
    assertThat(root.resolve("p")).doesNotExist();
  }
}
