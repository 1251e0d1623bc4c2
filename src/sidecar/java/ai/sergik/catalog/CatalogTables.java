package ai.sergik.catalog;

import ai.sergik.als.Clip;
import ai.sergik.als.Device;
import ai.sergik.als.LiveSet;
import ai.sergik.als.SampleFile;
import ai.sergik.als.Track;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The columns of the .als catalog files and how a parsed set fills them. {@code projects_als.csv}
 * starts with the columns every consumer relies on, in this order; later columns may be added.
 */
public final class CatalogTables {
  private CatalogTables() {}

  public static final List<String> PROJECTS = List.of(
      "path",
      "project_name",
      "live_version",
      "tempo",
      "tempo_automated",
      "time_signature",
      "midi_tracks",
      "audio_tracks",
      "group_tracks",
      "return_tracks",
      "devices",
      "plugins",
      "plugin_names",
      "session_clips",
      "arrangement_clips",
      "take_lane_clips",
      "sample_refs",
      "modified",
      "size_bytes",
      "sha256",
      "error",
      // beyond the fixed leading columns
      "project_id",
      "year",
      "collaborator",
      "backup",
      "mtime_ms",
      "creator",
      "tempo_manual",
      "tempo_events",
      "max_for_live",
      "unique_samples",
      "locators",
      "xml_bytes");

  public static final List<String> TRACKS = List.of(
      "project_id",
      "track_index",
      "type",
      "name",
      "user_name",
      "color",
      "track_id",
      "group_id",
      "depth",
      "frozen");

  public static final List<String> DEVICES = List.of(
      "project_id",
      "track_index",
      "device_index",
      "parent_index",
      "chain",
      "depth",
      "kind",
      "class",
      "name",
      "plugin_file",
      "vendor");

  public static final List<String> CLIPS = List.of(
      "project_id",
      "track_index",
      "location",
      "type",
      "slot",
      "time",
      "name",
      "start",
      "end",
      "length_beats",
      "loop_start",
      "loop_end",
      "loop_on");

  public static final List<String> SAMPLES =
      List.of("project_id", "file_name", "path", "relative_path", "relative_path_type", "uses");

  public static final List<String> ALL_PROJECTS = List.of(
      "project_name",
      "year",
      "collaborator",
      "path",
      "modified",
      "backup",
      "size_bytes",
      "project_id",
      "mtime_ms");

  public static final String PLUGIN_SEPARATOR = "; ";

  // positions used on every set of every rescan
  static final int PATH = PROJECTS.indexOf("path");
  static final int SIZE = PROJECTS.indexOf("size_bytes");
  static final int MTIME = PROJECTS.indexOf("mtime_ms");
  static final int SHA = PROJECTS.indexOf("sha256");
  static final int ERROR = PROJECTS.indexOf("error");
  static final int PROJECT_ID = PROJECTS.indexOf("project_id");
  static final int MODIFIED = PROJECTS.indexOf("modified");
  static final int YEAR = PROJECTS.indexOf("year");
  static final int ALL_PATH = ALL_PROJECTS.indexOf("path");
  static final int ALL_SIZE = ALL_PROJECTS.indexOf("size_bytes");
  static final int ALL_MTIME = ALL_PROJECTS.indexOf("mtime_ms");

  /** The projects row of a set that was read. */
  public static List<String> projectRow(SetFile file, LiveSet set) {
    LiveSet.Counts c = set.counts();
    return bounded(
        file.path(),
        file.projectName(),
        set.liveVersion(),
        number(set.tempo().bpm()),
        Boolean.toString(set.tempo().automated()),
        set.timeSignature().toString(),
        Integer.toString(c.midiTracks()),
        Integer.toString(c.audioTracks()),
        Integer.toString(c.groupTracks()),
        Integer.toString(c.returnTracks()),
        Integer.toString(c.devices()),
        Integer.toString(c.plugins()),
        String.join(PLUGIN_SEPARATOR, set.pluginNames()),
        Integer.toString(c.sessionClips()),
        Integer.toString(c.arrangementClips()),
        Integer.toString(c.takeLaneClips()),
        Integer.toString(c.sampleRefs()),
        file.modifiedTime(),
        Long.toString(file.sizeBytes()),
        file.sha256(),
        "",
        file.projectId(),
        Integer.toString(file.year()),
        file.collaborator(),
        Boolean.toString(file.backup()),
        Long.toString(file.mtimeMillis()),
        set.creator(),
        number(set.tempo().manual()),
        Integer.toString(set.tempo().automationEvents()),
        Integer.toString(c.maxForLive()),
        Integer.toString(c.uniqueSamples()),
        Integer.toString(set.locators().size()),
        Long.toString(set.xmlBytes()));
  }

  /** The projects row of a set that could not be read: its file facts and the error. */
  public static List<String> errorRow(SetFile file, String error) {
    List<String> row = new ArrayList<>(PROJECTS.size());
    for (String column : PROJECTS) {
      row.add(
          switch (column) {
            case "path" -> file.path();
            case "project_name" -> file.projectName();
            case "modified" -> file.modifiedTime();
            case "size_bytes" -> Long.toString(file.sizeBytes());
            case "sha256" -> file.sha256();
            case "error" -> bounded(error.isEmpty() ? "unreadable" : error);
            case "project_id" -> file.projectId();
            case "year" -> Integer.toString(file.year());
            case "collaborator" -> file.collaborator();
            case "backup" -> Boolean.toString(file.backup());
            case "mtime_ms" -> Long.toString(file.mtimeMillis());
            default -> "";
          });
    }
    return row;
  }

  public static List<String> allProjectsRow(SetFile file) {
    return List.of(
        file.projectName(),
        Integer.toString(file.year()),
        file.collaborator(),
        file.path(),
        file.modifiedDate(),
        Boolean.toString(file.backup()),
        Long.toString(file.sizeBytes()),
        file.projectId(),
        Long.toString(file.mtimeMillis()));
  }

  public static List<List<String>> trackRows(String id, LiveSet set) {
    List<List<String>> rows = new ArrayList<>(set.tracks().size());
    for (Track t : set.tracks()) {
      rows.add(bounded(
          id,
          Integer.toString(t.index()),
          t.type().label(),
          t.name(),
          t.userName(),
          Integer.toString(t.color()),
          Integer.toString(t.id()),
          Integer.toString(t.groupId()),
          Integer.toString(t.depth()),
          Boolean.toString(t.frozen())));
    }
    return rows;
  }

  public static List<List<String>> deviceRows(String id, LiveSet set) {
    List<List<String>> rows = new ArrayList<>(set.devices().size());
    for (Device d : set.devices()) {
      rows.add(bounded(
          id,
          Integer.toString(d.trackIndex()),
          Integer.toString(d.index()),
          Integer.toString(d.parent()),
          Integer.toString(d.chain()),
          Integer.toString(d.depth()),
          d.kind().label(),
          d.className(),
          d.name(),
          d.pluginFile(),
          d.vendor()));
    }
    return rows;
  }

  public static List<List<String>> clipRows(String id, LiveSet set) {
    List<List<String>> rows = new ArrayList<>(set.clips().size());
    for (Clip c : set.clips()) {
      rows.add(bounded(
          id,
          Integer.toString(c.trackIndex()),
          c.location().label(),
          c.midi() ? "midi" : "audio",
          Integer.toString(c.slot()),
          number(c.time()),
          c.name(),
          number(c.start()),
          number(c.end()),
          number(c.lengthBeats()),
          number(c.loopStart()),
          number(c.loopEnd()),
          Boolean.toString(c.loopOn())));
    }
    return rows;
  }

  public static List<List<String>> sampleRows(String id, LiveSet set) {
    List<List<String>> rows = new ArrayList<>(set.samples().size());
    for (SampleFile s : set.samples()) {
      rows.add(bounded(
          id,
          s.fileName(),
          s.path(),
          s.relativePath(),
          Integer.toString(s.relativePathType()),
          Integer.toString(s.uses())));
    }
    return rows;
  }

  /**
   * The most characters a catalog cell holds. Real names and paths are far shorter; a hostile set's 15-million-character
   * track name would otherwise be copied into the scan journal and every CSV rewrite, and exhaust a small heap.
   */
  public static final int MAX_CELL_CHARS = 4096;

  /** {@code text} cut to {@link #MAX_CELL_CHARS}, saying how much was cut. */
  static String bounded(String text) {
    if (text.length() <= MAX_CELL_CHARS) return text;
    return text.substring(0, MAX_CELL_CHARS) + "\u2026 [" + (text.length() - MAX_CELL_CHARS)
        + " more characters not kept]";
  }

  private static List<String> bounded(String... cells) {
    for (int i = 0; i < cells.length; i++) cells[i] = bounded(cells[i]);
    return List.of(cells);
  }

  /** A number as short as it reads: 120 rather than 120.0, empty for NaN. */
  static String number(double v) {
    if (Double.isNaN(v)) return "";
    if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
    String s = String.format(Locale.ROOT, "%.6f", v);
    s = s.replaceAll("0+$", "");
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }
}
