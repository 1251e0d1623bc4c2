package ai.sergik.bench;

import ai.sergik.osc.OscCodec;
import ai.sergik.osc.OscMessages;
import ai.sergik.osc.OscProtocol;
import com.illposed.osc.OSCMessage;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;

/**
 * A flood of heavy {@code /sergik/generate} requests from a device that did the handshake, sent as fast as the
 * socket takes them: the sidecar runs what its bounded queue holds and sheds the rest with a short error.
 * Prints how many requests were answered with notes and how many were shed (replies the socket dropped are
 * neither). Run by {@code scripts/bench-osc-flood}, which reports the server's RSS around it.
 *
 * <p>Usage: {@code OscFlood HOST PORT COUNT [JSON]}
 */
public final class OscFlood {
  public static void main(String[] args) throws Exception {
    InetSocketAddress sidecar =
        new InetSocketAddress(InetAddress.getByName(args[0]), Integer.parseInt(args[1]));
    int count = Integer.parseInt(args[2]);
    String json = args.length > 3
        ? args[3]
        : "{\"part\":\"arp\",\"bars\":64,\"rate\":\"1/32\",\"octaves\":4}";
    OscCodec codec = new OscCodec();
    try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
      socket.setReceiveBufferSize(8 * 1024 * 1024);
      socket.setSoTimeout(5000);
      // A version-1 handshake, which every sidecar version answers, so the same flood runs against
      // older builds.
      byte[] hello = codec.encode(OscMessages.test(1));
      socket.send(new DatagramPacket(hello, hello.length, sidecar));
      DatagramPacket ack = new DatagramPacket(new byte[1024], 1024);
      socket.receive(ack);
      OscMessages.readAck(codec.decode(ack.getData(), ack.getLength()));
      int[] notes = new int[1];
      int[] shed = new int[1];
      int[] other = new int[1];
      Thread reader = new Thread(() -> {
        byte[] buffer = new byte[65536];
        try {
          socket.setSoTimeout(3000);
          while (true) {
            DatagramPacket p = new DatagramPacket(buffer, buffer.length);
            socket.receive(p);
            OSCMessage m = codec.decode(p.getData(), p.getLength());
            if (m.getAddress().equals(OscProtocol.NOTES)) {
              if ((Integer) m.getArguments().get(1) == 0) {
                notes[0]++;
              }
            } else if (m.getAddress().equals(OscProtocol.ERROR)
                && String.valueOf(m.getArguments().get(1)).contains("busy")) {
              shed[0]++;
            } else {
              other[0]++;
            }
          }
        } catch (SocketTimeoutException quiet) {
          // 3 s without a reply: the flood is over
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      reader.start();
      long t0 = System.nanoTime();
      for (int request = 1; request <= count; request++) {
        byte[] datagram = codec.encode(OscMessages.generate(request, json));
        socket.send(new DatagramPacket(datagram, datagram.length, sidecar));
      }
      long sentMs = (System.nanoTime() - t0) / 1_000_000;
      reader.join();
      System.out.printf(
          "OSC flood: %d generate requests of %d bytes sent in %d ms (%s)%n",
          count, codec.encode(OscMessages.generate(count, json)).length, sentMs, json);
      System.out.printf(
          "answered with notes: %d; shed with \"busy\": %d; other replies: %d; lost on the way: %d%n",
          notes[0], shed[0], other[0], count - notes[0] - shed[0] - other[0]);
    }
  }
}
