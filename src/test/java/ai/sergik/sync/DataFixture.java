package ai.sergik.sync;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;

/** Small dataset directories for sync tests. */
final class DataFixture {
  private DataFixture() {}

  /** A new bare git repository at {@code dir} whose first branch will be {@code branch}: a remote to push to. */
  static Path bareRepository(Path dir, String branch) throws GitAPIException {
    Git.init()
        .setBare(true)
        .setDirectory(dir.toFile())
        .setInitialBranch(branch)
        .call()
        .close();
    return dir;
  }

  /** A few dataset files plus the things sync must leave out. */
  static Path smallDataset(Path root) throws IOException {
    write(root, "manifests/tracks.csv", "track_id,filename,bpm\nabc123abc123,a.wav,124\n");
    write(
        root,
        "analysis/bpm_key/analyzed_tracks.csv",
        "filename,bpm,key,camelot,energy\na.wav,124,D major,10B,6\n");
    write(root, "datasets/train.jsonl", "{\"messages\":[]}\n");
    write(root, "sergik.properties", "sync.git.branch=main\n");
    write(root, ".cache/ignored.bin", "cache");
    write(root, "profiles/.master_profile.json.123.tmp", "half");
    return root;
  }

  static Path write(Path root, String path, String content) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
    age(file);
    return file;
  }

  static Path writeRandom(Path root, String path, int size, long seed) throws IOException {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
    age(file);
    return file;
  }

  /**
   * An hour before {@link DatasetSyncTest}'s clock, and long before the real time: files written before the sync
   * ran, whichever clock it reads.
   */
  static final Instant WRITTEN = Instant.parse("2026-11-25T11:00:00Z");

  private static final AtomicLong WRITES = new AtomicLong();

  /**
   * Moves the modification time into the past, as for files written before the sync ran; each write a millisecond
   * after the one before, so that a rewrite of the same size is still seen as a change.
   */
  static void age(Path file) throws IOException {
    Files.setLastModifiedTime(file, FileTime.from(WRITTEN.plusMillis(WRITES.incrementAndGet())));
  }
}
