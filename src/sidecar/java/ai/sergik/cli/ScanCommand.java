package ai.sergik.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code sergik scan <what> <folder>}: walks a folder and turns what it finds into catalog files.
 * Each kind of scan is its own subcommand; this parent only groups them and prints usage when run alone.
 */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    description = "Scan a folder into the catalog (Live sets, audio exports).",
    subcommands = {
      HelpCommand.class,
      ScanAlsCommand.class,
      ScanExportsCommand.class,
    })
public final class ScanCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Name what to scan; the commands are listed below.");
  }
}
