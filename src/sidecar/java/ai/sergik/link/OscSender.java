package ai.sergik.link;

import ai.sergik.osc.OscCodec;
import ai.sergik.osc.OscProtocolException;
import com.illposed.osc.OSCMessage;
import java.io.IOException;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.List;

/**
 * Sends messages from the sidecar's OSC socket, so that every reply and push comes from the port the
 * device talks to. Safe for concurrent use (the codec and the channel serialize sends).
 */
public final class OscSender {
  private final DatagramChannel channel;
  private final OscCodec codec = new OscCodec();

  public OscSender(DatagramChannel channel) {
    this.channel = channel;
  }

  /**
   * Sends one message as one datagram.
   *
   * @throws OscProtocolException when the message does not fit one datagram
   */
  public void send(OSCMessage message, SocketAddress to) throws OscProtocolException, IOException {
    channel.send(ByteBuffer.wrap(codec.encode(message)), to);
  }

  /** Sends {@code messages} in order (e.g. the chunks of one notes payload). */
  public void sendAll(List<OSCMessage> messages, SocketAddress to)
      throws OscProtocolException, IOException {
    for (OSCMessage m : messages) {
      send(m, to);
    }
  }
}
