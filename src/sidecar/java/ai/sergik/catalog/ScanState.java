package ai.sergik.catalog;

import ai.sergik.io.AtomicFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A compact record of what the last scan saw: every set's path, size and modification time, plus the
 * size and time of the catalog files it wrote. An unchanged rescan compares the folder against this
 * instead of parsing the catalog CSVs, which for a large library is most of the work. If the catalog
 * files were touched by anything else, or the scan options differ, the state does not match and the
 * scan reads the CSVs as usual. Version 2 marks catalogs written under the data directory lock; an older state is
 * not trusted, so the first scan after an upgrade checks the catalog for sets that lost their side rows.
 */
final class ScanState {
  static final String FILE_NAME = ".als-scan.state";
  private static final String MAGIC = "sergik-als-scan-state 2";

  /** Size and modification time of one set. */
  record Stamp(long size, long mtimeMillis) {}

  private final String options;
  private final String catalogStamp;
  private final Map<String, Stamp> sets;

  private ScanState(String options, String catalogStamp, Map<String, Stamp> sets) {
    this.options = options;
    this.catalogStamp = catalogStamp;
    this.sets = sets;
  }

  Map<String, Stamp> sets() {
    return sets;
  }

  /** Whether the state was written with these options for these very catalog files. */
  boolean matches(String currentOptions, List<Path> catalogFiles) throws IOException {
    return options.equals(currentOptions) && catalogStamp.equals(stamp(catalogFiles));
  }

  /** The state in {@code file}, or null when there is none or it cannot be read. */
  static ScanState read(Path file) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      if (!MAGIC.equals(in.readLine())) return null;
      String options = in.readLine();
      String catalog = in.readLine();
      if (options == null || catalog == null) return null;
      Map<String, Stamp> sets = new HashMap<>();
      String line;
      while ((line = in.readLine()) != null) {
        int a = line.indexOf('\t');
        int b = line.indexOf('\t', a + 1);
        if (a < 0 || b < 0) return null;
        sets.put(
            line.substring(b + 1),
            new Stamp(Long.parseLong(line, 0, a, 10), Long.parseLong(line, a + 1, b, 10)));
      }
      return new ScanState(options, catalog, sets);
    } catch (IOException | RuntimeException unreadable) {
      return null; // a damaged state only costs one full rescan
    }
  }

  static void write(Path file, String options, List<Path> catalogFiles, Map<String, Stamp> sets)
      throws IOException {
    String catalog = stamp(catalogFiles);
    AtomicFiles.writeText(file, out -> {
      out.write(MAGIC + "\n" + options + "\n" + catalog + "\n");
      StringBuilder line = new StringBuilder();
      for (var e : sets.entrySet()) {
        line.setLength(0);
        line.append(e.getValue().size())
            .append('\t')
            .append(e.getValue().mtimeMillis())
            .append('\t')
            .append(e.getKey())
            .append('\n');
        out.write(line.toString());
      }
    });
  }

  private static String stamp(List<Path> files) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (Path f : files) {
      if (Files.exists(f)) {
        sb.append(Files.size(f))
            .append('/')
            .append(Files.getLastModifiedTime(f).toMillis())
            .append(' ');
      } else {
        sb.append("- ");
      }
    }
    return sb.toString();
  }
}
