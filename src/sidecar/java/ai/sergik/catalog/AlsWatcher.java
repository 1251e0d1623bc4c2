package ai.sergik.catalog;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Keeps the catalog current while the producer works: watches a folder tree and, once changes have
 * been quiet for the settle time (Live writes a set in several steps), runs an incremental scan.
 * Since scans skip unchanged sets, a rescan after a save reads only the saved set.
 */
public final class AlsWatcher {
  private final AlsScanner scanner;
  private final Path root;
  private final Duration settle;

  public AlsWatcher(AlsScanner scanner, Path root, Duration settle) {
    this.scanner = Objects.requireNonNull(scanner, "scanner");
    this.root = root.toAbsolutePath().normalize();
    if (settle.isNegative()) {
      throw new IllegalArgumentException("settle must be >= 0, got " + settle);
    }
    this.settle = settle;
  }

  /** Watches until the thread is interrupted, handing each rescan's summary to {@code onScan}. */
  public void run(Consumer<AlsScanner.Summary> onScan) throws IOException, InterruptedException {
    run(onScan, AlsScanner.Listener.NONE);
  }

  /** As {@link #run(Consumer)}; {@code listener} hears each rescan's progress and its waits for the data directory lock. */
  public void run(Consumer<AlsScanner.Summary> onScan, AlsScanner.Listener listener)
      throws IOException, InterruptedException {
    try (WatchService watch = FileSystems.getDefault().newWatchService()) {
      Set<Path> registered = new HashSet<>();
      register(watch, registered);
      while (!Thread.currentThread().isInterrupted()) {
        WatchKey key = watch.take();
        boolean relevant = drain(key);
        // wait until the folder has been quiet for the settle time
        WatchKey more;
        while ((more = watch.poll(Math.max(1, settle.toMillis()), TimeUnit.MILLISECONDS)) != null) {
          relevant |= drain(more);
        }
        if (relevant) {
          register(watch, registered); // new project folders
          onScan.accept(scanner.scan(root, listener));
        }
      }
    } catch (ClosedWatchServiceException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static boolean drain(WatchKey key) {
    boolean relevant = false;
    for (var event : key.pollEvents()) {
      Object context = event.context();
      String name = context == null ? "" : context.toString().toLowerCase(java.util.Locale.ROOT);
      // a set, a new folder, a deletion, or an overflow that may have hidden either
      relevant |= event.kind() == StandardWatchEventKinds.OVERFLOW
          || name.endsWith(".als")
          || !name.contains(".")
          || event.kind() == StandardWatchEventKinds.ENTRY_DELETE;
    }
    key.reset();
    return relevant;
  }

  private void register(WatchService watch, Set<Path> registered) throws IOException {
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
          throws IOException {
        if (registered.add(dir)) {
          dir.register(
              watch,
              StandardWatchEventKinds.ENTRY_CREATE,
              StandardWatchEventKinds.ENTRY_MODIFY,
              StandardWatchEventKinds.ENTRY_DELETE);
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
