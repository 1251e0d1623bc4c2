package ai.sergik.cli;

import java.lang.reflect.Constructor;
import java.time.Clock;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The one entry point of the sidecar jar: {@code scripts/sergik <command>}.
 *
 * <p>Every subcommand reads and writes under one data directory ({@link DataOptions}), so a test or a
 * user can point any command at another dataset. Exit codes: 0 success, 1 failure, 2 usage error.
 */
@Command(
    name = "sergik",
    mixinStandardHelpOptions = true,
    versionProvider = Version.Provider.class,
    description = "SERGIK AI: studio assistant for Ableton Live.",
    subcommands = {
      HelpCommand.class,
      GenerateCommand.class,
      HumanizeCommand.class,
      TransformCommand.class,
      ServeCommand.class,
      McpCommand.class,
      DataCommand.class,
      DeviceCommand.class,
      ScanCommand.class,
      ai.sergik.dna.DnaCommand.class,
      ai.sergik.sync.SyncCommand.class,
      CatalogCommand.class,
      ai.sergik.dataset.DatasetCommand.class,
      ai.sergik.verify.VerifyCommand.class,
      AnalyzeCommand.class,
    })
public final class Main implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Name a command; the commands are listed below.");
  }

  /** Builds the command line with the shared exception handling; tests call this and {@code execute}. */
  public static CommandLine commandLine() {
    return commandLine(Clock.systemUTC());
  }

  /** The command line whose commands read the time from {@code clock}: a test's clock, or the system's. */
  public static CommandLine commandLine(Clock clock) {
    CommandLine cli = withErrorHandling(new CommandLine(new Main(), new Wiring(clock)));
    // a transform's settings (--time 0.05) are read by the transform, in the order given
    cli.getSubcommands().get("transform").setUnmatchedOptionsArePositionalParams(true);
    return cli;
  }

  /**
   * The command line that runs {@code args}: for {@code serve}, a {@code sergik} that knows only that command. The
   * model of every command (picocli reads each one's options, and loads its classes and those of the fields they
   * name: scanners, DNA, sync, datasets) would otherwise stay in the server's memory for its whole life, about a
   * thousand objects and a few hundred classes that {@code serve} never uses.
   */
  static CommandLine commandLineFor(String[] args) {
    if (args.length > 0 && args[0].equals("serve")) {
      CommandSpec sergik = CommandSpec.create().name("sergik");
      sergik.addSubcommand("serve", new CommandLine(new ServeCommand()));
      return withErrorHandling(new CommandLine(sergik));
    }
    return commandLine();
  }

  /**
   * Creates the commands and their mixins. Those that read the time take a {@link Clock} in their constructor and get
   * the command line's; the rest are made as picocli makes them.
   */
  private record Wiring(Clock clock) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> type) throws Exception {
      Constructor<K> withClock;
      try {
        withClock = type.getDeclaredConstructor(Clock.class);
      } catch (NoSuchMethodException noClock) {
        return CommandLine.defaultFactory().create(type);
      }
      return withClock.newInstance(clock);
    }
  }

  private static CommandLine withErrorHandling(CommandLine cli) {
    UserErrorHandler errors = new UserErrorHandler();
    cli.setExecutionExceptionHandler(errors);
    cli.setParameterExceptionHandler(errors);
    return cli;
  }

  public static void main(String[] args) {
    // charts and pictures are drawn with Java2D off screen: no window, no dock icon on macOS
    System.setProperty("java.awt.headless", "true");
    java.util.OptionalInt relaunched = ServerJvm.relaunchIfUntuned(args);
    if (relaunched.isPresent()) {
      System.exit(relaunched.getAsInt());
    }
    int code = commandLineFor(args).execute(args);
    // serve keeps running on its own non-daemon threads; every other command ends here.
    if (code != 0 || !Boolean.getBoolean(KEEP_RUNNING)) {
      System.exit(code);
    }
  }

  /** Set by long-running commands (serve) so that main returns instead of exiting. */
  public static final String KEEP_RUNNING = "sergik.keepRunning";
}
