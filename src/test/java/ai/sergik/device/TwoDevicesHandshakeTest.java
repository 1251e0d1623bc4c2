package ai.sergik.device;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.device.virtuallive.PatchRunner;
import ai.sergik.device.virtuallive.Track;
import ai.sergik.device.virtuallive.VirtualStudio;
import ai.sergik.osc.OscProtocol;
import com.cycling74.max.StandIn;
import com.illposed.osc.OSCMessage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The device side of protocol v2, through the patch: every device introduces itself with its own id (kept
 * with the Live set) and the name of its track, and says so again at once when the track is renamed.
 */
class TwoDevicesHandshakeTest {
  /**
   * The latest handshake of each of these devices (id -> track), once each has said its track. Only their ids
   * count: a device another test left behind may still be greeting a port the system handed out again.
   */
  static Map<String, String> handshakes(UdpSidecarPeer peer, List<String> ids) throws Exception {
    Map<String, String> seen = new HashMap<>();
    long end = System.nanoTime() + 10_000_000_000L;
    while ((seen.size() < ids.size() || seen.containsValue("")) && System.nanoTime() < end) {
      UdpSidecarPeer.Received r = peer.await(OscProtocol.TEST, 1000);
      if (r != null
          && r.message().getArguments().size() == 3
          && ids.contains(r.message().getArguments().get(1))) {
        List<Object> a = r.message().getArguments();
        seen.put((String) a.get(1), (String) a.get(2));
      }
    }
    return seen;
  }

  static String idOf(PatchRunner device) {
    return "sergik-" + (long) device.savedParameters().get("Device Id").doubleValue();
  }

  @Test
  void twoDevicesHandshakeWithTheirOwnIdAndTrackAndARenameIsAnnouncedAtOnce() throws Exception {
    try (UdpSidecarPeer peer = new UdpSidecarPeer();
        VirtualStudio studio = new VirtualStudio(5, 10)) {
      Track keys = studio.live.song.addMidiTrack("Keys", 2);
      Track bass = studio.live.song.addMidiTrack("Bass", 2);
      PatchRunner onKeys = studio.dropLinked(keys, peer.port());
      PatchRunner onBass = studio.dropLinked(bass, peer.port());
      String bassId = idOf(onBass);
      assertThat(idOf(onKeys)).isNotEqualTo(bassId).matches("sergik-\\d+");
      Map<String, String> seen = handshakes(peer, List.of(idOf(onKeys), bassId));
      assertThat(seen)
          .containsEntry(idOf(onKeys), "Keys")
          .containsEntry(bassId, "Bass")
          .hasSize(2);

      peer.drain(OscProtocol.TEST);
      long before = System.nanoTime();
      bass.rename("Sub Bass");
      studio.advance(50);
      OSCMessage renamed = null;
      while (renamed == null) {
        UdpSidecarPeer.Received r = peer.await(OscProtocol.TEST, 5000);
        assertThat(r).as("a handshake after the rename").isNotNull();
        if (r.message().getArguments().get(1).equals(bassId)
            && r.message().getArguments().get(2).equals("Sub Bass")) {
          renamed = r.message();
          assertThat((r.nanos() - before) / 1e6)
              .as("ms until the rename was announced")
              .isLessThan(1000);
        }
      }
      assertThat(renamed.getArguments().get(1)).isEqualTo(bassId);
    }
    assertThat(StandIn.escaped()).isEmpty();
  }

  @Test
  void aCopyOfADeviceWhoseIdIsInUseTakesANewOne() throws Exception {
    try (VirtualStudio studio = new VirtualStudio(6, 0)) {
      Track keys = studio.live.song.addMidiTrack("Keys", 2);
      Track copy = studio.live.song.addMidiTrack("Keys copy", 2);
      PatchRunner original = studio.dropOffline(keys);
      Map<String, Double> saved = original.savedParameters();
      PatchRunner duplicate =
          studio.drop(copy, new PatchRunner.Options().mxjArgs("off").saved(saved));
      assertThat(duplicate.savedParameters().get("Device Id"))
          .isNotEqualTo(saved.get("Device Id"))
          .isPositive();
      assertThat(original.savedParameters().get("Device Id")).isEqualTo(saved.get("Device Id"));
    }
  }
}
