package ai.sergik.osc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NotesReassemblerTest {

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void outOfOrderAndDuplicatedChunksGiveThePayloadExactlyOnce(long seed) {
    String json = NotesChunksTest.payload(2000, seed);
    List<NotesChunk> chunks = new ArrayList<>(NotesChunks.split(9, json));
    assertThat(chunks.size()).isGreaterThan(3);
    chunks.addAll(chunks.subList(0, 2)); // duplicates
    Collections.shuffle(chunks, new Random(seed));
    NotesReassembler reassembler = new NotesReassembler();
    List<String> completed = new ArrayList<>();
    for (NotesChunk c : chunks) {
      String done = reassembler.offer(c, 0);
      if (done != null) completed.add(done);
    }
    // a duplicate arriving after completion starts a new, never-completing set, so at most one
    // payload
    assertThat(completed).containsExactly(json);
  }

  @Test
  void aSingleChunkIsCompleteAtOnce() {
    NotesReassembler reassembler = new NotesReassembler();
    assertThat(reassembler.offer(new NotesChunk(0, 0, 1, "{}"), 0)).isEqualTo("{}");
    assertThat(reassembler.pendingCount()).isZero();
  }

  @Test
  void incompleteSetsExpireAfterTheTimeout() {
    NotesReassembler reassembler = new NotesReassembler(1000);
    assertThat(reassembler.offer(new NotesChunk(3, 0, 2, "{\"no"), 0)).isNull();
    assertThat(reassembler.expire(1000)).isEmpty();
    assertThat(reassembler.expire(1001)).containsExactly(3);
    assertThat(reassembler.pendingCount()).isZero();
    assertThat(reassembler.offer(new NotesChunk(3, 1, 2, "tes\":[]}"), 1002)).isNull();
  }

  @Test
  void aNewPayloadUnderTheSameIdReplacesTheIncompleteOne() {
    NotesReassembler reassembler = new NotesReassembler();
    assertThat(reassembler.offer(new NotesChunk(0, 0, 2, "{\"a\":"), 0)).isNull();
    assertThat(reassembler.offer(new NotesChunk(0, 0, 3, "{\"b\""), 1)).isNull();
    assertThat(reassembler.offer(new NotesChunk(0, 1, 3, ":"), 2)).isNull();
    assertThat(reassembler.offer(new NotesChunk(0, 2, 3, "1}"), 3)).isEqualTo("{\"b\":1}");
    assertThat(reassembler.expire(4)).containsExactly(0);
  }

  @Test
  void pendingSetsAreBoundedByDroppingTheOldest() {
    NotesReassembler reassembler = new NotesReassembler();
    for (int id = 1; id <= NotesReassembler.MAX_PENDING + 1; id++) {
      reassembler.offer(new NotesChunk(id, 0, 2, "x"), id);
    }
    assertThat(reassembler.pendingCount()).isEqualTo(NotesReassembler.MAX_PENDING);
    assertThat(reassembler.expire(0)).containsExactly(1);
  }

  @Test
  void theLargestLegalPayloadCompletesWithinTheBudget() {
    NotesReassembler reassembler = new NotesReassembler();
    String piece = repeat('x', NotesChunks.MAX_CHUNK_JSON_BYTES);
    int request = 5;
    for (int i = 0; i < NotesChunks.MAX_CHUNKS - 1; i++) {
      assertThat(reassembler.offer(new NotesChunk(request, i, NotesChunks.MAX_CHUNKS, piece), 0))
          .isNull();
      assertThat(reassembler.pendingChars())
          .isLessThanOrEqualTo(NotesReassembler.MAX_PENDING_CHARS);
    }
    assertThat(reassembler.offer(
            new NotesChunk(request, NotesChunks.MAX_CHUNKS - 1, NotesChunks.MAX_CHUNKS, piece), 0))
        .hasSize(NotesChunks.MAX_CHUNKS * NotesChunks.MAX_CHUNK_JSON_BYTES);
    assertThat(reassembler.pendingChars()).isZero();
  }

  /** Hostile streams of chunks (many ids, large pieces, never complete): the bounds hold after every chunk. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
  void hostileChunkStreamsStayWithinEveryBoundAndALegitPayloadStillCompletes(long seed) {
    Random random = new Random(seed);
    NotesReassembler reassembler = new NotesReassembler(1000);
    String piece = repeat('y', NotesChunks.MAX_CHUNK_JSON_BYTES);
    long now = 0;
    for (int i = 0; i < 3000; i++) {
      now += random.nextInt(3);
      int chunks = 2 + random.nextInt(NotesChunks.MAX_CHUNKS - 1);
      int request = random.nextInt(40);
      reassembler.offer(new NotesChunk(request, random.nextInt(chunks - 1), chunks, piece), now);
      assertThat(reassembler.pendingCount()).isLessThanOrEqualTo(NotesReassembler.MAX_PENDING);
      assertThat(reassembler.pendingChars())
          .isLessThanOrEqualTo(NotesReassembler.MAX_PENDING_CHARS);
    }
    String json = NotesChunksTest.payload(3000, seed);
    String done = null;
    for (NotesChunk c : NotesChunks.split(1000, json)) {
      done = reassembler.offer(c, now);
    }
    assertThat(done).isEqualTo(json);
  }

  @Test
  void setsOlderThanTheTimeoutAreDroppedOnTheNextChunkWithoutWaitingForExpire() {
    NotesReassembler reassembler = new NotesReassembler(1000);
    reassembler.offer(new NotesChunk(1, 0, 2, "abc"), 0);
    assertThat(reassembler.pendingChars()).isEqualTo(3);
    reassembler.offer(new NotesChunk(2, 0, 2, "de"), 1001);
    assertThat(reassembler.pendingCount()).isEqualTo(1);
    assertThat(reassembler.pendingChars()).isEqualTo(2);
    assertThat(reassembler.expire(1001)).containsExactly(1);
  }

  static String repeat(char c, int n) {
    char[] chars = new char[n];
    java.util.Arrays.fill(chars, c);
    return new String(chars);
  }
}
