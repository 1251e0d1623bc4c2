package ai.sergik.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hashes the tool writes into its files, in one place: SHA-256 of files and texts (sync objects, set files,
 * project ids), streamed in blocks so a file never has to fit in memory, and the earlier tool's track id.
 */
public final class Digests {
  static final int BLOCK = 1 << 20;

  private Digests() {}

  public static MessageDigest sha256() {
    return digest("SHA-256");
  }

  /** SHA-1, for the ids and fingerprints the earlier tool defined with it; not for anything secret. */
  public static MessageDigest sha1() {
    return digest("SHA-1");
  }

  private static MessageDigest digest(String algorithm) {
    try {
      return MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(
          "this JVM has no " + algorithm + ", which every Java SE runtime must provide", e);
    }
  }

  public static byte[] sha256(byte[] data) {
    return sha256().digest(data);
  }

  /** The SHA-256 of the text's UTF-8 bytes. */
  public static byte[] sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  public static String hex(byte[] digest) {
    return HexFormat.of().formatHex(digest);
  }

  /** The SHA-256 of a file, as 64 hex digits. */
  public static String sha256Hex(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      // small files get a small buffer: hashing thousands of them must not allocate a megabyte each
      long size = Files.size(file);
      return sha256Hex(in, (int) Math.max(8192, Math.min(BLOCK, size + 1)));
    }
  }

  /** The SHA-256 of everything left in {@code in} (not closed). */
  public static String sha256Hex(InputStream in) throws IOException {
    return sha256Hex(in, BLOCK);
  }

  private static String sha256Hex(InputStream in, int bufferSize) throws IOException {
    MessageDigest digest = sha256();
    byte[] block = new byte[bufferSize];
    for (int n; (n = in.read(block)) >= 0; ) {
      digest.update(block, 0, n);
    }
    return hex(digest.digest());
  }

  /**
   * The track id: the first 12 hex digits of SHA-1 over the text's UTF-8 bytes (the full path of the audio file,
   * or {@code name:} and the file name when there is no path), the earlier tool's rule, so ids match its files.
   */
  public static String trackId(String text) {
    return hex(sha1().digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 12);
  }
}
