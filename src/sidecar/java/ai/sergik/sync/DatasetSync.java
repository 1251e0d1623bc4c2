package ai.sergik.sync;

import ai.sergik.concurrent.DaemonThreads;
import ai.sergik.data.DataDir;
import ai.sergik.io.Digests;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Checksums the dataset files of one data directory and keeps their version history in {@code
 * dataset_versions.json}.
 */
public final class DatasetSync {
  /**
   * Files modified this close to the scan are hashed but not cached: a write landing in the same
   * timestamp tick after hashing would otherwise go unnoticed.
   */
  static final long RACY_NANOS = 2_000_000_000L;

  private final DataDir dir;
  private final Clock clock;
  private final int threads;

  public DatasetSync(DataDir dir, Clock clock) {
    this(dir, clock, Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors())));
  }

  public DatasetSync(DataDir dir, Clock clock, int threads) {
    this.dir = dir;
    this.clock = clock;
    this.threads = threads;
  }

  public Path versionsFile() {
    return dir.datasetVersions();
  }

  /** What the data directory holds now, with counts of files read and taken from the cache. */
  public record Snapshot(Manifest manifest, int hashed, int cached, long bytesHashed) {}

  /** Hashes the dataset files, reusing cached checksums of files whose size and time are unchanged. */
  public Snapshot snapshot(boolean rehash) throws IOException {
    // file times come from the file system's clock: the clock given here must be the real time
    // (the system's) for the racy check to hold, or a test's that also sets the files' times
    long startedNanos = clock.millis() * 1_000_000L;
    List<DatasetFiles.LocalFile> files = DatasetFiles.scan(dir.root());
    HashCache cache = HashCache.load(dir.root());
    Map<String, String> sums = new TreeMap<>();
    List<DatasetFiles.LocalFile> toHash = new ArrayList<>();
    for (DatasetFiles.LocalFile f : files) {
      String cached = rehash ? null : cache.lookup(f);
      if (cached != null) sums.put(f.path(), cached);
      else toHash.add(f);
    }
    long bytes = 0;
    for (Map.Entry<DatasetFiles.LocalFile, String> hashed : hashAll(toHash).entrySet()) {
      DatasetFiles.LocalFile f = hashed.getKey();
      sums.put(f.path(), hashed.getValue());
      bytes += f.size();
      long age = startedNanos - f.modifiedNanos();
      if (age > RACY_NANOS) cache.put(f, hashed.getValue());
    }
    List<FileEntry> entries = new ArrayList<>();
    Set<String> paths = new HashSet<>();
    for (DatasetFiles.LocalFile f : files) {
      entries.add(new FileEntry(f.path(), f.size(), sums.get(f.path())));
      paths.add(f.path());
    }
    cache.retainOnly(paths);
    if (!toHash.isEmpty() || rehash) cache.save();
    return new Snapshot(new Manifest(entries), toHash.size(), files.size() - toHash.size(), bytes);
  }

  /** The outcome of {@link #record}: the latest version and whether this call added it. */
  public record Recorded(DatasetVersion version, boolean added, Snapshot snapshot) {}

  /**
   * Appends a version when the files differ from the latest one; otherwise returns the latest. The
   * versions file is replaced atomically, so a crash leaves the previous history intact.
   */
  public Recorded record(boolean rehash) throws IOException {
    Snapshot snapshot = snapshot(rehash);
    List<DatasetVersion> versions = VersionsFile.read(versionsFile());
    DatasetVersion latest = versions.isEmpty() ? null : versions.get(versions.size() - 1);
    if (latest != null && latest.manifest().equals(snapshot.manifest())) {
      return new Recorded(latest, false, snapshot);
    }
    Manifest manifest = snapshot.manifest();
    DatasetVersion version = new DatasetVersion(
        manifest.id(),
        clock.instant().truncatedTo(ChronoUnit.MILLIS).toString(),
        latest == null ? null : latest.version(),
        manifest,
        manifest.changesSince(latest == null ? null : latest.manifest()));
    versions.add(version);
    VersionsFile.write(versionsFile(), versions);
    return new Recorded(version, true, snapshot);
  }

  /** The version whose id starts with {@code prefix}, or the latest for null. */
  public DatasetVersion version(String prefix) throws IOException {
    List<DatasetVersion> versions = VersionsFile.read(versionsFile());
    if (versions.isEmpty()) {
      throw new IOException("no versions in " + versionsFile() + ": run `sergik sync` first");
    }
    if (prefix == null) return versions.get(versions.size() - 1);
    List<DatasetVersion> matches =
        versions.stream().filter(v -> v.version().startsWith(prefix)).toList();
    if (matches.size() != 1) {
      throw new IOException(
          (matches.isEmpty() ? "no version starts with '" : "more than one version starts with '")
              + prefix + "' in " + versionsFile() + " (versions: "
              + String.join(", ", versions.stream().map(DatasetVersion::shortId).toList()) + ")");
    }
    return matches.get(0);
  }

  /** One problem {@link #verify} found. */
  public record Problem(String path, String kind, String detail) {
    @Override
    public String toString() {
      return kind + " " + path + (detail.isEmpty() ? "" : ": " + detail);
    }
  }

  /** Files of the version that are missing or differ, and files on disk the version does not list. */
  public record Verification(
      DatasetVersion version, int checked, List<Problem> problems, List<String> untracked) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  /** Re-reads every file of the version (the cache is not trusted here) and names each mismatch. */
  public Verification verify(String versionPrefix) throws IOException {
    DatasetVersion version = version(versionPrefix);
    Map<String, DatasetFiles.LocalFile> onDisk = new TreeMap<>();
    for (DatasetFiles.LocalFile f : DatasetFiles.scan(dir.root())) onDisk.put(f.path(), f);
    List<Problem> problems = new ArrayList<>();
    List<DatasetFiles.LocalFile> toHash = new ArrayList<>();
    for (FileEntry expected : version.manifest().files().values()) {
      DatasetFiles.LocalFile actual = onDisk.get(expected.path());
      if (actual == null)
        problems.add(
            new Problem(expected.path(), "MISSING", "listed in version " + version.shortId()));
      else if (actual.size() != expected.size()) {
        problems.add(new Problem(
            expected.path(),
            "CHANGED",
            "size " + actual.size() + " bytes, expected " + expected.size()));
      } else toHash.add(actual);
    }
    hashAll(toHash).forEach((f, sha) -> {
      String expected = version.manifest().files().get(f.path()).sha256();
      if (!sha.equals(expected)) {
        problems.add(new Problem(
            f.path(),
            "CHANGED",
            "sha256 " + sha.substring(0, 12) + "…, expected " + expected.substring(0, 12) + "…"));
      }
    });
    problems.sort(Comparator.comparing(Problem::path));
    List<String> untracked = onDisk.keySet().stream()
        .filter(p -> !version.manifest().files().containsKey(p))
        .toList();
    return new Verification(version, version.manifest().files().size(), problems, untracked);
  }

  /** Hashes files in parallel, largest first so the threads finish together. */
  Map<DatasetFiles.LocalFile, String> hashAll(List<DatasetFiles.LocalFile> files)
      throws IOException {
    Map<DatasetFiles.LocalFile, String> out = new java.util.LinkedHashMap<>();
    if (files.isEmpty()) return out;
    List<DatasetFiles.LocalFile> order = new ArrayList<>(files);
    order.sort(Comparator.comparingLong(DatasetFiles.LocalFile::size).reversed());
    if (threads == 1 || order.size() == 1) {
      for (DatasetFiles.LocalFile f : order) out.put(f, hash(f));
      return out;
    }
    ExecutorService pool = Executors.newFixedThreadPool(
        Math.min(threads, order.size()), DaemonThreads.named("sergik-sync-hash"));
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (DatasetFiles.LocalFile f : order) futures.add(pool.submit(() -> hash(f)));
      for (int i = 0; i < order.size(); i++)
        out.put(order.get(i), futures.get(i).get());
      return out;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof UncheckedIOException u) throw u.getCause();
      if (cause instanceof IOException io) throw io;
      throw new IOException("hashing failed: " + cause, cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while hashing", e);
    } finally {
      pool.shutdownNow();
    }
  }

  private static String hash(DatasetFiles.LocalFile f) throws IOException {
    try {
      return Digests.sha256Hex(f.file());
    } catch (IOException e) {
      throw new IOException("cannot read " + f.file() + ": " + e.getMessage(), e);
    }
  }

  /** Whether the data directory has a version history yet. */
  public Optional<DatasetVersion> latest() throws IOException {
    return Files.exists(versionsFile()) ? VersionsFile.latest(versionsFile()) : Optional.empty();
  }
}
