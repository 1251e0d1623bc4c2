package ai.sergik.generation;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Short-lived downloads of results too big for one answer: a Standard MIDI File kept in memory under a random
 * 128-bit id for {@link #DEFAULT_TTL}, served at {@code GET /files/<id>.mid}. The store is bounded ({@link #MAX_FILES}
 * files, {@link #MAX_BYTES} in all): the oldest file goes first. The id is the only key, so the link needs no
 * token and can be opened in a browser or fetched by the device. Thread-safe.
 */
public final class Downloads {
  public static final Duration DEFAULT_TTL = Duration.ofMinutes(30);
  public static final int MAX_FILES = 64;
  public static final long MAX_BYTES = 32L << 20;

  /** One stored file and where to fetch it. */
  public record Link(String id, String url, String fileName, int bytes, Instant expires) {
    public Link {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(url, "url");
    }
  }

  /** A stored file as served (a class, not a record: its bytes are compared by identity). */
  public static final class Stored {
    private final String fileName;
    private final byte[] bytes;
    private final Instant expires;

    Stored(String fileName, byte[] bytes, Instant expires) {
      this.fileName = fileName;
      this.bytes = bytes;
      this.expires = expires;
    }

    public String fileName() {
      return fileName;
    }

    /** The file's bytes, shared: not to be changed. */
    public byte[] bytes() {
      return bytes;
    }

    public Instant expires() {
      return expires;
    }
  }

  private final Clock clock;
  private final Duration ttl;
  private final Supplier<String> baseUrl;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Stored> files = new LinkedHashMap<>();
  private long totalBytes;

  /**
   * @param baseUrl the server's public URL (the public URL setting, or the local address), read when a link is made
   */
  public Downloads(Clock clock, Duration ttl, Supplier<String> baseUrl) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ttl = Objects.requireNonNull(ttl, "ttl");
    this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
  }

  /** Keeps {@code midi} for the time to live and returns its link. */
  public synchronized Link offer(byte[] midi, String fileName) {
    if (midi.length > MAX_BYTES) {
      throw new IllegalArgumentException(
          "file of " + midi.length + " bytes is over the download store's " + MAX_BYTES + " bytes");
    }
    Instant now = clock.instant();
    expire(now);
    while (files.size() >= MAX_FILES || totalBytes + midi.length > MAX_BYTES) {
      Iterator<Stored> oldest = files.values().iterator();
      totalBytes -= oldest.next().bytes().length;
      oldest.remove();
    }
    byte[] id = new byte[16];
    random.nextBytes(id);
    String name = HexFormat.of().formatHex(id);
    Instant expires = now.plus(ttl);
    files.put(name, new Stored(fileName, midi.clone(), expires));
    totalBytes += midi.length;
    String base = baseUrl.get();
    String url = (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/files/"
        + name + ".mid";
    return new Link(name, url, fileName, midi.length, expires);
  }

  /** The file stored under {@code id}, while it has not expired. */
  public synchronized Optional<Stored> get(String id) {
    expire(clock.instant());
    return Optional.ofNullable(files.get(id));
  }

  public synchronized int size() {
    expire(clock.instant());
    return files.size();
  }

  private void expire(Instant now) {
    for (Iterator<Stored> it = files.values().iterator(); it.hasNext(); ) {
      Stored s = it.next();
      if (!now.isBefore(s.expires())) {
        totalBytes -= s.bytes().length;
        it.remove();
      }
    }
  }
}
