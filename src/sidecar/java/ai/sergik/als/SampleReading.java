package ai.sergik.als;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;

/**
 * The samples a set refers to ({@code SampleRef/FileRef}), outside frozen tracks: every reference counted, each file
 * listed once (up to the limit) with how often it is used, its path from {@code Path}, the folder list or the
 * encoded {@code Data} of old sets.
 */
final class SampleReading {
  private final ElementPath p;
  private final int maxListed;
  private SampleBuilder sample;
  int refs;
  final Map<String, SampleFile> samples = new LinkedHashMap<>();
  int unique;
  boolean truncated;

  SampleReading(ElementPath p, int maxListed) {
    this.p = p;
    this.maxListed = maxListed;
  }

  void begin(int level) {
    refs++;
    sample = new SampleBuilder(level);
  }

  /** Whether a sample reference is open: its fields are read and nothing else. */
  boolean open() {
    return sample != null;
  }

  void field(int level, String name) throws XMLStreamException {
    int rel = level - sample.level;
    if (rel < 2 || !"FileRef".equals(p.names[sample.level + 1])) {
      return;
    }
    if (rel == 2) {
      switch (name) {
        case "Path" -> sample.path = p.value();
        case "RelativePath" -> sample.relativePath = p.value();
        case "RelativePathType" -> sample.relativePathType = AlsParser.parseInt(p.value(), -1);
        case "Name" -> sample.name = p.value();
        case "Data" -> {
          String hex = p.reader.getElementText();
          p.depth--; // getElementText consumed the end tag
          sample.data = hex;
        }
        default -> { }
      }
    } else if (rel == 3 && "RelativePathElement".equals(name) && "RelativePath".equals(p.names[level - 1])) {
      String dir = p.attribute("Dir");
      sample.folders.add(dir == null || dir.isEmpty() ? ".." : dir);
    }
  }

  /** Closes the open reference when its element at {@code level} ends. */
  void end(int level) {
    if (sample != null && level == sample.level) {
      add(sample);
      sample = null;
    }
  }

  private void add(SampleBuilder s) {
    SampleFile file = s.build();
    String key = file.identity();
    SampleFile seen = samples.get(key);
    if (seen != null) {
      samples.put(key, new SampleFile(seen.path(), seen.relativePath(), seen.relativePathType(), seen.fileName(), seen.uses() + 1));
    } else {
      unique++;
      if (samples.size() < maxListed) {
        samples.put(key, file);
      } else {
        truncated = true;
      }
    }
  }

  private static final class SampleBuilder {
    final int level;
    final List<String> folders = new ArrayList<>();
    String path;
    String relativePath;
    int relativePathType = -1;
    String name;
    String data;

    SampleBuilder(int level) {
      this.level = level;
    }

    SampleFile build() {
      String rel = relativePath;
      String fileName = name;
      if (path != null && !path.isEmpty()) {
        fileName = AlsParser.fileName(path);
      }
      if (rel == null || rel.isEmpty()) {
        StringBuilder sb = new StringBuilder();
        for (String f : folders) {
          sb.append(f).append('/');
        }
        if (name != null) sb.append(name);
        rel = sb.toString();
      }
      String absolute = path;
      if ((absolute == null || absolute.isEmpty()) && data != null) {
        absolute = FileRefData.decodePath(data);
      }
      return new SampleFile(absolute, rel, relativePathType, fileName, 1);
    }
  }
}
