package ai.sergik.sync;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Which files of a data directory are dataset files. Everything is, except: the version history
 * itself ({@code dataset_versions.json}), the configuration ({@code sergik.properties}, which may hold
 * credentials), and hidden files and folders (names starting with a dot: caches, the sync git
 * directory, temporary files of interrupted writes).
 */
public final class DatasetFiles {
  public static final String VERSIONS_FILE = "dataset_versions.json";
  public static final Set<String> EXCLUDED_TOP_LEVEL = Set.of(VERSIONS_FILE, "sergik.properties");

  private DatasetFiles() {}

  /** A dataset file found on disk. */
  public record LocalFile(String path, Path file, long size, long modifiedNanos) {}

  /** Every dataset file under {@code root}, sorted by path. Symbolic links are not followed. */
  public static List<LocalFile> scan(Path root) throws IOException {
    List<LocalFile> found = new ArrayList<>();
    if (!Files.isDirectory(root)) return found;
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        return !dir.equals(root) && hidden(dir)
            ? FileVisitResult.SKIP_SUBTREE
            : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (!attrs.isRegularFile() || hidden(file)) return FileVisitResult.CONTINUE;
        String path = relative(root, file);
        if (!EXCLUDED_TOP_LEVEL.contains(path)) {
          found.add(new LocalFile(
              path, file, attrs.size(), attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS)));
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
        throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
      }
    });
    found.sort(Comparator.comparing(LocalFile::path));
    return found;
  }

  public static boolean isDatasetPath(String path) {
    if (EXCLUDED_TOP_LEVEL.contains(path)) return false;
    for (String segment : path.split("/", -1)) {
      if (segment.startsWith(".")) return false;
    }
    return true;
  }

  static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }

  private static boolean hidden(Path path) {
    return path.getFileName().toString().startsWith(".");
  }
}
