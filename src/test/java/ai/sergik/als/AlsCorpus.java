package ai.sergik.als;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The real sets in {@code ../shared/corpus/als/} and the independently counted numbers in its SOURCES.md. */
public final class AlsCorpus {
  private AlsCorpus() {}

  public static Path dir() {
    return Paths.get(System.getProperty("sergik.basedir", "."))
        .resolve("../shared/corpus/als")
        .normalize();
  }

  /** One row of the SOURCES.md table. */
  public record Expected(
      String file,
      String creator,
      int midi,
      int audio,
      int group,
      int returns,
      int plugins,
      int session,
      int arrangement,
      int takeLanes,
      int sampleRefs) {
    public Path path() {
      return dir().resolve(file);
    }

    @Override
    public String toString() {
      return file;
    }
  }

  private static final Pattern TRACKS = Pattern.compile("M(\\d+) A(\\d+) G(\\d+) R(\\d+)");
  private static final Pattern CLIPS = Pattern.compile("(\\d+)/(\\d+)/(\\d+)");

  public static List<Expected> expected() throws IOException {
    List<Expected> rows = new ArrayList<>();
    for (String line : Files.readAllLines(dir().resolve("SOURCES.md"))) {
      if (!line.startsWith("| `")) continue;
      String[] cells = line.split("\\|");
      // | file | repository | path | commit | Creator | gz / xml | tracks | plugins | clips s/a/l |
      // srefs | license |
      String file = cells[1].trim().replace("`", "");
      Matcher t = TRACKS.matcher(cells[7].trim());
      Matcher c = CLIPS.matcher(cells[9].trim());
      if (!t.matches() || !c.matches()) {
        throw new IllegalStateException("SOURCES.md row not understood: " + line);
      }
      rows.add(new Expected(
          file,
          cells[5].trim(),
          Integer.parseInt(t.group(1)),
          Integer.parseInt(t.group(2)),
          Integer.parseInt(t.group(3)),
          Integer.parseInt(t.group(4)),
          Integer.parseInt(cells[8].trim()),
          Integer.parseInt(c.group(1)),
          Integer.parseInt(c.group(2)),
          Integer.parseInt(c.group(3)),
          Integer.parseInt(cells[10].trim())));
    }
    return rows;
  }
}
