package ai.sergik.device;

import static ai.sergik.device.DeviceHarness.lines;
import static ai.sergik.device.DeviceHarness.send;
import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.music.Note;
import ai.sergik.music.NoteJson;
import ai.sergik.osc.OscMessages;
import ai.sergik.osc.OscProtocol;
import ai.sergik.osc.OscRequest;
import com.cycling74.max.Atom;
import com.cycling74.max.StandIn;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The device against a real UDP peer on loopback, through the Max API stand-in. */
class DeviceOscTest {
  /** 100 updates a second for this many seconds (the acceptance figure is 10). */
  static final int STREAM_SECONDS = Integer.getInteger("sergik.test.streamSeconds", 10);

  UdpSidecarPeer peer;
  SergikDevice device;

  @BeforeEach
  void start() throws Exception {
    StandIn.reset();
    peer = new UdpSidecarPeer();
    device = StandIn.create(SergikDevice.class, Atom.newAtom(peer.port()), Atom.newAtom(0));
  }

  @AfterEach
  void stop() throws Exception {
    StandIn.delete(device);
    peer.close();
    assertThat(StandIn.escaped()).isEmpty();
  }

  static void waitFor(String what, long ms, BooleanSupplier condition) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ms);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("timed out after " + ms + " ms waiting for " + what + "; console: " + StandIn.console());
      }
      Thread.sleep(5);
    }
  }

  private void handshake() throws InterruptedException {
    assertThat(peer.await(OscProtocol.TEST, 10_000)).as("handshake from the device").isNotNull();
    waitFor("connected on the sidecar outlet", 10_000, () -> lines(device).contains("5: connected"));
  }

  @Test
  void handshakeReportsConnected() throws Exception {
    handshake();
    assertThat(device.core().sidecarConnected()).isTrue();
    assertThat(lines(device)).anyMatch(l -> l.startsWith("4: set sidecar 0.1.0-test at 127.0.0.1:" + peer.port()));
  }

  @Test
  void tempoAndTransportStreamRateLimitedInOrderEndingOnTheLastState() throws Exception {
    handshake();
    send(device, "transport", 1);
    long period = TimeUnit.MILLISECONDS.toNanos(10);
    long t0 = System.nanoTime();
    int updates = STREAM_SECONDS * 100;
    float lastTempo = 0;
    float lastBeat = 0;
    for (int i = 0; i < updates; i++) {
      long due = t0 + i * period;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
      lastTempo = 100f + i * 0.01f;
      lastBeat = i * 0.05f;
      send(device, "tempo", (double) lastTempo);
      send(device, "beat", (double) lastBeat);
    }
    Thread.sleep(300);

    List<UdpSidecarPeer.Received> tempos = peer.drain(OscProtocol.TEMPO);
    List<UdpSidecarPeer.Received> transports = peer.drain(OscProtocol.TRANSPORT);
    long interval = SidecarLink.Settings.DEFAULT_STREAM_INTERVAL_MS;
    int most = (int) (STREAM_SECONDS * 1000 / interval) + 3;
    for (List<UdpSidecarPeer.Received> stream : List.of(tempos, transports)) {
      assertThat(stream.size()).as("messages streamed").isBetween(most / 2, most);
      // Sends are spaced by the interval on the link's thread. Arrival times also carry the receiving
      // thread's scheduling: on a loaded machine two datagrams queued in the socket buffer are read back to
      // back, so a few short gaps are the receiver's, not the sender's. The count bound above is the rate limit.
      int shortGaps = 0;
      for (int i = 1; i < stream.size(); i++) {
        long gap = stream.get(i).nanos() - stream.get(i - 1).nanos();
        if (TimeUnit.NANOSECONDS.toMillis(gap) < interval / 2) shortGaps++;
      }
      assertThat(shortGaps).as("gaps shorter than half the interval").isLessThanOrEqualTo(stream.size() / 20);
      double mean = (stream.get(stream.size() - 1).nanos() - stream.get(0).nanos()) / 1e6 / (stream.size() - 1);
      assertThat(mean).as("mean gap in ms").isGreaterThanOrEqualTo(interval * 0.95);
    }
    List<Float> tempoValues = new ArrayList<>();
    for (UdpSidecarPeer.Received r : tempos) {
      tempoValues.add((Float) r.message().getArguments().get(0));
    }
    assertThat(tempoValues).isSorted().doesNotHaveDuplicates();
    assertThat(tempoValues.get(tempoValues.size() - 1)).isEqualTo(lastTempo);
    List<Float> beats = new ArrayList<>();
    for (UdpSidecarPeer.Received r : transports) {
      assertThat(r.message().getArguments().get(0)).isEqualTo(OscProtocol.STATE_PLAYING);
      beats.add((Float) r.message().getArguments().get(1));
    }
    assertThat(beats).isSorted().doesNotHaveDuplicates();
    assertThat(beats.get(beats.size() - 1)).isEqualTo(lastBeat);
  }

  @Test
  void aPromptIsSentAndItsNotesArePlayedWhenAsked() throws Exception {
    handshake();
    send(device, "prompt", "4", "bars", "of", "techno", "drums");
    UdpSidecarPeer.Received request = peer.await(OscProtocol.GENERATE, 2000);
    assertThat(request).isNotNull();
    OscRequest generate = OscMessages.readGenerate(request.message());
    assertThat(generate.json()).startsWith("{\"prompt\":\"4 bars of techno drums\",\"tempo\":");

    List<Note> notes = List.of(new Note(36, 0, 0.5, 110, false), new Note(42, 0.5, 0.25, 80, false));
    String json = NoteJson.toJson(notes);
    json = json.substring(0, json.length() - 1) + ",\"length_beats\":4.0,\"play\":true}";
    for (var m : OscMessages.notes(generate.request(), json)) {
      peer.sendToDevice(m);
    }
    waitFor("playback of the answer", 3000, () -> device.core().playing());
    assertThat(device.core().notes()).isEqualTo(notes);
    assertThat(peer.drain(OscProtocol.ACTION)).as("only pushes are confirmed").isEmpty();
  }

  @Test
  void anErrorFromTheSidecarIsPostedAsOneLine() throws Exception {
    handshake();
    peer.sendToDevice(OscMessages.error(12, "unknown style \"polka\""));
    waitFor("the error line", 2000, () -> !StandIn.errors().isEmpty());
    assertThat(StandIn.errors()).containsExactly("sergik: sidecar request 12: unknown style \"polka\"");
  }

  @Test
  void sidecarMessageMovesTheConnection() throws Exception {
    handshake();
    try (UdpSidecarPeer other = new UdpSidecarPeer()) {
      send(device, "sidecar", "127.0.0.1", other.port());
      assertThat(other.await(OscProtocol.TEST, 2000)).isNotNull();
      send(device, "sidecar", "off");
      assertThat(device.core().oscThreadAlive()).isFalse();
      assertThat(lines(device)).endsWith("5: absent", "4: set sidecar off");
    }
  }
}
