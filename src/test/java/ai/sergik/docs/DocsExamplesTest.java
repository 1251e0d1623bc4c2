package ai.sergik.docs;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.cli.ChildJvm;
import ai.sergik.io.FileTrees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The examples in README.md and docs/*.md that are marked runnable (a fenced block whose info string is
 * {@code console}: lines {@code $ scripts/sergik ...}, each followed by the output it prints) are run through the real
 * entry point, in a fresh folder holding a copy of the demo data as {@code data/} (also {@code $SERGIK_DATA}), and
 * their output is compared line by line. In the expected output, {@code …} stands for any text within a line, and a
 * line holding only {@code …} for any number of lines; a last line {@code [exit N]} expects that exit code (else 0).
 */
class DocsExamplesTest {
  static final Path BASE =
      Paths.get(System.getProperty("sergik.basedir", ".")).toAbsolutePath().normalize();

  /** One command of a runnable example and what it prints. */
  record Step(String command, List<String> expected, int exitCode) {}

  /** One runnable block: its commands run in order in one folder. */
  record Example(String where, List<Step> steps) {
    @Override
    public String toString() {
      return where + ": " + steps.get(0).command();
    }
  }

  static List<Path> pages() throws IOException {
    List<Path> pages = new ArrayList<>(List.of(BASE.resolve("README.md")));
    try (Stream<Path> docs = Files.list(BASE.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    return pages;
  }

  static List<Example> examples() throws IOException {
    List<Example> out = new ArrayList<>();
    for (Path page : pages()) {
      List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        if (!lines.get(i).trim().equals("```console")) continue;
        int start = i;
        List<Step> steps = new ArrayList<>();
        String command = null;
        List<String> expected = new ArrayList<>();
        for (i++; i < lines.size() && !lines.get(i).trim().equals("```"); i++) {
          String line = lines.get(i);
          if (line.startsWith("$ ")) {
            if (command != null) steps.add(step(command, expected));
            command = line.substring(2);
            expected = new ArrayList<>();
          } else if (command != null) {
            expected.add(line);
          }
        }
        if (command != null) steps.add(step(command, expected));
        out.add(new Example(BASE.relativize(page) + ":" + (start + 1), steps));
      }
    }
    return out;
  }

  static Step step(String command, List<String> expected) {
    int exit = 0;
    if (!expected.isEmpty() && expected.get(expected.size() - 1).matches("\\[exit \\d+]")) {
      String last = expected.remove(expected.size() - 1);
      exit = Integer.parseInt(last.replaceAll("\\D", ""));
    }
    return new Step(command, List.copyOf(expected), exit);
  }

  @Test
  void theDocsHoldRunnableExamples() throws IOException {
    List<Example> all = examples();
    assertThat(all.stream().mapToInt(e -> e.steps().size()).sum()).isGreaterThanOrEqualTo(6);
    assertThat(all)
        .extracting(e -> e.where().split(":")[0])
        .contains(
            "README.md", "docs/analysis.md", "docs/catalog.md", "docs/dna.md", "docs/sync.md");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void runsAsWritten(Example example, @TempDir Path checkout) throws Exception {
    FileTrees.copy(BASE.resolve("data"), checkout.resolve("data"));
    for (Step step : example.steps()) {
      List<String> args = words(step.command());
      assertThat(args.get(0))
          .as("runnable examples call scripts/sergik")
          .isEqualTo("scripts/sergik");
      List<String> cmd = ChildJvm.sergik(
          List.of(
              "-Dsergik.demo=" + BASE.resolve("data"),
              "-Dsergik.userData=" + checkout.resolve("user-data")),
          args.subList(1, args.size()).toArray(String[]::new));
      ProcessBuilder pb =
          new ProcessBuilder(cmd).directory(checkout.toFile()).redirectErrorStream(true);
      pb.environment().keySet().removeIf(k -> k.startsWith("SERGIK_"));
      pb.environment().put("SERGIK_DATA", checkout.resolve("data").toString());
      Process p = pb.start();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
      List<String> actual = output.lines().toList();
      String where = example.where() + ": $ " + step.command();
      assertThat(matches(step.expected(), 0, actual, 0))
          .as(
              "%s%n--- expected ---%n%s%n--- printed ---%n%s",
              where, String.join("\n", step.expected()), output)
          .isTrue();
      assertThat(p.exitValue())
          .as("exit code of " + where + "\n" + output)
          .isEqualTo(step.exitCode());
    }
  }

  @Test
  void theComparisonCatchesADifferenceAndAllowsOnlyTheMarkedParts() {
    assertThat(matches(
            List.of("a 1", "b …", "…", "z"), 0, List.of("a 1", "b anything", "x", "y", "z"), 0))
        .isTrue();
    assertThat(matches(List.of("a 1", "z"), 0, List.of("a 2", "z"), 0)).isFalse();
    assertThat(matches(List.of("a 1"), 0, List.of("a 1", "extra"), 0)).isFalse();
    assertThat(matches(List.of("Bm7 | A7 …"), 0, List.of("Bm7 | G7 · 8 bars"), 0))
        .isFalse();
    assertThat(words("scripts/sergik catalog search \"deep house\" --key 10B"))
        .containsExactly("scripts/sergik", "catalog", "search", "deep house", "--key", "10B");
  }

  /** Line-by-line comparison with … as a wildcard within a line and, alone on a line, for any number of lines. */
  static boolean matches(List<String> expected, int e, List<String> actual, int a) {
    if (e == expected.size()) return a == actual.size();
    String line = expected.get(e);
    if (line.trim().equals("…")) {
      for (int skip = a; skip <= actual.size(); skip++) {
        if (matches(expected, e + 1, actual, skip)) return true;
      }
      return false;
    }
    return a < actual.size()
        && lineMatches(line, actual.get(a))
        && matches(expected, e + 1, actual, a + 1);
  }

  static boolean lineMatches(String expected, String actual) {
    String[] parts = expected.split("…", -1);
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) regex.append(".*");
      regex.append(Pattern.quote(parts[i]));
    }
    return actual.stripTrailing().matches(regex.toString().replace("\\Q\\E", ""))
        || actual.stripTrailing().equals(expected.stripTrailing());
  }

  /** Shell-like words: spaces split, single and double quotes group. */
  static List<String> words(String command) {
    List<String> words = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    char quote = 0;
    boolean any = false;
    for (char c : command.toCharArray()) {
      if (quote != 0) {
        if (c == quote) quote = 0;
        else w.append(c);
      } else if (c == '\'' || c == '"') {
        quote = c;
        any = true;
      } else if (c == ' ') {
        if (w.length() > 0 || any) words.add(w.toString());
        w.setLength(0);
        any = false;
      } else {
        w.append(c);
      }
    }
    if (w.length() > 0 || any) words.add(w.toString());
    return words;
  }
}
