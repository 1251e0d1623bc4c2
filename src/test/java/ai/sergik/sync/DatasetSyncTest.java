package ai.sergik.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.sergik.data.DataDir;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatasetSyncTest {
  @TempDir
  Path root;

  final Clock clock = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);

  private DatasetSync sync() {
    return new DatasetSync(new DataDir(root), clock);
  }

  @Test
  void firstSyncRecordsEveryDatasetFileWithSizeAndChecksum() throws Exception {
    DataFixture.smallDataset(root);
    DatasetSync.Recorded r = sync().record(false);
    assertThat(r.added()).isTrue();
    assertThat(r.version().manifest().files().keySet())
        .containsExactly(
            "analysis/bpm_key/analyzed_tracks.csv", "datasets/train.jsonl", "manifests/tracks.csv");
    FileEntry tracks = r.version().manifest().files().get("manifests/tracks.csv");
    byte[] content = Files.readAllBytes(root.resolve("manifests/tracks.csv"));
    assertThat(tracks.size()).isEqualTo(content.length);
    assertThat(tracks.sha256())
        .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
    assertThat(r.version().changes().added()).hasSize(3);
    assertThat(r.version().parent()).isNull();
    assertThat(r.version().timestamp()).isEqualTo("2026-11-25T12:00:00Z");
  }

  @Test
  void versionIdIsTheHashOfTheSortedListing() throws Exception {
    DataFixture.smallDataset(root);
    DatasetVersion v = sync().record(false).version();
    StringBuilder listing = new StringBuilder();
    new TreeMap<>(v.manifest().files())
        .values()
        .forEach(f -> listing
            .append(f.sha256())
            .append(' ')
            .append(f.size())
            .append(' ')
            .append(f.path())
            .append('\n'));
    String expected = HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256")
            .digest(listing.toString().getBytes(StandardCharsets.UTF_8)));
    assertThat(v.version()).isEqualTo(expected);
  }

  @Test
  void noChangeAddsNoVersionAndReadsNoFile() throws Exception {
    DataFixture.smallDataset(root);
    DatasetVersion first = sync().record(false).version();
    DatasetSync.Recorded again = sync().record(false);
    assertThat(again.added()).isFalse();
    assertThat(again.version()).isEqualTo(first);
    assertThat(again.snapshot().hashed()).isZero();
    assertThat(again.snapshot().cached()).isEqualTo(3);
    assertThat(VersionsFile.read(root.resolve("dataset_versions.json"))).hasSize(1);
  }

  @Test
  void secondVersionListsAddedModifiedAndDeletedFiles() throws Exception {
    DataFixture.smallDataset(root);
    DatasetVersion first = sync().record(false).version();
    DataFixture.write(
        root, "manifests/tracks.csv", "track_id,filename,bpm\nabc123abc123,a.wav,125\n");
    DataFixture.write(root, "datasets/validation.jsonl", "{}\n");
    Files.delete(root.resolve("datasets/train.jsonl"));
    DatasetSync.Recorded second = sync().record(false);
    assertThat(second.added()).isTrue();
    assertThat(second.snapshot().hashed()).isEqualTo(2);
    assertThat(second.version().parent()).isEqualTo(first.version());
    assertThat(second.version().changes().added()).containsExactly("datasets/validation.jsonl");
    assertThat(second.version().changes().modified()).containsExactly("manifests/tracks.csv");
    assertThat(second.version().changes().deleted()).containsExactly("datasets/train.jsonl");
    List<DatasetVersion> history = VersionsFile.read(root.resolve("dataset_versions.json"));
    assertThat(history).containsExactly(first, second.version());
  }

  @Test
  void verifyNamesAFlippedByteEvenWhenSizeAndTimeAreUnchanged() throws Exception {
    DataFixture.smallDataset(root);
    sync().record(false);
    Path file = root.resolve("analysis/bpm_key/analyzed_tracks.csv");
    FileTime time = Files.getLastModifiedTime(file);
    byte[] bytes = Files.readAllBytes(file);
    bytes[10] ^= 0x01;
    Files.write(file, bytes);
    Files.setLastModifiedTime(file, time);
    Files.delete(root.resolve("datasets/train.jsonl"));
    DatasetSync.Verification v = sync().verify(null);
    assertThat(v.ok()).isFalse();
    assertThat(v.problems())
        .extracting(DatasetSync.Problem::path, DatasetSync.Problem::kind)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("analysis/bpm_key/analyzed_tracks.csv", "CHANGED"),
            org.assertj.core.groups.Tuple.tuple("datasets/train.jsonl", "MISSING"));
  }

  @Test
  void verifyOfAnUntouchedDatasetIsOk() throws Exception {
    DataFixture.smallDataset(root);
    sync().record(false);
    DataFixture.write(root, "datasets/new.csv", "x\n");
    DatasetSync.Verification v = sync().verify(null);
    assertThat(v.ok()).isTrue();
    assertThat(v.untracked()).containsExactly("datasets/new.csv");
  }

  @Test
  void anUnknownVersionPrefixListsTheVersionsThereAre() throws Exception {
    DataFixture.smallDataset(root);
    DatasetVersion v = sync().record(false).version();
    assertThatThrownBy(() -> sync().verify("zzzz"))
        .isInstanceOf(IOException.class)
        .hasMessage("no version starts with 'zzzz' in " + root.resolve("dataset_versions.json")
            + " (versions: " + v.shortId() + ")");
  }

  @Test
  void aFileRewrittenWithTheSameSizeAndANewTimeIsHashedAgain() throws Exception {
    DataFixture.smallDataset(root);
    sync().record(false);
    Path file = root.resolve("manifests/tracks.csv");
    String changed = Files.readString(file).replace("124", "128");
    Files.writeString(file, changed);
    Files.setLastModifiedTime(file, FileTime.from(clock.instant().minusSeconds(60)));
    DatasetSync.Recorded r = sync().record(false);
    assertThat(r.added()).isTrue();
    assertThat(r.version().changes().modified()).containsExactly("manifests/tracks.csv");
  }

  @Test
  void aFileWrittenJustBeforeTheSyncIsHashedAgainNextTime() throws Exception {
    DataFixture.smallDataset(root);
    Path file = root.resolve("manifests/tracks.csv");
    // a write landing in the same timestamp tick after hashing would not change the time
    Files.setLastModifiedTime(file, FileTime.from(clock.instant().minusMillis(500)));
    sync().record(false);
    DatasetSync.Recorded again = sync().record(false);
    assertThat(again.snapshot().hashed()).isEqualTo(1);
    Files.setLastModifiedTime(
        file, FileTime.from(clock.instant().minusNanos(DatasetSync.RACY_NANOS).minusSeconds(1)));
    sync().record(false);
    assertThat(sync().record(false).snapshot().hashed()).isZero();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4})
  void parallelAndSequentialHashingAgree(int threads) throws Exception {
    for (int i = 0; i < 12; i++)
      DataFixture.writeRandom(root, "d/f" + i + ".bin", 1000 * i * i + 1, i);
    Manifest one = new DatasetSync(new DataDir(root), clock, 1).snapshot(true).manifest();
    Manifest many =
        new DatasetSync(new DataDir(root), clock, threads).snapshot(true).manifest();
    assertThat(many).isEqualTo(one);
    try (Stream<Path> files = Files.list(root.resolve("d"))) {
      for (Path f : (Iterable<Path>) files::iterator) {
        assertThat(one.files().get("d/" + f.getFileName()).sha256())
            .isEqualTo(HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
      }
    }
  }
}
