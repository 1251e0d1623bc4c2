package ai.sergik.amxd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AmxdFileTest {
  static final Path CORPUS =
      Paths.get(System.getProperty("sergik.basedir", ".")).resolve("../shared/corpus/amxd");

  @ParameterizedTest
  @ValueSource(strings = {"Test.amxd", "DoneLoading.amxd", "FrozenTest.amxd"})
  void corpusDevicesRoundTripByteForByte(String name) throws Exception {
    byte[] bytes = Files.readAllBytes(CORPUS.resolve(name));
    AmxdFile file = AmxdFile.parse(bytes, name);
    assertThat(file.toBytes()).isEqualTo(bytes);
    assertThat(file.chunks()).extracting(Chunk::tag).containsExactly("ampf", "meta", "ptch");
    assertThat(new ObjectMapper().readTree(file.patcherJson(name)).has("patcher"))
        .isTrue();
  }

  @Test
  void readsTheUnfrozenMidiEffect() throws Exception {
    AmxdFile file = AmxdFile.read(CORPUS.resolve("Test.amxd"));
    assertThat(file.deviceType()).isEqualTo(DeviceType.MIDI_EFFECT);
    assertThat(file.meta()).isEqualTo(1);
    assertThat(file.isFrozen()).isFalse();
    byte[] payload = file.patcherPayload();
    assertThat(payload[payload.length - 2]).isEqualTo((byte) '\n');
    assertThat(payload[payload.length - 1]).isEqualTo((byte) 0);
  }

  @Test
  void readsTheAudioEffect() throws Exception {
    AmxdFile file = AmxdFile.read(CORPUS.resolve("DoneLoading.amxd"));
    assertThat(file.deviceType()).isEqualTo(DeviceType.AUDIO_EFFECT);
    assertThat(file.meta()).isZero();
  }

  @Test
  void readsTheFrozenContainerDirectory() throws Exception {
    AmxdFile file = AmxdFile.read(CORPUS.resolve("FrozenTest.amxd"));
    assertThat(file.isFrozen()).isTrue();
    assertThat(file.meta()).isEqualTo(7);
    FrozenContainer frozen = file.frozen("FrozenTest.amxd");
    assertThat(frozen.entries()).hasSize(16);
    assertThat(frozen.devicePatcher().name()).isEqualTo("Test.amxd");
    assertThat(frozen.devicePatcher().type()).isEqualTo("JSON");
    assertThat(frozen.entries())
        .extracting(FrozenContainer.Entry::name)
        .contains("ParamAbstraction.maxpat", "shakerkicksnare.aif");
    String json = file.patcherJson("FrozenTest.amxd");
    assertThat(new ObjectMapper().readTree(json).path("patcher").path("boxes").size())
        .isPositive();
  }

  @Test
  void theWriterReproducesAbletonsUnfrozenMidiEffectExactly() throws Exception {
    byte[] original = Files.readAllBytes(CORPUS.resolve("Test.amxd"));
    String json = AmxdFile.parse(original, "Test.amxd").patcherJson("Test.amxd");
    assertThat(AmxdFile.unfrozen(DeviceType.MIDI_EFFECT, json).toBytes()).isEqualTo(original);
  }

  @Test
  void theWriterLaysOutChunksWithLittleEndianLengths() throws Exception {
    String json = "{\"patcher\":{}}";
    byte[] bytes = AmxdFile.unfrozen(DeviceType.MIDI_EFFECT, json + "\n").toBytes();
    byte[] header = Arrays.copyOf(bytes, 32);
    assertThat(new String(header, 0, 12, StandardCharsets.ISO_8859_1))
        .isEqualTo("ampf\4\0\0\0mmmm");
    assertThat(new String(header, 12, 12, StandardCharsets.ISO_8859_1))
        .isEqualTo("meta\4\0\0\0\1\0\0\0");
    assertThat(new String(header, 24, 4, StandardCharsets.ISO_8859_1)).isEqualTo("ptch");
    assertThat(header[28]).isEqualTo((byte) (json.length() + 2));
    assertThat(bytes).hasSize(32 + json.length() + 2);
    assertThat(AmxdFile.parse(bytes, "new").patcherJson("new")).isEqualTo(json + "\n");
  }

  @Test
  void aTruncatedFileSaysWhereAndWhy() throws Exception {
    byte[] bytes = Files.readAllBytes(CORPUS.resolve("Test.amxd"));
    byte[] cut = Arrays.copyOf(bytes, 1000);
    assertThatThrownBy(() -> AmxdFile.parse(cut, "cut.amxd"))
        .isInstanceOf(AmxdFormatException.class)
        .hasMessage(
            "cut.amxd: chunk \"ptch\" at offset 24 says 36643 bytes but only 968 remain (truncated file?)");
  }

  @Test
  void somethingElseIsNotADevice() {
    assertThatThrownBy(
            () -> AmxdFile.parse("{\"patcher\":{}}".getBytes(StandardCharsets.UTF_8), "x.maxpat"))
        .isInstanceOf(AmxdFormatException.class)
        .hasMessage("x.maxpat: not a Max for Live device: it must start with an \"ampf\" chunk");
  }

  @Test
  void anUnknownDeviceTypeListsTheKnownOnes() throws Exception {
    byte[] bytes = Files.readAllBytes(CORPUS.resolve("Test.amxd"));
    bytes[8] = 'z';
    byte[] bad = bytes;
    assertThatThrownBy(() -> AmxdFile.parse(bad, "z.amxd"))
        .hasMessage("z.amxd: unknown device type \"zmmm\"; known: aaaa, mmmm, iiii, nagg, natt");
  }

  @Test
  void aFrozenDirectoryPointingOutsideIsRefused() throws Exception {
    byte[] bytes = Files.readAllBytes(CORPUS.resolve("FrozenTest.amxd"));
    bytes[32 + 15] = (byte) 0xff; // directory offset low byte
    byte[] bad = bytes;
    assertThatThrownBy(() -> AmxdFile.parse(bad, "f.amxd"))
        .isInstanceOf(AmxdFormatException.class)
        .hasMessageStartingWith("f.amxd: ");
  }
}
