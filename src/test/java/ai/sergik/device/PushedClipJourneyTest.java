package ai.sergik.device;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.device.virtuallive.Clip;
import ai.sergik.device.virtuallive.PatchRunner;
import ai.sergik.device.virtuallive.Track;
import ai.sergik.device.virtuallive.VirtualStudio;
import ai.sergik.music.Note;
import ai.sergik.music.NoteJson;
import ai.sergik.osc.OscMessages;
import ai.sergik.osc.OscProtocol;
import ai.sergik.osc.OscRequest;
import com.cycling74.max.StandIn;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A 2,000-note clip pushed over real UDP, out of order, reassembled and written into Live on the device's own
 * track in the selected scene, then confirmed.
 */
class PushedClipJourneyTest {
  @Test
  void aPushedTwoThousandNoteClipIsReassembledWrittenAndThenConfirmed() throws Exception {
    try (UdpSidecarPeer peer = new UdpSidecarPeer();
        VirtualStudio studio = new VirtualStudio(8, 10)) {
      Track keys = studio.live.song.addMidiTrack("Keys", 2);
      Track drums = studio.live.song.addMidiTrack("Drums", 2);
      PatchRunner device = studio.dropConnected(keys, peer.port());
      studio.live.song.view.select(
          drums, 1); // scene 1 selected on another track: pushed notes go on Keys
      Random random = new Random(5);
      List<Note> notes = new ArrayList<>();
      for (int i = 0; i < 2000; i++) {
        notes.add(new Note(
            24 + random.nextInt(80),
            i * 0.25,
            0.125 + random.nextInt(8) * 0.125,
            1 + random.nextInt(127),
            random.nextInt(20) == 0));
      }
      String json = NoteJson.toJson(notes);
      json = json.substring(0, json.length() - 1)
          + ",\"length_beats\":500.0,\"push_id\":\"push-7\",\"play\":false}";
      var datagrams = OscMessages.notes(OscProtocol.PUSH_REQUEST, json);
      assertThat(datagrams.size()).isGreaterThan(5);
      peer.drain(OscProtocol.ACTION);
      for (int i = datagrams.size() - 1; i >= 0; i--) { // out of order on purpose
        peer.sendToDevice(datagrams.get(i));
      }
      assertThat(StandIn.runDeferred(() -> device.status().startsWith("wrote"), 10_000))
          .as(device.status())
          .isTrue();
      assertThat(drums.slot(1).clip()).isNull();
      Clip clip = keys.slot(1).clip();
      assertThat(clip.length()).isEqualTo(500.0);
      List<ObjectNode> written = clip.notes();
      assertThat(written).hasSize(2000);
      assertThat(written.get(7).get("start_time").asDouble())
          .isEqualTo(notes.get(7).start());

      UdpSidecarPeer.Received confirm = peer.await(OscProtocol.ACTION, 2000);
      assertThat(confirm).as("notes_received confirmation").isNotNull();
      OscRequest action = OscMessages.readAction(confirm.message());
      assertThat(action.name()).isEqualTo(OscProtocol.ACTION_NOTES_RECEIVED);
      assertThat(action.json())
          .isEqualTo("{\"push_id\":\"push-7\",\"count\":2000,\"written\":true}");
    }
    assertThat(StandIn.escaped()).isEmpty();
  }
}
