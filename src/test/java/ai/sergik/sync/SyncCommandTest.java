package ai.sergik.sync;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.cli.CliRun;
import ai.sergik.cli.Main;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyncCommandTest {
  @TempDir
  Path tmp;

  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  private int run(String... args) {
    return run(out, err, args);
  }

  static int run(StringWriter out, StringWriter err, String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    return CliRun.run(out, err, args);
  }

  @Test
  void verifyNamesAFlippedByteAndExitsNonZero() throws Exception {
    Path data = DataFixture.smallDataset(tmp.resolve("data"));
    assertThat(run("sync", "--data", data.toString())).as(err.toString()).isZero();
    assertThat(out.toString()).contains("recorded: 3 files").contains("(+3 ~0 -0)");
    assertThat(run("sync", "--data", data.toString())).isZero();
    assertThat(out.toString())
        .contains("no changes since version")
        .contains("hashed 0 files (0 B), 3 unchanged files from the cache");
    assertThat(run("sync", "--verify", "--data", data.toString())).isZero();
    assertThat(out.toString()).contains("OK: 3 files of version");

    Path file = data.resolve("manifests/tracks.csv");
    FileTime time = Files.getLastModifiedTime(file);
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length - 3] ^= 0x20;
    Files.write(file, bytes);
    Files.setLastModifiedTime(file, time);
    assertThat(run("sync", "--verify", "--data", data.toString())).isEqualTo(1);
    assertThat(out.toString())
        .containsPattern(
            "CHANGED manifests/tracks.csv: sha256 [0-9a-f]{12}…, expected [0-9a-f]{12}…")
        .contains("FAIL: 3 files of version")
        .contains("1 missing or changed");
  }

  @Test
  void withoutSettingsPushSaysWhatToSet() throws Exception {
    Path data = DataFixture.smallDataset(tmp.resolve("data"));
    assertThat(run("sync", "--push", "--data", data.toString())).isEqualTo(1);
    assertThat(err.toString())
        .contains("--push needs a git remote: set sync.git.remote in "
            + data.resolve("sergik.properties") + " or SERGIK_GIT_REMOTE");
    assertThat(run("sync", "--s3", "--data", data.toString())).isEqualTo(1);
    assertThat(err.toString())
        .contains("no S3 bucket configured: set sync.s3.endpoint and sync.s3.bucket");
  }

  /** Kills a real sync process at random moments: the history is always the old one or the old one plus one. */
  @Test
  void aKillAtAnyMomentLeavesTheVersionHistoryIntact() throws Exception {
    Path data = tmp.resolve("data");
    for (int i = 0; i < 200; i++) DataFixture.writeRandom(data, "many/f" + i + ".bin", 20_000, i);
    assertThat(run("sync", "--data", data.toString())).isZero();
    Path versions = data.resolve("dataset_versions.json");
    Path base = Paths.get(System.getProperty("sergik.basedir", "."));
    String classpath = base.resolve("target/sidecar/classes")
        + java.io.File.pathSeparator
        + Files.readString(base.resolve("target/test-classpath.txt")).trim();
    Random random = new Random(42);
    int kills = 0;
    // how long one whole run takes here, so that the kills land inside runs on a fast machine and a
    // slow one alike
    long whole = System.nanoTime();
    DataFixture.writeRandom(data, "many/f0.bin", 20_000, 999);
    assertThat(childSync(classpath, data, tmp.resolve("sync-whole.log")).waitFor())
        .isZero();
    long wholeMillis = Math.max(50, (System.nanoTime() - whole) / 1_000_000);
    for (int round = 0; round < 6; round++) {
      List<String> before = List.copyOf(
          VersionsFile.read(versions).stream().map(DatasetVersion::version).toList());
      DataFixture.writeRandom(data, "many/f" + round + ".bin", 20_000, 1000 + round);
      Process sync = childSync(classpath, data, tmp.resolve("sync-" + round + ".log"));
      boolean finished = sync.waitFor(
          (long) (wholeMillis * (0.1 + 0.7 * random.nextDouble())), TimeUnit.MILLISECONDS);
      if (!finished) {
        sync.destroyForcibly().waitFor();
        kills++;
      }
      List<String> after = new ArrayList<>(
          VersionsFile.read(versions).stream().map(DatasetVersion::version).toList());
      assertThat(after.size()).as("round " + round).isBetween(before.size(), before.size() + 1);
      assertThat(after.subList(0, before.size())).isEqualTo(before);
    }
    assertThat(run("sync", "--data", data.toString())).isZero();
    assertThat(run("sync", "--verify", "--data", data.toString()))
        .as(out.toString())
        .isZero();
    assertThat(kills).as("some runs must really have been killed").isPositive();
  }

  private static Process childSync(String classpath, Path data, Path log)
      throws java.io.IOException {
    return new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            classpath,
            Main.class.getName(),
            "sync",
            "--data",
            data.toString())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }
}
