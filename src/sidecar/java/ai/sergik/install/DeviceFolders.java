package ai.sergik.install;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the device goes on a host: the user's real Documents folder (which Windows may have moved into
 * OneDrive, and Linux names in {@code user-dirs.dirs}), the Max 8 and Max 9 Packages folders in it, and Live's
 * User Library.
 *
 * @param documentsFrom how the Documents folder was found, for the installer to say
 */
public record DeviceFolders(
    Path documents, String documentsFrom, List<Path> maxPackages, Path userLibrary) {

  /** The registry key Windows keeps the user's folders under ({@code Personal} is Documents). */
  static final String SHELL_FOLDERS =
      "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\User Shell Folders";

  /** Where the device itself goes inside the User Library. */
  public static final Path MIDI_EFFECTS = Path.of("Presets", "MIDI Effects", "Max MIDI Effect");

  /** Max 8 and Max 9 read packages from these folders under Documents; Live's bundled Max uses one of them. */
  static final List<String> MAX_VERSIONS = List.of("Max 8", "Max 9");

  public static DeviceFolders of(Host host) {
    Documents docs = documents(host);
    List<Path> packages = MAX_VERSIONS.stream()
        .map(v -> docs.path().resolve(v).resolve("Packages"))
        .toList();
    Path library = switch (host.os()) {
      case MAC -> host.home().resolve("Music").resolve("Ableton").resolve("User Library");
      case WINDOWS, LINUX -> docs.path().resolve("Ableton").resolve("User Library");
    };
    return new DeviceFolders(docs.path(), docs.from(), packages, library);
  }

  /** The same folders with the user's choices in place of the defaults. */
  public DeviceFolders with(List<Path> packages, Optional<Path> library) {
    return new DeviceFolders(
        documents,
        documentsFrom,
        packages.isEmpty() ? maxPackages : List.copyOf(packages),
        library.orElse(userLibrary));
  }

  private record Documents(Path path, String from) {}

  private static Documents documents(Host host) {
    return switch (host.os()) {
      case MAC -> new Documents(host.home().resolve("Documents"), "~/Documents");
      case WINDOWS -> windowsDocuments(host);
      case LINUX -> linuxDocuments(host);
    };
  }

  /**
   * Windows: the registry's {@code Personal} folder (where OneDrive's backup moves Documents); without it,
   * {@code %OneDrive%\Documents} when that exists, else {@code %USERPROFILE%\Documents}.
   */
  private static Documents windowsDocuments(Host host) {
    Optional<Path> registered = host.registry().read(SHELL_FOLDERS, "Personal").flatMap(host::path);
    if (registered.isPresent()) {
      return new Documents(registered.get(), "the registry (User Shell Folders, Personal)");
    }
    Optional<Path> oneDrive = host.variable("OneDrive")
        .flatMap(host::path)
        .map(p -> p.resolve("Documents"))
        .filter(Files::isDirectory);
    if (oneDrive.isPresent()) {
      return new Documents(oneDrive.get(), "%OneDrive%\\Documents");
    }
    Path profile = host.variable("USERPROFILE").flatMap(host::path).orElse(host.home());
    return new Documents(profile.resolve("Documents"), "%USERPROFILE%\\Documents");
  }

  private static final Pattern XDG_DOCUMENTS =
      Pattern.compile("^\\s*XDG_DOCUMENTS_DIR\\s*=\\s*\"?([^\"]*)\"?\\s*$", Pattern.MULTILINE);

  /** Linux: {@code XDG_DOCUMENTS_DIR} from the environment or {@code user-dirs.dirs}, else ~/Documents. */
  private static Documents linuxDocuments(Host host) {
    Optional<String> fromEnv = host.variable("XDG_DOCUMENTS_DIR");
    if (fromEnv.isPresent()) {
      return new Documents(expandHome(fromEnv.get(), host), "$XDG_DOCUMENTS_DIR");
    }
    Path config =
        host.variable("XDG_CONFIG_HOME").map(Path::of).orElse(host.home().resolve(".config"));
    Path dirs = config.resolve("user-dirs.dirs");
    try {
      Matcher m = XDG_DOCUMENTS.matcher(Files.readString(dirs, StandardCharsets.UTF_8));
      if (m.find() && !m.group(1).isBlank()) {
        return new Documents(expandHome(m.group(1), host), dirs.toString());
      }
    } catch (IOException absent) {
      // no user-dirs.dirs: the default below
    }
    return new Documents(host.home().resolve("Documents"), "~/Documents");
  }

  private static Path expandHome(String value, Host host) {
    if (value.equals("$HOME") || value.equals("${HOME}")) {
      return host.home();
    }
    for (String prefix : List.of("$HOME/", "${HOME}/", "~/")) {
      if (value.startsWith(prefix)) {
        return host.home().resolve(value.substring(prefix.length()));
      }
    }
    return Path.of(value);
  }
}
