package ai.sergik.sidecar;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.api.Json;
import ai.sergik.link.DeviceLink;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code POST /live/fit} over real sockets: a clip read from Live through a device ({@code /ableton/read}, the
 * chunked {@code /sergik/clip} put back together), a part fitted to it, and the part pushed to another track's device
 * into the same scene row; the answer names the key and chords heard.
 */
class LiveFitTest {
  @RegisterExtension
  static final LiveSidecar sidecar = new LiveSidecar();

  @Test
  void aBasslineForTheChordsOnTheKeysTrackLandsOnTheBassTrackInTheSameScene() throws Exception {
    FakeLive live = FakeLive.withChordsOnKeys();
    try (FakeDevice keys = sidecar.device("dev-keys", "Keys", live);
        FakeDevice bass = sidecar.device("dev-bass", "Bass", live)) {
      HttpResponse<String> r = sidecar.server.postJson(
          "/live/fit", "{\"from_track\":\"Keys\",\"part\":\"bass\",\"track\":\"Bass\",\"seed\":3}");
      assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
      JsonNode body = RunningSidecar.json(r);
      assertThat(body.at("/from/track").asText()).isEqualTo("Keys");
      assertThat(body.at("/from/slot").asInt()).isEqualTo(1);
      assertThat(body.at("/from/notes").asInt()).isEqualTo(12);
      assertThat(body.at("/heard/chords")).hasSize(4);
      assertThat(body.at("/live/confirmed").asBoolean()).isTrue();
      assertThat(body.at("/live/device_id").asText()).isEqualTo("dev-bass");
      assertThat(live.written).hasSize(1);
      JsonNode pushed = live.written.get(0);
      assertThat(pushed.get("track").asText()).isEqualTo("Bass");
      assertThat(pushed.get("slot").asInt())
          .as("the scene row the chords were read from")
          .isEqualTo(1);
      assertThat(pushed.get("notes")).isEqualTo(body.get("notes"));
      String key = body.at("/heard/camelot").asText();
      StringBuilder chords = new StringBuilder();
      body.at("/heard/chords")
          .forEach(c -> chords
              .append(chords.length() == 0 ? "" : " | ")
              .append(c.get("name").asText()));
      assertThat(body.get("message").asText())
          .startsWith("Heard Keys slot 1 (\"Chords A\"): key " + key + " ("
              + body.at("/heard/key").asText() + "), chords " + chords + ". Made bass to fit: "
              + body.get("notes").size() + " notes.");

      // The same notes given directly fit the same way (the clip was read whole and unchanged).
      ObjectNode direct = Json.MAPPER.createObjectNode();
      direct.set(
          "notes",
          ai.sergik.live.LiveFit.apiNotes(
              live.read(Json.MAPPER.readTree("{\"track\":\"Keys\",\"slot\":1}")).get("notes")));
      direct.put("part", "bass").put("seed", 3).put("length_beats", 16.0);
      JsonNode same =
          RunningSidecar.json(sidecar.server.postJson("/generate/fit", direct.toString()));
      assertThat(same.get("notes")).isEqualTo(body.get("notes"));
    }
  }

  @Test
  void withoutATrackTheHighlightedClipIsReadAndALargeClipComesBackWholeInChunks() throws Exception {
    FakeLive live = new FakeLive(8, "Lead", "Bass");
    int count = 600; // about 40 KB of JSON: several /sergik/clip datagrams
    double[][] notes = new double[count][];
    int[] scale = {60, 62, 64, 65, 67, 69, 71, 72};
    for (int i = 0; i < count; i++) {
      notes[i] = new double[] {scale[i % scale.length], i * 0.25, 0.25};
    }
    live.clip("Lead", 3, "Long run", count * 0.25, notes);
    live.highlightedTrack = "Lead";
    live.highlightedSlot = 3;
    try (FakeDevice bass = sidecar.device("dev-bass", "Bass", live)) {
      JsonNode body = RunningSidecar.json(
          sidecar.server.postJson("/live/fit", "{\"part\":\"chords\",\"send_to_live\":false}"));
      assertThat(body.at("/from/track").asText()).as(body.toString()).isEqualTo("Lead");
      assertThat(body.at("/from/slot").asInt()).isEqualTo(3);
      assertThat(body.at("/from/notes").asInt()).isEqualTo(count);
      assertThat(body.has("live")).isFalse();
      assertThat(live.written).isEmpty();
      assertThat(body.at("/heard/camelot").asText()).isEqualTo("8B");
    }
  }

  @Test
  void clipChunksOutOfOrderAndTwiceComeTogetherAndChunksNobodyAskedForAreNotHeld()
      throws Exception {
    FakeLive live = new FakeLive(8, "Lead", "Bass");
    double[][] notes = new double[400][];
    for (int i = 0; i < notes.length; i++) {
      notes[i] = new double[] {60 + (i * 7) % 12, i * 0.5, 0.5};
    }
    live.clip("Lead", 1, "Run", 200, notes);
    try (FakeDevice d = sidecar.device("dev-bass", "Bass", live)) {
      d.clipDelivery = chunks -> {
        java.util.List<com.illposed.osc.OSCMessage> shuffled = new java.util.ArrayList<>(chunks);
        java.util.Collections.reverse(shuffled);
        shuffled.add(1, shuffled.get(0));
        return shuffled;
      };
      JsonNode body = RunningSidecar.json(
          sidecar.server.postJson("/live/fit", "{\"from_track\":\"Lead\",\"send_to_live\":false}"));
      assertThat(body.at("/from/notes").asInt()).as(body.toString()).isEqualTo(notes.length);
      String json = live.read(Json.MAPPER.readTree("{\"track\":\"Lead\"}")).toString();
      assertThat(ai.sergik.osc.OscMessages.clip(1, json))
          .as("the clip came in several datagrams")
          .hasSizeGreaterThan(2);

      // A chunk of a clip no read is waiting for is dropped, not held.
      d.send(ai.sergik.osc.OscMessages.clip(977, json).get(0));
      // The sidecar reads datagrams in order: once it has answered the next one, it has dealt with
      // the chunk.
      d.send(ai.sergik.osc.OscMessages.action(978, "no_such_action", "{}"));
      assertThat(d.nextReply().text()).startsWith("unknown action no_such_action");
      assertThat(sidecar.server.sidecar.device().requests().clipCharsHeld()).isZero();
    }
  }

  @Test
  void aClipLiveCannotReadOrNoDeviceIsAClearError() throws Exception {
    FakeLive live = FakeLive.withChordsOnKeys();
    try (FakeDevice keys = sidecar.device("dev-keys", "Keys", live)) {
      HttpResponse<String> empty =
          sidecar.server.postJson("/live/fit", "{\"from_track\":\"Drums\"}");
      assertThat(empty.statusCode()).isEqualTo(400);
      assertThat(RunningSidecar.json(empty).get("message").asText())
          .isEqualTo("Live refused it: slot 1 on track 'Drums' has no clip");
      HttpResponse<String> slot =
          sidecar.server.postJson("/live/fit", "{\"from_track\":\"Keys\",\"from_slot\":9}");
      assertThat(RunningSidecar.json(slot).get("message").asText())
          .isEqualTo("Live refused it: slot 9 out of range 1..8 on track 'Keys'");
      HttpResponse<String> both =
          sidecar.server.postJson("/live/fit", "{\"from_track\":\"Keys\",\"notes\":[]}");
      assertThat(RunningSidecar.json(both).get("message").asText())
          .startsWith("give either notes or from_track");
    }
    sidecar.clock.advance(DeviceLink.HEARTBEAT_WINDOW.plusSeconds(1));
    HttpResponse<String> none = sidecar.server.postJson("/live/fit", "{\"from_track\":\"Keys\"}");
    assertThat(none.statusCode()).isEqualTo(409);
    assertThat(RunningSidecar.json(none).get("message").asText())
        .contains("add the SERGIK device to a track in Live");
  }
}
