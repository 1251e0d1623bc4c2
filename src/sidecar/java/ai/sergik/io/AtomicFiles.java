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
 * The file is created with the user's umask (as {@code touch} would), not private to the user. A failure names the
 * file and what is wrong ("the folder /x does not exist", "no permission to write in /x").
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
    Path tmp;
    try {
      Files.createDirectories(dir);
      tmp = createTemporary(dir, target.getFileName().toString());
    } catch (java.nio.file.FileSystemException e) {
      throw explained(target, e);
    }
    try {
      try (var channel =
              java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE);
          OutputStream out = new java.io.BufferedOutputStream(
              java.nio.channels.Channels.newOutputStream(channel), 1 << 16)) {
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

  private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

  /**
   * A new empty temporary file beside {@code target}, for writers that rename it into place themselves. Unlike
   * {@code Files.createTempFile} (always 0600), it gets the user's umask, as the renamed file should.
   */
  public static Path temporaryBeside(Path target) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    return createTemporary(dir, target.getFileName().toString());
  }

  /** A new empty file in {@code dir}; {@code createFile} without attributes applies the umask (createTempFile: 0600). */
  private static Path createTemporary(Path dir, String name) throws IOException {
    while (true) {
      Path tmp = dir.resolve("." + name + "." + Long.toUnsignedString(RANDOM.nextLong()) + ".tmp");
      try {
        return Files.createFile(tmp);
      } catch (java.nio.file.FileAlreadyExistsException taken) {
        // another writer's temporary file: draw again
      }
    }
  }

  /** The same kind of exception, saying which file could not be written and why, in words. */
  static IOException explained(Path target, java.nio.file.FileSystemException e) {
    Path failed = e.getFile() == null ? target : java.nio.file.Paths.get(e.getFile());
    Path folder = failed.equals(target.toAbsolutePath().getParent()) || failed.getFileName() == null
        ? failed
        : failed.getParent();
    String reason;
    if (e instanceof java.nio.file.NoSuchFileException
        && Files.isDirectory(target.toAbsolutePath().getParent())) {
      reason = "files cannot be created in " + target.toAbsolutePath().getParent();
    } else if (e instanceof java.nio.file.NoSuchFileException) {
      Path missing = target.toAbsolutePath().getParent();
      while (missing.getParent() != null && !Files.exists(missing.getParent())) {
        missing = missing.getParent();
      }
      reason = "the folder " + missing + " does not exist and cannot be created";
    } else if (e instanceof java.nio.file.AccessDeniedException) {
      reason = "no permission to write in " + folder;
    } else if (e instanceof java.nio.file.FileAlreadyExistsException
        || Files.isRegularFile(folder)) {
      reason = folder + " is a file, not a folder";
    } else {
      reason =
          e.getReason() == null ? e.toString() : e.getReason().toLowerCase(java.util.Locale.ROOT);
    }
    IOException clear =
        new java.nio.file.FileSystemException(target.toString(), null, "cannot write: " + reason) {
          private static final long serialVersionUID = 1L;

          @Override
          public String getMessage() {
            return "cannot write " + getFile() + ": " + reason;
          }
        };
    clear.initCause(e);
    return clear;
  }

  /** The names of this class's temporary files: {@code .<target name>.<random digits>.tmp}. */
  private static final java.util.regex.Pattern TMP_NAME =
      java.util.regex.Pattern.compile("\\..+\\.\\d+\\.tmp");

  /** How deep under a data directory temporary files are looked for; every file this tool writes is shallower. */
  private static final int TMP_SEARCH_DEPTH = 6;

  /**
   * Deletes the temporary files a write left behind when its process was killed before the rename: files under
   * {@code root} named as {@link #write} names them and not modified for {@code olderThan} (a write in progress
   * touches its file all the time). Nothing else is touched. Returns the files deleted.
   */
  public static java.util.List<Path> removeStaleTemporaries(
      Path root, java.time.Duration olderThan, java.time.Instant now) throws IOException {
    java.util.List<Path> removed = new java.util.ArrayList<>();
    if (!Files.isDirectory(root)) return removed;
    long cutoff = now.minus(olderThan).toEpochMilli();
    Files.walkFileTree(
        root, java.util.Set.of(), TMP_SEARCH_DEPTH, new java.nio.file.SimpleFileVisitor<>() {
          @Override
          public java.nio.file.FileVisitResult visitFile(
              Path file, java.nio.file.attribute.BasicFileAttributes attrs) throws IOException {
            if (attrs.isRegularFile()
                && TMP_NAME.matcher(file.getFileName().toString()).matches()
                && attrs.lastModifiedTime().toMillis() < cutoff
                && Files.deleteIfExists(file)) {
              removed.add(file);
            }
            return java.nio.file.FileVisitResult.CONTINUE;
          }

          @Override
          public java.nio.file.FileVisitResult preVisitDirectory(
              Path dir, java.nio.file.attribute.BasicFileAttributes attrs) {
            // a git directory (sync's .cache/git) holds thousands of objects and never a file of
            // ours
            String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
            boolean git = name.equals(".git")
                || (name.equals("git")
                    && dir.getParent() != null
                    && dir.getParent().getFileName() != null
                    && dir.getParent().getFileName().toString().equals(".cache"));
            return git
                ? java.nio.file.FileVisitResult.SKIP_SUBTREE
                : java.nio.file.FileVisitResult.CONTINUE;
          }

          @Override
          public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
            return java.nio.file.FileVisitResult
                .CONTINUE; // an unreadable folder holds nothing of ours to clean
          }
        });
    return removed;
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
