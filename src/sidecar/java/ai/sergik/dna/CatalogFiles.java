package ai.sergik.dna;

import ai.sergik.data.DataDir;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the catalogs of one data directory are: the dataset standard's paths first, then the
 * earlier tool's, so a copy of the earlier tool's {@code data/} folder can be read as it is.
 */
public record CatalogFiles(DataDir dir) {

  public Optional<Path> tracks() {
    return first("manifests/tracks.csv");
  }

  public Optional<Path> projects() {
    return first("catalog/ableton_projects/all_projects.csv");
  }

  public Optional<Path> parsedSets() {
    return first("catalog/projects_als.csv", "manifests/projects_als.csv");
  }

  public Optional<Path> exports() {
    return first("catalog/exports/all_exports.csv");
  }

  public Optional<Path> analyzedTracks() {
    return first("analysis/bpm_key/analyzed_tracks.csv");
  }

  /** The earlier tool's list of the artist's own released productions (with genre tags). */
  public Optional<Path> productions() {
    return first("catalog/itunes_library/sergik_productions.csv");
  }

  /** The earlier tool's list of tracks by other artists in the library. */
  public Optional<Path> influences() {
    return first("catalog/itunes_library/influences.csv");
  }

  public Optional<Path> profile() {
    return first("profiles/master_profile.json");
  }

  /** A path relative to the data directory, with forward slashes, for derivations and messages. */
  public String relative(Path file) {
    return dir.root().relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
  }

  private Optional<Path> first(String... candidates) {
    for (String candidate : candidates) {
      Path path = dir.resolve(candidate);
      if (Files.isRegularFile(path)) return Optional.of(path);
    }
    return Optional.empty();
  }
}
