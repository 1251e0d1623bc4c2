package ai.sergik.osc;

import static org.assertj.core.api.Assertions.assertThat;

import com.illposed.osc.OSCMessage;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NotesChunksTest {
  final OscCodec codec = new OscCodec();

  /** A notes-like payload with multi-byte and astral characters so cuts land inside sequences. */
  static String payload(int notes, long seed) {
    Random r = new Random(seed);
    StringBuilder sb = new StringBuilder("{\"track\":\"B\u00e4ss \ud83c\udfb9\",\"notes\":[");
    for (int i = 0; i < notes; i++) {
      if (i > 0) sb.append(',');
      sb.append("{\"pitch\":")
          .append(36 + r.nextInt(60))
          .append(",\"start_time\":")
          .append(i * 0.25)
          .append(",\"duration\":0.25,\"velocity\":")
          .append(1 + r.nextInt(127))
          .append(",\"mute\":false}");
      if (r.nextInt(10) == 0) sb.append(" \u266b\ud83c\udfb5 ");
    }
    return sb.append("]}").toString();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 10, 100, 1000, 5000})
  void everyChunkFitsADatagramAndTheyJoinToThePayload(int notes) throws Exception {
    String json = payload(notes, notes);
    List<OSCMessage> messages = OscMessages.notes(4, json);
    StringBuilder joined = new StringBuilder();
    for (int i = 0; i < messages.size(); i++) {
      byte[] datagram = codec.encode(messages.get(i));
      assertThat(datagram.length).isLessThanOrEqualTo(OscProtocol.MAX_DATAGRAM_BYTES);
      NotesChunk chunk = OscMessages.readNotesChunk(codec.decode(datagram, datagram.length));
      assertThat(chunk.chunk()).isEqualTo(i);
      assertThat(chunk.chunks()).isEqualTo(messages.size());
      joined.append(chunk.json());
    }
    assertThat(joined.toString()).isEqualTo(json);
    int expectedChunks = Math.max(1, (int)
        Math.ceil(json.getBytes("UTF-8").length / (double) NotesChunks.MAX_CHUNK_JSON_BYTES));
    assertThat(messages.size()).isBetween(expectedChunks, expectedChunks + 1);
  }
}
