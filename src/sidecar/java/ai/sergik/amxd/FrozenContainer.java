package ai.sergik.amxd;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code mx@c} container of a frozen device (all integers big-endian): {@code mx@c}, a header size (16),
 * a 64-bit offset of the directory, the embedded files back to back, then {@code dlst} with one {@code dire}
 * record per file (fields {@code type fnam sz32 of32 vers flag mdat}, each tag + size including its 8-byte
 * header + data). The entry flagged 17 is the device patcher itself.
 */
public record FrozenContainer(List<Entry> entries) {
  /** Flag of the entry that holds the device's own patcher. */
  public static final int DEVICE_PATCHER_FLAG = 17;

  public FrozenContainer {
    entries = List.copyOf(entries);
  }

  /** One embedded file. A class, not a record: a record's equals would compare the bytes by reference. */
  public static final class Entry {
    private final String name;
    private final String type;
    private final int flags;
    private final int offset;
    private final byte[] data;

    public Entry(String name, String type, int flags, int offset, byte[] data) {
      this.name = name;
      this.type = type;
      this.flags = flags;
      this.offset = offset;
      this.data = data.clone();
    }

    public String name() {
      return name;
    }

    public String type() {
      return type;
    }

    public int flags() {
      return flags;
    }

    public int offset() {
      return offset;
    }

    public byte[] data() {
      return data.clone();
    }

    @Override
    public String toString() {
      return "Entry[" + name + ", " + type + ", flags " + flags + ", offset " + offset + ", "
          + data.length + " bytes]";
    }
  }

  public Entry devicePatcher() {
    return entries.stream()
        .filter(e -> e.flags() == DEVICE_PATCHER_FLAG)
        .findFirst()
        .orElse(entries.get(0));
  }

  static FrozenContainer parse(byte[] container, String source) throws AmxdFormatException {
    ByteBuffer in = ByteBuffer.wrap(container).order(ByteOrder.BIG_ENDIAN);
    if (container.length < 16 || in.getInt(0) != 0x6d784063) {
      throw new AmxdFormatException(source + ": frozen container must start with \"mx@c\"");
    }
    long directory = in.getLong(8);
    if (directory < 16 || directory + 8 > container.length) {
      throw new AmxdFormatException(source + ": mx@c directory offset " + directory
          + " is outside the " + container.length + "-byte container");
    }
    int at = (int) directory;
    if (!tag(container, at).equals("dlst")) {
      throw new AmxdFormatException(source + ": expected \"dlst\" at container offset " + at
          + ", found \"" + tag(container, at) + "\"");
    }
    int end = Math.min(container.length, at + in.getInt(at + 4));
    at += 8;
    List<Entry> entries = new ArrayList<>();
    while (at + 8 <= end) {
      if (!tag(container, at).equals("dire")) {
        throw new AmxdFormatException(source + ": expected \"dire\" at container offset " + at);
      }
      int direSize = in.getInt(at + 4);
      int fieldAt = at + 8;
      int direEnd = at + direSize;
      if (direSize < 8 || direEnd > end) {
        throw new AmxdFormatException(
            source + ": \"dire\" at offset " + at + " has a bad size " + direSize);
      }
      String type = "";
      String name = "";
      int size = -1;
      int offset = -1;
      int flags = 0;
      while (fieldAt + 8 <= direEnd) {
        String field = tag(container, fieldAt);
        int fieldSize = in.getInt(fieldAt + 4);
        if (fieldSize < 8 || fieldAt + fieldSize > direEnd) {
          throw new AmxdFormatException(source + ": field \"" + field + "\" at offset " + fieldAt
              + " has a bad size " + fieldSize);
        }
        int data = fieldAt + 8;
        switch (field) {
          case "type" -> type = new String(container, data, 4, StandardCharsets.ISO_8859_1);
          case "fnam" -> name = cString(container, data, fieldSize - 8);
          case "sz32" -> size = in.getInt(data);
          case "of32" -> offset = in.getInt(data);
          case "flag" -> flags = in.getInt(data);
          default -> {}
        }
        fieldAt += fieldSize;
      }
      if (size < 0 || offset < 0 || offset + (long) size > container.length) {
        throw new AmxdFormatException(source + ": embedded file \"" + name
            + "\" points outside the container (" + "offset " + offset + ", size " + size + ")");
      }
      byte[] data = new byte[size];
      System.arraycopy(container, offset, data, 0, size);
      entries.add(new Entry(name, type, flags, offset, data));
      at = direEnd;
    }
    if (entries.isEmpty()) {
      throw new AmxdFormatException(source + ": the frozen container lists no files");
    }
    return new FrozenContainer(entries);
  }

  private static String tag(byte[] b, int at) {
    return at + 4 <= b.length ? new String(b, at, 4, StandardCharsets.ISO_8859_1) : "";
  }

  private static String cString(byte[] b, int at, int max) {
    int end = at;
    while (end < at + max && b[end] != 0) {
      end++;
    }
    return new String(b, at, end - at, StandardCharsets.UTF_8);
  }
}
