package ai.sergik.audio;

import java.io.IOException;
import java.nio.file.Path;

/** A file that cannot be decoded; the message names the file, what was found and what would work. */
public final class UnreadableAudioException extends IOException {
  private final Path file;

  public UnreadableAudioException(Path file, String problem) {
    super(file + ": " + problem);
    this.file = file;
  }

  public UnreadableAudioException(Path file, String problem, Throwable cause) {
    super(file + ": " + problem, cause);
    this.file = file;
  }

  public Path file() {
    return file;
  }
}
