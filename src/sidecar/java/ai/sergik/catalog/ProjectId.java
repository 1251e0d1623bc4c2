package ai.sergik.catalog;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The key that joins a set's row in {@code projects_als.csv} to its rows in the side tables: the first
 * 12 hex digits of the SHA-256 of its absolute path. It stays the same when the set is saved again, so
 * links to it survive rescans; a moved set is a new project.
 */
public final class ProjectId {
  private ProjectId() {}

  public static String of(Path set) {
    return of(set.toAbsolutePath().normalize().toString());
  }

  public static String of(String absolutePath) {
    return HexFormat.of().formatHex(sha256(absolutePath.getBytes(StandardCharsets.UTF_8)), 0, 6);
  }

  static byte[] sha256(byte[] bytes) {
    return digest().digest(bytes);
  }

  static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java 17 runtime provides SHA-256", e);
    }
  }
}
