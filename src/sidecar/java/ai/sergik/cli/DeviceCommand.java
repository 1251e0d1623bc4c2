package ai.sergik.cli;

import ai.sergik.amxd.DevicePackage;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sergik device …}: the Max for Live device. */
@Command(
    name = "device",
    mixinStandardHelpOptions = true,
    description = "The Max for Live device: build SERGIK.amxd and its Max package.",
    subcommands = {DeviceCommand.Build.class})
public final class DeviceCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Name a device command: build.");
  }

  /** {@code sergik device build}. */
  @Command(
      name = "build",
      mixinStandardHelpOptions = true,
      description = {
          "Checks the device patcher, writes the unfrozen MIDI effect OUT/SERGIK.amxd and the Max package "
              + "OUT/SERGIK/ (java-classes/lib/sergik-device.jar, package-info.json, patchers/SERGIK.maxpat).",
          "Install both with scripts/install-device."},
      exitCodeListHeading = "Exit codes:%n",
      exitCodeList = {"0:built", "1:the patcher fails a check, or a file is missing", "2:usage error"})
  static final class Build implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--patcher", paramLabel = "FILE", defaultValue = "patchers/SERGIK.maxpat",
        description = "Device patcher source (default: ${DEFAULT-VALUE}).")
    Path patcher;

    @Option(names = "--jar", paramLabel = "FILE", defaultValue = "target/sergik-device.jar",
        description = "The device jar built by mvn package (default: ${DEFAULT-VALUE}).")
    Path jar;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "m4l",
        description = "Where SERGIK.amxd and the SERGIK package go (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws Exception {
      try {
        DevicePackage.Result r = DevicePackage.build(patcher, jar, out);
        spec.commandLine().getOut().println("wrote " + r.device() + " (unfrozen MIDI effect)");
        spec.commandLine().getOut().println("wrote " + r.packageDir() + " (Max package, jar in " + r.jar() + ")");
        return 0;
      } catch (DevicePackage.InvalidPatcherException e) {
        spec.commandLine().getErr().println("error: " + e.getMessage());
        return 1;
      }
    }
  }
}
