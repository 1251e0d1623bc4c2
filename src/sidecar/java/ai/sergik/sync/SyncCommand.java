package ai.sergik.sync;

import ai.sergik.data.DataDir;
import ai.sergik.options.WritableData;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sergik sync}: checksum the dataset, record a version, verify, publish to git and S3. */
@Command(
    name = "sync",
    sortOptions = false,
    description = {
      "Checksum every dataset file and append a version to dataset_versions.json when anything changed.",
      "With --verify, check the files against a version; --push and --s3 publish the latest version; --pull restores one."
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:success (and, with --verify, every file matches)",
      "1:failure, or --verify found missing or changed files",
      "2:usage error"
    })
public final class SyncCommand implements Callable<Integer> {
  @Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  WritableData data;

  // --version is the version to verify here, so the standard -V/--version mixin cannot be used;
  // only the help option.
  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help message and exit.")
  boolean help;

  @Option(
      names = "--verify",
      description =
          "Re-read every file of the latest version (or --version) and name each missing or changed one.")
  boolean verify;

  @Option(
      names = "--version",
      paramLabel = "ID",
      description = "Version (or unique prefix) for --verify; default the latest.")
  String version;

  @Option(
      names = "--push",
      description =
          "Commit the manifest and data to git and push (sync.git.* in sergik.properties).")
  boolean push;

  @Option(
      names = "--s3",
      description =
          "Upload the objects the bucket lacks, verify them, then the version manifest (sync.s3.*).")
  boolean s3;

  @Option(
      names = "--pull",
      paramLabel = "ID",
      description =
          "Restore version ID (or unique prefix) from S3 into --into, checksums verified.")
  String pull;

  @Option(
      names = "--into",
      paramLabel = "DIR",
      description =
          "Empty directory for --pull (default: the data directory, which must then be empty).")
  Path into;

  @Option(names = "--rehash", description = "Ignore the checksum cache and read every file.")
  boolean rehash;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    DataDir dir = data.dir();
    if (pull != null) {
      if (verify || push || s3)
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--pull cannot be combined with --verify, --push or --s3.");
      SyncConfig.S3 config = SyncConfig.load(dir).s3().orElseThrow(() -> noS3(dir));
      Path target = into != null ? into.toAbsolutePath() : dir.root();
      DatasetVersion restored = new S3Store(config).pull(pull, target, new S3Store.Listener() {
        @Override
        public void downloaded(FileEntry file) {
          out.println("  restored " + file.path());
        }
      });
      out.printf(
          Locale.ROOT,
          "restored version %s into %s: %d files, %s, every checksum verified%n",
          restored.shortId(),
          target,
          restored.manifest().files().size(),
          bytes(restored.manifest().totalBytes()));
      return 0;
    }
    DatasetSync sync = new DatasetSync(dir, data.clock());
    if (verify) {
      if (push || s3)
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--verify cannot be combined with --push or --s3.");
      DatasetSync.Verification v = sync.verify(version);
      v.problems().forEach(p -> out.println(p));
      v.untracked()
          .forEach(p -> out.println("UNTRACKED " + p + ": not in version "
              + v.version().shortId() + " (run sync to record it)"));
      out.printf(
          Locale.ROOT,
          "%s: %d files of version %s checked, %d missing or changed%n",
          v.ok() ? "OK" : "FAIL",
          v.checked(),
          v.version().shortId(),
          v.problems().size());
      out.flush();
      return v.ok() ? 0 : 1;
    }
    return data.whileLocked("sync", () -> recordAndPublish(sync, dir, out));
  }

  /**
   * Records a version when anything changed, then publishes the latest one as --push and --s3 say; the exit code.
   */
  private int recordAndPublish(DatasetSync sync, DataDir dir, PrintWriter out)
      throws IOException, InterruptedException {
    SyncConfig config = (push || s3) ? SyncConfig.load(dir) : null;
    if (push && config.git().isEmpty()) {
      throw new IOException("--push needs a git remote: set sync.git.remote in " + dir.config()
          + " or SERGIK_GIT_REMOTE");
    }
    if (s3 && config.s3().isEmpty()) throw noS3(dir);
    DatasetSync.Recorded recorded = sync.record(rehash);
    DatasetVersion latest = recorded.version();
    DatasetSync.Snapshot snap = recorded.snapshot();
    if (recorded.added()) {
      out.printf(
          Locale.ROOT,
          "version %s recorded: %d files, %s (%s)%n",
          latest.shortId(),
          latest.manifest().files().size(),
          bytes(latest.manifest().totalBytes()),
          latest.changes());
    } else {
      out.printf(
          Locale.ROOT,
          "no changes since version %s (%d files)%n",
          latest.shortId(),
          latest.manifest().files().size());
    }
    out.printf(
        Locale.ROOT,
        "  hashed %d files (%s), %d unchanged files from the cache%n",
        snap.hashed(),
        bytes(snap.bytesHashed()),
        snap.cached());
    if (push) {
      GitPublisher.Pushed pushed = new GitPublisher(config.git().get()).push(dir, latest);
      out.printf(
          Locale.ROOT,
          "git: %s commit %s pushed to %s (%s)%n",
          pushed.committed() ? "new" : "existing",
          pushed.commit().substring(0, 12),
          config.git().get().safeRemote(),
          pushed.status());
    }
    if (s3) {
      S3Store.Pushed pushed = new S3Store(config.s3().get())
          .push(dir, latest, new S3Store.Listener() {
            @Override
            public void uploaded(FileEntry file) {
              out.println("  uploaded " + file.path() + " (" + bytes(file.size()) + ")");
            }
          });
      out.printf(
          Locale.ROOT,
          "s3: %d objects uploaded (%s), %d already in bucket %s; manifest versions/%s.json written%n",
          pushed.uploaded(),
          bytes(pushed.bytesUploaded()),
          pushed.alreadyPresent(),
          config.s3().get().bucket(),
          latest.shortId());
    }
    out.flush();
    return 0;
  }

  private static IOException noS3(DataDir dir) {
    return new IOException("no S3 bucket configured: set sync.s3.endpoint and sync.s3.bucket in "
        + dir.config() + " (or SERGIK_S3_ENDPOINT and SERGIK_S3_BUCKET)");
  }

  static String bytes(long n) {
    if (n < 1024) return n + " B";
    if (n < 1 << 20) return String.format(Locale.ROOT, "%.1f KiB", n / 1024.0);
    if (n < 1L << 30) return String.format(Locale.ROOT, "%.1f MiB", n / 1048576.0);
    return String.format(Locale.ROOT, "%.2f GiB", n / 1073741824.0);
  }
}
