package ai.sergik.osc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Cuts a notes payload into {@code /sergik/notes} pieces that each fit one datagram.
 *
 * <p>The payload is a JSON object (see {@link OscMessages#notes}); it is cut at character
 * boundaries, never inside a UTF-8 sequence or a surrogate pair, so each piece is a valid OSC string
 * and the receiver restores the payload by concatenation ({@link NotesReassembler}).
 */
public final class NotesChunks {
  private NotesChunks() {}

  /**
   * Bytes of JSON per chunk. A {@code /sergik/notes} datagram spends 16 bytes on the address, 8 on
   * the type tags, 12 on the three ints and at most 4 on the string's terminator and padding, so
   * 8000 leaves room to spare under {@link OscProtocol#MAX_DATAGRAM_BYTES}.
   */
  public static final int MAX_CHUNK_JSON_BYTES = 8000;

  /**
   * At most this many chunks per payload (about 2 MB of JSON, some 20,000 notes), so a bad header cannot claim
   * unbounded memory in the device.
   */
  public static final int MAX_CHUNKS = 256;

  /** The largest payload in characters: {@link #MAX_CHUNKS} full chunks. */
  public static final long MAX_PAYLOAD_CHARS = (long) MAX_CHUNKS * MAX_CHUNK_JSON_BYTES;

  /** The pieces of {@code json} for {@code request}, in order. */
  public static List<NotesChunk> split(int request, String json) {
    if (json == null) {
      throw new IllegalArgumentException("notes json must not be null");
    }
    List<String> pieces = cut(json, MAX_CHUNK_JSON_BYTES);
    if (pieces.size() > MAX_CHUNKS) {
      throw new IllegalArgumentException("notes payload of " + json.length() + " characters needs "
          + pieces.size() + " chunks, over the limit of " + MAX_CHUNKS + "; send fewer notes");
    }
    List<NotesChunk> chunks = new ArrayList<NotesChunk>(pieces.size());
    for (int i = 0; i < pieces.size(); i++) {
      chunks.add(new NotesChunk(request, i, pieces.size(), pieces.get(i)));
    }
    return Collections.unmodifiableList(chunks);
  }

  /** Cuts {@code text} into pieces of at most {@code maxBytes} UTF-8 bytes each; "" gives one empty piece. */
  static List<String> cut(String text, int maxBytes) {
    List<String> pieces = new ArrayList<String>();
    int start = 0;
    int bytes = 0;
    int i = 0;
    while (i < text.length()) {
      int codePoint = text.codePointAt(i);
      int width = utf8Width(codePoint);
      int chars = Character.charCount(codePoint);
      if (bytes + width > maxBytes) {
        pieces.add(text.substring(start, i));
        start = i;
        bytes = 0;
      }
      bytes += width;
      i += chars;
    }
    pieces.add(text.substring(start));
    return pieces;
  }

  private static int utf8Width(int codePoint) {
    if (codePoint < 0x80) {
      return 1;
    } else if (codePoint < 0x800) {
      return 2;
    } else if (codePoint < 0x10000) {
      return 3;
    }
    return 4;
  }
}
