package ai.sergik.sync;

import ai.sergik.io.AtomicFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Remembers each file's checksum with the size and modification time it had, so an unchanged file
 * is not read again. A tab-separated file under {@code .cache/}; losing it only costs a re-hash.
 */
final class HashCache {
  static final String FILE = ".cache/sync-hashes.tsv";
  private static final String HEADER =
      "# sergik sync hash cache v1: size\tmodified_ns\tsha256\tpath";

  record Entry(long size, long modifiedNanos, String sha256) {}

  private final Path file;
  private final Map<String, Entry> entries;

  private HashCache(Path file, Map<String, Entry> entries) {
    this.file = file;
    this.entries = entries;
  }

  static HashCache load(Path root) {
    Path file = root.resolve(FILE);
    Map<String, Entry> entries = new HashMap<>();
    if (Files.isRegularFile(file)) {
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        for (String line; (line = in.readLine()) != null; ) {
          if (line.startsWith("#")) continue;
          String[] cells = line.split("\t", 4);
          if (cells.length == 4 && cells[2].length() == 64) {
            entries.put(
                cells[3], new Entry(Long.parseLong(cells[0]), Long.parseLong(cells[1]), cells[2]));
          }
        }
      } catch (IOException | NumberFormatException e) {
        entries.clear(); // a damaged cache is only a slower sync: start afresh
      }
    }
    return new HashCache(file, entries);
  }

  /** The cached checksum if the file still has the size and time it had when hashed. */
  String lookup(DatasetFiles.LocalFile f) {
    Entry e = entries.get(f.path());
    return e != null && e.size() == f.size() && e.modifiedNanos() == f.modifiedNanos()
        ? e.sha256()
        : null;
  }

  void put(DatasetFiles.LocalFile f, String sha256) {
    if (f.path().indexOf('\n') < 0 && f.path().indexOf('\t') < 0) {
      entries.put(f.path(), new Entry(f.size(), f.modifiedNanos(), sha256));
    }
  }

  void retainOnly(java.util.Set<String> paths) {
    entries.keySet().retainAll(paths);
  }

  void save() throws IOException {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    entries.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> text.append(e.getValue().size())
            .append('\t')
            .append(e.getValue().modifiedNanos())
            .append('\t')
            .append(e.getValue().sha256())
            .append('\t')
            .append(e.getKey())
            .append('\n'));
    AtomicFiles.writeString(file, text.toString());
  }
}
