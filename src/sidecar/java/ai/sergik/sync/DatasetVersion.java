package ai.sergik.sync;

import java.util.Objects;

/**
 * One entry of {@code dataset_versions.json}.
 *
 * @param version the {@link Manifest#id()} of {@code manifest}
 * @param timestamp when it was recorded (ISO-8601 UTC)
 * @param parent the version before it, or null for the first
 */
public record DatasetVersion(
    String version, String timestamp, String parent, Manifest manifest, Manifest.Changes changes) {
  public DatasetVersion {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(timestamp, "timestamp");
    Objects.requireNonNull(manifest, "manifest");
    Objects.requireNonNull(changes, "changes");
    if (!version.equals(manifest.id())) {
      throw new IllegalArgumentException(
          "version " + version + " does not match its files (their manifest id is " + manifest.id()
              + "): the versions file was edited by hand or damaged");
    }
  }

  public String shortId() {
    return version.substring(0, 12);
  }
}
