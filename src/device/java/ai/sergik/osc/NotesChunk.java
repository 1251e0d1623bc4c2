package ai.sergik.osc;

/**
 * One datagram of {@code /sergik/notes i request, i chunk, i chunks, s json}. Chunks are numbered
 * from 0 to {@code chunks - 1}; concatenating their json pieces in order gives the whole payload.
 */
public final class NotesChunk {
  private final int request;
  private final int chunk;
  private final int chunks;
  private final String json;

  public NotesChunk(int request, int chunk, int chunks, String json) {
    if (chunks < 1 || chunks > NotesChunks.MAX_CHUNKS) {
      throw new IllegalArgumentException(
          "chunks must be 1.." + NotesChunks.MAX_CHUNKS + ", got " + chunks);
    }
    if (chunk < 0 || chunk >= chunks) {
      throw new IllegalArgumentException(
          "chunk must be 0.." + (chunks - 1) + " (of " + chunks + "), got " + chunk);
    }
    if (json == null) {
      throw new IllegalArgumentException("chunk json must not be null");
    }
    this.request = request;
    this.chunk = chunk;
    this.chunks = chunks;
    this.json = json;
  }

  public int request() {
    return request;
  }

  /** 0-based index of this piece. */
  public int chunk() {
    return chunk;
  }

  /** How many pieces the payload was cut into. */
  public int chunks() {
    return chunks;
  }

  /** This piece of the payload (not valid JSON on its own unless chunks is 1). */
  public String json() {
    return json;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof NotesChunk)) return false;
    NotesChunk c = (NotesChunk) o;
    return request == c.request && chunk == c.chunk && chunks == c.chunks && json.equals(c.json);
  }

  @Override
  public int hashCode() {
    return ((request * 31 + chunk) * 31 + chunks) * 31 + json.hashCode();
  }

  @Override
  public String toString() {
    return "NotesChunk{request=" + request + ", " + (chunk + 1) + "/" + chunks + ", "
        + json.length() + " chars}";
  }
}
