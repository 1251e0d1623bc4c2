package ai.sergik.amxd;

/** A file that is not a readable .amxd; the message names the file, the offset and what was expected. */
public final class AmxdFormatException extends Exception {
  private static final long serialVersionUID = 1L;

  public AmxdFormatException(String message) {
    super(message);
  }
}
