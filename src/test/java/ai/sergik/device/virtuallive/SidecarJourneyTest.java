package ai.sergik.device.virtuallive;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A ChatGPT push through the real sidecar (HTTP and OSC on loopback) into the device loaded from the patch in
 * the virtual Live: the notes land in the selected slot, and the answer says confirmed only after the write.
 */
class SidecarJourneyTest {
  @RegisterExtension
  final StudioAndSidecar journey = StudioAndSidecar.emptyData(9);

  @Test
  void aPushWithSendToLiveLandsInTheSelectedSlotAndIsConfirmedAfterTheWrite() throws Exception {
    Track keys = journey.studio.live.song.addMidiTrack("Keys", 4);
    PatchRunner device = journey.connected(keys);
    journey.studio.live.song.view.select(keys, 2);
    JsonNode answer = journey.sendToLive("8 bars of deep house chords in 10B");
    assertThat(answer.get("http_status").asInt()).as(answer.toString()).isEqualTo(200);
    assertThat(answer.at("/live/confirmed").asBoolean()).as(answer.toString()).isTrue();
    Clip clip = keys.slot(2).clip();
    assertThat(clip).as(device.status()).isNotNull();
    assertThat(clip.notes())
        .hasSize(answer.at("/live/device_reply/count").asInt())
        .isNotEmpty();
    assertThat(clip.length()).isEqualTo(32.0);
    assertThat(device.status()).startsWith("wrote " + clip.notes().size() + " notes, 32 beats");
  }

  @Test
  void aPushThatCannotBeWrittenIsNotConfirmedAndSaysWhy() throws Exception {
    Track keys = journey.studio.live.song.addMidiTrack("Keys", 4);
    PatchRunner device = journey.connected(keys);
    journey.studio.live.song.view.select(null, 0);
    JsonNode answer = journey.sendToLive("4 bars of techno bass in 8A");
    assertThat(answer.at("/live/confirmed").asBoolean()).as(answer.toString()).isFalse();
    assertThat(answer.at("/live/message").asText())
        .contains("could not write")
        .contains("no clip slot is selected");
    assertThat(keys.slots).allMatch(slot -> slot.clip() == null);
    assertThat(device.status()).startsWith("write failed: no clip slot is selected");
  }

  /**
   * Two devices on two tracks: each introduces itself with its own id and track, a push naming a track reaches
   * that track's device only and lands on that track in the selected scene, and a renamed track is known by its
   * new name. (The sidecar's side: one entry per
   * device, pushes by track.)
   */
  @Test
  void twoDevicesOnTwoTracksEachGetTheirOwnPushes() throws Exception {
    Track keys = journey.studio.live.song.addMidiTrack("Keys", 4);
    Track bass = journey.studio.live.song.addMidiTrack("Bass", 4);
    PatchRunner onKeys = journey.connected(keys);
    PatchRunner onBass = journey.connected(bass);
    // A device greets the sidecar before Live has told it its track; the next handshake names it.
    assertThat(connectedTracks("Keys", "Bass")).containsExactlyInAnyOrder("Keys", "Bass");

    String keysStatus = onKeys.status();
    journey.studio.live.song.view.select(
        keys, 1); // the selected scene is 1; the push names the Bass track
    JsonNode answer = journey.call(
        "POST",
        "/gpt/generate",
        "{\"prompt\":\"4 bars of house bass in 10B\",\"send_to_live\":true,\"track\":\"bass\"}");
    assertThat(answer.at("/live/confirmed").asBoolean()).as(answer.toString()).isTrue();
    assertThat(answer.at("/live/track").asText()).isEqualTo("Bass");
    assertThat(bass.slot(1).clip()).as(onBass.status()).isNotNull();
    assertThat(keys.slot(1).clip()).isNull();
    assertThat(onBass.status()).startsWith("wrote ");
    assertThat(onKeys.status()).isEqualTo(keysStatus);

    JsonNode unknown = journey.call(
        "POST",
        "/gpt/generate",
        "{\"prompt\":\"4 bars of house bass in 10B\",\"send_to_live\":true,\"track\":\"Drums\"}");
    assertThat(unknown.get("http_status").asInt()).isEqualTo(400);
    assertThat(unknown.get("message").asText()).contains("\"Bass\"").contains("\"Keys\"");

    bass.rename("Sub");
    journey.studio.advance(50);
    assertThat(connectedTracks("Keys", "Sub")).containsExactlyInAnyOrder("Keys", "Sub");
  }

  /** The tracks /health lists, asked again (for up to 10 s) until it lists these. */
  List<String> connectedTracks(String... expected) throws Exception {
    long end = System.nanoTime() + 10_000_000_000L;
    List<String> tracks = new ArrayList<>();
    do {
      tracks.clear();
      journey
          .call("GET", "/health", null)
          .path("devices")
          .forEach(d -> tracks.add(d.path("track").asText()));
    } while (!tracks.containsAll(List.of(expected)) && System.nanoTime() < end);
    return tracks;
  }
}
