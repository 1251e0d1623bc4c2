package ai.sergik.studio;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** A value derived from one file, read again only when the file's size or modification time changes. */
final class StampedCache<T> {
  interface Loader<T> {
    T load(Path file) throws IOException;
  }

  private final Path file;
  private final Loader<T> loader;
  private List<Long> stamp;
  private T value;

  StampedCache(Path file, Loader<T> loader) {
    this.file = Objects.requireNonNull(file, "file");
    this.loader = Objects.requireNonNull(loader, "loader");
  }

  synchronized T get() throws IOException {
    List<Long> now = Files.exists(file)
        ? List.of(Files.size(file), Files.getLastModifiedTime(file).toMillis())
        : List.of();
    if (value == null || !now.equals(stamp)) {
      value = loader.load(file);
      stamp = now;
    }
    return value;
  }
}
