package ai.sergik.sync;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One dataset file in a version: its path relative to the data directory (forward slashes), size
 * in bytes and SHA-256 (64 lower-case hex digits).
 */
public record FileEntry(String path, long size, String sha256) {
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  public FileEntry {
    Objects.requireNonNull(path, "path");
    if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains("..")) {
      throw new IllegalArgumentException(
          "file path must be relative with forward slashes and no '..', got '" + path + "'");
    }
    if (size < 0) throw new IllegalArgumentException(path + ": size must be >= 0, got " + size);
    if (!SHA256.matcher(sha256).matches()) {
      throw new IllegalArgumentException(
          path + ": sha256 must be 64 lower-case hex digits, got '" + sha256 + "'");
    }
  }
}
