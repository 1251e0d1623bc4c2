package ai.sergik.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.sergik.data.DataDir;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jgit.api.Git;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pushes and pulls dataset versions through a real S3 server (s3proxy, in memory) on loopback. One
 * server serves the class, started directly; each test gets its own bucket.
 */
class S3StoreTest {
  static final String ACCESS = "access";
  static final String SECRET = "secret-key-123";
  static final AtomicInteger BUCKETS = new AtomicInteger();
  static S3Proxy server;
  static URI endpoint;

  @BeforeAll
  static void startServer() throws Exception {
    server = startS3Proxy();
    endpoint = URI.create("http://127.0.0.1:" + server.getPort());
  }

  @AfterAll
  static void stopServer() throws Exception {
    server.stop();
  }

  /** s3proxy on an ephemeral loopback port with an in-memory blob store. */
  static S3Proxy startS3Proxy() throws Exception {
    Properties props = new Properties();
    props.setProperty("jclouds.identity", ACCESS);
    props.setProperty("jclouds.credential", SECRET);
    S3Proxy proxy = S3Proxy.builder()
        .blobStore(BlobStores.create("transient", props))
        .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS, SECRET)
        .endpoint(URI.create("http://127.0.0.1:0"))
        .ignoreUnknownHeaders(true)
        .stopTimeout(0)
        .build();
    proxy.start(); // Jetty's start() returns once the server has started, or throws
    assertThat(proxy.getState()).isEqualTo("STARTED");
    return proxy;
  }

  @TempDir
  Path tmp;

  final java.io.StringWriter out = new java.io.StringWriter();
  final java.io.StringWriter err = new java.io.StringWriter();
  final String bucket = "sergik-data-" + BUCKETS.incrementAndGet();

  private SyncConfig.S3 config() {
    return new SyncConfig.S3(
        endpoint.toString(), bucket, "team/", "us-east-1", ACCESS, SECRET, 5L << 20);
  }

  /** Records what was uploaded; optionally fails after N uploads, as a crash would. */
  static final class Recording implements S3Store.Listener {
    final List<String> uploaded = new ArrayList<>();
    final List<String> present = new ArrayList<>();
    final int crashAfter;

    Recording(int crashAfter) {
      this.crashAfter = crashAfter;
    }

    @Override
    public void uploaded(FileEntry file) {
      uploaded.add(file.path());
      if (uploaded.size() == crashAfter)
        throw new IllegalStateException("simulated crash after " + crashAfter + " uploads");
    }

    @Override
    public void present(FileEntry file) {
      present.add(file.path());
    }
  }

  private DatasetVersion record(DataDir dir) throws IOException {
    return new DatasetSync(dir, Clock.systemUTC()).record(false).version();
  }

  @Test
  void secondPushUploadsOnlyTheChangedFileAndPullRestoresEitherVersion() throws Exception {
    Path data = DataFixture.smallDataset(tmp.resolve("data"));
    DataFixture.writeRandom(
        data, "audio/stems.bin", (6 << 20) + 123, 7); // over one 5 MiB part: multipart upload
    DataDir dir = new DataDir(data);
    S3Store store = new S3Store(config());

    DatasetVersion first = record(dir);
    Recording one = new Recording(-1);
    S3Store.Pushed p1 = store.push(dir, first, one);
    assertThat(p1.uploaded()).isEqualTo(4);
    assertThat(one.uploaded)
        .containsExactlyInAnyOrderElementsOf(first.manifest().files().keySet());

    DataFixture.write(
        data, "manifests/tracks.csv", "track_id,filename,bpm\nabc123abc123,a.wav,127\n");
    DatasetVersion second = record(dir);
    Recording two = new Recording(-1);
    S3Store.Pushed p2 = store.push(dir, second, two);
    assertThat(two.uploaded).containsExactly("manifests/tracks.csv");
    assertThat(p2.alreadyPresent()).isEqualTo(3);
    assertThat(store.versions()).containsExactlyInAnyOrder(first.version(), second.version());

    Path restored = tmp.resolve("restored");
    DatasetVersion pulled = store.pull(first.shortId(), restored, S3Store.Listener.NONE);
    assertThat(pulled).isEqualTo(first);
    assertThat(Files.readString(restored.resolve("manifests/tracks.csv"))).contains("124");
    assertThat(Files.mismatch(restored.resolve("audio/stems.bin"), data.resolve("audio/stems.bin")))
        .isEqualTo(-1);
    DatasetSync.Verification check =
        new DatasetSync(new DataDir(restored), Clock.systemUTC()).verify(null);
    assertThat(check.ok()).isTrue();
    assertThat(check.checked()).isEqualTo(4);
  }

  @Test
  void anInterruptedPushWritesNoManifestAndTheNextPushUploadsOnlyWhatIsMissing() throws Exception {
    Path data = DataFixture.smallDataset(tmp.resolve("data"));
    for (int i = 0; i < 4; i++)
      DataFixture.writeRandom(data, "renders/r" + i + ".bin", 10_000 + i, i);
    DataDir dir = new DataDir(data);
    DatasetVersion v = record(dir);
    S3Store store = new S3Store(config());

    Recording crashed = new Recording(3);
    assertThatThrownBy(() -> store.push(dir, v, crashed))
        .hasMessage("simulated crash after 3 uploads");
    assertThat(store.versions()).isEmpty();

    Recording resumed = new Recording(-1);
    S3Store.Pushed p = store.push(dir, v, resumed);
    assertThat(resumed.present).containsExactlyInAnyOrderElementsOf(crashed.uploaded);
    assertThat(resumed.uploaded)
        .hasSize(v.manifest().files().size() - 3)
        .doesNotContainAnyElementsOf(crashed.uploaded);
    assertThat(p.alreadyPresent()).isEqualTo(3);
    assertThat(store.versions()).containsExactly(v.version());
  }

  @Test
  void pullRefusesADirectoryThatIsNotEmpty() throws Exception {
    DataDir dir = new DataDir(DataFixture.smallDataset(tmp.resolve("data")));
    DatasetVersion v = record(dir);
    S3Store store = new S3Store(config());
    store.push(dir, v, S3Store.Listener.NONE);
    Path busy = Files.createDirectories(tmp.resolve("busy"));
    Files.writeString(busy.resolve("keep.txt"), "mine");
    assertThatThrownBy(() -> store.pull(v.shortId(), busy, S3Store.Listener.NONE))
        .isInstanceOf(IOException.class)
        .hasMessage(busy + " is not empty: pull restores into an empty or new directory only");
    assertThatThrownBy(() -> store.pull("ffff0000", tmp.resolve("new"), S3Store.Listener.NONE))
        .isInstanceOf(IOException.class)
        .hasMessage("no version in s3://" + bucket + "/team/versions/ starts with 'ffff0000'");
  }

  /** The CLI: settings from sergik.properties, git and S3 in one run, then a pull into a new directory. */
  @Test
  void cliPushAndS3TakeTheirSettingsFromTheConfigFileAndPullRestores() throws Exception {
    Path remote = DataFixture.bareRepository(tmp.resolve("remote.git"), "data");
    Path data = DataFixture.smallDataset(tmp.resolve("data"));
    Files.writeString(
        data.resolve("sergik.properties"),
        String.join(
            "\n",
            "sync.git.remote=" + remote.toUri(),
            "sync.git.branch=data",
            "sync.s3.endpoint=" + endpoint,
            "sync.s3.bucket=" + bucket,
            "sync.s3.access_key=" + ACCESS,
            "sync.s3.secret_key=" + SECRET,
            ""));
    assertThat(SyncCommandTest.run(out, err, "sync", "--push", "--s3", "--data", data.toString()))
        .as(err.toString())
        .isZero();
    assertThat(out.toString()).contains("git: new commit").contains("s3: 3 objects uploaded");
    String version = out.toString().replaceAll("(?s).*version ([0-9a-f]{12}) recorded.*", "$1");
    try (Git clone = Git.cloneRepository()
        .setURI(remote.toUri().toString())
        .setBranch("data")
        .setDirectory(tmp.resolve("clone").toFile())
        .call()) {
      assertThat(clone.log().call().iterator().next().getFullMessage())
          .startsWith("dataset version " + version);
      assertThat(tmp.resolve("clone/manifests/tracks.csv")).exists();
    }
    Path restored = tmp.resolve("restored");
    assertThat(SyncCommandTest.run(
            out,
            err,
            "sync",
            "--pull",
            version,
            "--into",
            restored.toString(),
            "--data",
            data.toString()))
        .as(err.toString())
        .isZero();
    assertThat(out.toString())
        .contains("restored version " + version)
        .contains("every checksum verified");
    assertThat(SyncCommandTest.run(out, err, "sync", "--verify", "--data", restored.toString()))
        .isZero();
  }
}
