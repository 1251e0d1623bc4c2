package ai.sergik.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception from a command into one line on stderr and exit code 1. The stack trace is
 * printed only when {@code SERGIK_DEBUG} is set, since a producer needs the message, not the trace.
 */
final class UserErrorHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
    // a message may quote a remote or endpoint URL with its token; the terminal is often shared or recorded
    String message = ai.sergik.io.Redaction.text(e.getMessage() == null ? e.toString() : e.getMessage());
    cli.getErr().println(cli.getColorScheme().errorText("error: " + message));
    if (System.getenv("SERGIK_DEBUG") != null) {
      e.printStackTrace(cli.getErr());
    }
    return 1;
  }
}
