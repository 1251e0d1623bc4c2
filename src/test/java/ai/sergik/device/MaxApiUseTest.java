package ai.sergik.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Device classes may use only what Cycling '74's max.jar has: the stand-in's test driver (StandIn) and its
 * recorder exist only here, so a class that names them would fail to load inside Max.
 */
class MaxApiUseTest {
  @Test
  void noDeviceClassNamesTheStandInsTestDriver() throws Exception {
    Path classes = Paths.get(System.getProperty("sergik.basedir", "."))
        .resolve("target/device/classes/ai/sergik");
    List<Path> offenders;
    try (Stream<Path> files = Files.walk(classes)) {
      offenders = files
          .filter(f -> f.toString().endsWith(".class"))
          .filter(f -> {
            try {
              return new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)
                  .contains("com/cycling74/max/StandIn");
            } catch (java.io.IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          })
          .collect(Collectors.toList());
    }
    assertThat(offenders).isEmpty();
  }
}
