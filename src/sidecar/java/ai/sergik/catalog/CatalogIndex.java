package ai.sergik.catalog;

import static ai.sergik.io.CsvColumn.BPM;
import static ai.sergik.io.CsvColumn.COLLABORATOR;
import static ai.sergik.io.CsvColumn.ENERGY;
import static ai.sergik.io.CsvColumn.FILE_NAME;
import static ai.sergik.io.CsvColumn.MODIFIED;
import static ai.sergik.io.CsvColumn.PATH;
import static ai.sergik.io.CsvColumn.PROJECT_NAME;

import ai.sergik.data.DataDir;
import ai.sergik.io.CsvTable;
import ai.sergik.music.Key;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Everything the catalog search looks at, read from one data directory: the project catalog
 * ({@code all_projects.csv}, {@code projects_als.csv} and its {@code samples.csv}), the export catalog
 * ({@code all_exports.csv}) and the analysis results ({@code analyzed_tracks.csv}, joined to exports by
 * path or file name). The earlier tool's files load as they are: columns are found by any of the names
 * either tool used ({@code name}/{@code project_name}, {@code path}/{@code project_path}, …: a
 * {@link ai.sergik.io.CsvColumn}), and its
 * {@code manifests/projects_als.csv} is read when present.
 */
public final class CatalogIndex {
  private final List<CatalogEntry> entries;

  private CatalogIndex(List<CatalogEntry> entries) {
    this.entries = List.copyOf(entries);
  }

  public static CatalogIndex of(List<CatalogEntry> entries) {
    return new CatalogIndex(entries);
  }

  public List<CatalogEntry> entries() {
    return entries;
  }

  /** The files an index is read from, in the order they are read; a missing file contributes nothing. */
  public static List<Path> sources(DataDir data) {
    return List.of(
        data.allProjects(),
        data.projectsAls(),
        data.resolve("manifests/projects_als.csv"),
        data.catalogDir().resolve("samples.csv"),
        data.allExports(),
        data.analyzedTracks());
  }

  public static CatalogIndex load(DataDir data) throws IOException {
    Map<String, ProjectBuilder> projects = new LinkedHashMap<>();
    CsvTable.forEachIn(data.allProjects(), r -> {
      String path = r.get(PATH);
      ProjectBuilder p =
          projects.computeIfAbsent(key(path, r.get(PROJECT_NAME)), k -> new ProjectBuilder());
      p.path = path;
      p.name = r.get(PROJECT_NAME);
      p.year = parseInt(r.get("year"));
      p.collaborator = r.get(COLLABORATOR);
      p.modified = r.get(MODIFIED);
      p.backup = "true".equalsIgnoreCase(r.get("backup"))
          || (!path.isEmpty() && ProjectNaming.isBackup(Path.of(path)));
    });
    Map<String, String> pathById = new HashMap<>();
    for (Path file : List.of(data.projectsAls(), data.resolve("manifests/projects_als.csv"))) {
      CsvTable.forEachIn(file, r -> {
        String path = r.get(PATH);
        String name = r.get(PROJECT_NAME);
        if (name.isEmpty() && !path.isEmpty()) {
          name = ProjectNaming.projectName(Path.of(path));
        }
        ProjectBuilder p = projects.computeIfAbsent(key(path, name), k -> new ProjectBuilder());
        if (p.path.isEmpty()) {
          p.path = path;
          p.name = name;
          p.collaborator = r.get(COLLABORATOR).isEmpty()
              ? ProjectNaming.collaborator(name)
              : r.get(COLLABORATOR);
          p.modified = r.get(MODIFIED);
          p.year = parseInt(r.get("year"));
          if (p.year == 0 && p.modified.length() >= 4)
            p.year = parseInt(p.modified.substring(0, 4));
          p.backup = "true".equalsIgnoreCase(r.get("backup"))
              || (!path.isEmpty() && ProjectNaming.isBackup(Path.of(path)));
        }
        String tempo = r.get("tempo");
        if (!tempo.isEmpty()) p.bpm = parseDouble(tempo);
        String plugins = r.get("plugin_names");
        if (!plugins.isEmpty())
          p.plugins = Arrays.asList(plugins.split(CatalogTables.PLUGIN_SEPARATOR));
        String version = r.get("live_version");
        if (!version.isEmpty()) p.liveVersion = version;
        String id = r.get("project_id");
        if (!id.isEmpty()) pathById.put(id, key(path, name));
      });
    }
    CsvTable.forEachIn(data.catalogDir().resolve("samples.csv"), r -> {
      ProjectBuilder p = projects.get(pathById.get(r.get("project_id")));
      if (p != null && p.samples.size() < MAX_SAMPLE_NAMES_PER_PROJECT) {
        p.samples.add(r.get("file_name").toLowerCase(Locale.ROOT));
      }
    });

    List<CatalogEntry> entries = new ArrayList<>(projects.size());
    for (ProjectBuilder p : projects.values()) {
      entries.add(new CatalogEntry(
          CatalogEntry.Kind.PROJECT,
          p.name,
          p.path,
          p.year,
          p.collaborator,
          p.bpm,
          null,
          Double.NaN,
          p.plugins,
          new ArrayList<>(p.samples),
          p.liveVersion,
          p.modified,
          p.backup));
    }

    // exports, then analysis joined to them by path or file name
    List<TrackBuilder> exports = new ArrayList<>();
    Map<String, TrackBuilder> byPath = new HashMap<>();
    Map<String, TrackBuilder> byFile = new HashMap<>();
    CsvTable.forEachIn(data.allExports(), r -> {
      TrackBuilder t = new TrackBuilder(CatalogEntry.Kind.EXPORT, r.get(PATH), r.get(FILE_NAME));
      t.modified = r.get(MODIFIED);
      t.year = parseInt(r.get("year"));
      if (t.year == 0 && t.modified.length() >= 4) t.year = parseInt(t.modified.substring(0, 4));
      exports.add(t);
      if (!t.path.isEmpty()) byPath.put(t.path, t);
      byFile.putIfAbsent(t.file.toLowerCase(Locale.ROOT), t);
    });
    CsvTable.forEachIn(data.analyzedTracks(), r -> {
      String path = r.get(PATH);
      String file = r.get(FILE_NAME);
      if (file.isEmpty() && !path.isEmpty()) file = Path.of(path).getFileName().toString();
      TrackBuilder t = !path.isEmpty() && byPath.containsKey(path)
          ? byPath.get(path)
          : byFile.get(file.toLowerCase(Locale.ROOT));
      if (t == null) {
        t = new TrackBuilder(CatalogEntry.Kind.TRACK, path, file);
        exports.add(t);
        byFile.putIfAbsent(file.toLowerCase(Locale.ROOT), t);
      }
      t.bpm = parseDouble(r.get(BPM));
      t.key = parseKey(r.get("camelot"), r.get("key"));
      t.energy = parseDouble(r.get(ENERGY));
    });
    for (TrackBuilder t : exports) {
      String name = stripExtension(t.file);
      entries.add(new CatalogEntry(
          t.kind,
          name,
          t.path,
          t.year,
          ProjectNaming.collaborator(name),
          t.bpm,
          t.key,
          t.energy,
          List.of(),
          List.of(),
          "",
          t.modified,
          false));
    }
    return new CatalogIndex(entries);
  }

  /** Sample names kept per project for word matching; enough for any real set, bounded for odd ones. */
  static final int MAX_SAMPLE_NAMES_PER_PROJECT = 500;

  private static String key(String path, String name) {
    return path.isEmpty() ? "name:" + name : path;
  }

  static Key parseKey(String... candidates) {
    for (String c : candidates) {
      if (c == null || c.isBlank()) continue;
      try {
        return Key.parse(c.trim());
      } catch (IllegalArgumentException notAKey) {
        // try the next column
      }
    }
    return null;
  }

  private static String stripExtension(String file) {
    int dot = file.lastIndexOf('.');
    return dot > 0 && file.length() - dot <= 5 ? file.substring(0, dot) : file;
  }

  private static int parseInt(String s) {
    try {
      return s.isEmpty() ? 0 : Integer.parseInt(s.trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static double parseDouble(String s) {
    try {
      return s.isEmpty() ? Double.NaN : Double.parseDouble(s.trim());
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private static final class ProjectBuilder {
    String path = "";
    String name = "";
    int year;
    String collaborator = "";
    String modified = "";
    boolean backup;
    double bpm = Double.NaN;
    List<String> plugins = List.of();
    Set<String> samples = new LinkedHashSet<>();
    String liveVersion = "";
  }

  private static final class TrackBuilder {
    final CatalogEntry.Kind kind;
    final String path;
    final String file;
    String modified = "";
    int year;
    double bpm = Double.NaN;
    Key key;
    double energy = Double.NaN;

    TrackBuilder(CatalogEntry.Kind kind, String path, String file) {
      this.kind = kind;
      this.path = path;
      this.file =
          file.isEmpty() && !path.isEmpty() ? Path.of(path).getFileName().toString() : file;
    }
  }
}
