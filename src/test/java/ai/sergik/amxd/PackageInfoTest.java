package ai.sergik.amxd;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.api.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Max package's package-info.json names the CPUs producers have: Intel (x64) and Apple silicon/ARM (arm64). */
class PackageInfoTest {
  static final Path BASE = Paths.get(System.getProperty("sergik.basedir", "."));

  static List<String> platforms(JsonNode info, String os) {
    List<String> names = new ArrayList<>();
    info.get("os").get(os).get("platform").forEach(p -> names.add(p.asText()));
    return names;
  }

  @Test
  void everyOperatingSystemListsX64AndArm64() throws Exception {
    JsonNode info = Json.MAPPER.readTree(DevicePackage.packageInfo());
    assertThat(platforms(info, "macintosh")).containsExactly("x64", "arm64");
    assertThat(platforms(info, "windows")).containsExactly("x64", "arm64");
  }

  @Test
  void theCommittedPackageIsTheOneTheBuildWrites() throws Exception {
    assertThat(Files.readString(BASE.resolve("m4l/SERGIK/package-info.json")))
        .isEqualTo(DevicePackage.packageInfo());
  }
}
