package ai.sergik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.data.DataLocations;
import ai.sergik.options.DataOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The producer's library goes to a per-user folder, never into the checkout's demo data: library commands create
 * it on first use, the demo is copied only when asked, and the server serves the demo until the library holds data.
 */
class DataDirectoryTest {
  static final Path DEMO = Paths.get(System.getProperty("sergik.basedir", "."))
      .resolve("data")
      .toAbsolutePath()
      .normalize();

  @TempDir
  Path home;

  Path user;
  String savedUser;
  String savedDemo;

  @BeforeEach
  void pointTheUserFolderAtATemporaryOne() {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        System.getenv(DataLocations.ENV) == null, "SERGIK_DATA is set");
    user = home.resolve("SERGIK");
    savedUser = System.setProperty(DataLocations.USER_DIR_PROPERTY, user.toString());
    savedDemo = System.setProperty(DataLocations.DEMO_DIR_PROPERTY, DEMO.toString());
  }

  @AfterEach
  void restore() {
    restore(DataLocations.USER_DIR_PROPERTY, savedUser);
    restore(DataLocations.DEMO_DIR_PROPERTY, savedDemo);
  }

  static void restore(String key, String value) {
    if (value == null) System.clearProperty(key);
    else System.setProperty(key, value);
  }

  @Test
  void theUserFolderIsCreatedOnFirstUseAndEmpty() {
    assertThat(user).doesNotExist();
    CliRun r = CliRun.of("data");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .startsWith("data directory: " + user + " (empty: run `sergik analyze <folder>`");
    assertThat(user.resolve("catalog/exports")).isDirectory();
    assertThat(DataLocations.holdsData(user)).as("no demo rows unless asked").isFalse();
  }

  @Test
  void libraryCommandsWriteIntoTheUserFolderNotTheDemo() throws Exception {
    Path exports = Files.createDirectories(home.resolve("exports"));
    CliRun r = CliRun.of("scan", "exports", exports.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(user.resolve("catalog/exports/all_exports.csv")).isRegularFile();
  }

  @Test
  void theDemoIsCopiedOnlyWhenAskedAndOnlyIntoAnEmptyFolder() {
    CliRun r = CliRun.of("data", "--demo");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("copied the demo dataset from " + DEMO + " into " + user);
    assertThat(user.resolve("profiles/master_profile.json"))
        .hasSameTextualContentAs(DEMO.resolve("profiles/master_profile.json"));
    CliRun again = CliRun.of("data", "--demo");
    assertThat(again.code()).isEqualTo(1);
    assertThat(again.err()).contains(user + " already holds data");
  }

  @Test
  void theServerServesTheDemoUntilTheUserFolderHoldsALibrary() throws Exception {
    DataOptions options = new DataOptions();
    assertThat(options.servedDataDir().root()).isEqualTo(DEMO);
    Files.createDirectories(user.resolve("analysis/bpm_key"));
    Files.writeString(user.resolve("analysis/bpm_key/analyzed_tracks.csv"), "path,bpm\n");
    assertThat(options.servedDataDir().root()).isEqualTo(user);
  }

  @Test
  void dataAndTheEnvironmentStillWin() {
    DataOptions options = new DataOptions();
    new picocli.CommandLine(options)
        .parseArgs("--data", home.resolve("elsewhere").toString());
    assertThat(options.dataDir().root()).isEqualTo(home.resolve("elsewhere"));
    assertThat(options.servedDataDir().root()).isEqualTo(home.resolve("elsewhere"));
  }
}
