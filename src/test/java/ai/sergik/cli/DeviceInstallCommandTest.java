package ai.sergik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.install.Host;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code sergik device install} on a fake Mac, PC and Linux box: a temporary home, an environment and a registry
 * given to the command, real files copied. The real home is never touched.
 */
class DeviceInstallCommandTest {
  @TempDir
  Path home;

  Path built;

  @BeforeEach
  void aBuiltDevice() throws Exception {
    built = home.resolve("project/m4l");
    Files.createDirectories(built.resolve("SERGIK/java-classes/lib"));
    Files.writeString(built.resolve("SERGIK.amxd"), "device v1");
    Files.writeString(built.resolve("SERGIK/java-classes/lib/sergik-device.jar"), "jar v1");
    Files.writeString(built.resolve("SERGIK/package-info.json"), "{}");
  }

  CliRun install(Host host, String... args) {
    StringWriter out = new StringWriter(), err = new StringWriter();
    CommandLine cli = new CommandLine(new DeviceCommand.Install(host));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    String[] all = new String[args.length + 2];
    all[0] = "--from";
    all[1] = built.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    int code = cli.execute(all);
    return new CliRun(code, out.toString(), err.toString());
  }

  Host mac() {
    return new Host(Host.Os.MAC, home, Map.of(), Host.Registry.NONE);
  }

  Host windows(Map<String, String> env, Host.Registry registry) {
    Map<String, String> all = new HashMap<>(env);
    all.putIfAbsent("USERPROFILE", home.toString());
    return new Host(Host.Os.WINDOWS, home, all, registry);
  }

  static void assertInstalled(Path packages, Path library) {
    assertThat(packages.resolve("SERGIK/java-classes/lib/sergik-device.jar")).hasContent("jar v1");
    assertThat(packages.resolve("SERGIK/package-info.json")).exists();
    assertThat(library.resolve("Presets/MIDI Effects/Max MIDI Effect/SERGIK.amxd"))
        .hasContent("device v1");
  }

  @Test
  void onAMacItInstallsIntoBothMaxVersionsAndTheUserLibraryInMusic() {
    CliRun r = install(mac());
    assertThat(r.code()).as(r.err()).isZero();
    assertInstalled(
        home.resolve("Documents/Max 8/Packages"), home.resolve("Music/Ableton/User Library"));
    assertInstalled(
        home.resolve("Documents/Max 9/Packages"), home.resolve("Music/Ableton/User Library"));
    assertThat(r.out())
        .contains("Max package: " + home.resolve("Documents/Max 8/Packages/SERGIK"))
        .contains("Device:      "
            + home.resolve(
                "Music/Ableton/User Library/Presets/MIDI Effects/Max MIDI Effect/SERGIK.amxd"))
        .contains("Restart Live");
  }

  @Test
  void onWindowsTheRegistryFindsDocumentsMovedIntoOneDrive() {
    Host.Registry registry =
        (key, name) -> key.endsWith("Explorer\\User Shell Folders") && name.equals("Personal")
            ? Optional.of("%USERPROFILE%\\OneDrive\\Documents")
            : Optional.empty();
    CliRun r = install(windows(Map.of(), registry));
    assertThat(r.code()).as(r.err()).isZero();
    Path docs = home.resolve("OneDrive/Documents");
    assertInstalled(docs.resolve("Max 8/Packages"), docs.resolve("Ableton/User Library"));
    assertInstalled(docs.resolve("Max 9/Packages"), docs.resolve("Ableton/User Library"));
    assertThat(home.resolve("Documents")).doesNotExist();
    assertThat(r.out())
        .contains("Documents:   " + docs + " (from the registry (User Shell Folders, Personal))");
  }

  @Test
  void onWindowsWithoutTheRegistryAnExistingOneDriveDocumentsFolderIsUsed() throws Exception {
    Path oneDrive = home.resolve("OneDrive - Studio");
    Files.createDirectories(oneDrive.resolve("Documents"));
    CliRun r = install(windows(Map.of("onedrive", oneDrive.toString()), Host.Registry.NONE));
    assertThat(r.code()).as(r.err()).isZero();
    assertInstalled(
        oneDrive.resolve("Documents/Max 9/Packages"),
        oneDrive.resolve("Documents/Ableton/User Library"));
  }

  @Test
  void onWindowsWithoutOneDriveDocumentsIsInTheProfile() {
    CliRun r = install(windows(Map.of(), Host.Registry.NONE));
    assertThat(r.code()).as(r.err()).isZero();
    assertInstalled(
        home.resolve("Documents/Max 8/Packages"), home.resolve("Documents/Ableton/User Library"));
  }

  @Test
  void onLinuxUserDirsNamesTheDocumentsFolder() throws Exception {
    Files.createDirectories(home.resolve(".config"));
    Files.writeString(
        home.resolve(".config/user-dirs.dirs"),
        "# written by xdg-user-dirs-update\nXDG_DESKTOP_DIR=\"$HOME/Schreibtisch\"\nXDG_DOCUMENTS_DIR=\"$HOME/Dokumente\"\n");
    CliRun r = install(new Host(Host.Os.LINUX, home, Map.of(), Host.Registry.NONE));
    assertThat(r.code()).as(r.err()).isZero();
    assertInstalled(
        home.resolve("Dokumente/Max 8/Packages"), home.resolve("Dokumente/Ableton/User Library"));
    assertThat(r.out()).contains("Live and Max do not run on Linux itself");
  }

  @Test
  void aReinstallReplacesTheWholePackage() throws Exception {
    assertThat(install(mac()).code()).isZero();
    Path packaged = home.resolve("Documents/Max 9/Packages/SERGIK");
    Files.writeString(packaged.resolve("left-over.txt"), "old");
    Files.writeString(built.resolve("SERGIK/java-classes/lib/sergik-device.jar"), "jar v2");
    assertThat(install(mac()).code()).isZero();
    assertThat(packaged.resolve("java-classes/lib/sergik-device.jar")).hasContent("jar v2");
    assertThat(packaged.resolve("left-over.txt")).doesNotExist();
    assertThat(packaged.resolveSibling(".SERGIK.installing")).doesNotExist();
  }

  @Test
  void optionsAndTheEnvironmentChooseOtherFolders() {
    Path packages = home.resolve("elsewhere/Packages");
    Path library = home.resolve("Library On Disk 2");
    CliRun r = install(
        new Host(
            Host.Os.MAC,
            home,
            Map.of("SERGIK_MAX_PACKAGES", packages.toString()),
            Host.Registry.NONE),
        "--user-library",
        library.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertInstalled(packages, library);
    assertThat(home.resolve("Documents")).doesNotExist();
  }

  @Test
  void aDryRunWritesNothing() {
    CliRun r = install(mac(), "--dry-run");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("would write Max package: " + home.resolve("Documents/Max 8/Packages/SERGIK"));
    assertThat(home.resolve("Documents")).doesNotExist();
    assertThat(home.resolve("Music")).doesNotExist();
  }

  @Test
  void aMissingBuildIsAnErrorThatSaysHowToBuild() throws Exception {
    Files.delete(built.resolve("SERGIK/java-classes/lib/sergik-device.jar"));
    CliRun r = install(mac());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            "sergik-device.jar is missing; build the device first (mvn -B -DskipTests package, then"
                + " sergik device build)");
    assertThat(home.resolve("Documents")).doesNotExist();
  }

  @Test
  void aDeviceFileThatCannotBeReplacedSaysToQuitLive() throws Exception {
    // stands in for Windows refusing to replace a file Live has open: a folder where the device
    // file goes
    Path blocked =
        home.resolve("Music/Ableton/User Library/Presets/MIDI Effects/Max MIDI Effect/SERGIK.amxd");
    Files.createDirectories(blocked.resolve("in-use"));
    CliRun r = install(mac());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err())
        .contains("cannot replace " + blocked)
        .contains("if Live or Max is running, quit them");
  }

  @Test
  void theRealCommandLineHasTheInstallCommand() {
    CliRun r = CliRun.of("device", "install", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("OneDrive").contains("--user-library").contains("--dry-run");
  }
}
