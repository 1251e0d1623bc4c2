package ai.sergik.verify;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.cli.CliRun;
import ai.sergik.data.DataDir;
import ai.sergik.dna.SergikRefCorpusAccess;
import ai.sergik.sidecar.Sidecar;
import ai.sergik.sidecar.SidecarConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstallationCheckTest {
  @TempDir
  Path tmp;

  private static Check named(List<Check> checks, String name) {
    return checks.stream()
        .filter(c -> c.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no check " + name + " in " + checks));
  }

  @Test
  void aRunningSidecarAndAReachableGitRemoteAreOk() throws Exception {
    Path data = SergikRefCorpusAccess.copyTo(tmp.resolve("data"));
    Path remote = tmp.resolve("remote.git");
    Git.init().setBare(true).setDirectory(remote.toFile()).call().close();
    Sidecar sidecar = Sidecar.start(SidecarConfig.loopback(0, 0), new DataDir(data), "test");
    try {
      Files.writeString(
          data.resolve("sergik.properties"),
          "http.port=" + sidecar.httpPort() + "\nosc.port=" + sidecar.oscPort()
              + "\nsync.git.remote=" + remote.toUri() + "\n");
      List<Check> checks = new InstallationCheck(new DataDir(data), Map.of()).run();
      for (String name : List.of(
          "java",
          "data tree",
          "tracks manifest",
          "project catalog",
          "parsed sets",
          "export catalog",
          "analysis table",
          "DNA profile",
          "generation",
          "analysis",
          "OSC handshake",
          "HTTP health",
          "git remote",
          "S3 bucket")) {
        assertThat(named(checks, name).status())
            .as(named(checks, name).line())
            .isEqualTo(Check.Status.OK);
      }
      assertThat(named(checks, "tracks manifest").detail())
          .isEqualTo("manifests/tracks.csv, 847 rows");
      assertThat(named(checks, "DNA profile").detail()).contains("earlier-tool");
    } finally {
      sidecar.stop(1000);
    }
  }

  @Test
  void missingPiecesWarnAndBrokenOnesFailWithWhatToDo() throws Exception {
    Path data = Files.createDirectories(tmp.resolve("data"));
    Files.createDirectories(data.resolve("analysis/bpm_key"));
    Files.writeString(data.resolve("analysis/bpm_key/analyzed_tracks.csv"), "");
    Files.writeString(
        data.resolve("sergik.properties"),
        "http.port=1\nosc.port=1\nsync.git.remote=" + tmp.resolve("nowhere.git").toUri() + "\n");
    CliRun r = CliRun.of("verify", "--data", data.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out())
        .contains(
            "WARN  tracks manifest: manifests/tracks.csv not found → run `sergik scan exports` to list your tracks")
        .contains("FAIL  analysis table: " + data.resolve("analysis/bpm_key/analyzed_tracks.csv")
            + ": no header row")
        .contains(
            "WARN  DNA profile: profiles/master_profile.json not found → run `sergik dna build`")
        .contains("FAIL  git remote: " + tmp.resolve("nowhere.git").toUri())
        .contains("verify: 2 failed");
  }
}
