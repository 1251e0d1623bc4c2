package ai.sergik.amxd;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.device.SergikDevice;
import com.cycling74.max.Atom;
import com.cycling74.max.StandIn;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class PatcherCheckTest {
  static final Path BASE = Paths.get(System.getProperty("sergik.basedir", "."));
  static final Path PATCHER = BASE.resolve("patchers/SERGIK.maxpat");
  static final ObjectMapper JSON = new ObjectMapper();

  /** Port counts as Max sees them: the class instantiated through the Max API stand-in. */
  static final MxjClass.Lookup FROM_THE_CLASS = name -> {
    try {
      Class<?> type = Class.forName(name);
      com.cycling74.max.MaxObject o =
          StandIn.create(type.asSubclass(com.cycling74.max.MaxObject.class), Atom.newAtom("off"));
      List<String> ctors = new ArrayList<>();
      for (Constructor<?> c : type.getDeclaredConstructors()) {
        ctors.add(
            c.getParameterCount() == 1 && c.getParameterTypes()[0] == Atom[].class
                ? MxjClass.ATOM_ARRAY_CONSTRUCTOR
                : c.getParameterCount() == 0 ? MxjClass.NO_ARG_CONSTRUCTOR : "(?)V");
      }
      MxjClass found = new MxjClass(name, o.getNumInlets(), o.getNumOutlets(), ctors);
      StandIn.delete(o);
      return found;
    } catch (ClassNotFoundException e) {
      return null;
    }
  };

  static String patcher() throws Exception {
    return Files.readString(PATCHER, StandardCharsets.UTF_8);
  }

  static List<String> check(String json) {
    return new PatcherCheck(FROM_THE_CLASS).check(json);
  }

  static String mutate(Consumer<ObjectNode> change) throws Exception {
    ObjectNode root = (ObjectNode) JSON.readTree(patcher());
    change.accept((ObjectNode) root.get("patcher"));
    return JSON.writeValueAsString(root);
  }

  /** A parameter box's Live parameter settings ({@code parameter_longname}, {@code parameter_type} …). */
  static ObjectNode valueof(JsonNode box) {
    return (ObjectNode) box.get("saved_attribute_attributes").get("valueof");
  }

  static ObjectNode box(ObjectNode patcher, String firstWordOrClass) {
    for (JsonNode w : patcher.get("boxes")) {
      ObjectNode b = (ObjectNode) w.get("box");
      if (b.path("text").asText("").startsWith(firstWordOrClass)
          || b.path("maxclass").asText().equals(firstWordOrClass)) {
        return b;
      }
    }
    throw new AssertionError("no box " + firstWordOrClass);
  }

  @Test
  void theDevicePatcherPasses() throws Exception {
    assertThat(check(patcher())).isEmpty();
    assertThat(new PatcherCheck(new ClassFiles(BASE.resolve("target/device/classes")))
            .check(patcher()))
        .isEmpty();
  }

  @Test
  void portCountsReadFromTheClassFileMatchAnInstance() {
    MxjClass fromFile =
        new ClassFiles(BASE.resolve("target/device/classes")).find(SergikDevice.class.getName());
    MxjClass fromInstance = FROM_THE_CLASS.find(SergikDevice.class.getName());
    assertThat(fromFile.inlets()).isEqualTo(fromInstance.inlets()).isEqualTo(2);
    assertThat(fromFile.outlets()).isEqualTo(fromInstance.outlets()).isEqualTo(11);
    assertThat(fromFile.constructorDescriptors()).containsExactly(MxjClass.ATOM_ARRAY_CONSTRUCTOR);
  }

  @Test
  void theCommittedDeviceIsBuiltFromTheCurrentPatcher() throws Exception {
    byte[] built = AmxdFile.unfrozen(DeviceType.MIDI_EFFECT, patcher()).toBytes();
    assertThat(Files.readAllBytes(BASE.resolve("m4l/SERGIK.amxd")))
        .as("m4l/SERGIK.amxd is stale: run scripts/sergik device build")
        .isEqualTo(built);
  }

  @Test
  void duplicateBoxIdsAreFound() throws Exception {
    String json =
        mutate(p -> box(p, "iter").put("id", box(p, "midiout").get("id").asText()));
    assertThat(check(json)).anyMatch(s -> s.matches("box id obj-\\d+ is used twice"));
  }

  @Test
  void mxjOutletIndicesAreCheckedAgainstTheClassNotTheCachedCount() throws Exception {
    String json = mutate(p -> {
      ObjectNode mxj = box(p, "mxj");
      mxj.put("numoutlets", 14);
      ObjectNode line = JSON.createObjectNode();
      ObjectNode patchline = line.putObject("patchline");
      patchline.putArray("source").add(mxj.get("id").asText()).add(11);
      patchline
          .putArray("destination")
          .add(box(p, "midiout").get("id").asText())
          .add(0);
      ((ArrayNode) p.get("lines")).add(line);
    });
    assertThat(check(json))
        .anyMatch(s -> s.contains("outlet 11 out of range") && s.contains("has 11 outlets"));
  }

  @Test
  void patchlinesToMissingBoxesAreFound() throws Exception {
    String json = mutate(p -> {
      ObjectNode line = JSON.createObjectNode();
      ObjectNode patchline = line.putObject("patchline");
      patchline.putArray("source").add("obj-999").add(0);
      patchline
          .putArray("destination")
          .add(box(p, "midiout").get("id").asText())
          .add(3);
      ((ArrayNode) p.get("lines")).add(line);
    });
    assertThat(check(json))
        .anyMatch(s -> s.endsWith("no box obj-999"))
        .anyMatch(s -> s.contains("inlet 3 out of range"));
  }

  @Test
  void parameterLongNamesMustBeUnique() throws Exception {
    String json = mutate(p -> {
      List<ObjectNode> dials = new ArrayList<>();
      for (JsonNode w : p.get("boxes")) {
        if (w.get("box").path("maxclass").asText().equals("live.dial")) {
          dials.add((ObjectNode) w.get("box"));
        }
      }
      valueof(dials.get(1))
          .put(
              "parameter_longname",
              valueof(dials.get(0)).get("parameter_longname").asText());
    });
    assertThat(check(json))
        .anyMatch(s -> s.contains("parameter long name \"Density\" is used by another parameter"));
  }

  @Test
  void enumParametersNeedItemsAndTypesMustBeKnown() throws Exception {
    String json = mutate(p -> {
      valueof(box(p, "live.menu")).remove("parameter_enum");
      valueof(box(p, "live.dial")).put("parameter_type", 7);
    });
    assertThat(check(json))
        .anyMatch(s -> s.contains("has no parameter_enum items"))
        .anyMatch(s -> s.contains("parameter_type 7 is not 0 (float), 1 (int) or 2 (enum)"));
  }

  @Test
  void presentationRectsMustBeInsideTheDevice() throws Exception {
    String json = mutate(p -> {
      ArrayNode r = (ArrayNode) box(p, "live.dial").get("presentation_rect");
      r.set(1, 150.0);
    });
    assertThat(check(json)).anyMatch(s -> s.contains("is outside the device [0, 0, 560.0, 169.0]"));
  }

  @Test
  void aDeviceWithoutAMidiPathIsRefused() throws Exception {
    String json = mutate(p -> {
      // Both ways to midiout: through the mxj (iter) and around it (the gate for when Java is
      // missing).
      String iter = box(p, "iter").get("id").asText();
      String gate = box(p, "gate").get("id").asText();
      ArrayNode kept = JSON.createArrayNode();
      for (JsonNode l : p.get("lines")) {
        String source = l.get("patchline").get("source").get(0).asText();
        if (!source.equals(iter) && !source.equals(gate)) {
          kept.add(l);
        }
      }
      p.set("lines", kept);
    });
    assertThat(check(json))
        .contains(
            "no path of patchlines from midiin to midiout: the device would swallow the track's MIDI");
  }

  @Test
  void anMxjClassMissingFromTheJarIsFound() throws Exception {
    String json = mutate(p -> box(p, "mxj").put("text", "mxj ai.sergik.device.NoSuchDevice"));
    assertThat(new PatcherCheck(new ClassFiles(BASE.resolve("target/device/classes"))).check(json))
        .anyMatch(
            s -> s.endsWith("mxj class ai.sergik.device.NoSuchDevice is not in the device jar"));
  }

  @Test
  void constructorArgumentsMustMatch() {
    MxjClass noArgs = new MxjClass("x.Y", 1, 1, List.of(MxjClass.NO_ARG_CONSTRUCTOR));
    assertThat(noArgs.acceptsArguments(0)).isTrue();
    assertThat(noArgs.acceptsArguments(1)).isFalse();
    MxjClass two = new MxjClass("x.Y", 1, 1, List.of("(ILjava/lang/String;)V"));
    assertThat(two.acceptsArguments(2)).isTrue();
    assertThat(two.acceptsArguments(0)).isFalse();
    assertThat(
            new MxjClass("x.Y", 1, 1, List.of(MxjClass.ATOM_ARRAY_CONSTRUCTOR)).acceptsArguments(3))
        .isTrue();
  }
}
