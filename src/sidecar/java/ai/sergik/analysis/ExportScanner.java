package ai.sergik.analysis;

import ai.sergik.audio.AudioFiles;
import ai.sergik.audio.AudioInfo;
import ai.sergik.data.DataDir;
import ai.sergik.io.CsvCells;
import ai.sergik.io.CsvTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code scan exports}: lists the audio exports under a folder from their headers alone (a few KiB
 * read per file, no decoding) into {@code catalog/exports/all_exports.csv}, and adds them to the
 * track manifest. Rows from earlier scans of other folders stay; rows under the scanned folder are
 * replaced, so deleted files disappear.
 */
public final class ExportScanner {
  public static final List<String> COLUMNS = List.of(
      "path",
      "format",
      "bit_depth",
      "sample_rate",
      "channels",
      "duration_s",
      "size",
      "modified",
      "filename",
      "notes",
      "error");

  public record Report(int files, int failed, List<String> errors) {}

  private final DataDir data;

  public ExportScanner(DataDir data) {
    this.data = data;
  }

  public Report scan(Path folder) throws IOException {
    Path root = folder.toAbsolutePath().normalize();
    if (!Files.isDirectory(root))
      throw new IOException(
          folder + ": not a folder; scan exports needs the folder holding the exported audio");
    List<Path> files = LibraryAnalyzer.collect(List.of(root));
    List<Map<String, String>> scanned =
        files.parallelStream().map(ExportScanner::row).toList();
    List<String> errors = new ArrayList<>();
    List<TrackManifest.Entry> entries = new ArrayList<>();
    for (Map<String, String> r : scanned) {
      if (!r.get("error").isEmpty()) errors.add(r.get("error"));
      entries.add(new TrackManifest.Entry(
          r.get("path"),
          Long.parseLong(r.get("size")),
          emptyToNull(r.get("format")),
          r.get("duration_s").isEmpty() ? null : Double.valueOf(r.get("duration_s")),
          r.get("sample_rate").isEmpty() ? null : Float.valueOf(r.get("sample_rate")),
          r.get("bit_depth").isEmpty() ? null : Integer.valueOf(r.get("bit_depth")),
          r.get("channels").isEmpty() ? null : Integer.valueOf(r.get("channels")),
          null,
          null,
          null,
          false));
    }
    List<Map<String, String>> rows = new ArrayList<>();
    for (Map<String, String> old : CsvTable.readMaps(data.allExports())) {
      String p = old.getOrDefault("path", "");
      if (!isUnder(p, root)) {
        old.computeIfPresent("format", (k, v) -> formatCell(v));
        rows.add(old);
      }
    }
    List<Map<String, String>> sorted = new ArrayList<>(scanned);
    sorted.sort(Comparator.comparing(r -> r.get("path")));
    rows.addAll(sorted);
    CsvTable.writeMaps(data.allExports(), COLUMNS, rows);
    TrackManifest.update(data.tracksManifest(), entries);
    return new Report(files.size(), errors.size(), errors);
  }

  private static boolean isUnder(String path, Path root) {
    if (path.isEmpty()) return false;
    try {
      return Path.of(path).toAbsolutePath().normalize().startsWith(root);
    } catch (java.nio.file.InvalidPathException e) {
      return false; // a Windows or macOS path from another machine is never under our folder
    }
  }

  private static Map<String, String> row(Path file) {
    Map<String, String> r = new LinkedHashMap<>();
    for (String c : COLUMNS) r.put(c, "");
    r.put("path", file.toString());
    r.put("filename", file.getFileName().toString());
    try {
      r.put("size", Long.toString(Files.size(file)));
      r.put(
          "modified",
          Instant.ofEpochMilli(Files.getLastModifiedTime(file).toMillis())
              .atOffset(ZoneOffset.UTC)
              .toLocalDate()
              .toString());
      AudioInfo info = AudioFiles.probe(file);
      r.put("format", formatCell(info.format()));
      r.put("bit_depth", CsvCells.number(info.bitDepth()));
      r.put("sample_rate", Long.toString(Math.round(info.sampleRate())));
      r.put("channels", Integer.toString(info.channels()));
      Double d = info.durationSeconds();
      r.put("duration_s", d == null ? "" : CsvCells.number(Math.round(d * 100) / 100.0));
      r.put("notes", String.join("; ", info.warnings()));
    } catch (IOException | RuntimeException e) {
      if (r.get("size").isEmpty()) r.put("size", "0");
      r.put("error", e.getMessage() == null ? e.toString() : e.getMessage());
    }
    return r;
  }

  /** One spelling per format in the catalogs: lower case, as the earlier tool wrote it ("wav", "flac", "m4a"). */
  public static String formatCell(String format) {
    return format == null ? "" : format.toLowerCase(java.util.Locale.ROOT);
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
