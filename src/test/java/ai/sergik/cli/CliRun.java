package ai.sergik.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the {@code sergik} command line in-process, as a shell would, for the command tests of every feature. */
public final class CliRun {
  private CliRun() {}

  /** Runs {@code sergik args...}, adding what it prints to {@code out} and {@code err}; returns the exit code. */
  public static int run(StringWriter out, StringWriter err, String... args) {
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }
}
