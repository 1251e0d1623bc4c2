package ai.sergik.sidecar;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.api.Json;
import ai.sergik.link.DeviceLink;
import ai.sergik.osc.OscMessages;
import ai.sergik.osc.OscProtocol;
import ai.sergik.osc.OscReply;
import com.fasterxml.jackson.databind.JsonNode;
import com.illposed.osc.OSCMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code send_to_live} from HTTP and OSC reaches the device on the named track (protocol v2), or the device
 * active last, over real UDP sockets; the answer says which device got it and whether it confirmed the write.
 */
class SendToLiveTest {
  @RegisterExtension
  static final LiveSidecar sidecar = new LiveSidecar();

  static CompletableFuture<HttpResponse<String>> post(String json) {
    return sidecar.server.postJsonAsync("/gpt/generate", json);
  }

  /** Reads the pushed notes and answers {@code notes_received} with {@code extra} fields; returns the payload. */
  static JsonNode confirm(FakeDevice device, String extra) throws Exception {
    JsonNode pushed = Json.MAPPER.readTree(device.receiveNotes(OscProtocol.PUSH_REQUEST));
    device.send(OscMessages.action(
        0,
        OscProtocol.ACTION_NOTES_RECEIVED,
        "{\"push_id\":" + pushed.get(OscProtocol.PUSH_ID_FIELD).asInt() + ",\"count\":"
            + pushed.get("count").asInt() + extra + "}"));
    return pushed;
  }

  @Test
  void thePushReachesOnlyTheDeviceOnTheNamedTrackIgnoringCase() throws Exception {
    try (FakeDevice bass = new FakeDevice(sidecar.server.oscPort());
        FakeDevice keys = new FakeDevice(sidecar.server.oscPort())) {
      bass.hello("dev-bass", "Bass");
      sidecar.clock.advance(Duration.ofMillis(10));
      keys.hello("dev-keys", "Keys");
      keys.send(OscMessages.tempo(121));
      var answer = post(
          "{\"prompt\":\"16 bars of deep house chords in 10B\",\"send_to_live\":true,\"track\":\"bass\","
              + "\"play\":true}");
      JsonNode pushed = confirm(bass, "");
      assertThat(pushed.get("track").asText()).isEqualTo("Bass");
      assertThat(pushed.get("play").asBoolean()).isTrue();
      assertThat(pushed.get("key").asText()).isEqualTo("10B");

      HttpResponse<String> r = answer.get();
      assertThat(r.statusCode()).isEqualTo(200);
      JsonNode body = RunningSidecar.json(r);
      assertThat(body.get("notes")).isEqualTo(pushed.get("notes"));
      assertThat(body.get("tempo").asDouble())
          .as("Live's tempo when the prompt names none")
          .isEqualTo(121.0);
      JsonNode live = body.get("live");
      assertThat(live.get("confirmed").asBoolean()).isTrue();
      assertThat(live.get("device_connected").asBoolean()).isTrue();
      assertThat(live.get("device_id").asText()).isEqualTo("dev-bass");
      assertThat(live.get("track").asText()).isEqualTo("Bass");
      assertThat(live.get("sent_to").asText()).isEqualTo("127.0.0.1:" + bass.port());
      assertThat(live.get("push_id").asInt())
          .isEqualTo(pushed.get(OscProtocol.PUSH_ID_FIELD).asInt());
      assertThat(live.get("device_reply").get("count").asInt())
          .isEqualTo(pushed.get("count").asInt());
      assertThat(live.get("message").asText())
          .isEqualTo(
              "The device in Live confirmed it wrote the notes (the device on track \"Bass\").");

      // Keys got nothing: the first thing it receives is the push meant for it.
      var second = post(
          "{\"prompt\":\"4 bars of techno chords in 5A\",\"send_to_live\":true,\"track\":\"KEYS\"}");
      JsonNode toKeys = confirm(keys, "");
      assertThat(toKeys.get("key").asText()).isEqualTo("5A");
      assertThat(RunningSidecar.json(second.get()).get("live").get("device_id").asText())
          .isEqualTo("dev-keys");
    }
  }

  @Test
  void anUnknownTrackIsA400NamingTheConnectedTracks() throws Exception {
    try (FakeDevice bass = new FakeDevice(sidecar.server.oscPort());
        FakeDevice keys = new FakeDevice(sidecar.server.oscPort())) {
      bass.hello("dev-bass", "Bass");
      keys.hello("dev-keys", "Keys");
      HttpResponse<String> r = sidecar.server.postJson(
          "/gpt/generate",
          "{\"prompt\":\"8 bars of deep house chords in 10B\",\"send_to_live\":true,\"track\":\"Drums\"}");
      assertThat(r.statusCode()).isEqualTo(400);
      String message = RunningSidecar.json(r).get("message").asText();
      assertThat(message)
          .startsWith("track \"Drums\" has no connected SERGIK device; connected tracks: ")
          .contains("connected tracks: \"Bass\", \"Keys\" (");
    }
    sidecar.clock.advance(DeviceLink.HEARTBEAT_WINDOW.plusSeconds(1));
    HttpResponse<String> none = sidecar.server.postJson(
        "/gpt/generate",
        "{\"prompt\":\"8 bars of deep house chords in 10B\",\"send_to_live\":true,\"track\":\"Bass\"}");
    assertThat(none.statusCode()).isEqualTo(400);
    assertThat(RunningSidecar.json(none).get("message").asText())
        .isEqualTo(
            "track \"Bass\" has no connected SERGIK device; no SERGIK device is connected; load it on that track"
                + " in Live (or leave track out to use the device active last)");
  }

  @Test
  void withoutATrackThePushGoesToTheDeviceActiveLast() throws Exception {
    try (FakeDevice bass = sidecar.device("dev-bass", "Bass");
        FakeDevice keys = sidecar.device("dev-keys", "Keys")) {
      // Bass asks for something: it becomes the device the producer used last; Keys' heartbeat does
      // not change that.
      bass.send(OscMessages.generate(4, "{\"part\":\"bass\",\"bars\":1}"));
      bass.receiveNotes(4);
      sidecar.clock.advance(Duration.ofMillis(10));
      keys.hello("dev-keys", "Keys");
      var answer = post("{\"prompt\":\"techno drums\",\"send_to_live\":true}");
      confirm(bass, "");
      JsonNode live = RunningSidecar.json(answer.get()).get("live");
      assertThat(live.get("confirmed").asBoolean()).isTrue();
      assertThat(live.get("device_id").asText()).isEqualTo("dev-bass");
    }
  }

  /**
   * The message of the answer to {@code request} when the device on Keys confirms the push with {@code extra}; the
   * answer must not call the push confirmed.
   */
  static String messageNotConfirmedByKeys(String request, String extra) throws Exception {
    try (FakeDevice keys = new FakeDevice(sidecar.server.oscPort())) {
      keys.hello("dev-keys", "Keys");
      var answer = post(request);
      confirm(keys, extra);
      JsonNode live = RunningSidecar.json(answer.get()).get("live");
      assertThat(live.get("confirmed").asBoolean()).isFalse();
      return live.get("message").asText();
    }
  }

  @Test
  void aDeviceThatCouldNotWriteIsNotReportedAsConfirmed() throws Exception {
    assertThat(messageNotConfirmedByKeys(
            "{\"prompt\":\"techno chords\",\"send_to_live\":true,\"track\":\"Keys\"}",
            ",\"" + OscProtocol.PUSH_ERROR_FIELD + "\":\"no clip slot is selected\""))
        .isEqualTo(
            "The notes reached the device on track \"Keys\", but it could not write them: no clip slot is selected");
  }

  @Test
  void aDeviceAnsweringWrittenFalseIsNotReportedAsConfirmed() throws Exception {
    assertThat(messageNotConfirmedByKeys(
            "{\"prompt\":\"techno chords\",\"send_to_live\":true}",
            ",\"" + OscProtocol.PUSH_WRITTEN_FIELD + "\":false"))
        .endsWith("could not write them: the device says the notes were not written");
  }

  @Test
  void withoutAConfirmationTheAnswerSaysSo() throws Exception {
    try (FakeDevice device = new FakeDevice(sidecar.server.oscPort())) {
      device.hello("dev-silent", "Pads");
      HttpResponse<String> r = sidecar.server.postJson(
          "/gpt/generate", "{\"prompt\":\"techno drums\",\"send_to_live\":true}");
      assertThat(r.statusCode()).isEqualTo(200);
      JsonNode live = RunningSidecar.json(r).get("live");
      assertThat(live.get("confirmed").asBoolean()).isFalse();
      assertThat(live.get("message").asText())
          .isEqualTo(
              "Sent to the device on track \"Pads\", but it did not confirm within 1500 ms.");
      assertThat(device.receiveNotes(0)).contains("\"push_id\"");
    }
  }

  @Test
  void aDeviceUnheardForLongerThanTheHeartbeatWindowIsAbsent() throws Exception {
    try (FakeDevice keys = new FakeDevice(sidecar.server.oscPort())) {
      keys.hello("dev-keys", "Keys");
      sidecar.clock.advance(DeviceLink.HEARTBEAT_WINDOW);
      JsonNode health = RunningSidecar.json(sidecar.server.get("/health"));
      assertThat(OscServerTest.deviceEntry(health, "dev-keys").get("connected").asBoolean())
          .as("at the window's edge")
          .isTrue();
      sidecar.clock.advance(Duration.ofMillis(1));
      health = RunningSidecar.json(sidecar.server.get("/health"));
      assertThat(health.get("device").get("connected").asBoolean()).isFalse();
      JsonNode entry = OscServerTest.deviceEntry(health, "dev-keys");
      assertThat(entry.get("connected").asBoolean()).isFalse();
      assertThat(entry.get("seconds_since_seen").asDouble())
          .isEqualTo(DeviceLink.HEARTBEAT_WINDOW.toMillis() / 1000.0 + 0.001);
      assertThat(sidecar
              .server
              .postJson(
                  "/gpt/generate",
                  "{\"prompt\":\"techno drums\",\"send_to_live\":true,\"track\":\"Keys\"}")
              .statusCode())
          .isEqualTo(400);
      // its next heartbeat brings it back
      keys.hello("dev-keys", "Keys");
      assertThat(OscServerTest.deviceEntry(
                  RunningSidecar.json(sidecar.server.get("/health")), "dev-keys")
              .get("connected")
              .asBoolean())
          .isTrue();
    }
  }

  @Test
  void aDeviceCanPushToAnotherTrackOverOsc() throws Exception {
    try (FakeDevice bass = sidecar.device("dev-bass", "Bass");
        FakeDevice keys = sidecar.device("dev-keys", "Keys")) {
      keys.send(OscMessages.generate(
          12,
          "{\"prompt\":\"4 bars of walking bass in 8A\",\"send_to_live\":true,"
              + "\"track\":\"Bass\"}"));
      JsonNode pushed = confirm(bass, "");
      assertThat(pushed.get("part").asText()).isEqualTo("bass");
      OSCMessage reply = keys.receive();
      OscReply result = OscMessages.readReply(reply);
      assertThat(result.isError()).as(result.text()).isFalse();
      assertThat(result.request()).isEqualTo(12);
      JsonNode live = Json.MAPPER.readTree(result.text()).get("live");
      assertThat(live.get("confirmed").asBoolean()).isTrue();
      assertThat(live.get("track").asText()).isEqualTo("Bass");

      keys.send(OscMessages.generate(
          13, "{\"prompt\":\"techno drums\",\"send_to_live\":true,\"track\":\"Drums\"}"));
      OscReply unknown = OscMessages.readReply(keys.receive());
      assertThat(unknown)
          .isEqualTo(OscReply.error(
              13,
              "track \"Drums\" has no connected SERGIK device; connected tracks: "
                  + "\"Bass\", \"Keys\" (or leave track out to use the device active last)"));
    }
  }

  @Test
  void theAnswerSaysWhatWasUnderstoodAndMade() throws Exception {
    JsonNode body = RunningSidecar.json(
        sidecar.server.postJson("/gpt/generate", "{\"prompt\":\"generate chords in 10B\"}"));
    assertThat(body.get("status").asText()).isEqualTo("ok");
    assertThat(body.get("understood").get("key").get("value").asText()).isEqualTo("10B");
    assertThat(body.get("understood").get("key").get("from").asText()).isEqualTo("10B");
    assertThat(body.get("understood").get("part").get("value").asText()).isEqualTo("chords");
    assertThat(body.get("message").asText())
        .startsWith("Made 8 bars of house chords in 10B (D major) at ");
    assertThat(body.has("live")).isFalse();
    HttpResponse<String> unreadable = sidecar.server.postJson(
        "/gpt/generate", "{\"prompt\":\"something like a rainy afternoon\"}");
    assertThat(unreadable.statusCode()).isEqualTo(400);
    assertThat(RunningSidecar.json(unreadable).get("message").asText())
        .startsWith(
            "could not read a part, key, style, length or tempo in \"something like a rainy afternoon\"; try for example");
    HttpResponse<String> missing = sidecar.server.postJson("/gpt/generate", "{}");
    assertThat(RunningSidecar.json(missing).get("message").asText())
        .isEqualTo(
            "prompt must be a sentence such as \"8 bars of deep house chords in 10B\", got nothing");
  }
}
