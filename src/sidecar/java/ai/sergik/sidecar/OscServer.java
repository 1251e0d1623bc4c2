package ai.sergik.sidecar;

import ai.sergik.link.OscSender;
import ai.sergik.osc.OscProtocol;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sidecar's UDP socket: one thread receives datagrams and hands each to the {@link OscDispatcher};
 * the same socket sends replies and pushes ({@link #sender()}). Datagrams larger than the protocol's
 * 8 KiB are received whole (up to 64 KiB) so they can be refused with a clear error.
 */
public final class OscServer implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(OscServer.class);
  private static final int RECEIVE_BYTES = 65_536;

  private final DatagramChannel channel;
  private final OscSender sender;
  private Thread receiver;

  private OscServer(DatagramChannel channel) {
    this.channel = channel;
    this.sender = new OscSender(channel);
  }

  /** Binds {@code host:port} (0 = any free port) without receiving yet; the sidecar binds loopback only. */
  public static OscServer bind(String host, int port) throws IOException {
    DatagramChannel channel = DatagramChannel.open();
    try {
      channel.bind(new InetSocketAddress(host, port));
    } catch (IOException e) {
      channel.close();
      throw new IOException(
          "cannot listen for OSC on " + host + ":" + port + ": " + e.getMessage()
              + (port == OscProtocol.DEFAULT_SIDECAR_PORT
                  ? " (is another sidecar running? try --osc-port)"
                  : ""),
          e);
    }
    return new OscServer(channel);
  }

  public OscSender sender() {
    return sender;
  }

  /** The address the socket is bound to (loopback in the sidecar). */
  public InetSocketAddress localAddress() {
    try {
      return (InetSocketAddress) channel.getLocalAddress();
    } catch (IOException e) {
      throw new IllegalStateException("the OSC socket is closed", e);
    }
  }

  public int port() {
    try {
      return ((InetSocketAddress) channel.getLocalAddress()).getPort();
    } catch (IOException e) {
      return -1;
    }
  }

  /** Starts the receive thread. */
  synchronized void start(OscDispatcher dispatcher) {
    if (receiver != null) {
      throw new IllegalStateException("OSC server already started");
    }
    receiver = new Thread(() -> receive(dispatcher), "osc-receive");
    receiver.setDaemon(true);
    receiver.start();
  }

  private void receive(OscDispatcher dispatcher) {
    ByteBuffer buffer = ByteBuffer.allocate(RECEIVE_BYTES);
    while (channel.isOpen()) {
      try {
        buffer.clear();
        SocketAddress from = channel.receive(buffer);
        if (from instanceof InetSocketAddress inet) {
          dispatcher.onDatagram(buffer.array(), buffer.position(), inet);
        }
      } catch (ClosedChannelException e) {
        return;
      } catch (IOException e) {
        log.warn("OSC receive failed: {}", e.getMessage());
      } catch (RuntimeException e) {
        log.error("OSC receive loop caught an unexpected error; continuing", e);
      }
    }
  }

  @Override
  public void close() {
    try {
      channel.close();
    } catch (IOException e) {
      log.debug("closing the OSC socket: {}", e.getMessage());
    }
    Thread t;
    synchronized (this) {
      t = receiver;
    }
    if (t != null) {
      try {
        t.join(2000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
