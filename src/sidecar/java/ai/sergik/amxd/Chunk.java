package ai.sergik.amxd;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One top-level chunk of an .amxd: a four-character tag and its payload (stored length is little-endian). A class, not
 * a record, so that equality compares the payload's bytes and no caller can change them.
 */
public final class Chunk {
  private final String tag;
  private final byte[] payload;

  public Chunk(String tag, byte[] payload) {
    if (tag.length() != 4 || tag.getBytes(StandardCharsets.US_ASCII).length != 4) {
      throw new IllegalArgumentException(
          "chunk tag must be 4 ASCII characters, got \"" + tag + "\"");
    }
    this.tag = tag;
    this.payload = payload.clone();
  }

  public String tag() {
    return tag;
  }

  public byte[] payload() {
    return payload.clone();
  }

  int length() {
    return payload.length;
  }

  byte[] payloadUnsafe() {
    return payload;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Chunk c && c.tag.equals(tag) && Arrays.equals(c.payload, payload);
  }

  @Override
  public int hashCode() {
    return tag.hashCode() * 31 + Arrays.hashCode(payload);
  }

  @Override
  public String toString() {
    return "Chunk[" + tag + ", " + payload.length + " bytes]";
  }
}
