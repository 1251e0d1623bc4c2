package ai.sergik.osc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.illposed.osc.OSCMessage;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class OscMessagesTest {
  final OscCodec codec = new OscCodec();

  OSCMessage wire(OSCMessage m) throws OscProtocolException {
    byte[] bytes = codec.encode(m);
    return codec.decode(bytes, bytes.length);
  }

  @Test
  void everyMessageReadsBackWhatWasBuilt() throws Exception {
    assertThat(OscMessages.readTest(wire(OscMessages.test(99)))).isEqualTo(99);
    assertThat(OscMessages.readHandshake(wire(OscMessages.test(99)))).isEqualTo(Handshake.v1(99));
    assertThat(OscMessages.readHandshake(wire(OscMessages.test(98, "dev-1a2b", "Bass"))))
        .isEqualTo(Handshake.v2(98, "dev-1a2b", "Bass"));
    assertThat(OscMessages.readHandshake(wire(OscMessages.test(98, "dev-1a2b", "Bass")))
            .protocol())
        .isEqualTo(2);
    assertThat(OscMessages.readHandshake(wire(OscMessages.test(97))).protocol()).isEqualTo(1);
    Handshake withoutId = OscMessages.readHandshake(wire(OscMessages.test(96, "", "")));
    assertThat(withoutId.protocol())
        .as("a device that has not read its id yet still speaks v2")
        .isEqualTo(2);
    assertThat(withoutId.deviceId()).isEmpty();
    assertThat(OscMessages.readAck(wire(OscMessages.ack(99, "0.1.0"))))
        .isEqualTo(new Ack(99, "0.1.0", OscProtocol.VERSION));
    assertThat(OscMessages.readAck(wire(OscMessages.ack(99, "0.1.0", 1))))
        .isEqualTo(new Ack(99, "0.1.0", 1));
    assertThat(OscMessages.readTempo(wire(OscMessages.tempo(124.5)))).isEqualTo(124.5);
    assertThat(
            OscMessages.readTransport(wire(OscMessages.transport(new Transport("playing", 16.0)))))
        .isEqualTo(new Transport("playing", 16.0));
    assertThat(
            OscMessages.readTrack(wire(OscMessages.track(new TrackParameter(3, "name", "Bass")))))
        .isEqualTo(new TrackParameter(3, "name", "Bass"));
    assertThat(OscMessages.readTrack(wire(OscMessages.track(new TrackParameter(0, "mute", true)))))
        .isEqualTo(new TrackParameter(0, "mute", 1.0));
    assertThat(OscMessages.readGenerate(wire(OscMessages.generate(5, "{\"prompt\":\"chords\"}"))))
        .isEqualTo(new OscRequest(5, "generate", "{\"prompt\":\"chords\"}"));
    assertThat(OscMessages.readAction(wire(OscMessages.action(6, "catalog_search", "{}"))))
        .isEqualTo(new OscRequest(6, "catalog_search", "{}"));
    assertThat(OscMessages.readReply(wire(OscMessages.result(6, "{\"ok\":1}"))))
        .isEqualTo(OscReply.result(6, "{\"ok\":1}"));
    assertThat(OscMessages.readReply(wire(OscMessages.error(6, "bad key"))))
        .isEqualTo(OscReply.error(6, "bad key"));
    assertThat(OscMessages.readNotesChunk(
            wire(OscMessages.notes(8, "{\"notes\":[]}").get(0))))
        .isEqualTo(new NotesChunk(8, 0, 1, "{\"notes\":[]}"));
  }

  @Test
  void aDeviceTalksToSidecarsOfEveryVersionItSpeaks() {
    assertThat(new Ack(1, "0.1.0", 1).compatible()).as("a version-1 answer").isTrue();
    assertThat(new Ack(1, "0.1.0", OscProtocol.VERSION).compatible()).isTrue();
    assertThat(new Ack(1, "0.1.0", OscProtocol.VERSION + 1).compatible()).isFalse();
    assertThat(new Ack(1, "0.1.0", 0).compatible()).isFalse();
  }

  @Test
  void wrongArgumentsNameTheExpectedSignature() {
    OSCMessage m = new OSCMessage(OscProtocol.GENERATE, Arrays.<Object>asList("x", 1));
    assertThatThrownBy(() -> OscMessages.readGenerate(m))
        .isInstanceOf(OscProtocolException.class)
        .hasMessage("/sergik/generate expects (i request, s json), got (s, i)");
    assertThatThrownBy(() -> OscMessages.readTest(new OSCMessage(OscProtocol.TEST)))
        .hasMessage(
            "/sergik/test expects (i nonce, s device_id, s track) or, version 1, (i nonce), got ()");
    assertThatThrownBy(() -> OscMessages.readHandshake(new OSCMessage(
            OscProtocol.TEST,
            Arrays.<Object>asList(1, new String(new char[65]).replace('\0', 'x'), "Bass"))))
        .hasMessage("/sergik/test: device id must be at most 64 characters, got 65");
    assertThatThrownBy(() -> OscMessages.readHandshake(
            new OSCMessage(OscProtocol.TEST, Arrays.<Object>asList(1, 2, "Bass"))))
        .hasMessage("/sergik/test expects (i nonce, s device_id, s track), got (i, i, s)");
    assertThatThrownBy(() -> OscMessages.readTransport(
            new OSCMessage(OscProtocol.TRANSPORT, Arrays.<Object>asList("paused", 1f))))
        .hasMessage(
            "/ableton/transport: transport state must be playing, stopped or recording, got paused");
    assertThatThrownBy(() ->
            OscMessages.readTempo(new OSCMessage(OscProtocol.TEMPO, Arrays.<Object>asList(-3f))))
        .hasMessage("/ableton/tempo needs a positive BPM, got -3.0");
    assertThatThrownBy(() -> OscMessages.readTrack(
            new OSCMessage("/ableton/track/x/volume", Arrays.<Object>asList(1f))))
        .hasMessage("track number in /ableton/track/x/volume must be an integer >= 0");
    assertThatThrownBy(() -> OscMessages.readTrack(
            new OSCMessage("/ableton/track/1/colour", Arrays.<Object>asList(1f))))
        .hasMessageStartingWith("expected /ableton/track/<n>/<param> with one value");
    assertThatThrownBy(() -> OscMessages.readNotesChunk(
            new OSCMessage(OscProtocol.NOTES, Arrays.<Object>asList(1, 3, 3, "x"))))
        .hasMessage("/sergik/notes: chunk must be 0..2 (of 3), got 3");
  }

  @Test
  void longErrorsAreShortenedToFitOneDatagram() throws Exception {
    char[] text = new char[20000];
    Arrays.fill(text, 'e');
    OSCMessage m = OscMessages.error(1, new String(text));
    assertThat(codec.encode(m).length).isLessThanOrEqualTo(OscProtocol.MAX_DATAGRAM_BYTES);
    assertThat(OscMessages.readReply(m).text())
        .hasSize(OscMessages.MAX_ERROR_CHARS)
        .endsWith("\u2026");
  }

  @Test
  void requestIdOfAnUnreadableRequestIsItsFirstIntOrThePushId() {
    assertThat(OscMessages.requestIdOf(
            new OSCMessage(OscProtocol.GENERATE, Arrays.<Object>asList(12))))
        .isEqualTo(12);
    assertThat(OscMessages.requestIdOf(new OSCMessage("/nope", Arrays.<Object>asList(12))))
        .isEqualTo(0);
  }
}
