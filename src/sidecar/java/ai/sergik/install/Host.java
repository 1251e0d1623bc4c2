package ai.sergik.install;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The computer the device is installed on: its operating system, the user's home, the environment and the
 * Windows registry. Passed in whole, so the installer runs the same against a fake home in tests as on a real
 * Mac or PC.
 *
 * @param env environment variables; on Windows their names are compared ignoring case, as Windows does
 */
public record Host(Os os, Path home, Map<String, String> env, Registry registry) {

  public enum Os {
    MAC,
    WINDOWS,
    LINUX
  }

  /** Reads one value of the current user's Windows registry, e.g. where Documents is. */
  @FunctionalInterface
  public interface Registry {
    Optional<String> read(String key, String name);

    Registry NONE = (key, name) -> Optional.empty();
  }

  public Host {
    Map<String, String> copy =
        os == Os.WINDOWS ? new TreeMap<>(String.CASE_INSENSITIVE_ORDER) : new TreeMap<>();
    copy.putAll(env);
    env = java.util.Collections.unmodifiableMap(copy);
  }

  /** This computer. */
  public static Host current() {
    Os os = osNamed(System.getProperty("os.name", ""));
    return new Host(
        os,
        Path.of(System.getProperty("user.home")),
        System.getenv(),
        os == Os.WINDOWS ? Host::regQuery : Registry.NONE);
  }

  static Os osNamed(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.startsWith("windows")
        ? Os.WINDOWS
        : n.startsWith("mac") || n.startsWith("darwin") ? Os.MAC : Os.LINUX;
  }

  public Optional<String> variable(String name) {
    return Optional.ofNullable(env.get(name)).filter(v -> !v.isBlank());
  }

  /**
   * A path as this host writes it: on Windows {@code %NAME%} variables are expanded and backslashes taken as
   * separators (so a Windows path read in a test on another system still resolves inside the fake home).
   */
  public Optional<Path> path(String text) {
    String expanded = text.strip();
    if (os == Os.WINDOWS) {
      Matcher m = VARIABLE.matcher(expanded);
      StringBuilder sb = new StringBuilder();
      while (m.find()) {
        Optional<String> value = variable(m.group(1));
        if (value.isEmpty()) {
          return Optional.empty();
        }
        m.appendReplacement(sb, Matcher.quoteReplacement(value.get()));
      }
      m.appendTail(sb);
      expanded = sb.toString().replace('\\', '/');
    }
    return expanded.isEmpty() ? Optional.empty() : Optional.of(Path.of(expanded));
  }

  private static final Pattern VARIABLE = Pattern.compile("%([^%]+)%");

  /** {@code reg query KEY /v NAME}: the value's data, or empty when reg is missing, fails or takes too long. */
  static Optional<String> regQuery(String key, String name) {
    try {
      Process p = new ProcessBuilder("reg", "query", key, "/v", name)
          .redirectErrorStream(true)
          .start();
      byte[] out;
      try (InputStream in = p.getInputStream()) {
        out = in.readNBytes(64 * 1024);
      }
      if (!p.waitFor(10, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return Optional.empty();
      }
      return p.exitValue() == 0
          ? parseRegQuery(new String(out, Charset.defaultCharset()), name)
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /** The data of {@code name} in {@code reg query} output: a line {@code "    Personal    REG_EXPAND_SZ    C:\..."}. */
  static Optional<String> parseRegQuery(String output, String name) {
    Pattern line = Pattern.compile(
        "^\\s*" + Pattern.quote(name) + "\\s+REG_\\w+\\s+(.+?)\\s*$",
        Pattern.MULTILINE | Pattern.CASE_INSENSITIVE);
    Matcher m = line.matcher(output);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }
}
