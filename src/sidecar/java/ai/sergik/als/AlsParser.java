package ai.sergik.als;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a Live set (.als: gzip around XML) in one streaming pass, never holding the document.
 *
 * <p>Elements are recognised by where they sit, not by the version in the header: a set saved by
 * 10.1.3 may already use Live 11 names, so both old and new shapes are looked for in every file
 * ({@code MasterTrack}/{@code MainTrack}, {@code ColorIndex}/{@code Color}, tempo automation inside
 * the parameter or on the main track, {@code FileRef/Path} or folder lists). The same name occurs at
 * many depths ({@code DeviceChain/DeviceChain}, {@code ClipSlot/ClipSlot}, {@code Events}), so every
 * test looks at the path of open elements rather than at a name alone.
 *
 * <p>A DOCTYPE is refused outright: Live never writes one, and refusing it means no entity is ever
 * expanded or fetched. Byte limits are enforced by {@link GuardedInput}, nesting here.
 *
 * <p>Instances are immutable and thread-safe; each call parses independently. The pass itself is a
 * {@link SetExtraction}; what it collects per element is in {@link SetBuilders}.
 */
public final class AlsParser {
  private final AlsLimits limits;
  private final XMLInputFactory factory;

  public AlsParser() {
    this(AlsLimits.DEFAULTS);
  }

  public AlsParser(AlsLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
    this.factory = f;
  }

  public AlsLimits limits() {
    return limits;
  }

  /** Parses the set at {@code file}; the file name is the source named in errors. */
  public LiveSet parse(Path file) throws AlsFormatException, IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in, file.toString());
    }
  }

  /**
   * Parses a set from {@code raw} (gzip or plain XML). The caller closes {@code raw}; it is left open,
   * positioned after the bytes the parse needed.
   *
   * @throws AlsFormatException when the bytes are not a readable Live set; the message says why
   * @throws IOException when reading {@code raw} itself fails
   */
  public LiveSet parse(InputStream raw, String source) throws AlsFormatException, IOException {
    GuardedInput in = GuardedInput.open(source, raw, limits);
    XMLStreamReader reader;
    try {
      reader = factory.createXMLStreamReader(in);
    } catch (XMLStreamException e) {
      throw failure(source, in, null, e);
    }
    SetExtraction x = new SetExtraction(limits);
    try {
      x.run(reader);
    } catch (XMLStreamException e) {
      throw failure(source, in, x, e);
    } catch (RuntimeException e) {
      // The JDK reader reports some malformations (bad UTF-8, truncated input) as runtime
      // exceptions.
      if (in.failure() != null) {
        throw new AlsFormatException(source, in.failure(), e);
      }
      throw new AlsFormatException(source, "unreadable XML" + x.where() + ": " + e, e);
    } finally {
      try {
        reader.close();
      } catch (XMLStreamException ignored) {
        // closing a reader that already failed has nothing more to report
      }
      in.close(); // frees the inflater now rather than at garbage collection; leaves raw open
    }
    if (in.failure() != null) {
      throw new AlsFormatException(source, in.failure());
    }
    return x.result(in.xmlBytes());
  }

  private static AlsFormatException failure(
      String source, GuardedInput in, SetExtraction x, XMLStreamException e) {
    if (in.failure() != null) {
      return new AlsFormatException(source, in.failure(), e);
    }
    if (e instanceof RefusedException) {
      return new AlsFormatException(source, e.getMessage(), e);
    }
    if (in.xmlBytes() == 0) {
      return new AlsFormatException(
          source,
          "not a Live set: the " + (in.isGzip() ? "gzip data holds" : "file holds")
              + " no XML at all",
          e);
    }
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    // The JDK prefixes "ParseError at [row,col]:[r,c]\nMessage: "; keep the message, the location
    // is added below.
    int cut = message.indexOf("Message: ");
    if (cut >= 0) {
      message = message.substring(cut + "Message: ".length());
    }
    String at = e.getLocation() == null
        ? ""
        : " at line " + e.getLocation().getLineNumber() + ", column "
            + e.getLocation().getColumnNumber();
    String path = x == null ? "" : x.where();
    if (x != null
        && x.sawRoot()
        && message.toLowerCase(java.util.Locale.ROOT).contains("end of file")) {
      return new AlsFormatException(
          source,
          "the XML ends before the document is complete" + path + at + "; the file is truncated",
          e);
    }
    return new AlsFormatException(source, "malformed XML" + path + at + ": " + message.trim(), e);
  }

  /** Raised from inside the event loop for input that is well-formed but refused. */
  static final class RefusedException extends XMLStreamException {
    RefusedException(String message) {
      super(message);
    }
  }

  static String productVersion(String creator) {
    if (creator == null) {
      return "";
    }
    String prefix = "Ableton Live ";
    return creator.startsWith(prefix) ? creator.substring(prefix.length()).trim() : creator.trim();
  }

  static String first(String current, String candidate) {
    return current != null && !current.isEmpty() ? current : candidate;
  }

  static int parseInt(String s, int fallback) {
    if (s == null) return fallback;
    try {
      return Integer.parseInt(s.trim());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  static double parseDouble(String s, double fallback) {
    if (s == null) return fallback;
    try {
      return Double.parseDouble(s.trim());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  /** The last part of a path, with either separator. */
  static String fileName(String path) {
    if (path == null) return "";
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return path.substring(slash + 1);
  }
}
