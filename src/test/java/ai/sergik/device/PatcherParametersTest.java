package ai.sergik.device;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.generate.Generators;
import ai.sergik.generate.Part;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The patcher's parameters send what the device accepts: menu items, ranges, and the message names. */
class PatcherParametersTest {
  static JsonNode patcher;
  static final Map<String, JsonNode> byLongName = new HashMap<>();
  static final Map<String, String> messageOf = new HashMap<>();

  @BeforeAll
  static void read() throws Exception {
    Path file =
        Paths.get(System.getProperty("sergik.basedir", ".")).resolve("patchers/SERGIK.maxpat");
    patcher = new ObjectMapper().readTree(Files.readString(file)).get("patcher");
    Map<String, JsonNode> boxes = new HashMap<>();
    for (JsonNode w : patcher.get("boxes")) {
      JsonNode b = w.get("box");
      boxes.put(b.get("id").asText(), b);
      if (b.path("parameter_enable").asInt() == 1) {
        byLongName.put(
            b.at("/saved_attribute_attributes/valueof/parameter_longname").asText(), b);
      }
    }
    for (JsonNode l : patcher.get("lines")) {
      JsonNode from = boxes.get(l.at("/patchline/source/0").asText());
      JsonNode to = boxes.get(l.at("/patchline/destination/0").asText());
      if (from.path("parameter_enable").asInt() == 1
          && to.path("text").asText().startsWith("prepend ")) {
        messageOf.put(
            from.at("/saved_attribute_attributes/valueof/parameter_longname").asText(),
            to.get("text").asText().substring("prepend ".length()));
      }
    }
  }

  static List<String> items(String longName) {
    List<String> out = new ArrayList<>();
    byLongName
        .get(longName)
        .at("/saved_attribute_attributes/valueof/parameter_enum")
        .forEach(n -> out.add(n.asText()));
    return out;
  }

  static double[] range(String longName) {
    JsonNode v = byLongName.get(longName).at("/saved_attribute_attributes/valueof");
    return new double[] {
      v.get("parameter_mmin").asDouble(), v.get("parameter_mmax").asDouble()
    };
  }

  @Test
  void menusListWhatTheDeviceAcceptsInItsOrder() {
    assertThat(items("Style")).isEqualTo(Generators.styles(Part.CHORDS));
    assertThat(items("Voicing")).isEqualTo(Generators.voicings());
    assertThat(items("Key")).isEqualTo(Parameters.KEYS);
    assertThat(items("Part")).isEqualTo(Parameters.PARTS);
    assertThat(byLongName
            .get("Key")
            .at("/saved_attribute_attributes/valueof/parameter_initial/0")
            .asInt())
        .isEqualTo(Parameters.KEYS.indexOf("10B"));
  }

  @Test
  void everyParameterSendsTheMessageOfTheSameName() {
    assertThat(messageOf)
        .containsEntry("Style", "style")
        .containsEntry("Key", "key")
        .containsEntry("Voicing", "voicing")
        .containsEntry("Part", "part")
        .containsEntry("Bars", "bars")
        .containsEntry("Seed", "seed")
        .containsEntry("Density", "density")
        .containsEntry("Swing", "swing")
        .containsEntry("Timing", "timing")
        .containsEntry("Velocity", "velocity");
  }

  @Test
  void rangesMatchTheDevicesValidation() {
    assertThat(range("Bars")).containsExactly(Settings.MIN_BARS, Settings.MAX_BARS);
    assertThat(range("Swing")).containsExactly(50, 75);
    assertThat(range("Timing")).containsExactly(0, 100);
    assertThat(range("Velocity")).containsExactly(0, 64);
    assertThat(range("Density")).containsExactly(0, 100);
    assertThat(byLongName
            .get("Bars")
            .at("/saved_attribute_attributes/valueof/parameter_type")
            .asInt())
        .isEqualTo(1);
    assertThat(byLongName
            .get("Seed")
            .at("/saved_attribute_attributes/valueof/parameter_type")
            .asInt())
        .isEqualTo(1);
  }

  /** A reloaded set must not come back with a lit Play or a pressed button: those are hidden, never stored. */
  @Test
  void buttonsAndPlayAreNotStoredAndTheDeviceIdIsStoredButNotAutomated() {
    for (String momentary : List.of("Generate", "Write", "Humanize", "Play")) {
      assertThat(byLongName
              .get(momentary)
              .at("/saved_attribute_attributes/valueof/parameter_invisible")
              .asInt())
          .as(momentary)
          .isEqualTo(2);
    }
    assertThat(byLongName
            .get("Device Id")
            .at("/saved_attribute_attributes/valueof/parameter_invisible")
            .asInt())
        .isEqualTo(1);
    assertThat(byLongName
            .get("Device Id")
            .at("/saved_attribute_attributes/valueof/parameter_mmax")
            .asInt())
        .isEqualTo(DeviceIdentity.MAX);
  }

  @Test
  void theDeviceIsAPresentationModeMidiEffect169PixelsHigh() {
    assertThat(patcher.get("openinpresentation").asInt()).isEqualTo(1);
    assertThat(patcher.at("/openrect/3").asDouble()).isEqualTo(169.0);
    assertThat(patcher.at("/project/amxdtype").asInt())
        .isEqualTo(('m' << 24) | ('m' << 16) | ('m' << 8) | 'm');
    assertThat(byLongName.keySet()).contains("Generate", "Write", "Play", "Humanize Through");
  }
}
