package ai.sergik.catalog;

import ai.sergik.io.Digests;
import java.nio.file.Path;
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
    return HexFormat.of().formatHex(Digests.sha256(absolutePath), 0, 6);
  }
}
