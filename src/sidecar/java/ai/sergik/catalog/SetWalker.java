package ai.sergik.catalog;

import ai.sergik.concurrent.DaemonThreads;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Finds every Live set ({@code .als}, not macOS's {@code ._} shadow files) under a folder, with its size and
 * modification time. The folders directly under it are walked in parallel (a library is many project folders, and
 * on a large one the walk is most of an unchanged rescan); an unreadable folder is skipped, not fatal.
 */
final class SetWalker {
  private final int threads;
  private final ZoneId zone;

  SetWalker(int threads, ZoneId zone) {
    this.threads = threads;
    this.zone = zone;
  }

  /** The sets under {@code root}, sorted by path. */
  List<SetFile> walk(Path root) throws IOException, InterruptedException {
    List<SetFile> sets = java.util.Collections.synchronizedList(new ArrayList<>());
    List<Path> folders = new ArrayList<>();
    try (var children = Files.newDirectoryStream(root)) {
      for (Path child : children) {
        BasicFileAttributes attrs;
        try {
          attrs = Files.readAttributes(
              child, BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        } catch (IOException unreadable) {
          continue;
        }
        if (attrs.isDirectory()) {
          folders.add(child);
        } else {
          addIfSet(sets, child, attrs);
        }
      }
    }
    if (threads == 1 || folders.size() < 2) {
      for (Path folder : folders) walkFolder(folder, sets);
    } else {
      ExecutorService pool = Executors.newFixedThreadPool(
          Math.min(threads, folders.size()), DaemonThreads.named("als-walk"));
      try {
        List<Future<?>> walks = new ArrayList<>();
        for (Path folder : folders) {
          walks.add(pool.submit(() -> {
            walkFolder(folder, sets);
            return null;
          }));
        }
        for (Future<?> w : walks) w.get();
      } catch (ExecutionException e) {
        throw new IOException(
            "walking " + root + " failed: " + e.getCause().getMessage(), e.getCause());
      } finally {
        pool.shutdownNow();
      }
    }
    List<SetFile> sorted = new ArrayList<>(sets);
    sorted.sort(java.util.Comparator.comparing(SetFile::path));
    return sorted;
  }

  private void walkFolder(Path folder, List<SetFile> sets) throws IOException {
    Files.walkFileTree(folder, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        addIfSet(sets, file, attrs);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        return FileVisitResult.CONTINUE; // an unreadable folder must not end the scan of the others
      }
    });
  }

  private void addIfSet(List<SetFile> sets, Path file, BasicFileAttributes attrs) {
    String name = file.getFileName().toString();
    if (attrs.isRegularFile()
        && name.toLowerCase(Locale.ROOT).endsWith(".als")
        && !name.startsWith("._")) {
      sets.add(new SetFile(
          file.toString(), attrs.size(), attrs.lastModifiedTime().toMillis(), zone, ""));
    }
  }
}
