package ai.sergik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scripts/serve-archive}, which {@code scripts/sergik serve} runs: on a fresh build it makes the class data
 * archive with no step of the user's, the JVM can start from it, and a rebuilt jar gets a new one.
 */
class ServeArchiveIT {
  static final Path BASE = Paths.get(System.getProperty("sergik.basedir", "."));

  @TempDir
  Path tmp;

  @Test
  void aFreshJarGetsAnArchiveTheJvmStartsFromAndARebuiltJarGetsANewOne() throws Exception {
    Path jar =
        Files.copy(BASE.resolve("target/sergik-sidecar.jar"), tmp.resolve("sergik-sidecar.jar"));
    Path archive = tmp.resolve("sergik-sidecar-serve.jsa");

    Run first = archive(jar);
    assertThat(first.code).as(first.err).isZero();
    assertThat(first.out.trim()).isEqualTo("-XX:SharedArchiveFile=" + archive);
    assertThat(archive).isNotEmptyFile();

    // -Xshare:on makes the JVM refuse to start when the archive does not fit this jar and this JDK
    List<String> serveOptions = new ArrayList<>(ServerJvm.OPTIONS);
    serveOptions.addAll(List.of("-Xshare:on", first.out.trim()));
    Run version = java(serveOptions, "-jar", jar.toString(), "--version");
    assertThat(version.code).as(version.out + version.err).isZero();
    assertThat(version.out).startsWith("sergik ");

    Instant made = Files.getLastModifiedTime(archive).toInstant();
    assertThat(archive(jar).out.trim())
        .as("an archive newer than the jar is kept")
        .isEqualTo(first.out.trim());
    assertThat(Files.getLastModifiedTime(archive).toInstant()).isEqualTo(made);

    Files.setLastModifiedTime(jar, FileTime.from(made.plusSeconds(60))); // as a rebuild leaves it
    Run again = archive(jar);
    assertThat(again.out.trim()).isEqualTo(first.out.trim());
    assertThat(Files.getLastModifiedTime(archive).toInstant())
        .as("made again for the rebuilt jar")
        .isAfter(made);
    assertThat(java(serveOptions, "-jar", jar.toString(), "--version").code).isZero();
  }

  @Test
  void aJarThatCannotServeGetsNoArchiveAndTheScriptSaysWhereToLook() throws Exception {
    Path jar = Files.writeString(tmp.resolve("broken.jar"), "not a jar");
    Run run = archive(jar);
    assertThat(run.code).isZero();
    assertThat(run.out).as("no option: serve runs without an archive").isEmpty();
    assertThat(run.err)
        .contains("could not make the class data archive")
        .contains(tmp.resolve("broken-serve-archive.log").toString());
    Run later = archive(jar);
    assertThat(later.out).isEmpty();
    assertThat(later.err).as("not tried again until the jar changes").isEmpty();
  }

  private record Run(int code, String out, String err) {}

  private static Run archive(Path jar) throws Exception {
    return run(List.of(BASE.resolve("scripts/serve-archive").toString(), jar.toString()));
  }

  private static Run java(List<String> options, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(options);
    command.addAll(List.of(args));
    return run(command);
  }

  private static Run run(List<String> command) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command);
    // the script runs the `java` on the PATH: make it this JDK's
    builder
        .environment()
        .put(
            "PATH",
            Paths.get(System.getProperty("java.home"), "bin")
                + java.io.File.pathSeparator
                + System.getenv("PATH"));
    Path out = Files.createTempFile("run", ".out"), err = Files.createTempFile("run", ".err");
    try {
      Process p =
          builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("finished: " + command).isTrue();
      return new Run(
          p.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
