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

/** scripts/install-device, run by bash in a copy of the project layout. */
class InstallDeviceScriptTest {
  static final Path BASE = Paths.get(System.getProperty("sergik.basedir", "."));

  @TempDir Path root;

  @BeforeEach
  void layout() throws Exception {
    Files.createDirectories(root.resolve("scripts"));
    Files.copy(BASE.resolve("scripts/install-device"), root.resolve("scripts/install-device"));
    Files.createDirectories(root.resolve("m4l/SERGIK/java-classes/lib"));
    Files.writeString(root.resolve("m4l/SERGIK.amxd"), "device");
    Files.writeString(root.resolve("m4l/SERGIK/java-classes/lib/sergik-device.jar"), "jar");
    Files.writeString(root.resolve("m4l/SERGIK/package-info.json"), "{}");
  }

  record Run(int code, String out) {}

  Run run(Map<String, String> env, String... args) throws Exception {
    String[] command = new String[args.length + 2];
    command[0] = "bash";
    command[1] = root.resolve("scripts/install-device").toString();
    System.arraycopy(args, 0, command, 2, args.length);
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().remove("SERGIK_MAX_PACKAGES");
    pb.environment().remove("SERGIK_USER_LIBRARY");
    pb.environment().putAll(env);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return new Run(p.exitValue(), out);
  }

  @Test
  void installsThePackageAndTheDeviceWhereItIsTold() throws Exception {
    Path packages = root.resolve("Max 9/Packages");
    Path library = root.resolve("User Library/Presets/MIDI Effects/Max MIDI Effect");
    Run r = run(Map.of("SERGIK_MAX_PACKAGES", packages.toString(), "SERGIK_USER_LIBRARY", library.toString()),
        "--no-build");
    assertThat(r.code()).as(r.out()).isZero();
    assertThat(packages.resolve("SERGIK/java-classes/lib/sergik-device.jar")).hasContent("jar");
    assertThat(library.resolve("SERGIK.amxd")).hasContent("device");
    assertThat(r.out()).contains("Max package: " + packages.resolve("SERGIK"), "Device:      " + library.resolve("SERGIK.amxd"));

    Files.writeString(root.resolve("m4l/SERGIK/java-classes/lib/sergik-device.jar"), "jar v2");
    assertThat(run(Map.of("SERGIK_MAX_PACKAGES", packages.toString(), "SERGIK_USER_LIBRARY", library.toString()),
        "--no-build").code()).isZero();
    assertThat(packages.resolve("SERGIK/java-classes/lib/sergik-device.jar")).hasContent("jar v2");
  }

  @Test
  void onLinuxItSaysWhereItWouldInstallAndWhyItCannot() throws Exception {
    Run r = run(Map.of("SERGIK_PLATFORM", "Linux"), "--no-build");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.out()).contains("Live and Max run on macOS and Windows only")
        .contains("~/Documents/Max 8/Packages/SERGIK").contains("SERGIK_MAX_PACKAGES");
  }

  @Test
  void aMissingBuildIsReported() throws Exception {
    Files.delete(root.resolve("m4l/SERGIK.amxd"));
    Run r = run(Map.of("SERGIK_MAX_PACKAGES", root.resolve("p").toString(), "SERGIK_USER_LIBRARY",
        root.resolve("l").toString()), "--no-build");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out()).contains("SERGIK.amxd is missing; run without --no-build");
  }
}
