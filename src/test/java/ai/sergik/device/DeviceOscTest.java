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
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The device against a real UDP peer on loopback, through the Max API stand-in. */
class DeviceOscTest {
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
        throw new AssertionError("timed out after " + ms + " ms waiting for " + what + "; console: "
            + StandIn.console());
      }
      Thread.sleep(5);
    }
  }

  private void handshake() throws InterruptedException {
    assertThat(peer.await(OscProtocol.TEST, 10_000))
        .as("handshake from the device")
        .isNotNull();
    waitFor(
        "connected on the sidecar outlet", 10_000, () -> lines(device).contains("5: connected"));
  }

  @Test
  void handshakeReportsConnected() throws Exception {
    handshake();
    assertThat(device.core().sidecarConnected()).isTrue();
    assertThat(lines(device))
        .anyMatch(l -> l.startsWith("4: set sidecar 0.1.0-test at 127.0.0.1:" + peer.port()));
  }

  /**
   * The link's clock, moved by the test. {@link #awaitTurns} returns once the link's thread has begun two more
   * turns of its loop (it reads the time once at the start of each), so the whole turn in between ran after
   * everything the test did before the call.
   */
  static final class DrivenTicker implements SidecarLink.Ticker {
    private long now = TimeUnit.SECONDS.toNanos(1000);
    private long turns;

    @Override
    public synchronized long nanos() {
      turns++;
      notifyAll();
      return now;
    }

    synchronized void advance(long nanos) {
      now += nanos;
    }

    synchronized void awaitTurns() throws InterruptedException {
      long target = turns + 2;
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (turns < target) {
        long left = end - System.nanoTime();
        if (left <= 0) throw new AssertionError("the link's thread stopped turning");
        TimeUnit.NANOSECONDS.timedWait(this, left);
      }
    }
  }

  /**
   * Waits for everything the link has sent so far: a prompt goes out through the link's outbox after the streams
   * of its turn, and loopback keeps the order.
   */
  private void flushLink(int marker) throws Exception {
    send(device, "prompt", "marker", marker);
    UdpSidecarPeer.Received flushed = peer.await(OscProtocol.GENERATE, 10_000);
    assertThat(flushed).as("marker " + marker + " through the link").isNotNull();
    assertThat(OscMessages.readGenerate(flushed.message()).json()).contains("marker " + marker);
  }

  private static List<Float> floats(List<UdpSidecarPeer.Received> received, int argument) {
    List<Float> out = new ArrayList<>();
    for (UdpSidecarPeer.Received r : received)
      out.add((Float) r.message().getArguments().get(argument));
    return out;
  }

  @Test
  void tempoAndTransportStreamRateLimitedInOrderEndingOnTheLastState() throws Exception {
    DrivenTicker clock = new DrivenTicker();
    device
        .core()
        .connect(new SidecarLink.Settings(
                "127.0.0.1",
                peer.port(),
                0,
                SidecarLink.Settings.DEFAULT_HEARTBEAT_MS,
                SidecarLink.Settings.DEFAULT_STREAM_INTERVAL_MS,
                SidecarLink.Settings.DEFAULT_REQUEST_TIMEOUT_MS)
            .withTicker(clock));
    handshake();
    send(device, "transport", 1);
    long interval = TimeUnit.MILLISECONDS.toNanos(SidecarLink.Settings.DEFAULT_STREAM_INTERVAL_MS);
    List<Float> tempos = new ArrayList<>();
    List<Float> beats = new ArrayList<>();
    float lastTempo = 0;
    float lastBeat = 0;
    int update = 0;
    for (int round = 0; round < 12; round++) {
      // a burst of changes inside one interval, as Live sends them at 100 a second; the first round
      // sends
      // one change only: nothing has been sent yet, so it goes out on the link's next turn, which
      // may fall
      // inside a burst (the driven clock holds every later burst until its interval ends)
      int burst = round == 0 ? 1 : 5;
      for (int i = 0; i < burst; i++, update++) {
        lastTempo = 100f + update * 0.01f;
        lastBeat = update * 0.05f;
        send(device, "tempo", (double) lastTempo);
        send(device, "beat", (double) lastBeat);
      }
      clock.awaitTurns();
      if (round > 0) {
        flushLink(round);
        assertThat(peer.drain(OscProtocol.TEMPO))
            .as("tempo sent before the interval ended, round " + round)
            .isEmpty();
        assertThat(peer.drain(OscProtocol.TRANSPORT))
            .as("transport sent before the interval ended")
            .isEmpty();
        clock.advance(interval - 1);
        clock.awaitTurns();
        flushLink(round);
        assertThat(peer.drain(OscProtocol.TEMPO))
            .as("tempo sent 1 ns before the interval ended")
            .isEmpty();
        clock.advance(1);
      }
      UdpSidecarPeer.Received tempo = peer.await(OscProtocol.TEMPO, 10_000);
      UdpSidecarPeer.Received transport = peer.await(OscProtocol.TRANSPORT, 10_000);
      assertThat(tempo).as("tempo once the interval is over, round " + round).isNotNull();
      assertThat(transport)
          .as("transport once the interval is over, round " + round)
          .isNotNull();
      clock.awaitTurns();
      flushLink(100 + round);
      List<UdpSidecarPeer.Received> moreTempos = peer.drain(OscProtocol.TEMPO);
      List<UdpSidecarPeer.Received> moreTransports = peer.drain(OscProtocol.TRANSPORT);
      assertThat(moreTempos).as("one tempo per interval").isEmpty();
      assertThat(moreTransports).as("one transport per interval").isEmpty();
      assertThat(transport.message().getArguments().get(0)).isEqualTo(OscProtocol.STATE_PLAYING);
      tempos.addAll(floats(List.of(tempo), 0));
      beats.addAll(floats(List.of(transport), 1));
      assertThat(tempos.get(tempos.size() - 1)).as("the latest tempo").isEqualTo(lastTempo);
      assertThat(beats.get(beats.size() - 1)).as("the latest beat").isEqualTo(lastBeat);
    }
    assertThat(tempos).hasSize(12).isSorted().doesNotHaveDuplicates();
    assertThat(beats).hasSize(12).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void aPromptIsSentAndItsNotesArePlayedWhenAsked() throws Exception {
    handshake();
    send(device, "prompt", "4", "bars", "of", "techno", "drums");
    UdpSidecarPeer.Received request = peer.await(OscProtocol.GENERATE, 2000);
    assertThat(request).isNotNull();
    OscRequest generate = OscMessages.readGenerate(request.message());
    assertThat(generate.json()).startsWith("{\"prompt\":\"4 bars of techno drums\",\"tempo\":");

    List<Note> notes =
        List.of(new Note(36, 0, 0.5, 110, false), new Note(42, 0.5, 0.25, 80, false));
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
    assertThat(StandIn.errors())
        .containsExactly("sergik: sidecar request 12: unknown style \"polka\"");
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
