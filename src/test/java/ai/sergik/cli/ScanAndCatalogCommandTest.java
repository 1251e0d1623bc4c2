package ai.sergik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.als.AlsCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanAndCatalogCommandTest extends CliTest {
  @TempDir
  Path tmp;

  @Test
  void scanAlsThenCatalogSearchFindsTheSetByItsPlugin() throws Exception {
    Path library = tmp.resolve("lib");
    Files.createDirectories(library.resolve("SERGIK x Andino - Heat Project"));
    Files.copy(
        AlsCorpus.dir().resolve("v11.3.21_nodealsparser_michelle.als"),
        library.resolve("SERGIK x Andino - Heat Project/SERGIK x Andino - Heat.als"));
    String data = tmp.resolve("data").toString();

    assertThat(run("scan", "als", library.toString(), "--data", data, "--threads", "1"))
        .isEqualTo(0);
    assertThat(out.toString()).startsWith("1 sets: 1 read (0 could not be parsed), 0 unchanged");
    assertThat(err.toString()).contains("scan als"); // the progress bar
    assertThat(Path.of(data, "catalog/projects_als.csv")).exists();

    out.getBuffer().setLength(0);
    assertThat(run("catalog", "search", "decapitator", "--data", data, "--json"))
        .isEqualTo(0);
    assertThat(out.toString())
        .contains("\"name\" : \"SERGIK x Andino - Heat\"")
        .contains("\"collaborator\" : \"Andino\"")
        .contains("\"bpm\" : 126.0")
        .contains("\"matched\" : [ \"plugins\" ]");

    out.getBuffer().setLength(0);
    assertThat(run(
            "catalog", "search", "heat", "--plugin", "diva", "--bpm-min", "120", "--data", data))
        .isEqualTo(0);
    assertThat(out.toString())
        .startsWith("1 match(es), showing 1")
        .contains("project SERGIK x Andino - Heat  [with Andino]");
  }

  @Test
  void usageErrorsExitWith2AndSayWhatIsAccepted() {
    assertThat(run("catalog", "search", "--key", "H", "--data", tmp.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("--key: unknown key \"H\"");
    err.getBuffer().setLength(0);
    assertThat(
            run("scan", "als", tmp.toString(), "--zone", "Mars/Olympus", "--data", tmp.toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--zone: unknown time zone 'Mars/Olympus'");
  }

  @Test
  void aMissingFolderIsAFailureWithAClearMessage() {
    assertThat(run(
            "scan",
            "als",
            tmp.resolve("nope").toString(),
            "--data",
            tmp.toString(),
            "--no-progress"))
        .isEqualTo(1);
    assertThat(err.toString())
        .contains("not a folder: ")
        .contains("name the folder that holds your Live sets");
  }

  @Test
  void helpTextsShowNoNullDefaults() {
    for (String[] args : new String[][] {
      {"scan", "als", "--help"}, {"catalog", "search", "--help"}, {"scan", "--help"}
    }) {
      out.getBuffer().setLength(0);
      assertThat(run(args)).isEqualTo(0);
      assertThat(out.toString()).doesNotContain("null").contains("Usage:");
    }
  }
}
