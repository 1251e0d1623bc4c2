package ai.sergik.sidecar;

import ai.sergik.osc.Ack;
import ai.sergik.osc.NotesChunk;
import ai.sergik.osc.NotesReassembler;
import ai.sergik.osc.OscCodec;
import ai.sergik.osc.OscMessages;
import ai.sergik.osc.OscProtocol;
import ai.sergik.osc.OscProtocolException;
import com.illposed.osc.OSCMessage;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;

/** The device's side of the OSC protocol over a real UDP socket, sending and receiving on one port. */
final class FakeDevice implements AutoCloseable {
  final DatagramSocket socket;
  final OscCodec codec = new OscCodec();
  final InetSocketAddress sidecar;
  final NotesReassembler reassembler = new NotesReassembler();
  /** How {@link #serve} delivers a clip's chunks: as cut, by default; a test may reorder or repeat them, as UDP may. */
  volatile java.util.function.UnaryOperator<java.util.List<OSCMessage>> clipDelivery =
      chunks -> chunks;
  /** The {@code /sergik/result} and {@code /sergik/error} answers to this device's own requests while it {@link #serve}s. */
  final java.util.concurrent.BlockingQueue<OSCMessage> replies =
      new java.util.concurrent.LinkedBlockingQueue<>();

  FakeDevice(int sidecarPort) throws IOException {
    this.socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
    this.socket.setSoTimeout(5000);
    this.sidecar = new InetSocketAddress(InetAddress.getLoopbackAddress(), sidecarPort);
  }

  int port() {
    return socket.getLocalPort();
  }

  void send(OSCMessage message) throws IOException, OscProtocolException {
    sendRaw(codec.encode(message));
  }

  void sendRaw(byte[] bytes) throws IOException {
    socket.send(new DatagramPacket(bytes, bytes.length, sidecar));
  }

  /** The next message, or an AssertionError after the socket timeout. */
  OSCMessage receive() throws IOException, OscProtocolException {
    byte[] datagram = receiveBytes();
    return codec.decode(datagram, datagram.length);
  }

  /** The next datagram as it came over the wire, or an AssertionError after the socket timeout. */
  byte[] receiveBytes() throws IOException {
    byte[] buffer = new byte[65536];
    DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
    try {
      socket.receive(packet);
    } catch (SocketTimeoutException e) {
      throw new AssertionError(
          "no OSC message from the sidecar within " + socket.getSoTimeout() + " ms");
    }
    return java.util.Arrays.copyOf(packet.getData(), packet.getLength());
  }

  /** A version-2 handshake as device {@code id} on {@code track}; returns the ack. */
  Ack hello(String id, String track) throws IOException, OscProtocolException {
    send(OscMessages.test(7, id, track));
    OSCMessage reply = receive();
    if (!reply.getAddress().equals(OscProtocol.ACK)) {
      throw new AssertionError("expected " + OscProtocol.ACK + " but got " + reply.getAddress()
          + " " + reply.getArguments());
    }
    return OscMessages.readAck(reply);
  }

  /** Reads {@code /sergik/notes} chunks until one payload is complete and returns it. */
  String receiveNotes(int request) throws IOException, OscProtocolException {
    while (true) {
      OSCMessage m = receive();
      if (!m.getAddress().equals(OscProtocol.NOTES)) {
        throw new AssertionError("expected " + OscProtocol.NOTES + " but got " + m.getAddress()
            + " " + m.getArguments());
      }
      NotesChunk chunk = OscMessages.readNotesChunk(m);
      if (chunk.request() != request) {
        throw new AssertionError("notes for request " + chunk.request() + ", expected " + request);
      }
      String done = reassembler.offer(chunk, System.currentTimeMillis());
      if (done != null) {
        return done;
      }
    }
  }

  /**
   * Answers the sidecar from {@code live} on a thread of its own until closed, as the device does: {@code /ableton/set}
   * with {@code /sergik/result} (the new state) or {@code /sergik/error}, {@code /ableton/read} with the chunked
   * {@code /sergik/clip}, and a pushed notes payload with {@code notes_received} once {@code live} holds it. Tests then
   * talk to the device only through the sidecar.
   */
  FakeDevice serve(FakeLive live) {
    Thread t = new Thread(
        () -> {
          NotesReassembler pushes = new NotesReassembler();
          while (!socket.isClosed()) {
            try {
              OSCMessage m = receive();
              switch (m.getAddress()) {
                case OscProtocol.SET, OscProtocol.READ -> {
                  var request = OscMessages.readRequest(m);
                  var json = ai.sergik.api.Json.MAPPER.readTree(request.text());
                  try {
                    if (m.getAddress().equals(OscProtocol.SET)) {
                      send(OscMessages.result(request.request(), live.set(json).toString()));
                    } else {
                      for (OSCMessage chunk : clipDelivery.apply(
                          OscMessages.clip(request.request(), live.read(json).toString()))) {
                        send(chunk);
                      }
                    }
                  } catch (FakeLive.Refused e) {
                    send(OscMessages.error(request.request(), e.getMessage()));
                  }
                }
                case OscProtocol.NOTES -> {
                  String done =
                      pushes.offer(OscMessages.readNotesChunk(m), System.currentTimeMillis());
                  if (done != null) {
                    var payload = ai.sergik.api.Json.MAPPER.readTree(done);
                    live.write(payload);
                    send(OscMessages.action(
                        0,
                        OscProtocol.ACTION_NOTES_RECEIVED,
                        "{\"push_id\":"
                            + payload.path(OscProtocol.PUSH_ID_FIELD).asInt() + ",\"count\":"
                            + payload.path("notes").size() + "}"));
                  }
                }
                case OscProtocol.RESULT, OscProtocol.ERROR -> replies.add(m);
                default -> {}
              }
            } catch (AssertionError quiet) {
              // no message within the socket timeout: keep listening
            } catch (IOException | OscProtocolException e) {
              if (!socket.isClosed()) {
                throw new IllegalStateException("fake device failed", e);
              }
            }
          }
        },
        "fake-device-" + port());
    t.setDaemon(true);
    t.start();
    return this;
  }

  /** The next answer to one of this device's own requests while it serves, or an AssertionError after 10 s. */
  ai.sergik.osc.OscReply nextReply() throws InterruptedException, OscProtocolException {
    OSCMessage m = replies.poll(10, java.util.concurrent.TimeUnit.SECONDS);
    if (m == null) {
      throw new AssertionError("no /sergik/result or /sergik/error within 10 s");
    }
    return OscMessages.readReply(m);
  }

  void setTimeout(int millis) throws IOException {
    socket.setSoTimeout(millis);
  }

  @Override
  public void close() {
    socket.close();
  }
}
