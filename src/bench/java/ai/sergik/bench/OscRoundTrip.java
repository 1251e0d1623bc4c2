package ai.sergik.bench;

import ai.sergik.osc.NotesChunk;
import ai.sergik.osc.NotesReassembler;
import ai.sergik.osc.OscCodec;
import ai.sergik.osc.OscMessages;
import ai.sergik.osc.OscProtocol;
import com.illposed.osc.OSCMessage;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Arrays;

/**
 * OSC generate round trip as the device sees it: send {@code /sergik/generate}, wait until the whole
 * notes payload has arrived and been reassembled; repeat. Prints latency percentiles of COUNT requests
 * after WARMUP unmeasured ones (default 2,000): a running sidecar has long since compiled its OSC path, and
 * until the JIT has, its compiler threads take a core from the two this is measured on.
 *
 * <p>Usage: {@code OscRoundTrip HOST PORT COUNT [JSON [WARMUP]]}
 */
public final class OscRoundTrip {
  /** Introduces this socket as a device (protocol v2): the sidecar serves only senders that did. */
  static void handshake(DatagramSocket socket, InetSocketAddress sidecar, OscCodec codec)
      throws Exception {
    byte[] hello = codec.encode(OscMessages.test(1, "bench-" + socket.getLocalPort(), "Bench"));
    socket.send(new DatagramPacket(hello, hello.length, sidecar));
    byte[] buffer = new byte[1024];
    DatagramPacket p = new DatagramPacket(buffer, buffer.length);
    socket.receive(p);
    OscMessages.readAck(codec.decode(p.getData(), p.getLength()));
  }

  public static void main(String[] args) throws Exception {
    InetSocketAddress sidecar =
        new InetSocketAddress(InetAddress.getByName(args[0]), Integer.parseInt(args[1]));
    int count = Integer.parseInt(args[2]);
    String json = args.length > 3 ? args[3] : "{\"part\":\"chords\",\"key\":\"10B\",\"bars\":4}";
    OscCodec codec = new OscCodec();
    NotesReassembler reassembler = new NotesReassembler();
    byte[] buffer = new byte[65536];
    try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
      socket.setSoTimeout(5000);
      handshake(socket, sidecar, codec);
      int warmup = args.length > 4 ? Integer.parseInt(args[4]) : Math.min(2000, count);
      long[] lat = new long[count];
      int chunksSeen = 0;
      for (int i = -warmup; i < count; i++) {
        int request = i + warmup + 1;
        byte[] datagram = codec.encode(OscMessages.generate(request, json));
        long t0 = System.nanoTime();
        socket.send(new DatagramPacket(datagram, datagram.length, sidecar));
        String payload = null;
        while (payload == null) {
          DatagramPacket p = new DatagramPacket(buffer, buffer.length);
          socket.receive(p);
          OSCMessage m = codec.decode(p.getData(), p.getLength());
          if (!m.getAddress().equals(OscProtocol.NOTES)) {
            throw new IllegalStateException(
                "expected notes, got " + m.getAddress() + " " + m.getArguments());
          }
          NotesChunk chunk = OscMessages.readNotesChunk(m);
          chunksSeen = chunk.chunks();
          payload = reassembler.offer(chunk, System.currentTimeMillis());
        }
        long t1 = System.nanoTime();
        if (i >= 0) lat[i] = t1 - t0;
      }
      Arrays.sort(lat);
      System.out.printf(
          "OSC generate round trip, %d requests after %d unmeasured (%d datagram(s) of notes each, %s):%n",
          count, warmup, chunksSeen, json);
      System.out.printf(
          "latency ms: p50 %.3f  p90 %.3f  p99 %.3f  p99.9 %.3f  max %.3f%n",
          HttpLoad.pct(lat, 50),
          HttpLoad.pct(lat, 90),
          HttpLoad.pct(lat, 99),
          HttpLoad.pct(lat, 99.9),
          lat[lat.length - 1] / 1e6);
    }
  }
}
