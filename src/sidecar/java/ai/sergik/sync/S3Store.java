package ai.sergik.sync;

import ai.sergik.data.DataDir;
import ai.sergik.io.Digests;
import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.ListObjectsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.errors.ErrorResponseException;
import io.minio.errors.MinioException;
import io.minio.messages.Item;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Dataset versions in an S3 bucket, content addressed: each distinct file is the object {@code
 * objects/<sha256>}, each version the object {@code versions/<id>.json}. A push uploads only the
 * objects the bucket lacks, reads each one back to check its SHA-256 (an ETag is not a checksum for
 * multipart uploads), and writes the version document last — so an interrupted push leaves no
 * version pointing at missing data, and the next push continues where it stopped.
 */
public final class S3Store {
  private final MinioClient client;
  private final SyncConfig.S3 config;

  public S3Store(SyncConfig.S3 config) {
    this.config = config;
    this.client = client(config);
  }

  /** The S3 client for these settings: endpoint and region, and the keys when there are any (else anonymous). */
  public static MinioClient client(SyncConfig.S3 config) {
    MinioClient.Builder builder =
        MinioClient.builder().endpoint(config.endpoint()).region(config.region());
    if (!config.accessKey().isEmpty()) builder.credentials(config.accessKey(), config.secretKey());
    return builder.build();
  }

  /** Told about each object as a push or pull goes; the CLI prints these lines. */
  public interface Listener {
    Listener NONE = new Listener() {};

    default void uploaded(FileEntry file) {}

    default void present(FileEntry file) {}

    default void downloaded(FileEntry file) {}
  }

  /** What a push did. */
  public record Pushed(int uploaded, int alreadyPresent, long bytesUploaded) {}

  public Pushed push(DataDir dir, DatasetVersion version, Listener listener) throws IOException {
    ensureBucket();
    Set<String> present = existingObjects();
    Set<String> done = new HashSet<>();
    int uploaded = 0, skipped = 0;
    long bytes = 0;
    for (FileEntry file : version.manifest().files().values()) {
      if (present.contains(file.sha256()) || done.contains(file.sha256())) {
        skipped++;
        listener.present(file);
        continue;
      }
      upload(dir.root().resolve(file.path()), file);
      done.add(file.sha256());
      uploaded++;
      bytes += file.size();
      listener.uploaded(file);
    }
    byte[] document = VersionsFile.toBytes(version);
    put(versionKey(version.version()), document);
    put(
        config.prefix() + "versions/latest",
        (version.version() + "\n").getBytes(StandardCharsets.UTF_8));
    return new Pushed(uploaded, skipped, bytes);
  }

  /** The versions stored in the bucket (full ids). */
  public List<String> versions() throws IOException {
    List<String> ids = new ArrayList<>();
    String prefix = config.prefix() + "versions/";
    for (String key : list(prefix)) {
      if (key.endsWith(".json")) ids.add(key.substring(prefix.length(), key.length() - 5));
    }
    return ids;
  }

  /**
   * Restores the version whose id starts with {@code prefix} into {@code target}, which must be empty
   * or absent; every file is checked against its SHA-256 before it is moved into place, and the
   * version becomes the target's {@code dataset_versions.json}.
   */
  public DatasetVersion pull(String prefix, Path target, Listener listener) throws IOException {
    List<String> matches =
        versions().stream().filter(id -> id.startsWith(prefix)).toList();
    if (matches.size() != 1) {
      throw new IOException(
          (matches.isEmpty() ? "no version in s3://" : "more than one version in s3://")
              + config.bucket() + "/" + config.prefix() + "versions/ starts with '" + prefix + "'");
    }
    DatasetVersion version =
        VersionsFile.fromBytes(get(versionKey(matches.get(0))), "s3 " + versionKey(matches.get(0)));
    if (Files.exists(target)) {
      try (var entries = Files.list(target)) {
        if (entries.findAny().isPresent()) {
          throw new IOException(
              target + " is not empty: pull restores into an empty or new directory only");
        }
      }
    }
    Files.createDirectories(target);
    for (FileEntry file : version.manifest().files().values()) {
      Path to = target.resolve(file.path()).normalize();
      if (!to.startsWith(target.normalize()))
        throw new IOException("version lists a path outside the directory: " + file.path());
      Files.createDirectories(to.getParent());
      Path tmp = ai.sergik.io.AtomicFiles.temporaryBeside(to);
      try {
        MessageDigest digest = Digests.sha256();
        try (InputStream in = new DigestInputStream(open(objectKey(file.sha256())), digest);
            OutputStream out = Files.newOutputStream(tmp)) {
          in.transferTo(out);
        }
        String actual = Digests.hex(digest.digest());
        if (!actual.equals(file.sha256())) {
          throw new IOException("object for " + file.path() + " has sha256 " + actual
              + ", expected " + file.sha256() + ": the bucket copy is damaged");
        }
        Files.move(tmp, to, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
      listener.downloaded(file);
    }
    VersionsFile.write(target.resolve(DatasetFiles.VERSIONS_FILE), List.of(version));
    return version;
  }

  /** The SHA-256 names of every object already in the bucket. */
  Set<String> existingObjects() throws IOException {
    Set<String> shas = new HashSet<>();
    String prefix = config.prefix() + "objects/";
    for (String key : list(prefix)) shas.add(key.substring(prefix.length()));
    return shas;
  }

  private void upload(Path file, FileEntry entry) throws IOException {
    String key = objectKey(entry.sha256());
    MessageDigest sent = Digests.sha256();
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), sent)) {
      Map<String, String> meta = new LinkedHashMap<>();
      meta.put("sha256", entry.sha256());
      client.putObject(PutObjectArgs.builder().bucket(config.bucket()).object(key).stream(
              in, entry.size(), config.partSize())
          .userMetadata(meta)
          .contentType("application/octet-stream")
          .build());
    } catch (MinioException e) {
      throw failure("upload " + entry.path() + " to " + key, e);
    }
    String local = Digests.hex(sent.digest());
    String remote;
    try (InputStream back = open(key)) {
      remote = Digests.sha256Hex(back);
    }
    if (!local.equals(entry.sha256()) || !remote.equals(entry.sha256())) {
      remove(key);
      throw new IOException(
          !local.equals(entry.sha256())
              ? entry.path() + " changed while it was uploaded (sha256 " + local + ", expected "
                  + entry.sha256() + "): run sync again"
              : "uploaded " + entry.path() + " reads back as sha256 " + remote + ", expected "
                  + entry.sha256() + "; removed it, run sync again");
    }
  }

  private void ensureBucket() throws IOException {
    try {
      if (!client.bucketExists(
          BucketExistsArgs.builder().bucket(config.bucket()).build())) {
        client.makeBucket(MakeBucketArgs.builder().bucket(config.bucket()).build());
      }
    } catch (MinioException e) {
      throw failure("open bucket " + config.bucket(), e);
    }
  }

  private List<String> list(String prefix) throws IOException {
    List<String> keys = new ArrayList<>();
    try {
      for (Result<Item> result : client.listObjects(ListObjectsArgs.builder()
          .bucket(config.bucket())
          .prefix(prefix)
          .recursive(true)
          .build())) {
        Item item = result.get();
        if (!item.isDir()) keys.add(item.objectName());
      }
    } catch (MinioException e) {
      if (e instanceof ErrorResponseException r
          && "NoSuchBucket".equals(r.errorResponse().code())) return keys;
      throw failure("list " + prefix, e);
    }
    return keys;
  }

  private void put(String key, byte[] content) throws IOException {
    try {
      client.putObject(PutObjectArgs.builder().bucket(config.bucket()).object(key).stream(
              new ByteArrayInputStream(content), (long) content.length, config.partSize())
          .contentType("application/json")
          .build());
    } catch (MinioException e) {
      throw failure("write " + key, e);
    }
  }

  private byte[] get(String key) throws IOException {
    try (InputStream in = open(key)) {
      return in.readAllBytes();
    }
  }

  private InputStream open(String key) throws IOException {
    try {
      return client.getObject(
          GetObjectArgs.builder().bucket(config.bucket()).object(key).build());
    } catch (MinioException e) {
      throw failure("read " + key, e);
    }
  }

  private void remove(String key) throws IOException {
    try {
      client.removeObject(
          RemoveObjectArgs.builder().bucket(config.bucket()).object(key).build());
    } catch (MinioException e) {
      throw failure("remove " + key, e);
    }
  }

  private String objectKey(String sha256) {
    return config.prefix() + "objects/" + sha256;
  }

  private String versionKey(String id) {
    return config.prefix() + "versions/" + id + ".json";
  }

  private IOException failure(String what, MinioException e) {
    String detail = e instanceof ErrorResponseException r
        ? r.errorResponse().code() + ": " + r.errorResponse().message()
        : e.getMessage();
    return new IOException(
        ai.sergik.io.Redaction.text("S3 " + config.safeEndpoint() + " bucket " + config.bucket()
            + ": could not " + what + " (" + detail + ")"),
        e);
  }
}
