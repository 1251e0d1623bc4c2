package ai.sergik.sync;

import ai.sergik.data.DataDir;
import ai.sergik.io.Redaction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.PushCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

/**
 * Commits a dataset version and pushes it. The repository's git directory lives in the data
 * directory's hidden {@code .cache/git} with the data directory as its work tree, so the data never
 * becomes a nested repository inside the project's own.
 */
public final class GitPublisher {
  static final String GIT_DIR = ".cache/git";
  private final SyncConfig.Git config;

  public GitPublisher(SyncConfig.Git config) {
    this.config = config;
  }

  /** What a push did. */
  public record Pushed(String commit, boolean committed, String status) {}

  public Pushed push(DataDir dir, DatasetVersion version) throws IOException {
    Path gitDir = dir.root().resolve(GIT_DIR);
    try (Repository repo = open(dir.root(), gitDir);
        Git git = new Git(repo)) {
      Set<String> wanted = new HashSet<>(version.manifest().files().keySet());
      wanted.add(DatasetFiles.VERSIONS_FILE);
      DirCache index = repo.readDirCache();
      for (int i = 0; i < index.getEntryCount(); i++) {
        String path = index.getEntry(i).getPathString();
        if (!wanted.contains(path))
          git.rm().setCached(true).addFilepattern(path).call();
      }
      var add = git.add();
      for (String path : wanted) add.addFilepattern(path);
      add.call();
      boolean committed = false;
      boolean hasHead = repo.resolve(Constants.HEAD) != null;
      if (!hasHead || !git.status().call().getUncommittedChanges().isEmpty()) {
        PersonIdent who = new PersonIdent("sergik sync", "sync@sergik.local");
        git.commit()
            .setAuthor(who)
            .setCommitter(who)
            .setMessage("dataset version " + version.shortId() + " ("
                + version.manifest().files().size() + " files, " + version.changes()
                + ")\n\nversion " + version.version() + "\n")
            .call();
        committed = true;
      }
      PushCommand push = git.push()
          .setRemote(config.remote())
          .setRefSpecs(
              new RefSpec("refs/heads/" + config.branch() + ":refs/heads/" + config.branch()));
      if (!config.username().isEmpty() || !config.password().isEmpty()) {
        push.setCredentialsProvider(
            new UsernamePasswordCredentialsProvider(config.username(), config.password()));
      }
      StringBuilder status = new StringBuilder();
      for (PushResult result : push.call()) {
        for (RemoteRefUpdate update : result.getRemoteUpdates()) {
          RemoteRefUpdate.Status s = update.getStatus();
          if (s != RemoteRefUpdate.Status.OK && s != RemoteRefUpdate.Status.UP_TO_DATE) {
            throw new IOException("git push to " + config.safeRemote() + " "
                + update.getRemoteName() + " was refused: " + s
                + (update.getMessage() == null
                    ? ""
                    : " (" + Redaction.text(update.getMessage()) + ")")
                + (s == RemoteRefUpdate.Status.REJECTED_NONFASTFORWARD
                    ? "; the remote branch has commits this data directory lacks: push to a new branch or fetch them first"
                    : ""));
          }
          status.append(s);
        }
      }
      return new Pushed(repo.resolve(Constants.HEAD).name(), committed, status.toString());
    } catch (GitAPIException e) {
      // JGit's messages quote the remote URL, token included
      throw new IOException(
          "git push to " + config.safeRemote() + " failed: " + Redaction.text(e.getMessage()), e);
    }
  }

  private Repository open(Path workTree, Path gitDir) throws IOException, GitAPIException {
    if (!Files.isDirectory(gitDir)) {
      Files.createDirectories(gitDir.getParent());
      Git.init()
          .setDirectory(workTree.toFile())
          .setGitDir(gitDir.toFile())
          .setInitialBranch(config.branch())
          .call()
          .close();
    }
    Repository repo = new FileRepositoryBuilder()
        .setGitDir(gitDir.toFile())
        .setWorkTree(workTree.toFile())
        .build();
    if (!config.branch().equals(repo.getBranch())) {
      repo.updateRef(Constants.HEAD).link("refs/heads/" + config.branch());
    }
    return repo;
  }
}
