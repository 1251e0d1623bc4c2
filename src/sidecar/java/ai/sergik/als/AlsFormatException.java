package ai.sergik.als;

/**
 * A Live set that could not be read: not gzip, truncated, not XML, not a Live set, hostile, or over
 * a limit. The message names the source, where in the file it went wrong, what was found and what
 * would have been accepted, so it can stand alone in a catalog's {@code error} column.
 */
public final class AlsFormatException extends Exception {
  private final String source;

  public AlsFormatException(String source, String message) {
    this(source, message, null);
  }

  public AlsFormatException(String source, String message, Throwable cause) {
    super(source + ": " + message, cause);
    this.source = source;
  }

  /** The file (or other source name) the set was read from. */
  public String source() {
    return source;
  }

  /** The message without the source prefix. */
  public String reason() {
    String m = getMessage();
    return m.startsWith(source + ": ") ? m.substring(source.length() + 2) : m;
  }
}
