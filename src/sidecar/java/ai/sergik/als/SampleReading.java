package ai.sergik.als;

import ai.sergik.als.SetBuilders.SampleBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The set's sample references: each {@code SampleRef}'s {@code FileRef}, merged by file into one {@link SampleFile}
 * with a use count. Lists stop at {@code maxListed} files; the counts go on.
 */
final class SampleReading {
  private final String[] path;
  private final int maxListed;
  private final Map<String, SampleFile> files = new LinkedHashMap<>();
  private SampleBuilder sample;
  private int references;
  private int unique;
  private boolean truncated;

  /** {@code path} is the element path of the pass, shared and read here, never written. */
  SampleReading(String[] path, int maxListed) {
    this.path = path;
    this.maxListed = maxListed;
  }

  /** A {@code SampleRef} opens at {@code level}. */
  void begin(int level) {
    references++;
    sample = new SampleBuilder(level);
  }

  /** Whether a {@code SampleRef} is open: its elements are read by {@link #field}. */
  boolean open() {
    return sample != null;
  }

  /**
   * An element inside the open {@code SampleRef}. Returns true when it read the element's text, and with it the end
   * tag, which the caller then never sees.
   */
  boolean field(XMLStreamReader r, int level, String name) throws XMLStreamException {
    int rel = level - sample.level;
    if (rel < 2 || !"FileRef".equals(path[sample.level + 1])) {
      return false;
    }
    if (rel == 2) {
      switch (name) {
        case "Path" -> sample.path = r.getAttributeValue(null, "Value");
        case "RelativePath" -> sample.relativePath = r.getAttributeValue(null, "Value");
        case "RelativePathType" ->
          sample.relativePathType = AlsParser.parseInt(r.getAttributeValue(null, "Value"), -1);
        case "Name" -> sample.name = r.getAttributeValue(null, "Value");
        case "Data" -> {
          sample.data = r.getElementText();
          return true;
        }
        default -> {}
      }
    } else if (rel == 3
        && "RelativePathElement".equals(name)
        && "RelativePath".equals(path[level - 1])) {
      String dir = r.getAttributeValue(null, "Dir");
      sample.folders.add(dir == null || dir.isEmpty() ? ".." : dir);
    }
    return false;
  }

  /** The element at {@code level} closes. */
  void end(int level) {
    if (sample != null && level == sample.level) {
      add(sample.build());
      sample = null;
    }
  }

  private void add(SampleFile file) {
    String key = file.identity();
    SampleFile seen = files.get(key);
    if (seen != null) {
      files.put(
          key,
          new SampleFile(
              seen.path(),
              seen.relativePath(),
              seen.relativePathType(),
              seen.fileName(),
              seen.uses() + 1));
    } else {
      unique++;
      if (files.size() < maxListed) {
        files.put(key, file);
      } else {
        truncated = true;
      }
    }
  }

  List<SampleFile> files() {
    return new ArrayList<>(files.values());
  }

  int references() {
    return references;
  }

  int unique() {
    return unique;
  }

  boolean truncated() {
    return truncated;
  }
}
