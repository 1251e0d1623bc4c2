package ai.sergik.catalog;

import ai.sergik.als.AlsFormatException;
import ai.sergik.als.AlsParser;
import ai.sergik.als.LiveSet;
import ai.sergik.catalog.ScanJournal.Entry;
import ai.sergik.io.Digests;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads one set into its catalog rows: hashes it, and parses it unless its content is the one its old row was made
 * from. Whatever goes wrong stays with that set, as an error row.
 */
final class SetReader {
  /** The start of the error of a set that did not fit in memory; such a set is read again by the next scan. */
  static final String OUT_OF_MEMORY = "ran out of memory while parsing";

  private final AlsParser parser;

  SetReader(AlsParser parser) {
    this.parser = parser;
  }

  /**
   * {@link #read}, with any failure of the parse kept to this one set: an error row instead of an aborted scan. A set
   * that runs out of memory gets an error row without a modification time, so the next scan reads it again (perhaps
   * with a larger heap).
   */
  Entry readGuarded(SetFile f, ProjectRow old) throws IOException {
    try {
      return read(f, old);
    } catch (OutOfMemoryError e) {
      ProjectRow row = ProjectRow.of(
          CatalogTables.errorRow(
              f,
              OUT_OF_MEMORY + " (this JVM may use at most "
                  + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB; the set holds "
                  + f.sizeBytes() + " compressed bytes); give"
                  + " the JVM more memory (SERGIK_JAVA_OPTS=-Xmx1g) and scan again: the set is read again on the next scan"));
      return Entry.rowOnly(row.withoutModificationTime(), true);
    } catch (RuntimeException | StackOverflowError e) {
      return Entry.rowOnly(
          ProjectRow.of(CatalogTables.errorRow(f, "could not be parsed (" + e + ")")), true);
    }
  }

  static boolean outOfMemory(Entry e) {
    return e.projectRow().error().startsWith(OUT_OF_MEMORY);
  }

  /** Hashes and parses one set; a set whose content matches {@code old} keeps its row with the new date. */
  private Entry read(SetFile f, ProjectRow old) throws IOException {
    if (old != null && old.sameSize(f) && !old.sha256().isEmpty()) {
      String hash = Digests.sha256Hex(f.file());
      if (hash.equals(old.sha256())) {
        return Entry.rowOnly(old.resaved(f.withSha256(hash)), false);
      }
    }
    MessageDigest digest = Digests.sha256();
    String id = f.projectId();
    try (InputStream in = new DigestInputStream(Files.newInputStream(f.file()), digest)) {
      LiveSet set;
      String error = "";
      try {
        set = parser.parse(in, f.path());
      } catch (AlsFormatException e) {
        set = null;
        error = e.reason();
      }
      in.transferTo(
          OutputStreamSink.INSTANCE); // hash the whole file even when parsing stopped early
      SetFile hashed = f.withSha256(HexFormat.of().formatHex(digest.digest()));
      if (set == null) {
        return new Entry(
            CatalogTables.errorRow(hashed, error),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            true);
      }
      return new Entry(
          CatalogTables.projectRow(hashed, set),
          CatalogTables.trackRows(id, set),
          CatalogTables.deviceRows(id, set),
          CatalogTables.clipRows(id, set),
          CatalogTables.sampleRows(id, set),
          true);
    } catch (IOException e) {
      SetFile unhashed = f.withSha256("");
      return new Entry(
          CatalogTables.errorRow(unhashed, "could not read the file: " + e.getMessage()),
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          true);
    }
  }

  /** Discards bytes; used to drain a stream through its digest. */
  private static final class OutputStreamSink extends java.io.OutputStream {
    static final OutputStreamSink INSTANCE = new OutputStreamSink();

    @Override
    public void write(int b) {}

    @Override
    public void write(byte[] b, int off, int len) {}
  }
}
