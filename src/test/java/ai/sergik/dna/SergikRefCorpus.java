package ai.sergik.dna;

import ai.sergik.io.FileTrees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * The earlier tool's real data files, read in place, plus a deliberately plain CSV reader so the
 * tests compute expectations without the production parser.
 */
public final class SergikRefCorpus {
  private SergikRefCorpus() {}

  public static Path dataDir() {
    Path dir = Paths.get(System.getProperty("sergik.basedir", "."))
        .resolve("../shared/corpus/sergik_ref/data")
        .normalize();
    if (!Files.isDirectory(dir)) throw new IllegalStateException("corpus not found at " + dir);
    return dir;
  }

  /** Copies one file of the corpus, {@code relative} to its data directory, to the same place under {@code data}. */
  public static Path copyFile(String relative, Path data) throws IOException {
    Path to = data.resolve(relative);
    Files.createDirectories(to.getParent());
    return Files.copy(dataDir().resolve(relative), to);
  }

  /** Copies the corpus into {@code target} (a test's temporary directory) so commands may write beside it. */
  static Path copyTo(Path target) throws IOException {
    FileTrees.copy(dataDir(), target);
    return target;
  }

  /** Header + rows of a CSV file, split by hand: commas outside double quotes, "" as a quote. */
  static List<List<String>> plainCsv(Path file) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isEmpty()) continue;
      List<String> cells = new ArrayList<>();
      StringBuilder cell = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') quoted = !quoted;
        else if (c == ',' && !quoted) {
          cells.add(cell.toString());
          cell.setLength(0);
        } else cell.append(c);
      }
      cells.add(cell.toString());
      rows.add(cells);
    }
    return rows;
  }

  static int column(List<List<String>> csv, String name) {
    int index = csv.get(0).indexOf(name);
    if (index < 0) throw new IllegalStateException("no column " + name + " in " + csv.get(0));
    return index;
  }
}
