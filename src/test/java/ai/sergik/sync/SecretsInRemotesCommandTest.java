package ai.sergik.sync;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.cli.CliRun;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A token inside {@code sync.git.remote} was printed in full by {@code sync --push} and {@code verify}. */
class SecretsInRemotesCommandTest {
  static final String TOKEN = "ghp_0123456789SECRETabcdef";

  @TempDir
  Path tmp;

  /** A loopback port nobody listens on: the push fails at once, with JGit's message quoting the URL. */
  static int closedPort() throws Exception {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  @Test
  void syncPushToARemoteWithATokenNeverPrintsTheToken() throws Exception {
    Path data = DataFixture.smallDataset(tmp.resolve("data"));
    String remote =
        "http://x-access-token:" + TOKEN + "@127.0.0.1:" + closedPort() + "/me/data.git";
    Files.writeString(data.resolve("sergik.properties"), "sync.git.remote=" + remote + "\n");
    CliRun run = CliRun.of("sync", "--push", "--data", data.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.out() + run.err()).doesNotContain(TOKEN).doesNotContain("x-access-token:");
    assertThat(run.err()).contains("error: git push to http://***@127.0.0.1:");
  }

  @Test
  void gitSettingsPrintTheRemoteWithoutItsToken() {
    // the success line of sync --push prints safeRemote(); a push over HTTP needs a git server this
    // build lacks
    SyncConfig.Git inUser = new SyncConfig.Git(
        "https://x-access-token:" + TOKEN + "@github.com/me/data.git", "main", "", "");
    SyncConfig.Git inQuery = new SyncConfig.Git(
        "https://git.example.com/me/data.git?access_token=" + TOKEN, "main", "", "");
    assertThat(inUser.safeRemote()).isEqualTo("https://***@github.com/me/data.git");
    assertThat(inQuery.safeRemote())
        .isEqualTo("https://git.example.com/me/data.git?access_token=***");
    assertThat(inUser + " " + inQuery).doesNotContain(TOKEN);
  }

  @Test
  void verifyWithATokenInTheRemoteNeverPrintsTheToken() throws Exception {
    Path data = Files.createDirectories(tmp.resolve("data"));
    String remote =
        "http://x-access-token:" + TOKEN + "@127.0.0.1:" + closedPort() + "/me/data.git";
    Files.writeString(
        data.resolve("sergik.properties"),
        "http.port=1\nosc.port=1\nsync.git.remote=" + remote + "\nsync.s3.endpoint=http://AKIA:"
            + TOKEN + "@127.0.0.1:" + closedPort() + "\nsync.s3.bucket=b\n");
    CliRun run = CliRun.of("verify", "--data", data.toString());
    assertThat(run.out() + run.err()).doesNotContain(TOKEN);
    assertThat(run.out())
        .contains("FAIL  git remote: http://***@127.0.0.1:")
        .contains("FAIL  S3 bucket: http://***@127.0.0.1:");
  }
}
