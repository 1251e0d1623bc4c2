package ai.sergik.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * The {@code sergik} command line run in-process, as a shell would, for the command tests of every feature: its exit
 * code and what it printed.
 */
public record CliRun(int code, String out, String err) {

  /** The arguments of {@code sergik scan als LIBRARY --data DATA --no-progress OPTIONS...}. */
  public static String[] scanAls(Path library, Path data, String... options) {
    List<String> args = new ArrayList<>(
        List.of("scan", "als", library.toString(), "--data", data.toString(), "--no-progress"));
    args.addAll(List.of(options));
    return args.toArray(String[]::new);
  }

  /** Runs {@code sergik args...} and keeps what it printed. */
  public static CliRun of(String... args) {
    StringWriter out = new StringWriter(), err = new StringWriter();
    int code = run(out, err, args);
    return new CliRun(code, out.toString(), err.toString());
  }

  /** Runs {@code sergik args...}, adding what it prints to {@code out} and {@code err}; returns the exit code. */
  public static int run(StringWriter out, StringWriter err, String... args) {
    CommandLine cli =
        Main.commandLineFor(args); // as main builds it: serve gets a command line of its own
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }
}
