package ai.sergik.data;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The settings of every command, read once from their three places. A setting is looked up, highest first, in:
 *
 * <ol>
 *   <li>the command-line flags, by property name ({@code http.port});
 *   <li>the environment, by the property's variable: {@code SERGIK_} and the name in capitals with {@code _} for
 *       {@code .} ({@code SERGIK_HTTP_PORT}), unless the setting names its own ({@code SERGIK_GIT_REMOTE} for
 *       {@code sync.git.remote});
 *   <li>{@code sergik.properties} in the data directory;
 *   <li>the default the caller gives.
 * </ol>
 *
 * A value is trimmed; a blank one counts as not given, so an empty variable never hides the file.
 */
public final class Settings {
  private final Map<String, String> flags;
  private final Map<String, String> env;
  private final Properties file;
  private final Optional<Path> path;

  private Settings(
      Map<String, String> flags, Map<String, String> env, Properties file, Optional<Path> path) {
    this.flags = flags;
    this.env = env;
    this.file = file;
    this.path = path;
  }

  /**
   * Reads {@code propertiesFile} (a missing file, or null, has no settings).
   *
   * @param flags values given on the command line, by property name (absent = not given)
   * @param env the environment ({@code System.getenv()})
   */
  public static Settings load(
      Map<String, String> flags, Map<String, String> env, Path propertiesFile) throws IOException {
    Properties props = new Properties();
    Optional<Path> path = Optional.empty();
    if (propertiesFile != null && Files.isRegularFile(propertiesFile)) {
      try (Reader in = Files.newBufferedReader(propertiesFile, StandardCharsets.UTF_8)) {
        props.load(in);
      } catch (IllegalArgumentException e) {
        throw new IOException(
            propertiesFile + ": not a properties file (" + e.getMessage() + ")", e);
      }
      path = Optional.of(propertiesFile);
    }
    return new Settings(flags, env, props, path);
  }

  /** The properties file the settings were read from, when there was one. */
  public Optional<Path> file() {
    return path;
  }

  /** The setting, from its flag, its standard variable or the file. */
  public Optional<String> get(String property) {
    return get(property, variable(property));
  }

  /** The setting, from its flag, the first of {@code variables} that is set, or the file. */
  public Optional<String> get(String property, String... variables) {
    Optional<String> v = given(flags.get(property));
    for (int i = 0; v.isEmpty() && i < variables.length; i++) v = given(env.get(variables[i]));
    return v.isPresent() ? v : given(file.getProperty(property));
  }

  /**
   * A whole number in {@code min..max}, or {@code defaultValue} when not given.
   *
   * @throws IllegalArgumentException naming where the value came from and what is accepted
   */
  public int integer(String property, int defaultValue, int min, int max) {
    Optional<String> v = get(property);
    if (v.isEmpty()) return defaultValue;
    try {
      int n = Integer.parseInt(v.get());
      if (n >= min && n <= max) return n;
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        where(property) + " must be an integer " + min + ".." + max + ", got " + v.get());
  }

  /** Where a given setting came from, for messages: {@code --http-port}, {@code SERGIK_HTTP_PORT} or the file. */
  public String where(String property) {
    if (given(flags.get(property)).isPresent())
      return "--" + property.replace('.', '-').replace('_', '-');
    if (given(env.get(variable(property))).isPresent()) return variable(property);
    return property + " in " + path.map(Path::toString).orElse("sergik.properties");
  }

  /** The standard environment variable of a property: {@code http.port} is {@code SERGIK_HTTP_PORT}. */
  public static String variable(String property) {
    return "SERGIK_" + property.toUpperCase(Locale.ROOT).replace('.', '_');
  }

  private static Optional<String> given(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }
}
