package ai.sergik.catalog;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A .als file as the file system describes it, with the names and date derived from it.
 *
 * @param sha256 hex SHA-256 of the file's bytes, or empty before it was hashed
 */
public record SetFile(String path, long sizeBytes, long mtimeMillis, ZoneId zone, String sha256) {
  public SetFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(zone, "zone");
    sha256 = Objects.requireNonNullElse(sha256, "");
  }

  public SetFile withSha256(String hash) {
    return new SetFile(path, sizeBytes, mtimeMillis, zone, hash);
  }

  public Path file() {
    return Path.of(path);
  }

  public String projectName() {
    return ProjectNaming.projectName(file());
  }

  public String projectId() {
    return ProjectId.of(path);
  }

  public String collaborator() {
    return ProjectNaming.collaborator(projectName());
  }

  public boolean backup() {
    return ProjectNaming.isBackup(file());
  }

  public int year() {
    return local().getYear();
  }

  /** {@code YYYY-MM-DD}, as the earlier all_projects.csv wrote it. */
  public String modifiedDate() {
    return local().toLocalDate().toString();
  }

  /** {@code YYYY-MM-DDTHH:MM:SS} in the scan's zone. */
  public String modifiedTime() {
    return local()
        .truncatedTo(ChronoUnit.SECONDS)
        .format(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME);
  }

  private LocalDateTime local() {
    return LocalDateTime.ofInstant(Instant.ofEpochMilli(mtimeMillis), zone);
  }
}
