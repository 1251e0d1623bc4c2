package ai.sergik.osc;

/** {@code /sergik/ack i nonce, s version, i protocol}: the sidecar's answer to a handshake. */
public final class Ack {
  private final int nonce;
  private final String version;
  private final int protocol;

  public Ack(int nonce, String version, int protocol) {
    if (version == null) {
      throw new IllegalArgumentException("version must not be null");
    }
    this.nonce = nonce;
    this.version = version;
    this.protocol = protocol;
  }

  public int nonce() {
    return nonce;
  }

  /** The sidecar's product version, e.g. {@code 0.1.0}. */
  public String version() {
    return version;
  }

  /** The protocol version of the answer: the one the handshake was made in. */
  public int protocol() {
    return protocol;
  }

  /** Whether this side can talk to the sidecar that sent the ack. */
  public boolean compatible() {
    return protocol >= OscProtocol.OLDEST_VERSION && protocol <= OscProtocol.VERSION;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Ack)) return false;
    Ack a = (Ack) o;
    return nonce == a.nonce && protocol == a.protocol && version.equals(a.version);
  }

  @Override
  public int hashCode() {
    return (nonce * 31 + protocol) * 31 + version.hashCode();
  }

  @Override
  public String toString() {
    return "Ack{nonce=" + nonce + ", version=" + version + ", protocol=" + protocol + "}";
  }
}
