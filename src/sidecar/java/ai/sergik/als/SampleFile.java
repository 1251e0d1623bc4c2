package ai.sergik.als;

import java.util.Objects;

/**
 * A sample file the set refers to, listed once however many clips and devices use it.
 *
 * @param path the absolute path Live stored ({@code FileRef/Path} from Live 11; before, decoded from
 *     Windows {@code Data} when possible), else empty
 * @param relativePath the path relative to {@code relativePathType}'s base; Live ≤ 10 folder lists
 *     are joined with {@code /}, an empty folder name meaning {@code ..}
 * @param relativePathType Live's code: 1 relative to the set, 3 to the project, 5 Core Library …; -1 if absent
 * @param uses how many sample references in the set point at this file
 */
public record SampleFile(
    String path, String relativePath, int relativePathType, String fileName, int uses) {
  public SampleFile {
    path = Objects.requireNonNullElse(path, "");
    relativePath = Objects.requireNonNullElse(relativePath, "");
    fileName = Objects.requireNonNullElse(fileName, "");
  }

  /** The key that makes two references the same file: the absolute path when known, else the relative one. */
  public String identity() {
    return path.isEmpty() ? relativePathType + ":" + relativePath : path;
  }
}
