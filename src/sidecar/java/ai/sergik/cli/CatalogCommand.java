package ai.sergik.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sergik catalog <command>}: works with the catalog that the scans wrote. */
@Command(
    name = "catalog",
    mixinStandardHelpOptions = true,
    description = "Search the project, export and analysis catalogs.",
    subcommands = {
      HelpCommand.class,
      CatalogSearchCommand.class,
    })
public final class CatalogCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Name a catalog command; the commands are listed below.");
  }
}
