package ai.sergik.sidecar;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.api.Json;
import ai.sergik.music.NoteJson;
import ai.sergik.osc.Ack;
import ai.sergik.osc.OscMessages;
import ai.sergik.osc.OscProtocol;
import ai.sergik.osc.OscReply;
import ai.sergik.osc.TrackParameter;
import ai.sergik.osc.Transport;
import com.fasterxml.jackson.databind.JsonNode;
import com.illposed.osc.OSCMessage;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The device's side of the protocol over real UDP sockets against the running sidecar. */
class OscServerTest {
  static final TestClock clock = new TestClock();

  @RegisterExtension
  static final RunningSidecar server = RunningSidecar.perClass(SidecarConfig.loopback(0, 0), clock);

  FakeDevice device;

  @BeforeEach
  void connect() throws Exception {
    device = new FakeDevice(server.oscPort());
    device.hello("dev-" + device.port(), "Keys " + device.port());
  }

  @AfterEach
  void disconnect() {
    device.close();
  }

  OscReply error() throws Exception {
    OSCMessage m = device.receive();
    assertThat(m.getAddress()).isEqualTo(OscProtocol.ERROR);
    return OscMessages.readReply(m);
  }

  @Test
  void handshakeIsAcknowledgedAndHealthShowsTheDevice() throws Exception {
    device.send(OscMessages.test(4242, "dev-" + device.port(), "Keys " + device.port()));
    Ack ack = OscMessages.readAck(device.receive());
    assertThat(ack).isEqualTo(new Ack(4242, "test", 2));
    JsonNode health = RunningSidecar.json(server.get("/health"));
    assertThat(health.get("device").get("connected").asBoolean()).isTrue();
    JsonNode entry = deviceEntry(health, "dev-" + device.port());
    assertThat(entry.get("connected").asBoolean()).isTrue();
    assertThat(entry.get("track").asText()).isEqualTo("Keys " + device.port());
    assertThat(entry.get("protocol").asInt()).isEqualTo(2);
    assertThat(entry.get("address").asText()).isEqualTo("127.0.0.1:" + device.port());
    assertThat(entry.get("last_seen").asText()).isEqualTo(clock.instant().toString());
  }

  @Test
  void aVersionOneHandshakeIsAnsweredInVersionOneAndListedByAddress() throws Exception {
    try (FakeDevice old = new FakeDevice(server.oscPort())) {
      old.send(OscMessages.test(31));
      assertThat(OscMessages.readAck(old.receive())).isEqualTo(new Ack(31, "test", 1));
      JsonNode entry =
          deviceEntry(RunningSidecar.json(server.get("/health")), "v1@127.0.0.1:" + old.port());
      assertThat(entry.get("protocol").asInt()).isEqualTo(1);
      assertThat(entry.get("track").isNull()).isTrue();
      assertThat(entry.get("connected").asBoolean()).isTrue();
      old.send(OscMessages.generate(3, "{\"part\":\"chords\",\"bars\":1}"));
      assertThat(Json.MAPPER.readTree(old.receiveNotes(3)).get("part").asText())
          .isEqualTo("chords");
    }
  }

  @Test
  void aDeviceThatHasNotReadItsIdYetIsListedByAddressWithItsTrack() throws Exception {
    try (FakeDevice fresh = new FakeDevice(server.oscPort())) {
      fresh.send(OscMessages.test(41, "", "Drums"));
      assertThat(OscMessages.readAck(fresh.receive())).isEqualTo(new Ack(41, "test", 2));
      JsonNode entry =
          deviceEntry(RunningSidecar.json(server.get("/health")), "v2@127.0.0.1:" + fresh.port());
      assertThat(entry.get("track").asText()).isEqualTo("Drums");
      // once it knows its id, the same socket is that device (not two)
      fresh.hello("dev-drums", "Drums");
      JsonNode devices = RunningSidecar.json(server.get("/health")).get("devices");
      assertThat(devices.findValuesAsText("address")).containsOnlyOnce("127.0.0.1:" + fresh.port());
    }
  }

  static JsonNode deviceEntry(JsonNode health, String id) {
    for (JsonNode d : health.get("devices")) {
      if (d.get("id").asText().equals(id)) {
        return d;
      }
    }
    throw new AssertionError("no device " + id + " in " + health.get("devices"));
  }

  @Test
  void tempoTransportAndTrackParametersAreTracked() throws Exception {
    device.send(OscMessages.tempo(123.5));
    device.send(OscMessages.transport(new Transport("playing", 32.0)));
    device.send(OscMessages.track(new TrackParameter(2, "name", "Keys")));
    device.send(OscMessages.track(new TrackParameter(2, "volume", 0.5)));
    // state updates are not answered; a handshake after them proves they were processed in order
    device.send(OscMessages.test(2, "dev-" + device.port(), "Keys " + device.port()));
    assertThat(OscMessages.readAck(device.receive()).nonce()).isEqualTo(2);
    JsonNode d = RunningSidecar.json(server.get("/health")).get("device");
    assertThat(d.get("tempo").asDouble()).isEqualTo(123.5);
    assertThat(d.get("transport").get("state").asText()).isEqualTo("playing");
    assertThat(d.get("transport").get("beats").asDouble()).isEqualTo(32.0);
    assertThat(d.get("tracks").get("2").get("name").asText()).isEqualTo("Keys");
    assertThat(d.get("tracks").get("2").get("volume").asDouble()).isEqualTo(0.5);
  }

  /** The notes payload the sidecar answers to {@code /sergik/generate} of {@code json} as request {@code id}. */
  String generate(int id, String json) throws Exception {
    device.send(OscMessages.generate(id, json));
    return device.receiveNotes(id);
  }

  @Test
  void generateAnswersNotesForTheSameRequestId() throws Exception {
    String payload = generate(17, "{\"part\":\"bass\",\"key\":\"8A\",\"bars\":2,\"seed\":4}");
    JsonNode body = Json.MAPPER.readTree(payload);
    assertThat(body.get("part").asText()).isEqualTo("bass");
    assertThat(body.get("key").asText()).isEqualTo("8A");
    assertThat(body.has("status")).isFalse();
    assertThat(NoteJson.parse(payload)).hasSize(body.get("count").asInt());
    // the same request over HTTP gives the same notes
    JsonNode http = RunningSidecar.json(
        server.postJson("/generate/walking_bass", "{\"key\":\"8A\",\"bars\":2,\"seed\":4}"));
    assertThat(body.get("notes")).isEqualTo(http.get("notes"));
  }

  @Test
  void largeResultsArriveInSeveralChunksThatReassemble() throws Exception {
    String payload = generate(5, "{\"part\":\"arp\",\"bars\":32,\"rate\":\"1/32\",\"octaves\":4}");
    JsonNode body = Json.MAPPER.readTree(payload);
    assertThat(payload.length()).isGreaterThan(3 * 8000);
    assertThat(body.get("notes").size()).isEqualTo(body.get("count").asInt());
  }

  @Test
  void aPromptIsReadLikeOverHttp() throws Exception {
    JsonNode body =
        Json.MAPPER.readTree(generate(9, "{\"prompt\":\"4 bars of techno chords in 5A\"}"));
    assertThat(body.get("key").asText()).isEqualTo("5A");
    assertThat(body.get("bars").asInt()).isEqualTo(4);
    assertThat(body.get("style").asText()).isEqualTo("techno");
    assertThat(body.get("parsed_by").asText()).isEqualTo("parser");
  }

  @Test
  void badRequestsAreAnsweredWithErrorsForTheirRequestId() throws Exception {
    device.send(OscMessages.generate(21, "{\"bars\":99}"));
    assertThat(error()).isEqualTo(OscReply.error(21, "bars must be an integer 1..64, got 99"));
    device.send(OscMessages.generate(22, "{not json"));
    OscReply bad = error();
    assertThat(bad.request()).isEqualTo(22);
    assertThat(bad.text()).startsWith("generate request 22: JSON is not valid:");
    device.send(OscMessages.action(23, "no_such_action", "{}"));
    assertThat(error().text()).startsWith("unknown action no_such_action; known actions:");
    device.send(new OSCMessage(OscProtocol.GENERATE, Arrays.<Object>asList("x", 1)));
    assertThat(error())
        .isEqualTo(OscReply.error(0, "/sergik/generate expects (i request, s json), got (s, i)"));
  }

  @Test
  void malformedAndUnknownPacketsAreAnsweredAndTheServerKeepsServing() throws Exception {
    device.sendRaw("hello".getBytes());
    assertThat(error().text())
        .isEqualTo(
            "not an OSC message: a datagram must start with an address such as /sergik/test");
    device.send(new OSCMessage("/sergik/nope", Arrays.<Object>asList(1)));
    assertThat(error().text())
        .startsWith("unknown address /sergik/nope; protocol v2 accepts /sergik/test");
    device.send(new OSCMessage(OscProtocol.TEMPO, Arrays.<Object>asList("fast")));
    assertThat(error().text()).isEqualTo("/ableton/tempo expects (f bpm), got (s)");
    byte[] huge = new byte[9000];
    huge[0] = '/';
    device.sendRaw(huge);
    assertThat(error().text()).startsWith("datagram of 9000 bytes is over the 8192-byte limit");
    device.send(OscMessages.test(77, "dev-" + device.port(), "Keys " + device.port()));
    assertThat(OscMessages.readAck(device.receive()).nonce()).isEqualTo(77);
  }
}
