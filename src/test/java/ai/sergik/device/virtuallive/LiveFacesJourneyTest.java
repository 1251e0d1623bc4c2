package ai.sergik.device.virtuallive;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The producer's words and ChatGPT's calls, through the real sidecar (HTTP and OSC on loopback), into the device
 * loaded from the patch in the virtual Live: {@code POST /live/control} and control prompts change the song and the
 * mixer and the answers say what Live reports; a fit prompt reads the chords on one track through the device and
 * writes a bass clip on another, in the same scene row; {@code POST /live/fit} harmonises the highlighted melody.
 */
class LiveFacesJourneyTest {
  @RegisterExtension
  final StudioAndSidecar journey = StudioAndSidecar.emptyData(11);

  Track kick;
  Track bass;
  Track keys;

  @BeforeEach
  void addTracks() {
    kick = journey.studio.live.song.addMidiTrack("Kick", 4);
    bass = journey.studio.live.song.addMidiTrack("Bass", 4);
    keys = journey.studio.live.song.addMidiTrack("Keys", 4);
  }

  @Test
  void controlsFromHttpAndPromptsChangeLiveAndTheAnswersSayWhatLiveReports() throws Exception {
    journey.connected(keys);
    JsonNode played = journey.call(
        "POST", "/live/control", "{\"controls\":[{\"tempo\":122},{\"transport\":\"play\"}]}");
    assertThat(played.get("http_status").asInt()).as(played.toString()).isEqualTo(200);
    assertThat(journey.studio.live.tempo()).isEqualTo(122.0);
    assertThat(journey.studio.live.playing()).isTrue();
    assertThat(played.get("message").asText())
        .isEqualTo("Done: tempo 122, transport play. Live now reports tempo 122 BPM; playing.");

    JsonNode down =
        journey.call("POST", "/gpt/generate", "{\"prompt\":\"bring the bass down 3 dB\"}");
    assertThat(down.get("http_status").asInt()).as(down.toString()).isEqualTo(200);
    assertThat(bass.mixer.volume.decibels()).isEqualTo(-3.0);
    assertThat(down.get("message").asText())
        .isEqualTo("Done: bass volume -3 dB. Live now reports Bass: volume -3 dB,"
            + " pan 0, mute off, solo off, arm off.");

    JsonNode muted =
        journey.call("POST", "/gpt/generate", "{\"prompt\":\"mute the kick and solo keys\"}");
    assertThat(muted.get("http_status").asInt()).as(muted.toString()).isEqualTo(200);
    assertThat(kick.mute).isTrue();
    assertThat(keys.solo).isTrue();

    bass.slot(1)
        .putClip(
            4, List.of(Map.of("pitch", 40, "start_time", 0.0, "duration", 1.0, "velocity", 100)));
    JsonNode fired =
        journey.call("POST", "/gpt/generate", "{\"prompt\":\"fire clip 2 on the Bass track\"}");
    assertThat(fired.get("http_status").asInt()).as(fired.toString()).isEqualTo(200);
    assertThat(bass.playingSlot).isEqualTo(1);
    assertThat(fired.get("message").asText())
        .startsWith("Done: fire Bass slot 2. Live now reports fired Bass slot 2");

    JsonNode stopped = journey.call("POST", "/gpt/generate", "{\"prompt\":\"stop\"}");
    assertThat(journey.studio.live.playing()).isFalse();
    assertThat(stopped.get("message").asText())
        .isEqualTo("Done: transport stop. Live now reports stopped.");

    JsonNode unknown = journey.call("POST", "/gpt/generate", "{\"prompt\":\"mute the drums\"}");
    assertThat(unknown.get("http_status").asInt()).isEqualTo(400);
    assertThat(unknown.get("message").asText())
        .isEqualTo("Live refused it: no track 'drums'; tracks: Kick, Bass, Keys");
    JsonNode slot =
        journey.call("POST", "/live/control", "{\"fire\":{\"track\":\"Bass\",\"slot\":9}}");
    assertThat(slot.get("http_status").asInt()).isEqualTo(400);
    assertThat(slot.get("message").asText())
        .isEqualTo("Live refused it: slot 9 out of range 1..4 on track 'Bass'");
  }

  @Test
  void aBasslineForTheChordsOnTheKeysTrackIsReadThroughTheDeviceAndWrittenOnTheBassTrack()
      throws Exception {
    List<Map<String, Object>> chords = new ArrayList<>();
    int[][] triads = {{57, 60, 64}, {53, 57, 60}, {48, 52, 55}, {55, 59, 62}};
    for (int bar = 0; bar < triads.length; bar++) {
      for (int pitch : triads[bar]) {
        chords.add(
            Map.of("pitch", pitch, "start_time", bar * 4.0, "duration", 4.0, "velocity", 90));
      }
    }
    keys.slot(2).putClip(16, chords).named("Chords A");
    journey.connected(bass);
    JsonNode answer = journey.call(
        "POST",
        "/gpt/generate",
        "{\"prompt\":\"a bassline for the chords on the Keys track onto the Bass track\"}");
    assertThat(answer.get("http_status").asInt()).as(answer.toString()).isEqualTo(200);
    assertThat(answer.at("/from/track").asText()).isEqualTo("Keys");
    assertThat(answer.at("/from/slot").asInt()).isEqualTo(3);
    assertThat(answer.at("/live/confirmed").asBoolean()).as(answer.toString()).isTrue();
    Clip written = bass.slot(2).clip();
    assertThat(written).as("a bass clip in the chords' scene row").isNotNull();
    assertThat(written.notes()).hasSize(answer.get("notes").size()).isNotEmpty();
    assertThat(answer.get("message").asText())
        .startsWith("Heard Keys slot 3 (\"Chords A\"): key "
            + answer.at("/heard/camelot").asText() + " ("
            + answer.at("/heard/key").asText() + "), chords Am | F | C | G.");
  }

  @Test
  void theHighlightedMelodyIsHarmonisedOntoTheKeysTrackInItsSceneRow() throws Exception {
    Track lead = journey.studio.live.song.addMidiTrack("Lead", 4);
    int[] melody = {69, 72, 76, 74, 72, 71, 69, 64};
    List<Map<String, Object>> notes = new ArrayList<>();
    for (int i = 0; i < melody.length; i++) {
      notes.add(
          Map.of("pitch", melody[i], "start_time", i * 2.0, "duration", 2.0, "velocity", 100));
    }
    lead.slot(1).putClip(16, notes).named("Hook");
    journey.studio.live.song.view.select(lead, 1);
    journey.connected(keys);
    JsonNode answer = journey.call("POST", "/live/fit", "{\"part\":\"chords\",\"track\":\"Keys\"}");
    assertThat(answer.get("http_status").asInt()).as(answer.toString()).isEqualTo(200);
    assertThat(answer.at("/from/track").asText()).isEqualTo("Lead");
    assertThat(answer.at("/from/clip").asText()).isEqualTo("Hook");
    assertThat(answer.at("/live/confirmed").asBoolean()).as(answer.toString()).isTrue();
    Clip chords = keys.slot(1).clip();
    assertThat(chords).as("chords beside the melody, in its scene row").isNotNull();
    assertThat(chords.notes()).hasSize(answer.get("notes").size());
    assertThat(answer.get("message").asText())
        .startsWith(
            "Heard Lead slot 2 (\"Hook\"): key " + answer.at("/heard/camelot").asText());
  }
}
