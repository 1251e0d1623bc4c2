package ai.sergik.device;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.osc.NotesChunk;
import ai.sergik.osc.NotesChunks;
import ai.sergik.osc.NotesReassembler;
import ai.sergik.osc.OscMessages;
import ai.sergik.osc.OscProtocol;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The device's OSC link under a flood of notes chunks that never complete, over real UDP: the reassembler
 * keeps at most {@link NotesReassembler#MAX_PENDING} sets, reports the ones it drops at once, and a real push
 * sent after the flood still arrives.
 */
class NotesFloodTest {
  final List<String> events = new CopyOnWriteArrayList<>();
  final SidecarLink.Listener listener = new SidecarLink.Listener() {
    @Override
    public void status(boolean connected, String detail) {}

    @Override
    public void notes(int request, String json) {
      events.add("notes " + request + " " + json.length());
    }

    @Override
    public void error(int request, String message) {
      events.add("error " + request + ": " + message);
    }

    @Override
    public void result(int request, String json) {}

    @Override
    public void request(String address, int request, String json) {}
  };

  @Test
  void aFloodOfIncompleteNotesIsDroppedOldestFirstAndAPushStillArrives() throws Exception {
    try (UdpSidecarPeer peer = new UdpSidecarPeer()) {
      SidecarLink link = new SidecarLink(
          new SidecarLink.Settings("127.0.0.1", peer.port(), 0, 100, 20, 300), listener);
      try {
        DeviceOscTest.waitFor("connected", 2000, link::connected);
        char[] fill = new char[NotesChunks.MAX_CHUNK_JSON_BYTES];
        Arrays.fill(fill, 'z');
        String piece = new String(fill);
        int hostileSets = NotesReassembler.MAX_PENDING + 4;
        for (int request = 100; request < 100 + hostileSets; request++) {
          for (int chunk = 0; chunk < 2; chunk++) { // 2 of 3: never complete
            peer.sendToDevice(OscMessages.notesChunk(new NotesChunk(request, chunk, 3, piece)));
          }
        }
        String json =
            "{\"notes\":[{\"pitch\":60,\"start_time\":0,\"duration\":1,\"velocity\":100,\"mute\":0}],\"pad\":\""
                + piece + piece + "\"}";
        for (var chunk : OscMessages.notes(OscProtocol.PUSH_REQUEST, json)) {
          peer.sendToDevice(chunk);
        }
        DeviceOscTest.waitFor("the push", 3000, () -> events.contains("notes 0 " + json.length()));
        DeviceOscTest.waitFor(
            "the dropped sets",
            3000,
            () -> events.stream().filter(e -> e.contains("arrived incomplete")).count() >= 4);
        assertThat(events.stream().filter(e -> e.contains("arrived incomplete")).limit(4))
            .containsExactly(
                "error 100: notes for request 100 arrived incomplete (chunks missing)",
                "error 101: notes for request 101 arrived incomplete (chunks missing)",
                "error 102: notes for request 102 arrived incomplete (chunks missing)",
                "error 103: notes for request 103 arrived incomplete (chunks missing)");
      } finally {
        link.close();
      }
    }
  }
}
