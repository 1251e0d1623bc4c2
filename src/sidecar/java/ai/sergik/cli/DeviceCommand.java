package ai.sergik.cli;

import ai.sergik.amxd.DevicePackage;
import ai.sergik.install.DeviceFolders;
import ai.sergik.install.DeviceInstaller;
import ai.sergik.install.Host;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sergik device …}: the Max for Live device. */
@Command(
    name = "device",
    mixinStandardHelpOptions = true,
    description =
        "The Max for Live device: build SERGIK.amxd and its Max package, and install them.",
    subcommands = {DeviceCommand.Build.class, DeviceCommand.Install.class})
public final class DeviceCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), "Name a device command: build or install.");
  }

  /** {@code sergik device build}. */
  @Command(
      name = "build",
      mixinStandardHelpOptions = true,
      description = {
        "Checks the device patcher, writes the unfrozen MIDI effect OUT/SERGIK.amxd and the Max package "
            + "OUT/SERGIK/ (java-classes/lib/sergik-device.jar, package-info.json, patchers/SERGIK.maxpat).",
        "Install both with sergik device install."
      },
      exitCodeListHeading = "Exit codes:%n",
      exitCodeList = {
        "0:built",
        "1:the patcher fails a check, or a file is missing",
        "2:usage error"
      })
  static final class Build implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(
        names = "--patcher",
        paramLabel = "FILE",
        defaultValue = "patchers/SERGIK.maxpat",
        description = "Device patcher source (default: ${DEFAULT-VALUE}).")
    Path patcher;

    @Option(
        names = "--jar",
        paramLabel = "FILE",
        defaultValue = "target/sergik-device.jar",
        description = "The device jar built by mvn package (default: ${DEFAULT-VALUE}).")
    Path jar;

    @Option(
        names = {"-o", "--out"},
        paramLabel = "DIR",
        defaultValue = "m4l",
        description = "Where SERGIK.amxd and the SERGIK package go (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws Exception {
      try {
        DevicePackage.Result r = DevicePackage.build(patcher, jar, out);
        spec.commandLine().getOut().println("wrote " + r.device() + " (unfrozen MIDI effect)");
        spec.commandLine()
            .getOut()
            .println("wrote " + r.packageDir() + " (Max package, jar in " + r.jar() + ")");
        return 0;
      } catch (DevicePackage.InvalidPatcherException e) {
        spec.commandLine().getErr().println("error: " + e.getMessage());
        return 1;
      }
    }
  }

  /** {@code sergik device install}. */
  @Command(
      name = "install",
      mixinStandardHelpOptions = true,
      description = {
        "Copies the built device into place: the Max package SERGIK/ into the Max 8 and Max 9 Packages folders in "
            + "your Documents folder (found where Windows keeps it, OneDrive included; on Linux from "
            + "user-dirs.dirs), and SERGIK.amxd into Live's User Library (Presets/MIDI Effects/Max MIDI Effect). "
            + "Prints every place it wrote to.",
        "A User Library moved in Live's preferences needs --user-library. The environment variables "
            + "SERGIK_MAX_PACKAGES and SERGIK_USER_LIBRARY set one folder each, like the options."
      },
      exitCodeListHeading = "Exit codes:%n",
      exitCodeList = {
        "0:installed (or, with --dry-run, shown)",
        "1:the built device is missing or a folder cannot be written",
        "2:usage error"
      })
  static final class Install implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    private final Host host;

    Install() {
      this(Host.current());
    }

    /** For tests: a fake home, environment and registry. */
    Install(Host host) {
      this.host = host;
    }

    @Option(
        names = "--from",
        paramLabel = "DIR",
        defaultValue = "m4l",
        description =
            "The folder sergik device build wrote to, holding SERGIK.amxd and SERGIK/ (default: ${DEFAULT-VALUE}).")
    Path from;

    @Option(
        names = "--max-packages",
        paramLabel = "DIR",
        description =
            "A Max Packages folder to install into instead of the Max 8 and Max 9 ones (repeatable).")
    List<Path> packages = new ArrayList<>();

    @Option(
        names = "--user-library",
        paramLabel = "DIR",
        description = "Live's User Library folder.")
    Path userLibrary;

    @Option(names = "--dry-run", description = "Say where everything would go; write nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      List<Path> chosenPackages = new ArrayList<>(packages);
      if (chosenPackages.isEmpty()) {
        host.variable("SERGIK_MAX_PACKAGES").flatMap(host::path).ifPresent(chosenPackages::add);
      }
      Optional<Path> library = Optional.ofNullable(userLibrary)
          .or(() -> host.variable("SERGIK_USER_LIBRARY").flatMap(host::path));
      DeviceFolders folders = DeviceFolders.of(host).with(chosenPackages, library);
      out.println(
          "Documents:   " + folders.documents() + " (from " + folders.documentsFrom() + ")");
      List<DeviceInstaller.Placed> placed;
      try {
        placed = DeviceInstaller.install(from, folders, dryRun);
      } catch (IOException e) {
        spec.commandLine().getErr().println("error: " + e.getMessage());
        return 1;
      }
      for (DeviceInstaller.Placed p : placed) {
        out.printf(
            Locale.ROOT, "%s%-12s %s%n", dryRun ? "would write " : "", p.what() + ":", p.where());
      }
      if (host.os() == Host.Os.LINUX) {
        out.println(
            "Live and Max do not run on Linux itself; these folders serve a Wine setup or a copy to a Mac or PC.");
      }
      out.println(
          "Restart Live (mxj reads package jars when its Java starts), then drag SERGIK from the browser");
      out.println(
          "(User Library > Presets > MIDI Effects > Max MIDI Effect) onto a MIDI track. mxj needs a JDK 8 or newer");
      out.println(
          "for your computer's CPU (on Apple silicon an arm64 JDK, e.g. Temurin or Zulu 17).");
      return 0;
    }
  }
}
