package ai.sergik.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code scan <what>}: builds catalog tables from files on disk. */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    description = "Scans folders into the catalog tables.",
    subcommands = {ScanExportsCommand.class})
public final class ScanCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Name what to scan; see the list above.");
  }
}
