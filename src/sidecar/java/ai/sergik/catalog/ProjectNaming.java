package ai.sergik.catalog;

import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;

/**
 * How a set's file name and date become the {@code project_name}, {@code collaborator} and {@code year}
 * of {@code all_projects.csv}. The rules are the earlier catalog tool's, inferred from its 14,599-row
 * file and reproduced exactly (see docs/catalog.md):
 *
 * <ul>
 *   <li>project name: the file name without {@code .als};
 *   <li>collaborator: split the name at the first two " x " / " X " (space, x, space). If the part before
 *       is exactly "SERGIK" (any case, spaces trimmed) the collaborator is the part after, else the part
 *       before; either way cut at the first " - " and trim. No " x " means no collaborator. So
 *       "SERGIK x Silent Jay - We All Turnt" gives "Silent Jay", "Andino x SERGIK - Coming Thru" gives
 *       "Andino", and "BAGGINS - GIVING IT (Silent Jay x Sergik Remix)" gives "BAGGINS";
 *   <li>year: the calendar year of the file's modification time (not the date in a backup's name:
 *       Live keeps the original time when it moves a set into {@code Backup/}).
 * </ul>
 */
public final class ProjectNaming {
  /** The artist whose own name is never his collaborator. */
  public static final String ARTIST = "SERGIK";

  private static final Pattern COLLABORATION = Pattern.compile(" [xX] ");
  private static final Pattern BACKUP_STAMP = Pattern.compile("\\[\\d{4}-\\d{2}-\\d{2} \\d{6}]");

  private ProjectNaming() {}

  /** The file name without the {@code .als} extension. */
  public static String projectName(Path set) {
    String file = set.getFileName().toString();
    return file.regionMatches(true, file.length() - 4, ".als", 0, 4)
        ? file.substring(0, file.length() - 4)
        : file;
  }

  /** The collaborator named in a project name, or "" when there is none. */
  public static String collaborator(String projectName) {
    String[] parts = COLLABORATION.split(projectName, 3);
    if (parts.length < 2) {
      return "";
    }
    String chosen = parts[0].strip().equalsIgnoreCase(ARTIST) ? parts[1] : parts[0];
    int dash = chosen.indexOf(" - ");
    return (dash >= 0 ? chosen.substring(0, dash) : chosen).strip();
  }

  /** The date the set was last modified, in {@code zone}. */
  public static LocalDate modified(FileTime mtime, ZoneId zone) {
    return LocalDate.ofInstant(mtime.toInstant(), zone);
  }

  /** The year of the last modification, in {@code zone}. */
  public static int year(FileTime mtime, ZoneId zone) {
    return modified(mtime, zone).getYear();
  }

  /**
   * Whether Live made this set as an automatic backup: a {@code [YYYY-MM-DD HHMMSS]} stamp in the name
   * or a {@code Backup} folder on the way to it.
   */
  public static boolean isBackup(Path set) {
    if (BACKUP_STAMP.matcher(set.getFileName().toString()).find()) {
      return true;
    }
    Path parent = set.getParent();
    for (int i = 0;
        parent != null && parent.getFileName() != null && i < 64;
        i++, parent = parent.getParent()) {
      if (parent.getFileName().toString().equals("Backup")) {
        return true;
      }
    }
    return false;
  }
}
