package ai.sergik.sync;

import ai.sergik.io.Digests;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** The files of a dataset at one moment, sorted by path; its {@link #id()} names the version. */
public final class Manifest {
  private final SortedMap<String, FileEntry> files;

  public Manifest(Collection<FileEntry> entries) {
    SortedMap<String, FileEntry> sorted = new TreeMap<>();
    for (FileEntry entry : entries) {
      if (sorted.put(entry.path(), entry) != null) {
        throw new IllegalArgumentException("file listed twice in a manifest: " + entry.path());
      }
    }
    this.files = Collections.unmodifiableSortedMap(sorted);
  }

  public SortedMap<String, FileEntry> files() {
    return files;
  }

  public long totalBytes() {
    return files.values().stream().mapToLong(FileEntry::size).sum();
  }

  /**
   * The SHA-256 of the canonical listing: one line {@code sha256 size path\n} per file in path
   * order (byte order of UTF-8). Equal file sets give equal ids, whenever and wherever computed.
   */
  public String id() {
    StringBuilder listing = new StringBuilder();
    for (FileEntry f : files.values()) {
      listing
          .append(f.sha256())
          .append(' ')
          .append(f.size())
          .append(' ')
          .append(f.path())
          .append('\n');
    }
    return Digests.hex(Digests.sha256(listing.toString()));
  }

  /** What changed from {@code previous} (null = nothing before) to this manifest. */
  public Changes changesSince(Manifest previous) {
    Map<String, FileEntry> before = previous == null ? Map.of() : previous.files;
    List<String> added = new ArrayList<>(),
        modified = new ArrayList<>(),
        deleted = new ArrayList<>();
    files.forEach((path, entry) -> {
      FileEntry old = before.get(path);
      if (old == null) added.add(path);
      else if (!old.equals(entry)) modified.add(path);
    });
    before.keySet().stream()
        .filter(path -> !files.containsKey(path))
        .sorted()
        .forEach(deleted::add);
    return new Changes(added, modified, deleted);
  }

  /** Paths added, modified and deleted between two versions, each sorted. */
  public record Changes(List<String> added, List<String> modified, List<String> deleted) {
    public Changes {
      added = List.copyOf(added);
      modified = List.copyOf(modified);
      deleted = List.copyOf(deleted);
    }

    public boolean isEmpty() {
      return added.isEmpty() && modified.isEmpty() && deleted.isEmpty();
    }

    @Override
    public String toString() {
      return "+" + added.size() + " ~" + modified.size() + " -" + deleted.size();
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Manifest m && m.files.equals(files);
  }

  @Override
  public int hashCode() {
    return files.hashCode();
  }
}
