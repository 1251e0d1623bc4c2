package ai.sergik.device;

import static ai.sergik.device.DeviceHarness.lines;
import static ai.sergik.device.DeviceHarness.send;
import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.generate.ChordOptions;
import ai.sergik.generate.DrumOptions;
import ai.sergik.generate.GenerationRequest;
import ai.sergik.generate.Generators;
import ai.sergik.generate.Part;
import ai.sergik.music.Key;
import ai.sergik.music.Note;
import ai.sergik.transform.TransformSettings;
import ai.sergik.transform.Transforms;
import com.cycling74.max.StandIn;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The melody part, modal keys and the transform message, driven through the Max API stand-in. */
class DeviceNewMusicTest extends OfflineDeviceTest {
  @Test
  void theMelodyPartInADorianKeyTypedAsWords() {
    send(device, "key", "D", "dorian");
    send(device, "part", "melody");
    send(device, "bars", 4);
    send(device, "seed", 9);
    send(device, "generate");
    List<Note> expected = Generators.generate(GenerationRequest.builder()
            .part(Part.MELODY)
            .key("D dorian")
            .style(GenerationRequest.DEFAULT_STYLE)
            .bars(4)
            .seed(9)
            .progression(GenerationRequest.DEFAULT_PROGRESSION)
            .voicing(ChordOptions.DEFAULT_VOICING)
            .density(DrumOptions.DEFAULT_DENSITY)
            .tempo(BeatClock.DEFAULT_TEMPO)
            .build())
        .notes();
    assertThat(device.core().notes()).isEqualTo(expected);
    Key dorian = Key.parse("D dorian");
    assertThat(device.core().notes())
        .isNotEmpty()
        .allSatisfy(n -> assertThat(dorian.contains(n.pitch())).isTrue());
    assertThat(lines(device)).last().asString().startsWith("4: set Dm7 | G7 | Dm7 | G7");
    assertThat(device.core().settings().part).isEqualTo(Part.MELODY);
    send(device, "generate", "melody");
    assertThat(device.core().notes()).isEqualTo(expected);
  }

  @Test
  void transformAppliesToTheCurrentNotesWithTheSeedAndWriteTakesTheResult() {
    send(device, "bars", 2);
    send(device, "seed", 3);
    send(device, "generate");
    List<Note> before = device.core().notes();
    send(device, "transform", "strum", "direction", "down", "time", 0.05);
    List<Note> expected = Transforms.apply(
            "strum", before, TransformSettings.pairs("direction", "down", "time", "0.05"), 3)
        .notes();
    assertThat(device.core().notes()).isEqualTo(expected);
    assertThat(lines(device)).last().asString().startsWith("4: set strummed ");

    send(device, "transform", "quantize", "strength");
    send(device, "transform", "wobble");
    assertThat(StandIn.errors())
        .containsExactly(
            "sergik: transform quantize settings come in pairs (name value), got \"strength\"",
            "sergik: unknown transform \"wobble\"; use one of strum, legato, quantize, velocity, ornament, recombine, connect, transpose");
    assertThat(device.core().notes()).as("bad input changes nothing").isEqualTo(expected);
  }
}
