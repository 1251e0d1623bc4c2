package ai.sergik.cli;

import picocli.CommandLine.IVersionProvider;

/** The product version, read from the jar manifest or {@code sergik-version.properties}. */
public final class Version {
  private Version() {}

  public static final String VALUE = read();

  private static String read() {
    try (var in = Version.class.getResourceAsStream("/sergik-version.properties")) {
      if (in != null) {
        var props = new java.util.Properties();
        props.load(in);
        return props.getProperty("version", "dev");
      }
    } catch (java.io.IOException ignored) {
      // fall through: a missing resource only means a development build
    }
    return "dev";
  }

  /** picocli's {@code --version}. */
  public static final class Provider implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"sergik " + VALUE};
    }
  }
}
