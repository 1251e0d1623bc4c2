package ai.sergik.osc;

/**
 * A {@code /sergik/test}: version 2 carries the device's own id and the name of its track (either "" while the
 * device does not know it yet; without an id the sidecar tells the device by its address); version 1 only the
 * nonce (then {@link #deviceId()} and {@link #track()} are empty).
 */
public final class Handshake {
  private final int nonce;
  private final String deviceId;
  private final String track;
  private final int protocol;

  private Handshake(int nonce, String deviceId, String track, int protocol) {
    this.nonce = nonce;
    this.deviceId = deviceId;
    this.track = track;
    this.protocol = protocol;
  }

  /** A version-1 handshake: the nonce only. */
  public static Handshake v1(int nonce) {
    return new Handshake(nonce, "", "", OscProtocol.OLDEST_VERSION);
  }

  /**
   * A version-2 handshake.
   *
   * @throws IllegalArgumentException when a text is null or too long
   */
  public static Handshake v2(int nonce, String deviceId, String track) {
    if (deviceId == null) {
      throw new IllegalArgumentException(
          "device id must not be null (send \"\" when it is not known yet)");
    }
    if (deviceId.length() > OscProtocol.MAX_DEVICE_ID_CHARS) {
      throw new IllegalArgumentException("device id must be at most "
          + OscProtocol.MAX_DEVICE_ID_CHARS + " characters, got " + deviceId.length());
    }
    if (track == null) {
      throw new IllegalArgumentException(
          "track name must not be null (send \"\" when it is not known yet)");
    }
    if (track.length() > OscProtocol.MAX_TRACK_NAME_CHARS) {
      throw new IllegalArgumentException("track name must be at most "
          + OscProtocol.MAX_TRACK_NAME_CHARS + " characters, got " + track.length());
    }
    return new Handshake(nonce, deviceId.trim(), track, OscProtocol.VERSION);
  }

  public int nonce() {
    return nonce;
  }

  /** The device's id (version 2), or "" when not known or for a version-1 handshake. */
  public String deviceId() {
    return deviceId;
  }

  /** The name of the device's track (version 2; "" while unknown), or "" for a version-1 handshake. */
  public String track() {
    return track;
  }

  /** The protocol version the handshake was made in. */
  public int protocol() {
    return protocol;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Handshake)) return false;
    Handshake h = (Handshake) o;
    return nonce == h.nonce
        && protocol == h.protocol
        && deviceId.equals(h.deviceId)
        && track.equals(h.track);
  }

  @Override
  public int hashCode() {
    return ((nonce * 31 + protocol) * 31 + deviceId.hashCode()) * 31 + track.hashCode();
  }

  @Override
  public String toString() {
    return "Handshake{nonce=" + nonce
        + (protocol == OscProtocol.OLDEST_VERSION
            ? ""
            : ", device=" + deviceId + ", track=" + track)
        + "}";
  }
}
