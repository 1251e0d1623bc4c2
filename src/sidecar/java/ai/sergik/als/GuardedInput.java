package ai.sergik.als;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * The bytes of a set's XML, whether the file is gzip (as Live writes it) or plain XML (as some
 * people commit it), with every {@link AlsLimits} byte limit enforced while reading.
 *
 * <p>A limit that trips is remembered in {@link #failure()}: XML readers wrap or swallow the
 * IOException thrown from a stream, and the parser asks here first so the user sees the real cause
 * ("inflates beyond 100:1") rather than the reader's "unexpected end of document".
 */
final class GuardedInput extends FilterInputStream {
  private static final int GZIP_BUFFER_BYTES = 64 << 10;

  private final String source;
  private final AlsLimits limits;
  private final CountingInput compressed;
  private final boolean gzip;
  private long xmlBytes;
  private int run;
  private String failure;

  private GuardedInput(
      String source, AlsLimits limits, CountingInput compressed, InputStream xml, boolean gzip) {
    super(xml);
    this.source = source;
    this.limits = limits;
    this.compressed = compressed;
    this.gzip = gzip;
  }

  /** Opens the XML inside {@code raw}, refusing anything that is neither gzip nor XML. */
  static GuardedInput open(String source, InputStream raw, AlsLimits limits)
      throws AlsFormatException, IOException {
    CountingInput counted = new CountingInput(
        new BufferedInputStream(raw, GZIP_BUFFER_BYTES), limits.maxCompressedBytes(), source);
    counted.mark(4);
    int b0 = counted.read();
    int b1 = counted.read();
    int b2 = counted.read();
    counted.reset();
    if (b0 < 0) {
      throw new AlsFormatException(source, "the file is empty; a Live set is gzip-compressed XML");
    }
    if (b0 == 0x1f && b1 == 0x8b) {
      try {
        return new GuardedInput(
            source, limits, counted, new GZIPInputStream(counted, GZIP_BUFFER_BYTES), true);
      } catch (EOFException e) {
        throw new AlsFormatException(
            source,
            "the gzip header is truncated (" + counted.count() + " bytes); the file was cut short");
      } catch (ZipException e) {
        throw new AlsFormatException(source, "the gzip header is corrupt: " + e.getMessage());
      }
    }
    if (b0 == '<' || (b0 == 0xef && b1 == 0xbb && b2 == 0xbf) || Character.isWhitespace(b0)) {
      return new GuardedInput(source, limits, counted, counted, false);
    }
    throw new AlsFormatException(
        source,
        String.format(
            "not a Live set: expected gzip data (starting 1f 8b) or XML (starting '<'), found bytes %s",
            hex(b0, b1, b2)));
  }

  boolean isGzip() {
    return gzip;
  }

  long xmlBytes() {
    return xmlBytes;
  }

  long compressedBytes() {
    return compressed.count();
  }

  /** Why reading stopped, when a limit or the container (not the XML) was at fault; otherwise null. */
  String failure() {
    return failure != null ? failure : compressed.failure;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n;
    try {
      n = in.read(b, off, len);
    } catch (EOFException e) {
      throw fail(
          "the gzip stream ends early after " + xmlBytes + " bytes of XML; the file is truncated");
    } catch (ZipException e) {
      throw fail(
          "the gzip data is corrupt after " + xmlBytes + " bytes of XML (" + e.getMessage() + ")");
    }
    if (n <= 0) {
      return n;
    }
    xmlBytes += n;
    if (xmlBytes > limits.maxXmlBytes()) {
      throw fail("the XML exceeds " + limits.maxXmlBytes()
          + " bytes (AlsLimits.maxXmlBytes); real sets are under 100 MB");
    }
    if (gzip
        && xmlBytes > limits.inflationRatioFloorBytes()
        && xmlBytes > (long) limits.maxInflationRatio() * Math.max(1, compressed.count())) {
      throw fail(String.format(
          Locale.ROOT,
          "the gzip data inflates beyond %d:1 (%d bytes of XML from %d compressed; AlsLimits.maxInflationRatio):"
              + " a gzip bomb, not a Live set",
          limits.maxInflationRatio(),
          xmlBytes,
          compressed.count()));
    }
    checkRuns(b, off, n);
    return n;
  }

  /**
   * Tracks the distance since the last {@code '<'}. Markup is dense in real sets, so instead of looking
   * at every byte this finds the first and the last {@code '<'} of the chunk: a run inside a chunk no
   * longer than the limit cannot exceed it, so only the run crossing into the chunk and the one left open
   * at its end matter. Longer chunks (only with a small limit) are scanned byte by byte.
   */
  private void checkRuns(byte[] b, int off, int n) throws IOException {
    int max = limits.maxRunBytes();
    int end = off + n;
    if (n > max) {
      int r = run;
      for (int i = off; i < end; i++) {
        if (b[i] == '<') {
          r = 0;
        } else if (++r > max) {
          throw runTooLong(max, xmlBytes - end + i);
        }
      }
      run = r;
      return;
    }
    int first = off;
    while (first < end && b[first] != '<') first++;
    if (first == end) {
      run += n;
    } else {
      if ((long) run + (first - off) > max) {
        throw runTooLong(max, xmlBytes - end + first);
      }
      int last = end - 1;
      while (b[last] != '<') last--;
      run = end - 1 - last;
    }
    if (run > max) {
      throw runTooLong(max, xmlBytes);
    }
  }

  private IOException runTooLong(int max, long near) {
    return fail("more than " + max + " bytes of text or attribute without markup near byte " + near
        + " (AlsLimits.maxRunBytes)");
  }

  @Override
  public long skip(long n) throws IOException {
    byte[] buf = new byte[(int) Math.min(n, 8192)];
    int r = read(buf, 0, buf.length);
    return Math.max(r, 0);
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private IOException fail(String message) {
    if (failure == null) {
      failure = message;
    }
    return new LimitException(source + ": " + message);
  }

  private static String hex(int... bytes) {
    StringBuilder sb = new StringBuilder();
    for (int b : bytes) {
      if (b < 0) break;
      if (sb.length() > 0) sb.append(' ');
      sb.append(String.format(Locale.ROOT, "%02x", b));
    }
    return sb.toString();
  }

  /** Thrown through the XML reader when a limit trips; the parser reports {@link #failure()} instead. */
  static final class LimitException extends IOException {
    LimitException(String message) {
      super(message);
    }
  }

  /** Counts the compressed bytes and enforces the file-size limit. */
  private static final class CountingInput extends FilterInputStream {
    private final long max;
    private final String source;
    private long count;
    private long marked;
    private String failure;

    CountingInput(InputStream in, long max, String source) {
      super(in);
      this.max = max;
      this.source = source;
    }

    long count() {
      return count;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) add(1);
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      if (n > 0) add(n);
      return n;
    }

    @Override
    public synchronized void mark(int readlimit) {
      in.mark(readlimit);
      marked = count;
    }

    @Override
    public synchronized void reset() throws IOException {
      in.reset();
      count = marked;
    }

    /** The caller owns the raw stream (and the XML reader closes what it reads at the end of the document). */
    @Override
    public void close() {}

    private void add(int n) throws IOException {
      count += n;
      if (count > max) {
        failure = "the file is larger than " + max + " bytes (AlsLimits.maxCompressedBytes)";
        throw new LimitException(source + ": " + failure);
      }
    }
  }
}
