package ai.sergik.analysis;

import ai.sergik.io.Digests;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
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
    MessageDigest sha1 = Digests.sha1();
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      ByteBuffer buf = ByteBuffer.allocate(EDGE);
      digest(ch, 0, buf, sha1);
      if (size > EDGE) digest(ch, Math.max(EDGE, size - EDGE), buf, sha1);
    }
    return HexFormat.of().formatHex(sha1.digest()).substring(0, 16);
  }

  private static void digest(FileChannel ch, long from, ByteBuffer buf, MessageDigest md)
      throws IOException {
    buf.clear();
    while (buf.hasRemaining() && ch.read(buf, from + buf.position()) > 0) {}
    buf.flip();
    md.update(buf);
  }
}
