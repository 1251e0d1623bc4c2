package ai.sergik.device;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.device.virtuallive.PatchRunner;
import ai.sergik.device.virtuallive.Track;
import ai.sergik.device.virtuallive.VirtualStudio;
import com.cycling74.max.StandIn;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

/** The producer deletes a playing, connected device: no thread, socket or clock of it is left. */
class DeviceDeletedJourneyTest {
  static boolean oscThreadAlive(int port) {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(t -> t.isAlive() && t.getName().equals("sergik-osc-" + port));
  }

  @Test
  void aDeletedDeviceLeavesNoThreadSocketOrClock() throws Exception {
    try (UdpSidecarPeer peer = new UdpSidecarPeer();
        VirtualStudio studio = new VirtualStudio(12, 10)) {
      Track keys = studio.live.song.addMidiTrack("Keys", 2);
      PatchRunner device = studio.dropConnected(keys, peer.port());
      int port = ((java.net.InetSocketAddress)
              peer.await(ai.sergik.osc.OscProtocol.TEST, 2000).from())
          .getPort();
      assertThat(oscThreadAlive(port)).isTrue();
      device.click("Generate");
      device.turn("Timing", 40);
      device.click("Humanize Through");
      studio.live.startPlaying();
      device.click("Play");
      studio.advance(3000);
      device.midiIn(0x90, 60, 100);
      assertThat(device.midiOut()).isNotEmpty();

      device.delete();
      studio.devices.remove(device);
      studio.live.stopPlaying();
      studio.advance(100); // reports of Live already on their way arrive (to nobody)

      assertThat(oscThreadAlive(port)).as("the OSC thread").isFalse();
      try (DatagramSocket again =
          new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), port))) {
        assertThat(again.getLocalPort()).as("the device's port is free again").isEqualTo(port);
      }
      assertThat(StandIn.pendingClocks()).as("clocks still set").isZero();
      int events = device.midiOut().size();
      studio.advance(10_000);
      assertThat(device.midiOut()).hasSize(events);
    }
    assertThat(StandIn.escaped()).isEmpty();
  }
}
