package ai.sergik.device;

import static ai.sergik.device.DeviceHarness.lines;
import static ai.sergik.device.DeviceHarness.offline;
import static ai.sergik.device.DeviceHarness.send;
import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.generate.ChordOptions;
import ai.sergik.generate.DrumOptions;
import ai.sergik.generate.GenerationRequest;
import ai.sergik.generate.Generators;
import ai.sergik.generate.Part;
import ai.sergik.music.NoteJson;
import com.cycling74.max.Atom;
import com.cycling74.max.StandIn;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SergikDeviceTest extends OfflineDeviceTest {
  private String expectedNotesJson(Part part, String key, String style, int bars, long seed) {
    GenerationRequest r = GenerationRequest.builder()
        .part(part)
        .key(key)
        .style(style)
        .bars(bars)
        .seed(seed)
        .progression(GenerationRequest.DEFAULT_PROGRESSION)
        .voicing(ChordOptions.DEFAULT_VOICING)
        .density(DrumOptions.DEFAULT_DENSITY)
        .tempo(BeatClock.DEFAULT_TEMPO)
        .build();
    return NoteJson.toJson(Generators.generate(r).notes());
  }

  @Test
  void declaresTwoInletsElevenOutletsAndNoInfoOutlet() {
    assertThat(device.getNumInlets()).isEqualTo(SergikDevice.INLETS).isEqualTo(2);
    assertThat(device.getNumOutlets()).isEqualTo(SergikDevice.OUTLETS).isEqualTo(11);
    assertThat(device.getInfoIdx()).isEqualTo(-1);
    assertThat(StandIn.inletAssist(device)).hasSize(2).doesNotContainNull();
    assertThat(StandIn.outletAssist(device)).hasSize(11).doesNotContainNull();
  }

  @Test
  void generateShowsTheChordsInTheStatusLine() {
    send(device, "generate");
    assertThat(lines(device))
        .containsExactly("4: set Bm7 | Gmaj7 | Dmaj7 | A7 · "
            + NoteJson.parse(expectedNotesJson(Part.CHORDS, "10B", "house", 8, 0))
                .size() + " notes · 8 bars");
  }

  @Test
  void everyMenuCombinationGenerates() {
    for (int style = 0; style < Generators.styles(Part.CHORDS).size(); style++) {
      for (int part = 0; part < Parameters.PARTS.size(); part++) {
        for (int voicing = 0; voicing < Generators.voicings().size(); voicing++) {
          send(device, "style", style);
          send(device, "part", part);
          send(device, "voicing", voicing);
          send(device, "key", (style * 7 + part * 5 + voicing) % 24);
          send(device, "generate");
          assertThat(StandIn.errors())
              .as("style %d part %d voicing %d", style, part, voicing)
              .isEmpty();
          assertThat(device.core().notes()).isNotEmpty();
        }
      }
    }
  }

  @Test
  void menuIndicesSelectTheSameValuesAsNames() {
    send(device, "key", Parameters.KEYS.indexOf("10B"));
    send(device, "style", Generators.styles(Part.CHORDS).indexOf("techno"));
    send(device, "voicing", Generators.voicings().indexOf("pads"));
    send(device, "part", 2);
    Settings s = device.core().settings();
    assertThat(s.key).isEqualTo("10B");
    assertThat(s.style).isEqualTo("techno");
    assertThat(s.voicing).isEqualTo("pads");
    assertThat(s.part).isEqualTo(Part.ARP);
    assertThat(StandIn.getAttribute(device, "style")[0].getString()).isEqualTo("techno");
  }

  @Test
  void stylesAndVoicingsAreStoredInTheirCanonicalSpelling() {
    send(device, "style", "Deep", "House");
    send(device, "voicing", "PADS");
    assertThat(device.core().settings().style).isEqualTo("deep-house");
    assertThat(device.core().settings().voicing).isEqualTo("pads");
  }

  @Test
  void keysInAnyNotationAreStoredAsCamelot() {
    send(device, "key", "Bm");
    assertThat(device.core().settings().key).isEqualTo("10A");
    send(device, "key", "D", "major");
    assertThat(device.core().settings().key).isEqualTo("10B");
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "key|H#|key",
        "style|polka|polka",
        "bars|0|bars needs one whole number 1..64, got \"0\"",
        "bars|65|bars needs one whole number 1..64, got \"65\"",
        "bars|2.5|bars needs one whole number 1..64, got \"2.5\"",
        "seed|-1|seed needs one whole number",
        "swing|80|swing needs one number 50..75 %, got \"80\"",
        "timing|abc|timing needs one number 0..100 ms",
        "velocity|65|velocity needs one number 0..64",
        "voicing|fat|fat",
        "part|flute|unknown part \"flute\"",
        "progression|i-XQ-V|progression",
        "density|101|density needs one number 0..100 %",
        "tick|x|tick needs one number",
      })
  void badInputPostsOneClearLineAndLeavesTheStateUnchanged(
      String message, String value, String expected) {
    Settings before = device.core().settings();
    send(device, "generate");
    List<?> notesBefore = device.core().notes();
    StandIn.reset();
    StandIn.clearOutlets(device);

    Object arg = value;
    if (value.matches("-?\\d+")) {
      arg = Integer.parseInt(value);
    } else if (value.matches("-?\\d+\\.\\d+")) {
      arg = Double.parseDouble(value);
    }
    send(device, message, arg);

    assertThat(StandIn.errors()).hasSize(1);
    assertThat(StandIn.errors().get(0)).startsWith("sergik: ").contains(expected);
    assertThat(device.core().settings()).isSameAs(before);
    assertThat(device.core().notes()).isEqualTo(notesBefore);
    assertThat(lines(device)).isEmpty();
  }

  @Test
  void unknownKeyErrorListsTheAcceptedForms() {
    send(device, "key", "H#");
    assertThat(StandIn.errors()).singleElement().asString().contains("Camelot");
  }

  @Test
  void actionsWithoutNotesExplainWhatToDo() {
    send(device, "write");
    send(device, "play");
    send(device, "humanize");
    assertThat(StandIn.errors())
        .containsExactly(
            "sergik: write: nothing to write yet; send generate first",
            "sergik: play: nothing to play yet; send generate first",
            "sergik: humanize: nothing to humanize yet; send generate first");
  }

  @Test
  void unknownMessagesAndStrayNumbersPostOneLine() {
    send(device, "explode", 1);
    StandIn.sendInt(device, 0, 5);
    assertThat(StandIn.errors()).hasSize(2);
    assertThat(StandIn.errors().get(0)).startsWith("sergik: unknown message \"explode\"");
  }

  @Test
  void promptWithoutTheSidecarSaysHowToStartIt() {
    send(device, "prompt", "8", "bars", "of", "jazz");
    assertThat(StandIn.errors())
        .singleElement()
        .asString()
        .contains("prompt needs the sidecar")
        .contains("scripts/sergik serve");
  }

  @Test
  void humanizeChangesTheNotesDeterministically() {
    send(device, "generate");
    List<?> plain = device.core().notes();
    send(device, "timing", 20);
    send(device, "velocity", 10);
    send(device, "humanize");
    List<?> first = device.core().notes();
    assertThat(first).hasSameSizeAs(plain).isNotEqualTo(plain);

    SergikDevice other = offline();
    send(other, "generate");
    send(other, "timing", 20);
    send(other, "velocity", 10);
    send(other, "humanize");
    assertThat(other.core().notes()).isEqualTo(first);
    StandIn.delete(other);
  }

  @Test
  void boxArgumentsThatAreNotPortsAreReportedAndTheDefaultsUsed() {
    SergikDevice d = StandIn.create(SergikDevice.class, Atom.newAtom("nine"));
    try {
      assertThat(StandIn.errors())
          .singleElement()
          .asString()
          .contains("[sidecar-port [device-port]] or off");
    } finally {
      StandIn.delete(d);
    }
  }
}
