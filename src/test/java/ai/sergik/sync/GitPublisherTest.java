package ai.sergik.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.sergik.data.DataDir;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pushes dataset versions to a real bare repository on disk. */
class GitPublisherTest {
  @TempDir
  Path tmp;

  @Test
  void pushesEachVersionAndASecondPushCarriesOnlyTheChangedFile() throws Exception {
    Path remote = DataFixture.bareRepository(tmp.resolve("remote.git"), "main");
    Path data = DataFixture.smallDataset(tmp.resolve("data"));
    DataDir dir = new DataDir(data);
    GitPublisher git =
        new GitPublisher(new SyncConfig.Git(remote.toUri().toString(), "main", "", ""));

    DatasetVersion first = new DatasetSync(dir, Clock.systemUTC()).record(false).version();
    GitPublisher.Pushed one = git.push(dir, first);
    assertThat(one.committed()).isTrue();
    assertThat(one.status()).isEqualTo("OK");

    DataFixture.write(
        data, "manifests/tracks.csv", "track_id,filename,bpm\nabc123abc123,a.wav,126\n");
    DatasetVersion second =
        new DatasetSync(dir, Clock.systemUTC()).record(false).version();
    GitPublisher.Pushed two = git.push(dir, second);
    assertThat(two.committed()).isTrue();

    Path clone = tmp.resolve("clone");
    try (Git cloned = Git.cloneRepository()
        .setURI(remote.toUri().toString())
        .setDirectory(clone.toFile())
        .setBranch("main")
        .call()) {
      List<RevCommit> log = new ArrayList<>();
      cloned.log().call().forEach(log::add);
      assertThat(log).hasSize(2);
      assertThat(log.get(0).getFullMessage())
          .startsWith("dataset version " + second.shortId())
          .contains(second.version());
      assertThat(changedPaths(cloned, log.get(1), log.get(0)))
          .containsExactlyInAnyOrder("dataset_versions.json", "manifests/tracks.csv");
      assertThat(Files.readString(clone.resolve("manifests/tracks.csv"))).contains("126");
      assertThat(clone.resolve("sergik.properties")).doesNotExist();
      assertThat(clone.resolve(".cache")).doesNotExist();
      assertThat(VersionsFile.read(clone.resolve("dataset_versions.json")))
          .containsExactly(first, second);
    }
    // the pushed tree verifies against the version it carries
    assertThat(
            new DatasetSync(new DataDir(clone), Clock.systemUTC()).verify(null).ok())
        .isTrue();
  }

  @Test
  void pushingAnUnchangedVersionMakesNoNewCommit() throws Exception {
    Path remote = DataFixture.bareRepository(tmp.resolve("remote.git"), "main");
    DataDir dir = new DataDir(DataFixture.smallDataset(tmp.resolve("data")));
    GitPublisher git = new GitPublisher(new SyncConfig.Git(remote.toString(), "main", "", ""));
    DatasetVersion v = new DatasetSync(dir, Clock.systemUTC()).record(false).version();
    String commit = git.push(dir, v).commit();
    GitPublisher.Pushed again = git.push(dir, v);
    assertThat(again.committed()).isFalse();
    assertThat(again.commit()).isEqualTo(commit);
    assertThat(again.status()).isEqualTo("UP_TO_DATE");
  }

  @Test
  void anUnreachableRemoteIsNamedInTheError() throws Exception {
    DataDir dir = new DataDir(DataFixture.smallDataset(tmp.resolve("data")));
    DatasetVersion v = new DatasetSync(dir, Clock.systemUTC()).record(false).version();
    String missing = tmp.resolve("no-such-remote.git").toString();
    assertThatThrownBy(
            () -> new GitPublisher(new SyncConfig.Git(missing, "main", "", "")).push(dir, v))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("git push to " + missing + " failed: ");
  }

  private static List<String> changedPaths(Git git, RevCommit from, RevCommit to) throws Exception {
    try (ObjectReader reader = git.getRepository().newObjectReader()) {
      CanonicalTreeParser a = new CanonicalTreeParser(), b = new CanonicalTreeParser();
      a.reset(reader, from.getTree());
      b.reset(reader, to.getTree());
      return git.diff().setOldTree(a).setNewTree(b).call().stream()
          .map(DiffEntry::getNewPath)
          .toList();
    }
  }
}
