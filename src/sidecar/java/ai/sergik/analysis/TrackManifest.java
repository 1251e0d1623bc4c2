package ai.sergik.analysis;

import ai.sergik.io.CsvCells;
import ai.sergik.io.CsvTable;
import ai.sergik.io.Digests;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code manifests/tracks.csv}, the track list of the dataset standard, kept current by
 * {@code analyze} and {@code scan exports}.
 *
 * <p>Rows are keyed by full path. A track keeps the id it already has (so the earlier tool's 847 ids
 * survive); a new track gets the first 12 hex digits of SHA-1 over its full path, the same rule.
 * Columns the earlier tool wrote and we do not compute (collaborators, category ...) are kept as they
 * were. {@code quality_tier}: 1 lossless with 24 bits or more at 44.1 kHz or more, 2 lossless 24-bit
 * below 44.1 kHz, 3 lossless 16-bit or less, 4 lossy or unreadable; {@code include_in_training} is
 * {@code True} for tier 1 only (the earlier tool's spelling).
 */
public final class TrackManifest {
  private TrackManifest() {}

  public static final List<String> COLUMNS = List.of(
      "track_id",
      "filename",
      "bpm",
      "key",
      "mood",
      "full_path",
      "bytes",
      "duration_s",
      "sample_rate_hz",
      "bit_depth",
      "channels",
      "quality_tier",
      "include_in_training");
  private static final Set<String> LOSSLESS = Set.of("WAV", "AIFF", "FLAC");

  /**
   * One file's facts. Analysis fields are null when only the header was read (they then leave the
   * manifest's existing values alone).
   */
  public record Entry(
      String fullPath,
      long bytes,
      String format,
      Double durationSeconds,
      Float sampleRate,
      Integer bitDepth,
      Integer channels,
      Double bpm,
      String key,
      String mood,
      boolean analyzed) {}

  public static void update(Path manifest, List<Entry> entries) throws IOException {
    List<Map<String, String>> rows = CsvTable.readMaps(manifest);
    Map<String, Map<String, String>> byPath = new HashMap<>();
    for (Map<String, String> r : rows) byPath.put(r.getOrDefault("full_path", ""), r);
    List<Map<String, String>> added = new ArrayList<>();
    for (Entry e : entries) {
      Map<String, String> row = byPath.get(e.fullPath());
      if (row == null) {
        row = new LinkedHashMap<>();
        for (String c : COLUMNS) row.put(c, "");
        row.put("track_id", Digests.trackId(e.fullPath()));
        row.put("full_path", e.fullPath());
        byPath.put(e.fullPath(), row);
        added.add(row);
      }
      apply(row, e);
    }
    added.sort(Comparator.comparing(r -> r.get("full_path")));
    rows.addAll(added);
    CsvTable.writeMaps(manifest, COLUMNS, rows);
  }

  private static void apply(Map<String, String> row, Entry e) {
    String path = e.fullPath();
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    row.put("filename", path.substring(slash + 1));
    row.put("bytes", Long.toString(e.bytes()));
    if (e.durationSeconds() != null)
      row.put("duration_s", CsvCells.number(Math.round(e.durationSeconds() * 100) / 100.0));
    if (e.sampleRate() != null)
      row.put("sample_rate_hz", Long.toString(Math.round(e.sampleRate())));
    row.put("bit_depth", CsvCells.number(e.bitDepth()));
    if (e.channels() != null) row.put("channels", Integer.toString(e.channels()));
    int tier = qualityTier(e.format(), e.bitDepth(), e.sampleRate());
    row.put("quality_tier", Integer.toString(tier));
    row.put("include_in_training", tier == 1 ? "True" : "False");
    if (e.analyzed()) {
      row.put("bpm", CsvCells.number(e.bpm()));
      row.put("key", CsvCells.text(e.key()));
      row.put("mood", CsvCells.text(e.mood()));
    }
  }

  static int qualityTier(String format, Integer bitDepth, Float sampleRate) {
    if (format == null || !LOSSLESS.contains(format.toUpperCase(Locale.ROOT)) || bitDepth == null)
      return 4;
    if (bitDepth >= 24) return sampleRate != null && sampleRate >= 44_100 ? 1 : 2;
    return 3;
  }
}
