package ai.sergik.options;

import ai.sergik.music.Key;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The value of a command's {@code --key} option, read as every command reads a key. */
public final class KeyOption {
  private KeyOption() {}

  /**
   * {@code text} as a key in any notation {@link Key#parse} reads, or null when the option was not given.
   *
   * @throws ParameterException a usage error (exit code 2) that repeats the input and lists the accepted forms
   */
  public static Key parse(CommandSpec spec, String text) {
    if (text == null) return null;
    try {
      return Key.parse(text.trim());
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--key: " + e.getMessage(), e, null, text);
    }
  }
}
