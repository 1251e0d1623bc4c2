package ai.sergik.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception from a command into one line on stderr and exit code 1. The stack trace is
 * printed only when {@code SERGIK_DEBUG} is set, since a producer needs the message, not the trace.
 */
final class UserErrorHandler
    implements IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

  /**
   * A usage error: the one line that says what is wrong, then where the help is, and exit code 2. A command group run
   * without a command (e.g. {@code sergik scan}) lists its commands, since that is what the user is missing.
   */
  @Override
  public int handleParseException(CommandLine.ParameterException e, String[] args) {
    CommandLine cli = e.getCommandLine();
    PrintWriter err = cli.getErr();
    boolean group =
        !cli.getSubcommands().isEmpty() && !(e instanceof CommandLine.UnmatchedArgumentException);
    if (group) {
      err.println(cli.getColorScheme().errorText(e.getMessage()));
      cli.usage(err, cli.getColorScheme());
    } else {
      err.println(cli.getColorScheme().errorText("error: " + e.getMessage()));
      if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
        CommandLine.UnmatchedArgumentException.printSuggestions(unmatched, err);
      }
      err.println("See '" + cli.getCommandSpec().qualifiedName() + " --help'.");
    }
    return cli.getCommandSpec().exitCodeOnInvalidInput();
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
    // a message may quote a remote or endpoint URL with its token; the terminal is often shared or
    // recorded
    String message =
        ai.sergik.io.Redaction.text(e.getMessage() == null ? e.toString() : e.getMessage());
    cli.getErr().println(cli.getColorScheme().errorText("error: " + message));
    if (System.getenv("SERGIK_DEBUG") != null) {
      e.printStackTrace(cli.getErr());
    }
    return 1;
  }
}
