package ai.sergik.device.virtuallive;

import static org.assertj.core.api.Assertions.assertThat;

import com.cycling74.max.StandIn;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Humanize-through, Java missing, a set reload: what the producer hears and sees, through the patch. */
class LifecycleJourneyTest {
  VirtualStudio studio;

  @AfterEach
  void close() {
    if (studio != null) {
      studio.close();
    }
    assertThat(StandIn.escaped()).isEmpty();
  }

  /** A new studio with the device (its link off) on a Keys track, Timing turned to 30. */
  PatchRunner offlineOnKeysWithTiming30() throws Exception {
    studio = new VirtualStudio(1, 10);
    PatchRunner device = studio.dropOffline(studio.live.song.addMidiTrack("Keys", 2));
    device.turn("Timing", 30);
    return device;
  }

  @Test
  void midiPlayedInComesOutHumanizedWithEveryNoteOffAfterItsNoteOn() throws Exception {
    PatchRunner device = offlineOnKeysWithTiming30();
    device.turn("Velocity", 20);
    device.click("Humanize Through");
    studio.live.startPlaying();
    int notes = 64;
    for (int i = 0; i < notes; i++) {
      int pitch = 48 + (i % 12);
      device.midiIn(0x90, pitch, 100);
      studio.advance(7 + (i % 5));
      device.midiIn(0x80, pitch, 0);
      studio.advance(40);
    }
    studio.advance(200);
    List<MidiBoxes.MidiEvent> out = device.midiOut();
    assertThat(out).hasSize(2 * notes);
    PlayJourneyTest.sounding(device);
    assertThat(PlayJourneyTest.sounding(device)).isEmpty();
    long changedVelocity = out.stream()
        .filter(MidiBoxes.MidiEvent::noteOn)
        .filter(e -> e.bytes[2] != 100)
        .count();
    assertThat(changedVelocity).as("velocities varied").isGreaterThan(notes / 2);
    assertThat(out.stream()
            .filter(MidiBoxes.MidiEvent::noteOn)
            .mapToInt(e -> e.bytes[2])
            .allMatch(v -> v >= 80 && v <= 120))
        .isTrue();
  }

  @Test
  void withThroughOffMidiPassesUntouchedAndAtOnceExactlyOnce() throws Exception {
    PatchRunner device = offlineOnKeysWithTiming30();
    double t = StandIn.now();
    device.midiIn(0x90, 60, 99, 0xb0, 1, 64, 0x80, 60, 0);
    assertThat(device.midiOut())
        .extracting(e -> List.of(e.time, e.bytes[0], e.bytes[1], e.bytes[2]))
        .containsExactly(
            List.of(t, 0x90, 60, 99), List.of(t, 0xb0, 1, 64), List.of(t, 0x80, 60, 0));
  }

  /** No Java installed, or the device class failing to load: Max cannot create the mxj box. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "no Java, mxj: no Java",
    "a class that fails to load, mxj: could not load class ai.sergik.device.NoSuchDevice"
  })
  void withoutTheMxjMidiStillPassesAndTheStatusSaysJavaIsMissing(String why, String consoleLine)
      throws Exception {
    studio = new VirtualStudio(1, 0);
    Track keys = studio.live.song.addMidiTrack("Keys", 2);
    PatchRunner.Options options = why.equals("no Java")
        ? new PatchRunner.Options().javaMissing()
        : new PatchRunner.Options().mxjClass("ai.sergik.device.NoSuchDevice");
    PatchRunner device = studio.drop(keys, options);
    device.midiIn(0x90, 64, 90, 0x80, 64, 0);
    assertThat(device.midiOut()).extracting(e -> e.bytes[0]).containsExactly(0x90, 0x80);
    assertThat(device.status()).startsWith("Java missing?");
    assertThat(device.console()).anyMatch(l -> l.startsWith(consoleLine));
  }

  @Test
  void afterASetReloadNothingPlaysByItselfAndTheSettingsAreBack() throws Exception {
    studio = new VirtualStudio(2, 10);
    Track keys = studio.live.song.addMidiTrack("Keys", 2);
    PatchRunner device = studio.dropOffline(keys);
    device.choose("Style", "techno");
    device.choose("Key", "5A");
    device.click("Generate");
    studio.live.startPlaying();
    device.click("Play");
    studio.advance(3000);
    assertThat(device.midiOut()).isNotEmpty();
    Map<String, Double> saved = device.savedParameters();
    assertThat(saved)
        .doesNotContainKeys("Play", "Generate", "Write", "Humanize")
        .containsEntry("Style", 2.0)
        .containsKey("Device Id");
    double id = saved.get("Device Id");
    assertThat(id).isPositive();
    studio.live.stopPlaying();
    device.delete();
    studio.devices.remove(device);

    PatchRunner reloaded =
        studio.drop(keys, new PatchRunner.Options().mxjArgs("off").saved(saved));
    studio.live.startPlaying();
    studio.advance(10_000);
    assertThat(reloaded.midiOut()).as("nothing plays by itself").isEmpty();
    assertThat(reloaded.parameter("Play").value()).isZero();
    assertThat(reloaded.status()).isEqualTo("ready: techno in 5A, 8 bars");
    assertThat(reloaded.savedParameters()).containsEntry("Device Id", id);
  }
}
