package ai.sergik.osc;

/**
 * A {@code /sergik/test}: version 2 carries the device's own id and the name of its track; version 1 only the
 * nonce (then {@link #deviceId()} and {@link #track()} are empty).
 */
public final class Handshake {
  private final int nonce;
  private final String deviceId;
  private final String track;

  private Handshake(int nonce, String deviceId, String track) {
    this.nonce = nonce;
    this.deviceId = deviceId;
    this.track = track;
  }

  /** A version-1 handshake: the nonce only. */
  public static Handshake v1(int nonce) {
    return new Handshake(nonce, "", "");
  }

  /**
   * A version-2 handshake.
   *
   * @throws IllegalArgumentException when the id is empty or either text is too long
   */
  public static Handshake v2(int nonce, String deviceId, String track) {
    if (deviceId == null || deviceId.trim().isEmpty()) {
      throw new IllegalArgumentException("device id must not be empty");
    }
    if (deviceId.length() > OscProtocol.MAX_DEVICE_ID_CHARS) {
      throw new IllegalArgumentException("device id must be at most " + OscProtocol.MAX_DEVICE_ID_CHARS
          + " characters, got " + deviceId.length());
    }
    if (track == null) {
      throw new IllegalArgumentException("track name must not be null (send \"\" when it is not known yet)");
    }
    if (track.length() > OscProtocol.MAX_TRACK_NAME_CHARS) {
      throw new IllegalArgumentException("track name must be at most " + OscProtocol.MAX_TRACK_NAME_CHARS
          + " characters, got " + track.length());
    }
    return new Handshake(nonce, deviceId, track);
  }

  public int nonce() { return nonce; }

  /** The device's id (version 2), or "" for a version-1 handshake. */
  public String deviceId() { return deviceId; }

  /** The name of the device's track (version 2; "" while unknown), or "" for a version-1 handshake. */
  public String track() { return track; }

  /** The protocol version the handshake was made in. */
  public int protocol() { return deviceId.isEmpty() ? OscProtocol.OLDEST_VERSION : OscProtocol.VERSION; }

  @Override public boolean equals(Object o) {
    if (!(o instanceof Handshake)) return false;
    Handshake h = (Handshake) o;
    return nonce == h.nonce && deviceId.equals(h.deviceId) && track.equals(h.track);
  }

  @Override public int hashCode() { return (nonce * 31 + deviceId.hashCode()) * 31 + track.hashCode(); }

  @Override public String toString() {
    return "Handshake{nonce=" + nonce + (deviceId.isEmpty() ? "" : ", device=" + deviceId + ", track=" + track) + "}";
  }
}
