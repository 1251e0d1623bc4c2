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
 *
 * <p>Bounded whatever arrives: at most {@link #MAX_PENDING} incomplete sets, {@link NotesChunks#MAX_CHUNKS}
 * chunks a set, {@link #MAX_PENDING_CHARS} characters held in all, and no set older than the timeout (checked
 * on every offer too). A chunk that would pass a bound drops the oldest sets first; a set that alone is
 * larger than the whole budget is dropped. Dropped sets are reported by {@link #expire}.
 */
public final class NotesReassembler {
  /** How long an incomplete set waits for its missing chunks by default. */
  public static final long DEFAULT_TIMEOUT_MILLIS = 5000;

  /** At most this many incomplete sets are kept; the oldest is dropped beyond it. */
  public static final int MAX_PENDING = 8;

  /**
   * At most this many characters are held in incomplete sets (about 4 MB as Java strings): twice the largest
   * payload the sidecar sends to a device, so one large push can complete while another is pending.
   */
  public static final long MAX_PENDING_CHARS = 2L * NotesChunks.MAX_PAYLOAD_CHARS;

  private final long timeoutMillis;
  private final Map<Integer, Pending> pending = new LinkedHashMap<Integer, Pending>();
  private final List<Integer> dropped = new ArrayList<Integer>();
  private long pendingChars;

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
    dropOlderThan(nowMillis - timeoutMillis, dropped);
    if (chunk.chunks() == 1) {
      remove(chunk.request());
      return chunk.json();
    }
    Pending set = pending.get(chunk.request());
    if (set != null && !set.accepts(chunk)) {
      remove(chunk.request());
      dropped.add(chunk.request());
      set = null;
    }
    if (set != null && set.has(chunk)) {
      return null;
    }
    if (set != null && set.chars + chunk.json().length() > MAX_PENDING_CHARS) {
      remove(chunk.request());
      dropped.add(chunk.request());
      return null;
    }
    makeRoom(set == null ? 1 : 0, chunk.json().length(), chunk.request());
    if (set == null) {
      set = new Pending(chunk.chunks(), nowMillis);
      pending.put(chunk.request(), set);
    }
    set.put(chunk);
    pendingChars += chunk.json().length();
    if (!set.complete()) {
      return null;
    }
    remove(chunk.request());
    return set.join();
  }

  /** Drops the oldest sets (never {@code keep}) until {@code newSets} more sets and {@code chars} more fit. */
  private void makeRoom(int newSets, long chars, int keep) {
    Iterator<Map.Entry<Integer, Pending>> oldest = pending.entrySet().iterator();
    while (oldest.hasNext()
        && (pending.size() + newSets > MAX_PENDING || pendingChars + chars > MAX_PENDING_CHARS)) {
      Map.Entry<Integer, Pending> e = oldest.next();
      if (e.getKey().intValue() == keep) {
        continue;
      }
      pendingChars -= e.getValue().chars;
      dropped.add(e.getKey());
      oldest.remove();
    }
  }

  private void remove(int request) {
    Pending set = pending.remove(request);
    if (set != null) {
      pendingChars -= set.chars;
    }
  }

  private void dropOlderThan(long firstMillis, List<Integer> into) {
    Iterator<Map.Entry<Integer, Pending>> it = pending.entrySet().iterator();
    while (it.hasNext()) {
      Map.Entry<Integer, Pending> e = it.next();
      if (e.getValue().firstMillis < firstMillis) {
        into.add(e.getKey());
        pendingChars -= e.getValue().chars;
        it.remove();
      }
    }
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
    dropOlderThan(nowMillis - timeoutMillis, expired);
    return expired.isEmpty()
        ? Collections.<Integer>emptyList()
        : Collections.unmodifiableList(expired);
  }

  /** How many sets are waiting for chunks. */
  public synchronized int pendingCount() {
    return pending.size();
  }

  /** How many characters the waiting sets hold. */
  public synchronized long pendingChars() {
    return pendingChars;
  }

  private static final class Pending {
    final String[] pieces;
    final long firstMillis;
    int received;
    long chars;

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

    boolean has(NotesChunk chunk) {
      return pieces[chunk.chunk()] != null;
    }

    void put(NotesChunk chunk) {
      pieces[chunk.chunk()] = chunk.json();
      received++;
      chars += chunk.json().length();
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
