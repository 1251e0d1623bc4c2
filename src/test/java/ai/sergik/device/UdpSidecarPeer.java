package ai.sergik.device;

import ai.sergik.osc.OscCodec;
import ai.sergik.osc.OscMessages;
import ai.sergik.osc.OscProtocol;
import com.illposed.osc.OSCMessage;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A real UDP peer on loopback standing in for the sidecar: it records every message with its arrival time
 * and, while {@link #answerHandshakes} is on, answers {@code /sergik/test} with {@code /sergik/ack}.
 */
public final class UdpSidecarPeer implements AutoCloseable {
  public record Received(OSCMessage message, long nanos, SocketAddress from) {}

  private final DatagramSocket socket;
  private final OscCodec codec = new OscCodec();
  private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
  private final Thread thread;
  volatile boolean answerHandshakes = true;
  /** Called on the peer's thread after each message arrives (e.g. to wake a test thread acting as Max's main thread). */
  public volatile Runnable onMessage = () -> {};

  private volatile SocketAddress device;

  public UdpSidecarPeer() throws IOException {
    socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    thread = new Thread(this::loop, "udp-sidecar-peer");
    thread.setDaemon(true);
    thread.start();
  }

  public int port() {
    return socket.getLocalPort();
  }

  private void loop() {
    byte[] buffer = new byte[OscProtocol.MAX_DATAGRAM_BYTES];
    while (!socket.isClosed()) {
      DatagramPacket p = new DatagramPacket(buffer, buffer.length);
      try {
        socket.receive(p);
        OSCMessage m = codec.decode(p.getData(), p.getLength());
        device = p.getSocketAddress();
        received.add(new Received(m, System.nanoTime(), p.getSocketAddress()));
        onMessage.run();
        if (answerHandshakes && OscProtocol.TEST.equals(m.getAddress())) {
          send(OscMessages.ack(OscMessages.readTest(m), "0.1.0-test"), p.getSocketAddress());
        }
      } catch (Exception e) {
        if (socket.isClosed()) {
          return;
        }
      }
    }
  }

  public void send(OSCMessage m, SocketAddress to) throws Exception {
    byte[] d = codec.encode(m);
    socket.send(new DatagramPacket(d, d.length, to));
  }

  /** Where the device's last message came from. */
  public SocketAddress device() {
    return device;
  }

  /** Sends to the address the device's last message came from. */
  public void sendToDevice(OSCMessage m) throws Exception {
    send(m, device);
  }

  /** The next message with this address, waiting up to {@code ms}; other messages are kept. */
  public Received await(String address, long ms) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ms);
    List<Received> skipped = new ArrayList<>();
    try {
      while (true) {
        long left = end - System.nanoTime();
        Received r = received.poll(Math.max(0, left), TimeUnit.NANOSECONDS);
        if (r == null) {
          return null;
        }
        if (r.message().getAddress().equals(address)) {
          return r;
        }
        skipped.add(r);
      }
    } finally {
      received.addAll(skipped);
    }
  }

  /** Everything received so far with this address, removed from the queue. */
  public List<Received> drain(String address) {
    List<Received> all = new ArrayList<>();
    received.drainTo(all);
    List<Received> match = new ArrayList<>();
    for (Received r : all) {
      if (r.message().getAddress().equals(address)) {
        match.add(r);
      } else {
        received.add(r);
      }
    }
    return match;
  }

  @Override
  public void close() throws InterruptedException {
    socket.close();
    thread.join(2000);
  }
}
