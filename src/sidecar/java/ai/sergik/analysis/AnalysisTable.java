package ai.sergik.analysis;

import ai.sergik.io.CsvCells;
import ai.sergik.io.Digests;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of {@code analysis/bpm_key/analyzed_tracks.csv}. The earlier tool's five columns come
 * first ({@code filename, bpm, key, camelot, energy}) so its readers keep working, then
 * {@code path, lufs, confidence} (the key confidence), then every other feature.
 */
public final class AnalysisTable {
  private AnalysisTable() {}

  static final String[] NOTE_NAMES = {
    "C", "Cs", "D", "Ds", "E", "F", "Fs", "G", "Gs", "A", "As", "B"
  };

  public static final List<String> COLUMNS = columns();

  private static List<String> columns() {
    List<String> c = new ArrayList<>(List.of(
        "filename",
        "bpm",
        "key",
        "camelot",
        "energy",
        "path",
        "lufs",
        "confidence",
        "track_id",
        "bpm_confidence",
        "bpm_alt",
        "beats",
        "key_runner_up",
        "key_unsure",
        "tuning_cents",
        "lra",
        "sample_peak_dbfs",
        "true_peak_dbtp",
        "rms_mean_dbfs",
        "rms_std_dbfs",
        "crest_db",
        "clipped_fraction",
        "centroid_mean_hz",
        "centroid_std_hz",
        "harmonic_ratio",
        "onsets_per_s",
        "mood",
        "format",
        "sample_rate_hz",
        "bit_depth",
        "channels",
        "duration_s",
        "size_bytes",
        "modified",
        "content_hash"));
    for (int i = 1; i <= SpectralAnalyzer.COEFFICIENTS; i++) c.add("mfcc_mean_" + i);
    for (int i = 1; i <= SpectralAnalyzer.COEFFICIENTS; i++) c.add("mfcc_std_" + i);
    for (String n : NOTE_NAMES) c.add("chroma_" + n);
    c.add("notes");
    c.add("error");
    return List.copyOf(c);
  }

  static Map<String, String> row(TrackFeatures f, FileFingerprint fp) {
    Map<String, String> r = new LinkedHashMap<>();
    r.put("filename", f.filename());
    r.put("bpm", CsvCells.number(f.bpm()));
    r.put("key", f.key() == null ? "" : f.key().sharpName());
    r.put("camelot", f.key() == null ? "" : f.key().camelot());
    r.put("energy", CsvCells.number(f.energyLevel()));
    r.put("path", f.path());
    r.put("lufs", CsvCells.number(f.lufs()));
    r.put("confidence", CsvCells.number(f.keyConfidence()));
    r.put("track_id", Digests.trackId(f.path()));
    r.put("bpm_confidence", CsvCells.number(f.bpmConfidence()));
    r.put("bpm_alt", CsvCells.number(f.bpmAlternative()));
    r.put("beats", CsvCells.number(f.beatCount()));
    r.put("key_runner_up", f.keyRunnerUp() == null ? "" : f.keyRunnerUp().camelot());
    r.put("key_unsure", f.keyUnsure() ? "yes" : "");
    r.put("tuning_cents", CsvCells.number(f.tuningCents()));
    r.put("lra", CsvCells.number(f.loudnessRange()));
    r.put("sample_peak_dbfs", CsvCells.number(f.samplePeakDbfs()));
    r.put("true_peak_dbtp", CsvCells.number(f.truePeakDbtp()));
    r.put("rms_mean_dbfs", CsvCells.number(f.rmsMeanDbfs()));
    r.put("rms_std_dbfs", CsvCells.number(f.rmsStdDbfs()));
    r.put("crest_db", CsvCells.number(f.crestDb()));
    r.put("clipped_fraction", CsvCells.number(f.clippedFraction()));
    r.put("centroid_mean_hz", CsvCells.number(f.centroidMeanHz()));
    r.put("centroid_std_hz", CsvCells.number(f.centroidStdHz()));
    r.put("harmonic_ratio", CsvCells.number(f.harmonicRatio()));
    r.put("onsets_per_s", CsvCells.number(f.onsetsPerSecond()));
    r.put("mood", CsvCells.text(f.mood()));
    r.put("format", ExportScanner.formatCell(f.format()));
    r.put("sample_rate_hz", CsvCells.number(Math.round(f.sampleRate())));
    r.put("bit_depth", CsvCells.number(f.bitDepth()));
    r.put("channels", CsvCells.number(f.channels()));
    r.put("duration_s", CsvCells.number(f.durationSeconds()));
    fingerprint(r, fp);
    for (int i = 0; i < SpectralAnalyzer.COEFFICIENTS; i++) {
      r.put(
          "mfcc_mean_" + (i + 1),
          f.mfccMeans() == null ? "" : CsvCells.number(f.mfccMeans().get(i)));
      r.put(
          "mfcc_std_" + (i + 1),
          f.mfccStds() == null ? "" : CsvCells.number(f.mfccStds().get(i)));
    }
    for (int i = 0; i < 12; i++)
      r.put(
          "chroma_" + NOTE_NAMES[i],
          f.chroma() == null ? "" : CsvCells.number(f.chroma().get(i)));
    r.put("notes", String.join("; ", f.notes()));
    r.put("error", "");
    return r;
  }

  static Map<String, String> errorRow(String path, FileFingerprint fp, String message) {
    Map<String, String> r = new LinkedHashMap<>();
    for (String c : COLUMNS) r.put(c, "");
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    r.put("filename", path.substring(slash + 1));
    r.put("path", path);
    r.put("track_id", Digests.trackId(path));
    if (fp != null) fingerprint(r, fp);
    // an empty error cell would read as a success and the file would never be analysed again
    r.put(
        "error",
        message == null || message.isBlank()
            ? path + ": analysis failed without a reason"
            : message);
    return r;
  }

  private static void fingerprint(Map<String, String> r, FileFingerprint fp) {
    r.put("size_bytes", fp == null ? "" : Long.toString(fp.size()));
    r.put(
        "modified", fp == null ? "" : Instant.ofEpochMilli(fp.modifiedMillis()).toString());
    r.put("content_hash", fp == null ? "" : fp.hash());
  }

  /** True when the row was written for exactly this file content. */
  static boolean matches(Map<String, String> row, FileFingerprint fp) {
    return Long.toString(fp.size()).equals(row.get("size_bytes"))
        && Instant.ofEpochMilli(fp.modifiedMillis()).toString().equals(row.get("modified"))
        && fp.hash().equals(row.get("content_hash"));
  }
}
