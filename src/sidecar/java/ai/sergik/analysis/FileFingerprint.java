package ai.sergik.analysis;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What decides whether a file changed since the last run: size, modification time and a SHA-1 of
 * its first and last 64 KiB (cheap even for a 2 GB file; headers and tails are where edits and
 * re-exports show). Unchanged means all three equal.
 */
public record FileFingerprint(long size, long modifiedMillis, String hash) {
  static final int EDGE = 64 * 1024;

  public static FileFingerprint of(Path file) throws IOException {
    long size = Files.size(file);
    long modified = Files.getLastModifiedTime(file).toMillis();
    return new FileFingerprint(size, modified, edgeHash(file, size));
  }

  static String edgeHash(Path file, long size) throws IOException {
    MessageDigest sha1;
    try {
      sha1 = MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-1", e);
    }
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      ByteBuffer buf = ByteBuffer.allocate(EDGE);
      digest(ch, 0, buf, sha1);
      if (size > EDGE) digest(ch, Math.max(EDGE, size - EDGE), buf, sha1);
    }
    return HexFormat.of().formatHex(sha1.digest()).substring(0, 16);
  }

  private static void digest(FileChannel ch, long from, ByteBuffer buf, MessageDigest md) throws IOException {
    buf.clear();
    while (buf.hasRemaining() && ch.read(buf, from + buf.position()) > 0) { }
    buf.flip();
    md.update(buf);
  }

  /** The 12-hex-digit track id: first digits of SHA-1 over the full path's UTF-8 bytes (the earlier tool's rule). */
  public static String trackId(String fullPath) {
    try {
      MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
      return HexFormat.of().formatHex(sha1.digest(fullPath.getBytes(java.nio.charset.StandardCharsets.UTF_8))).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-1", e);
    }
  }
}
