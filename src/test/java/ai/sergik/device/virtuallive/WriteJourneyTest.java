package ai.sergik.device.virtuallive;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.generate.ChordOptions;
import ai.sergik.generate.DrumOptions;
import ai.sergik.generate.Generation;
import ai.sergik.generate.GenerationRequest;
import ai.sergik.generate.Generators;
import ai.sergik.generate.Part;
import ai.sergik.music.Note;
import com.cycling74.max.StandIn;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Journeys through the patch into the virtual Live: drop the device, choose in the menus, click Generate and
 * Write; what the producer sees in the status line and in the clips.
 */
class WriteJourneyTest {
  @RegisterExtension
  final VirtualStudio studio = new VirtualStudio(7, 10);

  Track keys;
  PatchRunner device;

  @BeforeEach
  void drop() throws Exception {
    keys = studio.live.song.addMidiTrack("Keys", 8);
    device = studio.dropOfflineSettled(keys);
  }

  /** The engine's notes for what the menus say (the same settings the device builds its request from). */
  static Generation engine(String style, String key, Part part) {
    return Generators.generate(GenerationRequest.builder()
        .part(part)
        .key(key)
        .style(style)
        .progression(GenerationRequest.DEFAULT_PROGRESSION)
        .voicing(ChordOptions.DEFAULT_VOICING)
        .bars(GenerationRequest.DEFAULT_BARS)
        .seed(GenerationRequest.DEFAULT_SEED)
        .density(DrumOptions.DEFAULT_DENSITY)
        .tempo(120)
        .build());
  }

  static List<String> asText(List<Note> notes) {
    List<String> out = new ArrayList<>();
    for (Note n : notes) {
      out.add(
          n.pitch() + "@" + (float) n.start() + "+" + (float) n.duration() + " v" + n.velocity());
    }
    out.sort(null);
    return out;
  }

  static List<String> clipText(Clip clip) {
    List<String> out = new ArrayList<>();
    for (ObjectNode n : clip.notes()) {
      out.add(n.get("pitch").asInt() + "@" + (float) n.get("start_time").asDouble() + "+"
          + (float) n.get("duration").asDouble() + " v" + n.get("velocity").asInt());
    }
    out.sort(null);
    return out;
  }

  @Test
  void droppedOnATrackTheDeviceSaysItIsReady() {
    assertThat(device.status()).startsWith("ready: house in 10B, 8 bars");
    assertThat(device.sidecarState()).isEqualTo("sidecar: absent");
  }

  @Test
  void choosingStyleKeyAndPartThenGenerateShowsTheChords() {
    device.choose("Style", "deep-house");
    device.choose("Key", "8A");
    device.choose("Part", "chords");
    device.click("Generate");
    Generation expected = engine("deep-house", "8A", Part.CHORDS);
    assertThat(device.status()).isEqualTo(expected.summary());
    assertThat(device.status()).contains(" | ").contains(expected.notes().size() + " notes");
  }

  @Test
  void writeOnAnEmptySlotMakesAClipOfTheRightLengthWithExactlyTheNotes() {
    device.choose("Style", "techno");
    device.click("Generate");
    studio.live.song.view.select(keys, 0);
    device.click("Write");
    Generation expected = engine("techno", "10B", Part.CHORDS);
    Clip clip = keys.slot(0).clip();
    assertThat(clip).as(device.status()).isNotNull();
    assertThat(clip.length()).isEqualTo(expected.lengthBeats());
    assertThat(clipText(clip)).isEqualTo(asText(expected.notes()));
    assertThat(device.status())
        .isEqualTo("wrote " + expected.notes().size() + " notes, " + (long) expected.lengthBeats()
            + " beats into a new clip");
  }

  @Test
  void aSecondEmptySlotGetsASecondClip() {
    device.click("Generate");
    studio.live.song.view.select(keys, 0);
    device.click("Write");
    studio.live.song.view.select(keys, 3);
    device.click("Write");
    assertThat(keys.slot(0).clip()).isNotNull();
    assertThat(keys.slot(3).clip()).as(device.status()).isNotNull();
    assertThat(clipText(keys.slot(3).clip()))
        .isEqualTo(clipText(keys.slot(0).clip()))
        .isNotEmpty();
    assertThat(keys.slot(1).clip()).isNull();
  }

  @Test
  void aSlotWithAClipHasItsNotesReplacedNotAppended() {
    Clip old = keys.slot(2)
        .putClip(
            16,
            List.of(
                Map.of("pitch", 30, "start_time", 0.0, "duration", 1.0, "velocity", 90),
                Map.of("pitch", 31, "start_time", 15.0, "duration", 1.0, "velocity", 90)));
    device.choose("Part", "bass");
    device.click("Generate");
    studio.live.song.view.select(keys, 2);
    device.click("Write");
    Generation expected = engine("house", "10B", Part.BASS);
    assertThat(keys.slot(2).clip()).isSameAs(old);
    assertThat(clipText(old)).isEqualTo(asText(expected.notes()));
    assertThat(old.loopEnd()).isEqualTo(expected.lengthBeats());
    assertThat(device.status()).startsWith("wrote " + expected.notes().size() + " notes");
  }

  @Test
  void aWriteWhereLiveMakesNoClipSaysItFailed() {
    Track audio = studio.live.song.addAudioTrack("Drums audio", 4);
    device.click("Generate");
    studio.live.song.view.select(audio, 1);
    device.click("Write");
    assertThat(audio.slot(1).clip()).isNull();
    assertThat(device.status()).startsWith("write failed: Live made no clip in the selected slot");
    assertThat(StandIn.errors()).anyMatch(l -> l.startsWith("sergik: write failed"));
    assertThat(studio.live.console()).anyMatch(l -> l.contains("create_clip"));
  }

  @Test
  void everyMenuCombinationGeneratesAndWritesThroughTheMenus() {
    List<String> styles = ((LiveParameters.LiveMenu) device.parameter("Style")).items;
    List<String> parts = ((LiveParameters.LiveMenu) device.parameter("Part")).items;
    List<String> voicings = ((LiveParameters.LiveMenu) device.parameter("Voicing")).items;
    List<String> keysMenu = ((LiveParameters.LiveMenu) device.parameter("Key")).items;
    int n = 0;
    for (String style : styles) {
      for (String part : parts) {
        for (String voicing : voicings) {
          device.choose("Style", style);
          device.choose("Part", part);
          device.choose("Voicing", voicing);
          device.choose("Key", keysMenu.get(n % keysMenu.size()));
          device.click("Generate");
          studio.live.song.view.select(keys, n % 3);
          device.click("Write");
          assertThat(device.status()).as("%s %s %s", style, part, voicing).startsWith("wrote ");
          assertThat(keys.slot(n % 3).clip().notes()).isNotEmpty();
          n++;
        }
      }
    }
    assertThat(StandIn.errors()).isEmpty();
  }

  @Test
  void writeBeforeGenerateSaysWhatToDo() {
    studio.live.song.view.select(keys, 0);
    device.click("Write");
    assertThat(keys.slot(0).clip()).isNull();
    assertThat(StandIn.errors())
        .contains("sergik: write: nothing to write yet; send generate first");
  }
}
