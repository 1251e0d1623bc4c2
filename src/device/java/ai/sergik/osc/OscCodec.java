package ai.sergik.osc;

import com.illposed.osc.BufferBytesReceiver;
import com.illposed.osc.OSCMessage;
import com.illposed.osc.OSCPacket;
import com.illposed.osc.OSCParseException;
import com.illposed.osc.OSCParser;
import com.illposed.osc.OSCSerializeException;
import com.illposed.osc.OSCSerializer;
import com.illposed.osc.OSCSerializerAndParserBuilder;
import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.util.Collections;

/**
 * Turns {@link OSCMessage}s into datagrams and back with JavaOSC, enforcing {@link
 * OscProtocol#MAX_DATAGRAM_BYTES} both ways and UTF-8 strings regardless of the platform charset.
 *
 * <p>One codec holds one serializer, one parser and one scratch buffer; its methods are synchronized,
 * so a codec may be shared by a receive thread and the threads that send.
 */
public final class OscCodec {
  /** JavaOSC's property name for the string charset ({@code StringArgumentHandler.PROP_NAME_CHARSET}). */
  private static final String CHARSET_PROPERTY = "charset";

  /** Room to serialize an oversized message far enough to report its size instead of overflowing. */
  private static final int SCRATCH_BYTES = 64 * 1024;

  private final ByteBuffer scratch = ByteBuffer.allocate(SCRATCH_BYTES);
  private final OSCSerializer serializer;
  private final OSCParser parser;

  public OscCodec() {
    OSCSerializerAndParserBuilder builder = new OSCSerializerAndParserBuilder();
    builder.setProperties(
        Collections.<String, Object>singletonMap(CHARSET_PROPERTY, Charset.forName("UTF-8")));
    this.serializer = builder.buildSerializer(new BufferBytesReceiver(scratch));
    this.parser = builder.buildParser();
  }

  /**
   * The datagram for {@code message}.
   *
   * @throws OscProtocolException if an argument has a type OSC cannot carry, or the datagram would
   *     exceed {@link OscProtocol#MAX_DATAGRAM_BYTES} (the message says by how much)
   */
  public synchronized byte[] encode(OSCMessage message) throws OscProtocolException {
    scratch.clear();
    try {
      serializer.write(message);
    } catch (BufferOverflowException e) {
      throw tooLarge(message.getAddress(), "more than " + SCRATCH_BYTES);
    } catch (OSCSerializeException e) {
      throw new OscProtocolException(
          "cannot encode " + message.getAddress() + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new OscProtocolException("cannot encode " + message.getAddress() + ": " + e, e);
    }
    int size = scratch.position();
    if (size > OscProtocol.MAX_DATAGRAM_BYTES) {
      throw tooLarge(message.getAddress(), String.valueOf(size));
    }
    byte[] datagram = new byte[size];
    scratch.flip();
    scratch.get(datagram);
    return datagram;
  }

  /**
   * The message in {@code data[0..length)}. Bundles are not part of the protocol and are refused.
   *
   * @throws OscProtocolException for an oversized, empty or unparseable datagram, with what was wrong
   */
  public synchronized OSCMessage decode(byte[] data, int length) throws OscProtocolException {
    if (length > OscProtocol.MAX_DATAGRAM_BYTES) {
      throw new OscProtocolException(
          "datagram of " + length + " bytes is over the " + OscProtocol.MAX_DATAGRAM_BYTES
              + "-byte limit of OSC protocol v" + OscProtocol.VERSION + "; send smaller messages");
    }
    if (length <= 0) {
      throw new OscProtocolException(
          "empty datagram; expected an OSC message such as " + OscProtocol.TEST + " i nonce");
    }
    if (data[0] != '/') {
      if (data[0] == '#') {
        throw new OscProtocolException("OSC bundles are not part of protocol v"
            + OscProtocol.VERSION + "; send each message in its own datagram");
      }
      throw new OscProtocolException(
          "not an OSC message: a datagram must start with an address such as " + OscProtocol.TEST);
    }
    OSCPacket packet;
    try {
      packet = parser.convert(ByteBuffer.wrap(data, 0, length).slice());
    } catch (OSCParseException e) {
      throw new OscProtocolException(
          "malformed OSC message (" + describe(e) + "); check the type tags and padding", e);
    } catch (RuntimeException e) {
      throw new OscProtocolException(
          "malformed OSC message (" + describe(e) + "); check the type tags and padding", e);
    }
    if (!(packet instanceof OSCMessage)) {
      throw new OscProtocolException("OSC bundles are not part of protocol v" + OscProtocol.VERSION
          + "; send each message in its own datagram");
    }
    OSCMessage message = (OSCMessage) packet;
    if (message.getAddress() == null || !message.getAddress().startsWith("/")) {
      throw new OscProtocolException("malformed OSC address " + message.getAddress());
    }
    return message;
  }

  private static OscProtocolException tooLarge(String address, String size) {
    return new OscProtocolException(address + " would be " + size + " bytes, over the "
        + OscProtocol.MAX_DATAGRAM_BYTES + "-byte datagram limit; large payloads must be chunked");
  }

  private static String describe(Throwable e) {
    String text = e.getMessage();
    if (text == null || text.isEmpty()) {
      text = e.getClass().getSimpleName();
    }
    Throwable cause = e.getCause();
    if (cause != null && cause.getMessage() != null && !text.contains(cause.getMessage())) {
      text = text + ": " + cause.getMessage();
    }
    return text;
  }
}
