package ai.sergik.als;

import javax.xml.stream.XMLStreamReader;

/**
 * Where a streaming pass is in a Live set: the names of the open elements (the same name occurs at many depths, so
 * every test looks at the path rather than at a name alone) and the reader, for the current element's attributes.
 */
final class ElementPath {
  final String[] names;
  int depth;
  XMLStreamReader reader;

  ElementPath(int maxDepth) {
    this.names = new String[maxDepth + 1];
  }

  /** The current element's {@code Value} attribute, where Live keeps most settings. */
  String value() {
    return reader.getAttributeValue(null, "Value");
  }

  String attribute(String name) {
    return reader.getAttributeValue(null, name);
  }

  /** Whether the open element at {@code level} is named {@code name}. */
  boolean at(int level, String name) {
    return level >= 0 && level < depth && name.equals(names[level]);
  }

  /** " in <a/b/c>" for errors: where the reader was. */
  String where() {
    if (depth == 0) {
      return "";
    }
    StringBuilder sb = new StringBuilder(" in <");
    int from = Math.max(0, depth - 8);
    if (from > 0) {
      sb.append("…/");
    }
    for (int i = from; i < depth; i++) {
      if (i > from) sb.append('/');
      sb.append(names[i]);
    }
    return sb.append('>').toString();
  }
}
