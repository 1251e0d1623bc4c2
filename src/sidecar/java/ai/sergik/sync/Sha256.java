package ai.sergik.sync;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Streaming SHA-256: files are read in 1 MiB blocks, never whole into memory. */
public final class Sha256 {
  static final int BLOCK = 1 << 20;

  private Sha256() {}

  public static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this JVM has no SHA-256, which every Java SE runtime must provide", e);
    }
  }

  public static byte[] digest(byte[] data) { return newDigest().digest(data); }

  public static String hex(byte[] digest) { return HexFormat.of().formatHex(digest); }

  /** The SHA-256 of a file, as 64 hex digits. */
  public static String file(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      // small files get a small buffer: hashing thousands of them must not allocate a megabyte each
      long size = Files.size(file);
      return stream(in, (int) Math.max(8192, Math.min(BLOCK, size + 1)));
    }
  }

  /** The SHA-256 of everything left in {@code in} (not closed). */
  public static String stream(InputStream in) throws IOException {
    return stream(in, BLOCK);
  }

  private static String stream(InputStream in, int bufferSize) throws IOException {
    MessageDigest digest = newDigest();
    byte[] block = new byte[bufferSize];
    for (int n; (n = in.read(block)) >= 0; ) {
      digest.update(block, 0, n);
    }
    return hex(digest.digest());
  }
}
