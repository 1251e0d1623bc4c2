package ai.sergik.osc;

/**
 * A datagram or message that does not follow {@link OscProtocol}: unparseable bytes, an oversized
 * datagram, an unknown address, or arguments of the wrong number or type. The message is written for
 * the person on the other end: it says what was received and what the protocol expects, and it is
 * what the sidecar sends back in {@code /sergik/error}.
 */
public final class OscProtocolException extends Exception {
  private static final long serialVersionUID = 1L;

  public OscProtocolException(String message) {
    super(message);
  }

  public OscProtocolException(String message, Throwable cause) {
    super(message, cause);
  }
}
