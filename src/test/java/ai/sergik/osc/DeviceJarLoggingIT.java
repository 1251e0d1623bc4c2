package ai.sergik.osc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built device jar in a JVM of its own, as mxj loads it: JavaOSC's logger finds the jar's own no-op slf4j
 * provider, so nothing reaches stderr (which Max shows as errors in its console).
 */
class DeviceJarLoggingIT {
  static final Path BASE = Paths.get(System.getProperty("sergik.basedir", "."));
  static final Path JAR = BASE.resolve("target/sergik-device.jar");
  static final String PROVIDER_FILE =
      "META-INF/services/ai.sergik.device.shaded.slf4j.spi.SLF4JServiceProvider";

  @TempDir
  Path dir;

  record Run(int code, String out, String err) {}

  /** Encodes and decodes a handshake with the jar's classes (which makes JavaOSC create its logger). */
  Run probe(Path jar) throws Exception {
    Path source = dir.resolve("Probe.java");
    Files.writeString(source, """
        public class Probe {
          public static void main(String[] args) throws Exception {
            ai.sergik.osc.OscCodec codec = new ai.sergik.osc.OscCodec();
            byte[] d = codec.encode(ai.sergik.osc.OscMessages.test(1, "dev", "Bass"));
            System.out.println(ai.sergik.osc.OscMessages.readHandshake(codec.decode(d, d.length)));
          }
        }
        """);
    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(), "-cp", jar.toString(), source.toString())
        .redirectOutput(dir.resolve("out.txt").toFile())
        .redirectError(dir.resolve("err.txt").toFile())
        .start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Run(
        p.exitValue(),
        Files.readString(dir.resolve("out.txt")),
        Files.readString(dir.resolve("err.txt")));
  }

  @Test
  void javaOscInTheDeviceJarPrintsNoSlf4jWarning() throws Exception {
    Run r = probe(JAR);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Handshake{nonce=1, device=dev, track=Bass}");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void withoutItsProviderTheSameJarWouldWarnSoTheProbeSeesWarnings() throws Exception {
    Path stripped = dir.resolve("stripped.jar");
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(JAR));
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(stripped))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        if (e.getName().equals(PROVIDER_FILE)) {
          continue;
        }
        out.putNextEntry(new ZipEntry(e.getName()));
        in.transferTo(out);
        out.closeEntry();
      }
    }
    Run r = probe(stripped);
    assertThat(r.code()).isZero();
    assertThat(r.err()).contains("SLF4J(W): No SLF4J providers were found.");
  }
}
