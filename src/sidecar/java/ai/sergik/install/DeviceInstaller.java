package ai.sergik.install;

import ai.sergik.amxd.DevicePackage;
import ai.sergik.io.AtomicFiles;
import ai.sergik.io.FileTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Copies a built device ({@code SERGIK.amxd} and the Max package {@code SERGIK/}, as {@code sergik device build}
 * writes them) into the Max Packages folders and Live's User Library. A package is copied next to its place and
 * then swapped in, so Max never sees half a package; the device file is written to a temporary file and renamed.
 */
public final class DeviceInstaller {
  private DeviceInstaller() {}

  /** One place written (or, in a dry run, that would be). */
  public record Placed(String what, Path where) {}

  /**
   * Places the Max package in every Max packages folder and the device in Live's User Library MIDI effects.
   *
   * @param built the folder holding {@code SERGIK.amxd} and {@code SERGIK/}
   * @throws IOException naming the missing file or the folder that cannot be written
   */
  public static List<Placed> install(Path built, DeviceFolders folders, boolean dryRun)
      throws IOException {
    Path device = built.resolve(DevicePackage.NAME + ".amxd");
    Path pkg = built.resolve(DevicePackage.NAME);
    Path jar = pkg.resolve("java-classes").resolve("lib").resolve(DevicePackage.JAR_NAME);
    for (Path needed : List.of(device, jar, pkg.resolve("package-info.json"))) {
      if (!Files.isRegularFile(needed)) {
        throw new IOException(
            needed + " is missing; build the device first (mvn -B -DskipTests package, then"
                + " sergik device build), or pass --from the folder that holds SERGIK.amxd and SERGIK/");
      }
    }
    List<Placed> placed = new ArrayList<>();
    for (Path packages : folders.maxPackages()) {
      Path target = packages.resolve(DevicePackage.NAME);
      if (!dryRun) {
        Files.createDirectories(packages);
        Path staging = packages.resolve("." + DevicePackage.NAME + ".installing");
        deleteTree(staging);
        FileTrees.copy(pkg, staging);
        try {
          deleteTree(target);
          Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
          throw inUse(target, e);
        }
      }
      placed.add(new Placed("Max package", target));
    }
    Path effects = folders.userLibrary().resolve(DeviceFolders.MIDI_EFFECTS);
    Path target = effects.resolve(DevicePackage.NAME + ".amxd");
    if (!dryRun) {
      try {
        AtomicFiles.writeBytes(target, Files.readAllBytes(device));
      } catch (IOException e) {
        throw inUse(target, e);
      }
    }
    placed.add(new Placed("Device", target));
    return placed;
  }

  /** Windows refuses to replace a file another program has open: Max holds the jar while it runs. */
  private static IOException inUse(Path target, IOException e) {
    return new IOException(
        "cannot replace " + target + " (" + e.getMessage() + "); if Live or Max is running, quit "
            + "them (they keep the device's files open) and install again",
        e);
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
