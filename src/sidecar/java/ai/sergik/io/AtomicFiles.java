package ai.sergik.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that readers see either the old content or the new, never half of it: the data
 * goes to a temporary file in the same directory, is flushed to disk, then renamed over the target.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Something that writes the whole content to a stream. */
  @FunctionalInterface
  public interface StreamBody {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Something that writes the whole content as UTF-8 text. */
  @FunctionalInterface
  public interface TextBody {
    void writeTo(Writer out) throws IOException;
  }

  public static void write(Path target, StreamBody body) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
    try {
      try (var channel = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE);
          OutputStream out = new java.io.BufferedOutputStream(java.nio.channels.Channels.newOutputStream(channel), 1 << 16)) {
        body.writeTo(out);
        out.flush();
        channel.force(true);
      }
      move(tmp, target);
    } catch (IOException | RuntimeException | Error e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
  }

  public static void writeText(Path target, TextBody body) throws IOException {
    write(target, out -> {
      Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
      body.writeTo(writer);
      writer.flush();
    });
  }

  public static void writeString(Path target, String content) throws IOException {
    write(target, out -> out.write(content.getBytes(StandardCharsets.UTF_8)));
  }

  public static void writeBytes(Path target, byte[] content) throws IOException {
    write(target, out -> out.write(content));
  }

  private static void move(Path tmp, Path target) throws IOException {
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** For lambdas that cannot throw checked exceptions. */
  public static void writeStringUnchecked(Path target, String content) {
    try {
      writeString(target, content);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + target + ": " + e.getMessage(), e);
    }
  }
}
