package ai.sergik.sidecar;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.api.Json;
import ai.sergik.link.DeviceRequests;
import ai.sergik.osc.OscMessages;
import ai.sergik.osc.OscProtocol;
import com.fasterxml.jackson.databind.JsonNode;
import com.illposed.osc.OSCMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code POST /live/control} over real HTTP and UDP sockets to a device that answers {@code /ableton/set} from a small
 * Live set: each control changes it, in order, and the answer says what Live reports; Live's refusals, a missing
 * device, a silent device, a wrong field and a flood each get a clear error.
 */
class LiveControlTest {
  @RegisterExtension
  static final LiveSidecar sidecar = new LiveSidecar();

  static HttpResponse<String> control(String json) throws Exception {
    return sidecar.server.postJson("/live/control", json);
  }

  @Test
  void tempoThenPlayAreAppliedInOrderAndTheAnswerSaysWhatLiveReports() throws Exception {
    FakeLive live = new FakeLive(8, "Kick", "Bass", "Keys");
    try (FakeDevice d = sidecar.device("dev-keys", "Keys", live)) {
      HttpResponse<String> r = control("{\"controls\":[{\"tempo\":122},{\"transport\":\"play\"}]}");
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      JsonNode body = RunningSidecar.json(r);
      assertThat(live.sets)
          .extracting(JsonNode::toString)
          .containsExactly("{\"tempo\":122.0}", "{\"transport\":\"play\"}");
      assertThat(live.tempo).isEqualTo(122.0);
      assertThat(live.transport).isEqualTo("playing");
      assertThat(body.get("live").get("tempo").asDouble()).isEqualTo(122.0);
      assertThat(body.get("live").get("is_playing").asBoolean()).isTrue();
      assertThat(body.get("results")).hasSize(2);
      assertThat(body.get("device_id").asText()).isEqualTo("dev-keys");
      assertThat(body.get("message").asText())
          .isEqualTo("Done: tempo 122, transport play. Live now reports tempo 122 BPM; playing.");
    }
  }

  @Test
  void trackControlsGoThroughTheDeviceOnThatTrackAndReportTheTracksState() throws Exception {
    FakeLive live = new FakeLive(8, "Drums", "Bass", "Keys");
    try (FakeDevice keys = sidecar.device("dev-keys", "Keys", live);
        FakeDevice bass = sidecar.device("dev-bass", "Bass", live)) {
      JsonNode muted =
          RunningSidecar.json(control("{\"track\":\"drums\",\"param\":\"mute\",\"value\":1}"));
      assertThat(live.track("Drums").mute).isTrue();
      assertThat(muted.get("live").get("mute").asBoolean()).isTrue();
      assertThat(muted.get("message").asText())
          .isEqualTo("Done: drums mute on. Live now reports Drums: volume 0 dB,"
              + " pan 0, mute on, solo off, arm off.");

      JsonNode down =
          RunningSidecar.json(control("{\"track\":\"Bass\",\"param\":\"volume\",\"delta_db\":-3}"));
      assertThat(down.get("device_id").asText())
          .as("the device on the Bass track applies it")
          .isEqualTo("dev-bass");
      down =
          RunningSidecar.json(control("{\"track\":\"Bass\",\"param\":\"volume\",\"delta_db\":-3}"));
      assertThat(live.track("Bass").volumeDb).isEqualTo(-6.0);
      assertThat(down.get("live").get("volume_db").asDouble()).isEqualTo(-6.0);
      assertThat(down.get("message").asText()).contains("Bass: volume -6 dB");

      JsonNode solo =
          RunningSidecar.json(control("{\"track\":\"Keys\",\"param\":\"solo\",\"value\":true}"));
      assertThat(live.track("Keys").solo).isTrue();
      assertThat(solo.get("device_id").asText()).isEqualTo("dev-keys");
      RunningSidecar.json(control("{\"track\":\"Keys\",\"param\":\"pan\",\"value\":-0.5}"));
      assertThat(live.track("Keys").pan).isEqualTo(-0.5);
      RunningSidecar.json(control("{\"track\":\"Keys\",\"param\":\"arm\",\"value\":true}"));
      assertThat(live.track("Keys").arm).isTrue();

      JsonNode fired = RunningSidecar.json(control("{\"fire\":{\"track\":\"Bass\",\"slot\":2}}"));
      JsonNode scene = RunningSidecar.json(control("{\"scene\":3}"));
      assertThat(live.fired).containsExactly("Bass 2", "scene 3");
      assertThat(fired.get("message").asText())
          .isEqualTo(
              "Done: fire Bass slot 2. Live now reports fired Bass slot 2 (an empty slot: it stops that track).");
      assertThat(scene.get("message").asText())
          .isEqualTo("Done: fire scene 3. Live now reports fired scene 3 (Scene 3).");
    }
  }

  @Test
  void liveRefusalsArePassedOnAs400WithTheDevicesWords() throws Exception {
    FakeLive live = new FakeLive(8, "Kick", "Bass", "Keys");
    try (FakeDevice d = sidecar.device("dev-keys", "Keys", live)) {
      HttpResponse<String> unknown =
          control("{\"track\":\"Drums\",\"param\":\"mute\",\"value\":true}");
      assertThat(unknown.statusCode()).isEqualTo(400);
      assertThat(RunningSidecar.json(unknown).get("message").asText())
          .isEqualTo("Live refused it: no track 'Drums'; tracks: Kick, Bass, Keys");
      HttpResponse<String> slot = control("{\"fire\":{\"track\":\"Bass\",\"slot\":9}}");
      assertThat(slot.statusCode()).isEqualTo(400);
      assertThat(RunningSidecar.json(slot).get("message").asText())
          .isEqualTo("Live refused it: slot 9 out of range 1..8 on track 'Bass'");

      HttpResponse<String> midway =
          control("{\"controls\":[{\"tempo\":124},{\"scene\":12},{\"transport\":\"play\"}]}");
      assertThat(midway.statusCode()).isEqualTo(400);
      assertThat(RunningSidecar.json(midway).get("message").asText())
          .isEqualTo(
              "fire scene 12 (control 2 of 3) failed:"
                  + " Live refused it: scene 12 out of range 1..8; applied before it: tempo 124 (Live reported tempo 124 BPM)");
      assertThat(live.transport).as("nothing after the refused control").isEqualTo("stopped");
    }
  }

  @Test
  void badControlsAreRefusedBeforeAnythingReachesLive() throws Exception {
    FakeLive live = new FakeLive(8, "Bass");
    try (FakeDevice d = sidecar.device("dev-bass", "Bass", live)) {
      assertThat(message(control("{\"tempo\":1000}")))
          .isEqualTo("tempo must be a number 20..999 BPM, got 1000");
      assertThat(message(control("{\"transport\":\"rewind\"}")))
          .isEqualTo("transport must be one of play, stop, continue, got \"rewind\"");
      assertThat(message(control("{\"track\":\"Bass\",\"param\":\"volume\",\"value\":12}")))
          .isEqualTo("value must be a number -70..6 dB (volume), got 12");
      assertThat(message(control("{\"track\":\"Bass\",\"param\":\"colour\",\"value\":1}")))
          .isEqualTo("param must be one of volume, pan, mute, solo, arm, got \"colour\"");
      assertThat(message(control("{\"controls\":[{\"tempo\":120},{\"scene\":0}]}")))
          .isEqualTo(
              "controls[1].scene must be a scene number counted from 1 (the first scene is 1), got 0");
      assertThat(message(control("{\"tempo\":120,\"scene\":2}")))
          .startsWith("scene does not go with tempo; one control is one change: ");
      assertThat(message(control("{\"volume\":3}")))
          .startsWith("the body must be a control: {\"tempo\":122}, ");
      assertThat(live.sets).isEmpty();
    }
  }

  static String message(HttpResponse<String> r) throws Exception {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    return RunningSidecar.json(r).get("message").asText();
  }

  @Test
  void withoutAConnectedDeviceTheAnswerIs409SayingWhatWouldHelp() throws Exception {
    HttpResponse<String> r = control("{\"tempo\":122}");
    assertThat(r.statusCode()).isEqualTo(409);
    JsonNode body = RunningSidecar.json(r);
    assertThat(body.get("error").asText()).isEqualTo("no_device");
    assertThat(body.get("message").asText())
        .isEqualTo(
            "no SERGIK device is connected to Live, so nothing in Live can be"
                + " changed; add the SERGIK device to a track in Live (any track; it connects to this sidecar by itself) and try again");
  }

  @Test
  void aDeviceThatDoesNotAnswerIsA504AndAnAnswerFromAnotherDeviceDoesNotCount() throws Exception {
    try (FakeDevice silent = new FakeDevice(sidecar.server.oscPort());
        FakeDevice other = new FakeDevice(sidecar.server.oscPort())) {
      other.hello("dev-other", "Keys");
      sidecar.clock.advance(Duration.ofMillis(10));
      silent.hello("dev-silent", "Bass");
      var answer = sidecar.server.postJsonAsync(
          "/live/control", "{\"track\":\"Bass\",\"param\":\"mute\",\"value\":true}");
      OSCMessage asked = silent.receive();
      assertThat(asked.getAddress()).isEqualTo(OscProtocol.SET);
      var request = OscMessages.readRequest(asked);
      assertThat(Json.MAPPER.readTree(request.text()).toString())
          .isEqualTo("{\"track\":\"Bass\",\"param\":\"mute\",\"value\":true}");
      // Another connected device answers under the same id first: ignored, the answer is the asked
      // device's own.
      other.send(OscMessages.result(request.request(), "{\"track\":\"Bass\",\"mute\":false}"));
      silent.send(OscMessages.result(request.request(), "{\"track\":\"Bass\",\"mute\":true}"));
      JsonNode body = RunningSidecar.json(answer.get());
      assertThat(body.get("live").get("mute").asBoolean()).isTrue();
      assertThat(body.get("device_id").asText()).isEqualTo("dev-silent");

      HttpResponse<String> late = control("{\"tempo\":121}");
      assertThat(late.statusCode()).isEqualTo(504);
      assertThat(RunningSidecar.json(late).get("message").asText())
          .startsWith("The device on track \"Bass\" did not answer /ableton/set within 1500 ms");
    }
  }

  @Test
  void aFloodOfControlsIsRateLimited() throws Exception {
    FakeLive live = new FakeLive(8, "Bass");
    try (FakeDevice d = sidecar.device("dev-bass", "Bass", live)) {
      for (int i = 0; i < DeviceRequests.BURST; i++) {
        assertThat(control("{\"tempo\":" + (100 + i) + "}").statusCode()).isEqualTo(200);
      }
      HttpResponse<String> refused = control("{\"tempo\":99}");
      assertThat(refused.statusCode()).isEqualTo(429);
      assertThat(RunningSidecar.json(refused).get("message").asText())
          .startsWith("too many requests to Live: at most 20 a second");
      assertThat(live.sets).hasSize(DeviceRequests.BURST);
      sidecar.clock.advance(Duration.ofMillis(1000 / DeviceRequests.RATE_PER_SECOND));
      assertThat(control("{\"tempo\":99}").statusCode()).as("a token later").isEqualTo(200);
    }
  }
}
