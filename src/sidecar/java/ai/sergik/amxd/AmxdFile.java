package ai.sergik.amxd;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Max for Live device file: a sequence of chunks (4-character tag, little-endian uint32 length, payload),
 * always starting {@code ampf}(device type) {@code meta}(4 bytes) and ending with {@code ptch}, the patcher.
 * The {@code ptch} payload is either the patcher JSON followed by {@code \n\0} (unfrozen) or an
 * {@code mx@c} container of embedded files (frozen, see {@link FrozenContainer}).
 *
 * <p>The chunks are kept exactly as read, so {@link #toBytes()} reproduces the input byte for byte.
 */
public final class AmxdFile {
  /** Written into {@code meta} for unfrozen devices, as Ableton's own unfrozen Test.amxd does. */
  public static final int UNFROZEN_META = 1;

  private final List<Chunk> chunks;

  private AmxdFile(List<Chunk> chunks) {
    this.chunks = List.copyOf(chunks);
  }

  /** An unfrozen device: {@code ampf}+type, {@code meta}, {@code ptch} = JSON + {@code \n\0}. */
  public static AmxdFile unfrozen(DeviceType type, String patcherJson) {
    String body = stripTrailingWhitespace(patcherJson) + "\n\0";
    return new AmxdFile(List.of(
        new Chunk("ampf", type.code().getBytes(StandardCharsets.US_ASCII)),
        new Chunk("meta", littleEndian(UNFROZEN_META)),
        new Chunk("ptch", body.getBytes(StandardCharsets.UTF_8))));
  }

  public static AmxdFile read(Path file) throws IOException, AmxdFormatException {
    return parse(Files.readAllBytes(file), file.toString());
  }

  /** Parses device bytes; {@code source} names the file in error messages. */
  public static AmxdFile parse(byte[] bytes, String source) throws AmxdFormatException {
    if (bytes.length < 4 || !new String(bytes, 0, 4, StandardCharsets.ISO_8859_1).equals("ampf")) {
      throw new AmxdFormatException(
          source + ": not a Max for Live device: it must start with an \"ampf\" chunk");
    }
    List<Chunk> chunks = new ArrayList<>();
    ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    while (in.hasRemaining()) {
      int at = in.position();
      if (in.remaining() < 8) {
        throw new AmxdFormatException(source + ": " + in.remaining() + " stray bytes at offset "
            + at + " where a chunk header (4-character tag + 4-byte length) was expected");
      }
      byte[] tagBytes = new byte[4];
      in.get(tagBytes);
      String tag = new String(tagBytes, StandardCharsets.ISO_8859_1);
      long length = Integer.toUnsignedLong(in.getInt());
      if (!isPrintable(tagBytes)) {
        throw new AmxdFormatException(
            source + ": offset " + at + ": chunk tag is not 4 ASCII characters");
      }
      if (length > in.remaining()) {
        throw new AmxdFormatException(source + ": chunk \"" + tag + "\" at offset " + at + " says "
            + length + " bytes but only " + in.remaining() + " remain (truncated file?)");
      }
      byte[] payload = new byte[(int) length];
      in.get(payload);
      chunks.add(new Chunk(tag, payload));
    }
    AmxdFile file = new AmxdFile(chunks);
    file.validate(source);
    return file;
  }

  private void validate(String source) throws AmxdFormatException {
    if (chunks.isEmpty() || !chunks.get(0).tag().equals("ampf")) {
      throw new AmxdFormatException(
          source + ": not a Max for Live device: it must start with an \"ampf\" chunk");
    }
    if (chunks.get(0).length() != 4) {
      throw new AmxdFormatException(
          source + ": \"ampf\" chunk must hold 4 bytes (the device type), got "
              + chunks.get(0).length());
    }
    try {
      DeviceType.of(deviceTypeCode());
    } catch (IllegalArgumentException e) {
      throw new AmxdFormatException(source + ": " + e.getMessage());
    }
    if (chunk("meta").map(Chunk::length).orElse(-1) != 4) {
      throw new AmxdFormatException(
          source + ": a \"meta\" chunk of 4 bytes is required after \"ampf\"");
    }
    if (!chunks.get(chunks.size() - 1).tag().equals("ptch")) {
      throw new AmxdFormatException(
          source + ": the last chunk must be \"ptch\" (the patcher), found \""
              + chunks.get(chunks.size() - 1).tag() + "\"");
    }
    if (isFrozen()) {
      FrozenContainer.parse(patcherPayload(), source);
    } else if (!isEncrypted()) {
      String json = new String(patcherPayload(), StandardCharsets.UTF_8);
      if (!json.stripLeading().startsWith("{")) {
        throw new AmxdFormatException(
            source + ": \"ptch\" is neither patcher JSON nor a frozen mx@c container");
      }
    }
  }

  public List<Chunk> chunks() {
    return chunks;
  }

  public DeviceType deviceType() {
    return DeviceType.of(deviceTypeCode());
  }

  private String deviceTypeCode() {
    return new String(chunks.get(0).payloadUnsafe(), StandardCharsets.ISO_8859_1);
  }

  /** The {@code meta} value read as little-endian. */
  public int meta() {
    return ByteBuffer.wrap(chunk("meta").orElseThrow().payloadUnsafe())
        .order(ByteOrder.LITTLE_ENDIAN)
        .getInt();
  }

  public byte[] patcherPayload() {
    return chunks.get(chunks.size() - 1).payload();
  }

  public boolean isFrozen() {
    byte[] p = chunks.get(chunks.size() - 1).payloadUnsafe();
    return p.length >= 4 && p[0] == 'm' && p[1] == 'x' && p[2] == '@' && p[3] == 'c';
  }

  public boolean isEncrypted() {
    return chunk("ciph").isPresent();
  }

  /** The device's own patcher JSON: the unfrozen payload without its trailing NUL, or the frozen entry flagged 17. */
  public String patcherJson(String source) throws AmxdFormatException {
    if (isFrozen()) {
      return new String(
          FrozenContainer.parse(patcherPayload(), source).devicePatcher().data(),
          StandardCharsets.UTF_8);
    }
    byte[] p = chunks.get(chunks.size() - 1).payloadUnsafe();
    int end = p.length;
    while (end > 0 && p[end - 1] == 0) {
      end--;
    }
    return new String(p, 0, end, StandardCharsets.UTF_8);
  }

  public FrozenContainer frozen(String source) throws AmxdFormatException {
    if (!isFrozen()) {
      throw new AmxdFormatException(
          source + ": the device is not frozen (no mx@c container in \"ptch\")");
    }
    return FrozenContainer.parse(patcherPayload(), source);
  }

  private Optional<Chunk> chunk(String tag) {
    return chunks.stream().filter(c -> c.tag().equals(tag)).findFirst();
  }

  public byte[] toBytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Chunk c : chunks) {
      out.writeBytes(c.tag().getBytes(StandardCharsets.ISO_8859_1));
      out.writeBytes(littleEndian(c.length()));
      out.writeBytes(c.payloadUnsafe());
    }
    return out.toByteArray();
  }

  private static byte[] littleEndian(int value) {
    return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(value).array();
  }

  private static boolean isPrintable(byte[] tag) {
    for (byte b : tag) {
      if (b < 0x20 || b > 0x7e) {
        return false;
      }
    }
    return true;
  }

  private static String stripTrailingWhitespace(String s) {
    int end = s.length();
    while (end > 0 && (Character.isWhitespace(s.charAt(end - 1)) || s.charAt(end - 1) == '\0')) {
      end--;
    }
    return s.substring(0, end);
  }
}
