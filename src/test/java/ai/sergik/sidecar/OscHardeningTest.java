package ai.sergik.sidecar;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.api.Json;
import ai.sergik.link.DeviceLink;
import ai.sergik.osc.OscCodec;
import ai.sergik.osc.OscMessages;
import ai.sergik.osc.OscProtocol;
import ai.sergik.osc.OscReply;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.illposed.osc.OSCMessage;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.PortUnreachableException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Attacks on the OSC port from another program on this machine, each against the real sidecar over real UDP
 * sockets, each named by what fails: amplification, re-pointing a device, forging a confirmation, reaching the
 * port from the network, flooding the workers.
 */
class OscHardeningTest {
  static final OscCodec codec = new OscCodec();

  @RegisterExtension
  static final LiveSidecar sidecar = new LiveSidecar();

  /**
   * Sends a handshake from {@code device} that the sidecar refuses; returns the refusal's text, which must be no
   * longer than the handshake (a refusal cannot amplify a spoofed datagram).
   */
  static String refusedHandshake(FakeDevice device, int nonce, String id, String track)
      throws Exception {
    byte[] hello = codec.encode(OscMessages.test(nonce, id, track));
    device.sendRaw(hello);
    byte[] refused = device.receiveBytes();
    assertThat(refused.length).isLessThanOrEqualTo(hello.length);
    return OscMessages.readReply(codec.decode(refused, refused.length)).text();
  }

  /**
   * Sends {@code datagram} from a stranger, then a version-1 handshake: the sidecar reads datagrams in order and
   * answers errors inline, so every reply to the first datagram arrives before the ack. Returns those replies.
   */
  static List<byte[]> repliesToAStranger(byte[] datagram) throws Exception {
    try (FakeDevice stranger = new FakeDevice(sidecar.server.oscPort())) {
      stranger.sendRaw(datagram);
      stranger.send(OscMessages.test(424242));
      List<byte[]> replies = new ArrayList<>();
      while (true) {
        byte[] reply = stranger.receiveBytes();
        OSCMessage m = codec.decode(reply, reply.length);
        if (m.getAddress().equals(OscProtocol.ACK)) {
          assertThat(OscMessages.readAck(m).nonce()).isEqualTo(424242);
          return replies;
        }
        replies.add(reply);
      }
    }
  }

  @Test
  void aStrangersHeavyGenerateEarnsOnlyAnErrorNoLargerThanItsDatagram() throws Exception {
    byte[] generate = codec.encode(
        OscMessages.generate(1, "{\"part\":\"arp\",\"bars\":64,\"rate\":\"1/32\",\"octaves\":4}"));
    assertThat(generate.length)
        .isLessThanOrEqualTo(
            80); // a short request whose answer to a device is many datagrams of notes
    List<byte[]> replies = repliesToAStranger(generate);
    assertThat(replies).hasSize(1);
    assertThat(replies.get(0).length).isLessThanOrEqualTo(generate.length);
    OscReply error = OscMessages.readReply(codec.decode(replies.get(0), replies.get(0).length));
    assertThat(error).isEqualTo(OscReply.error(1, "send /sergik/test first"));
  }

  @Test
  void oneByteOfGarbageFromAStrangerEarnsNothing() throws Exception {
    assertThat(repliesToAStranger(new byte[] {'x'})).isEmpty();
    assertThat(repliesToAStranger(new byte[] {'/'})).isEmpty();
  }

  /** Any datagram a stranger can make, of any size: no reply is larger than what it sent. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
  void noDatagramFromAStrangerEarnsALargerReply(long seed) throws Exception {
    Random random = new Random(seed);
    List<byte[]> datagrams = new ArrayList<>();
    byte[] garbage = new byte[1 + random.nextInt(48)];
    random.nextBytes(garbage);
    datagrams.add(garbage);
    datagrams.add(codec.encode(OscMessages.action(2, "catalog_search", "{\"q\":\"house\"}")));
    datagrams.add(codec.encode(
        OscMessages.action(0, OscProtocol.ACTION_NOTES_RECEIVED, "{\"push_id\":" + seed + "}")));
    datagrams.add(codec.encode(OscMessages.tempo(60 + seed)));
    datagrams.add(codec.encode(new OSCMessage("/sergik/nope", List.of((int) seed))));
    datagrams.add(codec.encode(new OSCMessage(OscProtocol.TEST, List.of("no nonce"))));
    datagrams.add(Arrays.copyOf(
        codec.encode(OscMessages.generate(3, "{\"bars\":64}")), 20 + random.nextInt(8)));
    for (byte[] d : datagrams) {
      for (byte[] reply : repliesToAStranger(d)) {
        assertThat(reply.length)
            .as("reply to a %d-byte datagram", d.length)
            .isLessThanOrEqualTo(d.length);
      }
    }
  }

  @Test
  void aHandshakeFromAnotherPortCannotRepointAConnectedDevice() throws Exception {
    try (FakeDevice keys = new FakeDevice(sidecar.server.oscPort());
        FakeDevice attacker = new FakeDevice(sidecar.server.oscPort())) {
      keys.hello("dev-keys", "Keys");
      assertThat(refusedHandshake(attacker, 5, "dev-keys", "Keys")).isEqualTo("device id in use");
      JsonNode entry =
          OscServerTest.deviceEntry(RunningSidecar.json(sidecar.server.get("/health")), "dev-keys");
      assertThat(entry.get("address").asText()).isEqualTo("127.0.0.1:" + keys.port());

      CompletableFuture<HttpResponse<String>> answer = sidecar.server.postJsonAsync(
          "/gpt/generate", "{\"prompt\":\"techno chords\",\"send_to_live\":true}");
      SendToLiveTest.confirm(keys, "");
      JsonNode live = RunningSidecar.json(answer.get()).get("live");
      assertThat(live.get("sent_to").asText()).isEqualTo("127.0.0.1:" + keys.port());
      assertThat(live.get("confirmed").asBoolean()).isTrue();
    }
  }

  @Test
  void aStaleDeviceIdMayComeBackFromANewPortOnceItIsOutOfTheWindow() throws Exception {
    try (FakeDevice before = new FakeDevice(sidecar.server.oscPort());
        FakeDevice after = new FakeDevice(sidecar.server.oscPort())) {
      before.hello("dev-pads", "Pads");
      sidecar.clock.advance(DeviceLink.HEARTBEAT_WINDOW.plusMillis(1));
      after.hello("dev-pads", "Pads"); // Live reopened the set: same id, new socket
      JsonNode entry =
          OscServerTest.deviceEntry(RunningSidecar.json(sidecar.server.get("/health")), "dev-pads");
      assertThat(entry.get("address").asText()).isEqualTo("127.0.0.1:" + after.port());
      assertThat(entry.get("connected").asBoolean()).isTrue();
    }
  }

  @Test
  void aFloodOfNewDeviceIdsIsCappedAndAbsentDevicesMakeRoom() throws Exception {
    List<FakeDevice> devices = new ArrayList<>();
    try {
      for (int i = 0; i < DeviceLink.MAX_DEVICES; i++) {
        FakeDevice d = new FakeDevice(sidecar.server.oscPort());
        devices.add(d);
        d.hello("flood-" + i, "T");
      }
      FakeDevice late = new FakeDevice(sidecar.server.oscPort());
      devices.add(late);
      assertThat(refusedHandshake(late, 9, "flood-late", "T")).isEqualTo("too many devices");
      assertThat(
              RunningSidecar.json(sidecar.server.get("/health")).get("devices").size())
          .isEqualTo(DeviceLink.MAX_DEVICES);

      sidecar.clock.advance(
          DeviceLink.HEARTBEAT_WINDOW.plusMillis(1)); // the flood stops heartbeating
      assertThat(late.hello("flood-late", "T").nonce()).isEqualTo(7);
      JsonNode health = RunningSidecar.json(sidecar.server.get("/health"));
      assertThat(health.get("devices").size()).isEqualTo(DeviceLink.MAX_DEVICES);
      assertThat(
              OscServerTest.deviceEntry(health, "flood-late").get("connected").asBoolean())
          .isTrue();
    } finally {
      devices.forEach(FakeDevice::close);
    }
  }

  @Test
  void aConfirmationFromAnotherSocketDoesNotConfirmThePush() throws Exception {
    try (FakeDevice keys = new FakeDevice(sidecar.server.oscPort());
        FakeDevice attacker = new FakeDevice(sidecar.server.oscPort())) {
      attacker.hello("dev-evil", "Evil");
      sidecar.clock.advance(Duration.ofMillis(10));
      keys.hello("dev-keys", "Keys");
      CompletableFuture<HttpResponse<String>> answer = sidecar.server.postJsonAsync(
          "/gpt/generate",
          "{\"prompt\":\"techno chords\",\"send_to_live\":true,\"track\":\"Keys\"}");
      JsonNode pushed = Json.MAPPER.readTree(keys.receiveNotes(OscProtocol.PUSH_REQUEST));
      // the attacker knows (or guesses) the push id and confirms it first
      attacker.send(OscMessages.action(
          0,
          OscProtocol.ACTION_NOTES_RECEIVED,
          "{\"push_id\":" + pushed.get(OscProtocol.PUSH_ID_FIELD).asInt() + ",\"count\":1}"));
      JsonNode live = RunningSidecar.json(answer.get()).get("live");
      assertThat(live.get("confirmed").asBoolean()).isFalse();
      assertThat(live.get("device_id").asText()).isEqualTo("dev-keys");
      assertThat(live.has("device_reply")).isFalse();
    }
  }

  @Test
  void theOscPortIsNotReachableFromTheNetworkWhenHttpListensOnAllInterfaces() throws Exception {
    try (RunningSidecar wide = RunningSidecar.start(
        SidecarConfig.loopback(0, 0).withHost("0.0.0.0").withToken("s3cret"))) {
      assertThat(wide.sidecar.oscAddress().getAddress().isLoopbackAddress()).isTrue();
      assertThat(wide.get("/health").statusCode()).isEqualTo(200);
      Optional<InetAddress> lan = nonLoopbackAddress();
      if (lan.isPresent()) {
        // From this machine's own network address, the OSC port answers "port unreachable": nothing
        // listens there.
        try (DatagramChannel probe = DatagramChannel.open()) {
          probe.connect(new InetSocketAddress(lan.get(), wide.oscPort()));
          probe.write(ByteBuffer.wrap(codec.encode(OscMessages.test(1))));
          probe.configureBlocking(true);
          probe.socket().setSoTimeout(5000);
          try {
            probe.socket().receive(new java.net.DatagramPacket(new byte[64], 64));
            throw new AssertionError("the OSC port answered on " + lan.get());
          } catch (PortUnreachableException expected) {
            // ICMP port unreachable: refused by the kernel
          }
        }
      }
    }
  }

  static Optional<InetAddress> nonLoopbackAddress() throws Exception {
    for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      if (!nic.isUp() || nic.isLoopback()) {
        continue;
      }
      for (InetAddress a : Collections.list(nic.getInetAddresses())) {
        if (a instanceof Inet4Address) {
          return Optional.of(a);
        }
      }
    }
    return Optional.empty();
  }

  @Test
  void healthWithoutTheTokenShowsNoDataDirDeviceAddressOrTrackName() throws Exception {
    try (RunningSidecar guarded =
            RunningSidecar.start(SidecarConfig.loopback(0, 0).withToken("s3cret"));
        FakeDevice keys = new FakeDevice(guarded.oscPort())) {
      keys.hello("dev-secret", "Secret Vocal Take");
      String token = guarded.token;
      guarded.token = null;
      HttpResponse<String> open = guarded.get("/health");
      guarded.token = token;
      assertThat(open.statusCode()).isEqualTo(200);
      assertThat(open.body())
          .doesNotContain("Secret Vocal Take")
          .doesNotContain(":" + keys.port())
          .doesNotContain(RunningSidecar.DEMO_DATA.toString())
          .doesNotContain("data_dir")
          .doesNotContain("devices");
      assertThat(RunningSidecar.json(open).get("status").asText()).isEqualTo("ok");
      String full = guarded.get("/health").body();
      assertThat(full)
          .contains("Secret Vocal Take")
          .contains("127.0.0.1:" + keys.port())
          .contains("data_dir");
    }
  }

  /**
   * 1 worker and room for 2 waiting: with the worker held, requests 1 (running), 2 and 3 (waiting) are kept and
   * every later one is refused at once with a short error, so a flood cannot grow the heap.
   */
  @Test
  void aFloodOfHeavyRequestsIsShedWithAShortErrorAndTheQueueStaysBounded() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService workers = Sidecar.oscWorkers(1, 2);
    OscServer osc = OscServer.bind(OscProtocol.DEFAULT_HOST, 0);
    try (FakeDevice device = new FakeDevice(osc.port())) {
      DeviceLink link = new DeviceLink(
          osc.sender(), new InetSocketAddress(OscProtocol.DEFAULT_HOST, 1), sidecar.clock);
      OscGenerator held = fields -> {
        release.await(10, TimeUnit.SECONDS);
        ObjectNode payload = Json.MAPPER.createObjectNode();
        payload.putArray("notes");
        return payload;
      };
      OscDispatcher dispatcher = new OscDispatcher(
          osc.sender(),
          link,
          held,
          Map.of(),
          "test",
          workers,
          Duration.ofSeconds(1),
          sidecar.clock);
      osc.start(dispatcher);
      device.hello("dev-flood", "Flood");
      int flood = 100;
      int requestBytes = codec.encode(
              OscMessages.generate(flood, "{\"part\":\"arp\",\"bars\":64,\"rate\":\"1/32\"}"))
          .length;
      for (int request = 1; request <= flood; request++) {
        device.send(
            OscMessages.generate(request, "{\"part\":\"arp\",\"bars\":64,\"rate\":\"1/32\"}"));
      }
      List<Integer> shed = new ArrayList<>();
      for (int i = 0; i < flood - 3; i++) {
        byte[] reply = device.receiveBytes();
        OscReply error = OscMessages.readReply(codec.decode(reply, reply.length));
        assertThat(error.text()).isEqualTo("sidecar busy; generate not run, try again");
        assertThat(reply.length).isLessThanOrEqualTo(requestBytes);
        shed.add(error.request());
      }
      assertThat(shed)
          .containsExactlyElementsOf(
              java.util.stream.IntStream.rangeClosed(4, flood).boxed().toList());
      assertThat(dispatcher.shed()).isEqualTo(flood - 3);
      release.countDown();
      List<Integer> served = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        served.add((Integer) device.receive().getArguments().get(0));
      }
      assertThat(served).containsExactly(1, 2, 3);
    } finally {
      release.countDown();
      osc.close();
      workers.shutdownNow();
    }
  }
}
