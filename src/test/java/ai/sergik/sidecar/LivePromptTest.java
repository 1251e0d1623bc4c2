package ai.sergik.sidecar;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.api.Json;
import ai.sergik.link.DeviceLink;
import ai.sergik.osc.OscMessages;
import ai.sergik.osc.OscReply;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Prompts that act on Live, through {@code /gpt/generate} and the device's own {@code /sergik/generate
 * {"prompt"}}, to a device over UDP and back: each control changes the set and the answer says what Live now reports;
 * fit prompts read a clip, write the fitted part and name the key and chords.
 */
class LivePromptTest {
  @RegisterExtension
  static final LiveSidecar sidecar = new LiveSidecar();

  static JsonNode prompt(String prompt) throws Exception {
    HttpResponse<String> r = sidecar.server.postJson(
        "/gpt/generate", Json.MAPPER.createObjectNode().put("prompt", prompt).toString());
    assertThat(r.statusCode()).as(prompt + ": " + r.body()).isEqualTo(200);
    JsonNode body = RunningSidecar.json(r);
    assertThat(body.get("parsed_by").asText()).isEqualTo("live");
    assertThat(body.get("prompt").asText()).isEqualTo(prompt);
    return body;
  }

  @Test
  void eachControlPromptChangesLiveAndTheAnswerSaysWhatLiveNowReports() throws Exception {
    FakeLive live = new FakeLive(8, "Drums", "Bass", "Keys");
    live.clip("Bass", 2, "Bass B", 4, new double[][] {{45, 0, 1}});
    try (FakeDevice d = sidecar.device("dev-keys", "Keys", live)) {
      assertThat(
              prompt("set the tempo to 122 and start playback").get("message").asText())
          .isEqualTo("Done: tempo 122, transport play. Live now reports tempo 122 BPM; playing.");
      assertThat(live.tempo).isEqualTo(122.0);
      assertThat(live.transport).isEqualTo("playing");

      JsonNode mute = prompt("mute the drums");
      assertThat(live.track("Drums").mute).isTrue();
      assertThat(mute.get("message").asText())
          .isEqualTo("Done: drums mute on. Live now reports Drums: volume 0 dB, pan 0,"
              + " mute on, solo off, arm off.");
      assertThat(mute.at("/understood/controls/0").toString())
          .isEqualTo("{\"track\":\"drums\",\"param\":\"mute\",\"value\":true}");

      live.track("Bass").mute = true;
      assertThat(prompt("unmute the bass").get("message").asText())
          .contains("Bass: ")
          .contains("mute off");
      assertThat(live.track("Bass").mute).isFalse();
      assertThat(prompt("solo keys").get("message").asText())
          .contains("Keys: ")
          .contains("solo on");
      assertThat(live.track("Keys").solo).isTrue();
      assertThat(prompt("fire scene 3").get("message").asText())
          .isEqualTo("Done: fire scene 3. Live now reports fired scene 3 (Scene 3).");
      assertThat(prompt("fire clip 2 on the Bass track").get("message").asText())
          .isEqualTo("Done: fire Bass slot 2. Live now reports fired Bass slot 2.");
      assertThat(live.fired).containsExactly("scene 3", "Bass 2");
      assertThat(prompt("bring the bass down 3 dB").get("message").asText())
          .isEqualTo(
              "Done: bass volume -3 dB. Live now reports Bass: volume -3 dB, pan 0, mute off, solo off, arm off.");
      assertThat(live.track("Bass").volumeDb).isEqualTo(-3.0);
      assertThat(prompt("stop").get("message").asText())
          .isEqualTo("Done: transport stop. Live now reports stopped.");
      assertThat(live.transport).isEqualTo("stopped");

      HttpResponse<String> refused =
          sidecar.server.postJson("/gpt/generate", "{\"prompt\":\"mute the strings\"}");
      assertThat(refused.statusCode()).isEqualTo(400);
      assertThat(RunningSidecar.json(refused).get("message").asText())
          .isEqualTo("Live refused it: no track 'strings'; tracks: Drums, Bass, Keys");
    }
    sidecar.clock.advance(DeviceLink.HEARTBEAT_WINDOW.plusSeconds(1));
    HttpResponse<String> none =
        sidecar.server.postJson("/gpt/generate", "{\"prompt\":\"mute the drums\"}");
    assertThat(none.statusCode()).isEqualTo(409);
    assertThat(RunningSidecar.json(none).get("message").asText())
        .contains("add the SERGIK device to a track");
    // A generation prompt is still one.
    assertThat(RunningSidecar.json(sidecar.server.postJson(
                "/gpt/generate", "{\"prompt\":\"drum and bass drums at 174 bpm\"}"))
            .get("parsed_by")
            .asText())
        .isEqualTo("parser");
  }

  @Test
  void aBasslineForTheChordsOnTheKeysTrackGoesOntoTheNamedTrackAndNamesTheKeyAndChords()
      throws Exception {
    FakeLive live = FakeLive.withChordsOnKeys();
    try (FakeDevice keys = sidecar.device("dev-keys", "Keys", live);
        FakeDevice bass = sidecar.device("dev-bass", "Bass", live)) {
      JsonNode body = prompt("a bassline for the chords on the Keys track onto the Bass track");
      assertThat(body.at("/understood/part").asText()).isEqualTo("bass");
      assertThat(body.at("/understood/to_track").asText()).isEqualTo("Bass");
      assertThat(body.at("/live/confirmed").asBoolean()).isTrue();
      assertThat(live.written).hasSize(1);
      assertThat(live.written.get(0).get("track").asText()).isEqualTo("Bass");
      assertThat(live.written.get(0).get("slot").asInt()).isEqualTo(1);
      assertThat(body.get("message").asText())
          .startsWith("Heard Keys slot 1 (\"Chords A\"): key "
              + body.at("/heard/camelot").asText() + " ("
              + body.at("/heard/key").asText() + "), chords ")
          .contains(body.at("/heard/chords/0/name").asText())
          .contains("The device in Live confirmed it wrote the notes"
              + " (the device on track \"Bass\").");
    }
  }

  @Test
  void overOscTheFittedPartGoesToTheAskingDevicesOwnTrackAndItHearsWhatWasDone() throws Exception {
    FakeLive live = FakeLive.withChordsOnKeys();
    try (FakeDevice keys = sidecar.device("dev-keys", "Keys", live);
        FakeDevice bass = sidecar.device("dev-bass", "Bass", live)) {
      bass.send(
          OscMessages.generate(21, "{\"prompt\":\"a bassline for the chords on the Keys track\"}"));
      OscReply reply = bass.nextReply();
      assertThat(reply.isError()).as(reply.text()).isFalse();
      assertThat(reply.request()).isEqualTo(21);
      JsonNode answer = Json.MAPPER.readTree(reply.text());
      assertThat(answer.get("message").asText())
          .startsWith("Heard Keys slot 1 (\"Chords A\"): key ");
      assertThat(answer.at("/live/track").asText()).isEqualTo("Bass");
      assertThat(live.written).hasSize(1);
      assertThat(live.written.get(0).get("track").asText()).isEqualTo("Bass");

      keys.send(OscMessages.generate(22, "{\"prompt\":\"set the tempo to 118\"}"));
      OscReply tempo = keys.nextReply();
      assertThat(Json.MAPPER.readTree(tempo.text()).get("message").asText())
          .isEqualTo("Done: tempo 118. Live now reports tempo 118 BPM.");
      assertThat(live.tempo).isEqualTo(118.0);
    }
  }

  @Test
  void harmoniseThisMelodyUsesTheNotesGivenOrTheHighlightedClip() throws Exception {
    String melody = "[{\"pitch\":69,\"start_time\":0,\"duration\":1,\"velocity\":100},"
        + "{\"pitch\":72,\"start_time\":1,\"duration\":1,\"velocity\":100},{\"pitch\":76,\"start_time\":2,\"duration\":2,\"velocity\":100},"
        + "{\"pitch\":74,\"start_time\":4,\"duration\":2,\"velocity\":100},{\"pitch\":72,\"start_time\":6,\"duration\":2,\"velocity\":100}]";
    HttpResponse<String> r = sidecar.server.postJson(
        "/gpt/generate", "{\"prompt\":\"harmonise this melody\",\"notes\":" + melody + "}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode given = RunningSidecar.json(r);
    assertThat(given.at("/understood/from").asText()).isEqualTo("the notes given");
    assertThat(given.get("part").asText()).isEqualTo("chords");
    assertThat(given.get("message").asText())
        .startsWith("Heard the notes given: key " + given.at("/heard/camelot").asText())
        .contains("chords " + given.at("/heard/chords/0/name").asText());
    assertThat(given.has("live")).isFalse();

    FakeLive live = new FakeLive(8, "Lead", "Keys");
    live.clip("Lead", 2, "Hook", 8, new double[][] {
      {69, 0, 1}, {72, 1, 1}, {76, 2, 2}, {74, 4, 2}, {72, 6, 2}
    });
    live.highlightedTrack = "Lead";
    live.highlightedSlot = 2;
    try (FakeDevice keys = sidecar.device("dev-keys", "Keys", live)) {
      JsonNode read = prompt("harmonise this melody");
      assertThat(read.at("/from/track").asText()).isEqualTo("Lead");
      assertThat(read.get("notes")).isEqualTo(given.get("notes"));
      assertThat(live.written).hasSize(1);
      assertThat(live.written.get(0).get("slot").asInt())
          .as("beside the melody, in its scene row")
          .isEqualTo(2);
      assertThat(read.get("message").asText()).startsWith("Heard Lead slot 2 (\"Hook\"): key ");
    }
  }
}
