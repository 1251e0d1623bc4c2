package ai.sergik.sync;

import ai.sergik.data.DataDir;
import ai.sergik.data.Settings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where versions are published: a git remote and an S3 bucket. Read by {@link Settings} from
 * {@code sergik.properties} in the data directory; environment variables win over the file so secrets can stay out
 * of it.
 *
 * <pre>
 * sync.git.remote     SERGIK_GIT_REMOTE     URL or path of the remote repository
 * sync.git.branch     SERGIK_GIT_BRANCH     branch to push (default main)
 * sync.git.username   SERGIK_GIT_USERNAME   for https remotes
 * sync.git.password   SERGIK_GIT_PASSWORD   password or token (SERGIK_GIT_TOKEN also accepted)
 * sync.s3.endpoint    SERGIK_S3_ENDPOINT    e.g. https://s3.amazonaws.com or http://127.0.0.1:9000
 * sync.s3.bucket      SERGIK_S3_BUCKET
 * sync.s3.prefix      SERGIK_S3_PREFIX      key prefix inside the bucket (default none)
 * sync.s3.region      SERGIK_S3_REGION      (default us-east-1)
 * sync.s3.access_key  SERGIK_S3_ACCESS_KEY
 * sync.s3.secret_key  SERGIK_S3_SECRET_KEY
 * sync.s3.part_size_mb SERGIK_S3_PART_SIZE_MB  multipart part size, at least 5 (default 16)
 * </pre>
 */
public record SyncConfig(Optional<Git> git, Optional<S3> s3) {

  /** A git remote to push versions to. */
  public record Git(String remote, String branch, String username, String password) {
    @Override
    public String toString() {
      return "Git[remote=" + safeRemote() + ", branch=" + branch
          + (username.isEmpty() ? "" : ", user=" + username) + "]";
    }

    /** The remote as it may be printed: a token in it (https://TOKEN@host/...) is masked. */
    public String safeRemote() {
      return ai.sergik.io.Redaction.url(remote);
    }
  }

  /** An S3 bucket holding content-addressed objects and version manifests. */
  public record S3(
      String endpoint,
      String bucket,
      String prefix,
      String region,
      String accessKey,
      String secretKey,
      long partSize) {
    /** The endpoint as it may be printed, credentials masked. */
    public String safeEndpoint() {
      return ai.sergik.io.Redaction.url(endpoint);
    }

    public S3 {
      if (partSize < 5L << 20) {
        throw new IllegalArgumentException(
            "sync.s3.part_size_mb must be at least 5 (S3's smallest multipart part), got "
                + (partSize >> 20));
      }
    }

    @Override
    public String toString() {
      return "S3[endpoint=" + endpoint + ", bucket=" + bucket + ", prefix=" + prefix + "]";
    }
  }

  public static SyncConfig load(DataDir dir) throws IOException {
    return load(dir.config(), System.getenv());
  }

  public static SyncConfig load(Path file, Map<String, String> env) throws IOException {
    Settings s = Settings.load(Map.of(), env, file);
    Optional<Git> git = s.get("sync.git.remote", "SERGIK_GIT_REMOTE")
        .map(remote -> new Git(
            remote,
            s.get("sync.git.branch", "SERGIK_GIT_BRANCH").orElse("main"),
            s.get("sync.git.username", "SERGIK_GIT_USERNAME").orElse(""),
            s.get("sync.git.password", "SERGIK_GIT_PASSWORD", "SERGIK_GIT_TOKEN")
                .orElse("")));
    Optional<S3> s3 = Optional.empty();
    Optional<String> endpoint = s.get("sync.s3.endpoint", "SERGIK_S3_ENDPOINT");
    if (endpoint.isPresent()) {
      String bucket = s.get("sync.s3.bucket", "SERGIK_S3_BUCKET")
          .orElseThrow(() -> new IOException(
              file + ": sync.s3.endpoint is set but sync.s3.bucket (or SERGIK_S3_BUCKET) is not"));
      String partSize = s.get("sync.s3.part_size_mb", "SERGIK_S3_PART_SIZE_MB").orElse("16");
      long partMb;
      try {
        partMb = Long.parseLong(partSize.trim());
      } catch (NumberFormatException e) {
        throw new IOException(
            file + ": sync.s3.part_size_mb must be a whole number of MiB, got '" + partSize + "'");
      }
      String prefix = s.get("sync.s3.prefix", "SERGIK_S3_PREFIX").orElse("");
      if (!prefix.isEmpty() && !prefix.endsWith("/")) prefix += "/";
      try {
        s3 = Optional.of(new S3(
            endpoint.get(),
            bucket,
            prefix,
            s.get("sync.s3.region", "SERGIK_S3_REGION").orElse("us-east-1"),
            s.get("sync.s3.access_key", "SERGIK_S3_ACCESS_KEY").orElse(""),
            s.get("sync.s3.secret_key", "SERGIK_S3_SECRET_KEY").orElse(""),
            partMb << 20));
      } catch (IllegalArgumentException e) {
        throw new IOException(file + ": " + e.getMessage(), e);
      }
    }
    return new SyncConfig(git, s3);
  }
}
