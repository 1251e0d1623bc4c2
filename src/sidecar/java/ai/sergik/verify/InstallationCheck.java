package ai.sergik.verify;

import ai.sergik.analysis.FeatureExtractor;
import ai.sergik.analysis.TrackFeatures;
import ai.sergik.data.DataDir;
import ai.sergik.dna.CatalogFiles;
import ai.sergik.dna.DnaProfile;
import ai.sergik.dna.ProfileJson;
import ai.sergik.generate.Generation;
import ai.sergik.generate.GenerationRequest;
import ai.sergik.generate.Generators;
import ai.sergik.io.CsvTable;
import ai.sergik.osc.Ack;
import ai.sergik.osc.OscCodec;
import ai.sergik.osc.OscMessages;
import ai.sergik.sidecar.SidecarConfig;
import ai.sergik.sync.DatasetVersion;
import ai.sergik.sync.S3Store;
import ai.sergik.sync.SyncConfig;
import ai.sergik.sync.VersionsFile;
import io.minio.BucketExistsArgs;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

/**
 * The installation check behind {@code sergik verify}: Java, the data tree and each catalog, a
 * generation, an analysis of a rendered test tone, a running sidecar's OSC handshake and HTTP
 * health, and the git and S3 settings when they are set. Each check is independent; one failing
 * never stops the rest.
 */
public final class InstallationCheck {
  static final Duration NETWORK_TIMEOUT = Duration.ofSeconds(2);
  private final DataDir dir;
  private final Map<String, String> env;

  public InstallationCheck(DataDir dir, Map<String, String> env) {
    this.dir = dir;
    this.env = env;
  }

  public List<Check> run() {
    List<Check> checks = new ArrayList<>();
    checks.add(guard("java", this::java));
    checks.addAll(guardAll("data tree", this::dataTree));
    checks.add(guard("generation", this::generation));
    checks.add(guard("analysis", this::analysis));
    checks.addAll(guardAll("sidecar", this::sidecar));
    checks.addAll(guardAll("sync config", this::syncConfig));
    return checks;
  }

  Check java() {
    int feature = Runtime.version().feature();
    String detail =
        "Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "?") + ")";
    return feature >= 17
        ? Check.ok("java", detail)
        : Check.fail(
            "java",
            detail,
            "install Java 17 or newer for the sidecar (the device runs on Live's own Java 8+)");
  }

  List<Check> dataTree() {
    List<Check> checks = new ArrayList<>();
    if (!Files.isDirectory(dir.root())) {
      checks.add(Check.fail(
          "data tree",
          dir.root() + " does not exist",
          "create it, or point --data / SERGIK_DATA at your data directory"));
      return checks;
    }
    checks.add(
        Files.isWritable(dir.root())
            ? Check.ok("data tree", dir.root().toString())
            : Check.fail(
                "data tree",
                dir.root() + " is not writable",
                "fix its permissions; every command writes under it"));
    CatalogFiles files = new CatalogFiles(dir);
    catalog(
        checks,
        "tracks manifest",
        files.tracks(),
        "manifests/tracks.csv",
        "run `sergik scan exports` to list your tracks");
    catalog(
        checks,
        "project catalog",
        files.projects(),
        "catalog/ableton_projects/all_projects.csv",
        "run `sergik scan als DIR` over your Live projects");
    catalog(
        checks,
        "parsed sets",
        files.parsedSets(),
        "catalog/projects_als.csv",
        "run `sergik scan als DIR` over your Live projects");
    catalog(
        checks,
        "export catalog",
        files.exports(),
        "catalog/exports/all_exports.csv",
        "run `sergik scan exports DIR`");
    catalog(
        checks,
        "analysis table",
        files.analyzedTracks(),
        "analysis/bpm_key/analyzed_tracks.csv",
        "run `sergik analyze DIR` on your exports");
    if (files.profile().isEmpty()) {
      checks.add(Check.warn(
          "DNA profile", "profiles/master_profile.json not found", "run `sergik dna build`"));
    } else {
      try {
        DnaProfile p = ProfileJson.read(files.profile().get());
        checks.add(Check.ok(
            "DNA profile",
            files.relative(files.profile().get()) + " (" + p.layout() + ", "
                + p.catalog().getOrDefault("analyzed_tracks", 0L) + " analysed tracks)"));
      } catch (IOException | RuntimeException e) {
        checks.add(
            Check.fail("DNA profile", e.getMessage(), "run `sergik dna build` to rewrite it"));
      }
    }
    if (Files.exists(dir.datasetVersions())) {
      try {
        List<DatasetVersion> versions = VersionsFile.read(dir.datasetVersions());
        checks.add(Check.ok(
            "dataset versions",
            versions.size() + " versions"
                + (versions.isEmpty()
                    ? ""
                    : ", latest " + versions.get(versions.size() - 1).shortId())
                + " (run `sergik sync --verify` to check the files)"));
      } catch (IOException e) {
        checks.add(Check.fail(
            "dataset versions",
            e.getMessage(),
            "restore dataset_versions.json from git or with `sergik sync --pull`"));
      }
    } else {
      checks.add(Check.warn(
          "dataset versions",
          "dataset_versions.json not found",
          "run `sergik sync` to record a first version"));
    }
    return checks;
  }

  private void catalog(
      List<Check> checks, String name, Optional<Path> file, String standard, String action) {
    if (file.isEmpty()) {
      checks.add(Check.warn(name, standard + " not found", action));
      return;
    }
    try {
      long rows = CsvTable.open(file.get()).forEach(row -> {});
      checks.add(
          Check.ok(name, new CatalogFiles(dir).relative(file.get()) + ", " + rows + " rows"));
    } catch (IOException e) {
      checks.add(Check.fail(
          name, e.getMessage(), "fix or regenerate the file (" + action.replace("run ", "") + ")"));
    }
  }

  Check generation() {
    GenerationRequest request = GenerationRequest.builder().bars(4).build();
    Generation g = Generators.generate(request);
    return g.notes().isEmpty()
        ? Check.fail("generation", "the default request gave no notes", "report this as a bug")
        : Check.ok(
            "generation",
            "4 bars of " + request.part().id() + " in " + request.key() + ": " + g.summary());
  }

  /** Renders 4 s of an A major triad with a click every half second (120 BPM) and analyses it. */
  Check analysis() throws IOException {
    float rate = 44_100f;
    int frames = (int) (rate * 4);
    ByteBuffer pcm = ByteBuffer.allocate(frames * 2).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < frames; i++) {
      double t = i / rate;
      double v = 0.2
          * (Math.sin(2 * Math.PI * 440 * t)
              + Math.sin(2 * Math.PI * 554.37 * t)
              + Math.sin(2 * Math.PI * 659.26 * t));
      double sinceBeat = t % 0.5;
      if (sinceBeat < 0.03)
        v += 0.6 * Math.sin(2 * Math.PI * 60 * sinceBeat) * (1 - sinceBeat / 0.03);
      pcm.putShort((short) Math.round(Math.max(-1, Math.min(1, v * 0.5)) * 32767));
    }
    Path tone = Files.createTempFile("sergik-verify-tone", ".wav");
    try {
      AudioFormat format = new AudioFormat(rate, 16, 1, true, false);
      try (AudioInputStream in =
          new AudioInputStream(new ByteArrayInputStream(pcm.array()), format, frames)) {
        AudioSystem.write(in, AudioFileFormat.Type.WAVE, tone.toFile());
      }
      TrackFeatures f = new FeatureExtractor().analyze(tone).features();
      if (Math.abs(f.durationSeconds() - 4) > 0.1) {
        return Check.fail(
            "analysis",
            "a 4 s test tone measured " + f.durationSeconds() + " s",
            "report this as a bug");
      }
      return Check.ok(
          "analysis",
          String.format(
              Locale.ROOT,
              "rendered a 4 s test tone (A major triad, clicks at 120 BPM): %s BPM, key %s, energy %s",
              f.bpm() == null ? "?" : String.format(Locale.ROOT, "%.1f", f.bpm()),
              f.key() == null ? "?" : f.key().sharpName() + " (" + f.key().camelot() + ")",
              f.energyLevel() == null ? "?" : f.energyLevel()));
    } finally {
      Files.deleteIfExists(tone);
    }
  }

  List<Check> sidecar() throws Exception {
    List<Check> checks = new ArrayList<>();
    SidecarConfig config;
    try {
      config = SidecarConfig.resolve(Map.of(), env, dir.config());
    } catch (IllegalArgumentException e) {
      checks.add(Check.fail("sidecar config", e.getMessage(), "fix " + dir.config()));
      return checks;
    }
    String host = config.host().equals("0.0.0.0") ? "127.0.0.1" : config.host();
    try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
      socket.setSoTimeout((int) NETWORK_TIMEOUT.toMillis());
      OscCodec codec = new OscCodec();
      // any number the sidecar could not guess, so the answer is to this request
      int nonce = ThreadLocalRandom.current().nextInt(Integer.MAX_VALUE);
      byte[] hello = codec.encode(OscMessages.test(nonce));
      socket.send(
          new DatagramPacket(hello, hello.length, new InetSocketAddress(host, config.oscPort())));
      byte[] buffer = new byte[8192];
      DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
      try {
        socket.receive(packet);
        Ack ack = OscMessages.readAck(codec.decode(packet.getData(), packet.getLength()));
        checks.add(
            ack.nonce() == nonce && ack.compatible()
                ? Check.ok(
                    "OSC handshake",
                    host + ":" + config.oscPort() + " answered (sidecar " + ack.version()
                        + ", protocol " + ack.protocol() + ")")
                : Check.fail(
                    "OSC handshake",
                    "answer " + ack + " does not match nonce " + nonce + " / protocol 1",
                    "update the sidecar and the device together"));
      } catch (SocketTimeoutException e) {
        checks.add(Check.warn(
            "OSC handshake",
            "no answer from " + host + ":" + config.oscPort() + " within "
                + NETWORK_TIMEOUT.toMillis() + " ms",
            "start the sidecar with `scripts/sergik serve` (skip this if you only use the CLI)"));
      } catch (Exception e) {
        checks.add(Check.fail(
            "OSC handshake",
            "unexpected answer from " + host + ":" + config.oscPort() + ": " + e.getMessage(),
            "is another program using port " + config.oscPort()
                + "? set osc.port in sergik.properties"));
      }
    }
    URI health = URI.create("http://" + host + ":" + config.httpPort() + "/health");
    try {
      HttpResponse<String> r = HttpClient.newBuilder()
          .connectTimeout(NETWORK_TIMEOUT)
          .build()
          .send(
              HttpRequest.newBuilder(health).timeout(NETWORK_TIMEOUT).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      checks.add(
          r.statusCode() == 200
              ? Check.ok("HTTP health", health + " → 200 " + r.body().strip())
              : Check.fail(
                  "HTTP health",
                  health + " → " + r.statusCode(),
                  "another program may be using port " + config.httpPort()));
    } catch (IOException e) {
      checks.add(Check.warn(
          "HTTP health",
          "nothing answers at " + health,
          "start the sidecar with `scripts/sergik serve` (needed for ChatGPT actions)"));
    }
    return checks;
  }

  List<Check> syncConfig() throws IOException {
    List<Check> checks = new ArrayList<>();
    SyncConfig config = SyncConfig.load(dir.config(), env);
    if (config.git().isEmpty()) {
      checks.add(Check.ok("git remote", "not set (sync --push is off)"));
    } else {
      SyncConfig.Git git = config.git().get();
      try {
        var ls = Git.lsRemoteRepository().setRemote(git.remote()).setHeads(true).setTimeout((int)
            NETWORK_TIMEOUT.toSeconds());
        if (!git.username().isEmpty() || !git.password().isEmpty()) {
          ls.setCredentialsProvider(
              new UsernamePasswordCredentialsProvider(git.username(), git.password()));
        }
        int heads = ls.call().size();
        checks.add(Check.ok(
            "git remote",
            git.safeRemote() + " reachable (" + heads + " branches), pushes to " + git.branch()));
      } catch (Exception e) {
        checks.add(
            Check.fail(
                "git remote",
                git.safeRemote() + ": " + e.getMessage(),
                "check sync.git.remote and the credentials (SERGIK_GIT_USERNAME / SERGIK_GIT_PASSWORD)"));
      }
    }
    if (config.s3().isEmpty()) {
      checks.add(Check.ok("S3 bucket", "not set (sync --s3 is off)"));
    } else {
      SyncConfig.S3 s3 = config.s3().get();
      try {
        boolean exists = S3Store.client(s3)
            .bucketExists(BucketExistsArgs.builder().bucket(s3.bucket()).build());
        checks.add(
            exists
                ? Check.ok("S3 bucket", s3.safeEndpoint() + " bucket " + s3.bucket() + " reachable")
                : Check.warn(
                    "S3 bucket",
                    s3.safeEndpoint() + " has no bucket " + s3.bucket(),
                    "the first `sergik sync --s3` creates it"));
      } catch (Exception e) {
        checks.add(Check.fail(
            "S3 bucket",
            s3.safeEndpoint() + " bucket " + s3.bucket() + ": " + e.getMessage(),
            "check sync.s3.endpoint and the keys (SERGIK_S3_ACCESS_KEY / SERGIK_S3_SECRET_KEY)"));
      }
    }
    return checks;
  }

  /** A check that throws becomes a FAIL line naming the exception, so the rest still run. */
  private static Check guard(String name, Checked<Check> check) {
    try {
      return check.get();
    } catch (Exception | LinkageError e) {
      return Check.fail(
          name,
          e.getClass().getSimpleName() + ": " + e.getMessage(),
          "run with SERGIK_DEBUG=1 and report the trace");
    }
  }

  private static List<Check> guardAll(String name, Checked<List<Check>> checks) {
    try {
      return checks.get();
    } catch (Exception | LinkageError e) {
      return List.of(Check.fail(
          name,
          e.getClass().getSimpleName() + ": " + e.getMessage(),
          "run with SERGIK_DEBUG=1 and report the trace"));
    }
  }

  @FunctionalInterface
  private interface Checked<T> {
    T get() throws Exception;
  }
}
