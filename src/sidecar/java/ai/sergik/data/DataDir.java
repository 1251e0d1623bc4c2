package ai.sergik.data;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The dataset standard: where each file lives under one data directory. Every command takes its
 * paths from here, so pointing {@code --data} elsewhere moves everything at once.
 */
public final class DataDir {
  private final Path root;

  public DataDir(Path root) {
    this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
  }

  public Path root() {
    return root;
  }

  public Path resolve(String relative) {
    return root.resolve(relative);
  }

  /** {@code manifests/tracks.csv}: one row per track, ids stable across runs. */
  public Path tracksManifest() {
    return root.resolve("manifests/tracks.csv");
  }

  /** {@code catalog/ableton_projects/all_projects.csv}: every Live set found, with year and collaborator. */
  public Path allProjects() {
    return root.resolve("catalog/ableton_projects/all_projects.csv");
  }

  /** {@code catalog/projects_als.csv}: one row per parsed Live set. */
  public Path projectsAls() {
    return root.resolve("catalog/projects_als.csv");
  }

  /** {@code catalog/}: where the .als side tables (tracks, devices, clips, samples) live beside projects_als.csv. */
  public Path catalogDir() {
    return root.resolve("catalog");
  }

  /** {@code catalog/exports/all_exports.csv}: audio exports read from headers. */
  public Path allExports() {
    return root.resolve("catalog/exports/all_exports.csv");
  }

  /** {@code analysis/bpm_key/analyzed_tracks.csv}: audio analysis results. */
  public Path analyzedTracks() {
    return root.resolve("analysis/bpm_key/analyzed_tracks.csv");
  }

  /** {@code profiles/master_profile.json}: the artist DNA profile. */
  public Path masterProfile() {
    return root.resolve("profiles/master_profile.json");
  }

  /** {@code datasets/}: merged tables and fine-tuning exports. */
  public Path datasetsDir() {
    return root.resolve("datasets");
  }

  /** {@code dataset_versions.json}: the version history of every dataset file. */
  public Path datasetVersions() {
    return root.resolve("dataset_versions.json");
  }

  /** {@code generated/}: clips that {@code generate} writes when no output file is named. */
  public Path generatedDir() {
    return root.resolve("generated");
  }

  /** {@code sergik.properties}: optional configuration (ports, token, remotes). */
  public Path config() {
    return root.resolve("sergik.properties");
  }

  @Override
  public String toString() {
    return root.toString();
  }
}
