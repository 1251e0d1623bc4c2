package ai.sergik.osc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts {@code /sergik/notes} chunks back together on the receiving side. Chunks may arrive out of
 * order or twice; a set that stays incomplete longer than the timeout is given up and reported by
 * {@link #expire}, so the caller can tell the user instead of waiting forever.
 *
 * <p>A set is keyed by request id. When a chunk arrives whose index is already filled with different
 * text, or whose chunk count differs from the pending set, it starts a new payload for that id (the
 * sidecar sent again, e.g. a second push with request 0) and the old, incomplete set is dropped and
 * reported by the next {@link #expire}. Thread-safe; time is passed in so tests need no clock.
 */
public final class NotesReassembler {
  /** How long an incomplete set waits for its missing chunks by default. */
  public static final long DEFAULT_TIMEOUT_MILLIS = 5000;

  /** At most this many incomplete sets are kept; the oldest is dropped beyond it. */
  public static final int MAX_PENDING = 64;

  private final long timeoutMillis;
  private final Map<Integer, Pending> pending = new LinkedHashMap<Integer, Pending>();
  private final List<Integer> dropped = new ArrayList<Integer>();

  public NotesReassembler() {
    this(DEFAULT_TIMEOUT_MILLIS);
  }

  public NotesReassembler(long timeoutMillis) {
    if (timeoutMillis <= 0) {
      throw new IllegalArgumentException("timeout must be > 0 ms, got " + timeoutMillis);
    }
    this.timeoutMillis = timeoutMillis;
  }

  /**
   * Adds one chunk received at {@code nowMillis}.
   *
   * @return the whole payload when this chunk completes its set, otherwise null
   */
  public synchronized String offer(NotesChunk chunk, long nowMillis) {
    if (chunk.chunks() == 1) {
      pending.remove(chunk.request());
      return chunk.json();
    }
    Pending set = pending.get(chunk.request());
    if (set != null && !set.accepts(chunk)) {
      pending.remove(chunk.request());
      dropped.add(chunk.request());
      set = null;
    }
    if (set == null) {
      if (pending.size() >= MAX_PENDING) {
        Iterator<Integer> oldest = pending.keySet().iterator();
        dropped.add(oldest.next());
        oldest.remove();
      }
      set = new Pending(chunk.chunks(), nowMillis);
      pending.put(chunk.request(), set);
    }
    set.put(chunk);
    if (!set.complete()) {
      return null;
    }
    pending.remove(chunk.request());
    return set.join();
  }

  /**
   * Gives up on every set whose first chunk arrived more than the timeout before {@code nowMillis},
   * plus any set dropped since the last call.
   *
   * @return the request ids given up, oldest first (empty when none)
   */
  public synchronized List<Integer> expire(long nowMillis) {
    List<Integer> expired = new ArrayList<Integer>(dropped);
    dropped.clear();
    Iterator<Map.Entry<Integer, Pending>> it = pending.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<Integer, Pending> e = it.next();
      if (nowMillis - e.getValue().firstMillis > timeoutMillis) {
        expired.add(e.getKey());
        it.remove();
      }
    }
    return expired.isEmpty() ? Collections.<Integer>emptyList() : Collections.unmodifiableList(expired);
  }

  /** How many sets are waiting for chunks. */
  public synchronized int pendingCount() {
    return pending.size();
  }

  private static final class Pending {
    final String[] pieces;
    final long firstMillis;
    int received;

    Pending(int chunks, long firstMillis) {
      this.pieces = new String[chunks];
      this.firstMillis = firstMillis;
    }

    boolean accepts(NotesChunk chunk) {
      if (chunk.chunks() != pieces.length) {
        return false;
      }
      String existing = pieces[chunk.chunk()];
      return existing == null || existing.equals(chunk.json());
    }

    void put(NotesChunk chunk) {
      if (pieces[chunk.chunk()] == null) {
        pieces[chunk.chunk()] = chunk.json();
        received++;
      }
    }

    boolean complete() {
      return received == pieces.length;
    }

    String join() {
      StringBuilder sb = new StringBuilder();
      for (String p : pieces) {
        sb.append(p);
      }
      return sb.toString();
    }
  }
}
