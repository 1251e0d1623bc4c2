package ai.sergik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** The command line as a user meets it: help everywhere, one-line usage errors, file errors that say what is wrong. */
class CommandLineTest {
  @TempDir
  Path tmp;

  /** Every command and subcommand, as the words typed after "sergik". */
  static Stream<String> commands() {
    List<String> all = new ArrayList<>();
    collect(Main.commandLine(), "", all);
    return all.stream();
  }

  static void collect(CommandLine cli, String prefix, List<String> out) {
    cli.getSubcommands().forEach((name, sub) -> {
      if (name.equals("help") || !sub.getCommandName().equals(name)) {
        return; // the help command, and aliases
      }
      String words = (prefix + " " + name).trim();
      out.add(words);
      collect(sub, words, out);
    });
  }

  @ParameterizedTest(name = "sergik {0} --help")
  @MethodSource("commands")
  void everyCommandTakesHelp(String command) {
    List<String> args = new ArrayList<>(List.of(command.split(" ")));
    args.add("--help");
    CliRun r = CliRun.of(args.toArray(String[]::new));
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("Usage: sergik " + command).doesNotContain("null");
  }

  @Test
  void thereAreCommandsToCheck() {
    assertThat(commands())
        .contains("sync", "mcp", "serve", "scan exports", "dna compare", "generate", "data");
  }

  @Test
  void serveRunsFromACommandLineThatKnowsOnlyServeAndStillSaysSergik() {
    assertThat(Main.commandLineFor(new String[] {"serve", "--http-port", "0"}).getSubcommands())
        .containsOnlyKeys("serve");
    CliRun bad = CliRun.of("serve", "--http-prot", "0");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err().lines()).last().isEqualTo("See 'sergik serve --help'.");
    assertThat(Main.commandLineFor(new String[] {"generate"}).getSubcommands())
        .containsKeys("serve", "generate", "scan");
  }

  @Test
  void aUsageErrorIsOneLineAndWhereTheHelpIs() {
    CliRun r = CliRun.of(
        "generate", "chords", "--bars", "100", "-o", tmp.resolve("x.mid").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo("error: bars must be 1..64, got 100\nSee 'sergik generate --help'.\n"
            .replace("\n", System.lineSeparator()));
    CliRun unknown = CliRun.of("generate", "chords", "--barz", "3");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err().lines())
        .hasSizeLessThanOrEqualTo(3)
        .last()
        .isEqualTo("See 'sergik generate --help'.");
  }

  @Test
  void aCommandGroupRunAloneListsItsCommands() {
    CliRun r = CliRun.of("scan");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .contains("Name what to scan; the commands are listed below.")
        .contains("exports")
        .contains("als");
  }

  @Test
  void anOutputFileInAFolderThatCannotBeMadeSaysWhichFolder() {
    Path proc = Path.of("/proc");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Files.isDirectory(proc.resolve("self")), "needs Linux /proc");
    CliRun r = CliRun.of("generate", "chords", "-o", "/proc/nope/x.mid");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().trim())
        .isEqualTo("error: cannot write /proc/nope/x.mid: the folder /proc/nope does not exist and"
            + " cannot be created");
  }

  @Test
  void missingFoldersOfAnOutputFileAreMade() {
    Path out = tmp.resolve("new/deeper/x.mid");
    assertThat(CliRun.of("generate", "chords", "-o", out.toString()).code()).isZero();
    assertThat(out).isRegularFile();
  }

  @Test
  void anOutputFileUnderAFileSaysSo() throws Exception {
    Path file = Files.writeString(tmp.resolve("plain.txt"), "x");
    CliRun r = CliRun.of("generate", "chords", "-o", file.resolve("x.mid").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err().trim())
        .isEqualTo("error: cannot write " + file.resolve("x.mid") + ": " + file
            + " is a file, not a folder");
  }

  @Test
  void outputFilesFollowTheUmaskNotOwnerOnly() throws Exception {
    Path out = tmp.resolve("chords.mid");
    assertThat(CliRun.of("generate", "chords", "-o", out.toString()).code()).isZero();
    Path reference = Files.createFile(tmp.resolve("touched"));
    Set<PosixFilePermission> expected = Files.getPosixFilePermissions(reference);
    assertThat(Files.getPosixFilePermissions(out)).isEqualTo(expected);
    assertThat(expected)
        .as("this machine's umask lets the group read new files")
        .contains(PosixFilePermission.GROUP_READ);
  }
}
