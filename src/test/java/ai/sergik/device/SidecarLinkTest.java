package ai.sergik.device;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.osc.OscMessages;
import ai.sergik.osc.OscProtocol;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SidecarLinkTest {
  final List<String> events = new CopyOnWriteArrayList<>();
  final SidecarLink.Listener listener = new SidecarLink.Listener() {
    @Override
    public void status(boolean connected, String detail) {
      events.add((connected ? "connected: " : "absent: ") + detail);
    }

    @Override
    public void notes(int request, String json) {
      events.add("notes " + request);
    }

    @Override
    public void error(int request, String message) {
      events.add("error " + request + ": " + message);
    }

    @Override
    public void result(int request, String json) {
      events.add("result " + request + ": " + json);
    }

    @Override
    public void request(String address, int request, String json) {
      events.add(address + " " + request + ": " + json);
    }
  };
  UdpSidecarPeer peer;
  SidecarLink link;

  @BeforeEach
  void start() throws Exception {
    peer = new UdpSidecarPeer();
    link = new SidecarLink(
        new SidecarLink.Settings("127.0.0.1", peer.port(), 0, 100, 20, 300), listener);
  }

  @AfterEach
  void stop() throws Exception {
    link.close();
    peer.close();
    assertThat(link.threadAlive()).isFalse();
  }

  @Test
  void aRequestWithoutAnswerTimesOutWithAClearMessage() throws Exception {
    DeviceOscTest.waitFor("connected", 2000, link::connected);
    int request = link.generate("{\"prompt\":\"jazz\"}");
    assertThat(peer.await(OscProtocol.GENERATE, 1000)).isNotNull();
    DeviceOscTest.waitFor(
        "the timeout", 2000, () -> events.stream().anyMatch(e -> e.startsWith("error " + request)));
    assertThat(events)
        .contains("error " + request + ": the sidecar did not answer request " + request
            + " within 300 ms");
  }

  @Test
  void aControlFromAStrangerIsIgnoredAndOneFromTheSidecarArrives() throws Exception {
    DeviceOscTest.waitFor("connected", 2000, link::connected);
    java.net.InetSocketAddress device =
        new java.net.InetSocketAddress("127.0.0.1", link.localPort());
    try (UdpSidecarPeer stranger = new UdpSidecarPeer()) {
      stranger.send(OscMessages.set(7, "{\"tempo\":200}"), device);
      stranger.send(OscMessages.read(8, "{\"clip\":\"highlighted\"}"), device);
    }
    // sent after the stranger's, over the same loopback: once it arrives, the stranger's would have
    // too
    peer.send(OscMessages.set(9, "{\"tempo\":122}"), device);
    DeviceOscTest.waitFor(
        "the sidecar's control",
        2000,
        () -> events.stream().anyMatch(e -> e.startsWith("/ableton/set 9")));
    assertThat(events)
        .contains("/ableton/set 9: {\"tempo\":122}")
        .noneMatch(e -> e.startsWith("/ableton/set 7") || e.startsWith("/ableton/read 8"));
  }

  @Test
  void aSidecarThatStopsAnsweringIsReportedAbsent() throws Exception {
    DeviceOscTest.waitFor("connected", 2000, link::connected);
    peer.answerHandshakes = false;
    DeviceOscTest.waitFor("absent", 3000, () -> !link.connected());
    assertThat(events.get(events.size() - 1))
        .startsWith("absent: no answer from the sidecar at 127.0.0.1:" + peer.port());
    peer.answerHandshakes = true;
    DeviceOscTest.waitFor("connected again", 3000, link::connected);
  }

  @Test
  void withNoSidecarAtAllTheLinkReportsAbsent() throws Exception {
    peer.answerHandshakes = false;
    SidecarLink lonely = new SidecarLink(
        new SidecarLink.Settings("127.0.0.1", peer.port(), 0, 100, 20, 300), listener);
    try {
      DeviceOscTest.waitFor(
          "absent", 3000, () -> events.stream().anyMatch(e -> e.startsWith("absent")));
    } finally {
      lonely.close();
    }
  }

  @Test
  void aTakenDevicePortFallsBackToAFreeOne() throws Exception {
    SidecarLink second = new SidecarLink(
        new SidecarLink.Settings("127.0.0.1", peer.port(), link.localPort(), 100, 20, 300),
        listener);
    try {
      assertThat(second.localPort()).isNotEqualTo(link.localPort()).isPositive();
    } finally {
      second.close();
    }
  }
}
