package ai.sergik.studio;

import ai.sergik.api.Json;
import ai.sergik.osc.NotesChunk;
import ai.sergik.osc.NotesReassembler;
import ai.sergik.osc.OscCodec;
import ai.sergik.osc.OscMessages;
import ai.sergik.osc.OscProtocol;
import com.fasterxml.jackson.databind.JsonNode;
import com.illposed.osc.OSCMessage;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.util.concurrent.CompletableFuture;

/**
 * A device on a named track, as the sidecar sees one over real UDP: it says hello (protocol v2) and keeps
 * saying it, and confirms every pushed notes payload the way the real device does after Live took the notes.
 */
final class StudioFakeDevice implements AutoCloseable {
  final CompletableFuture<JsonNode> received = new CompletableFuture<>();
  private final DatagramSocket socket;
  private final InetSocketAddress sidecar;
  private final OscCodec codec = new OscCodec();
  private final NotesReassembler reassembler = new NotesReassembler();
  private final Thread listener;
  private final java.util.concurrent.ScheduledExecutorService heartbeat =
      java.util.concurrent.Executors.newSingleThreadScheduledExecutor();

  StudioFakeDevice(int sidecarPort, String id, String track) throws Exception {
    socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
    sidecar = new InetSocketAddress(InetAddress.getLoopbackAddress(), sidecarPort);
    listener = new Thread(this::listen, "fake-device-" + track);
    listener.setDaemon(true);
    listener.start();
    heartbeat.scheduleAtFixedRate(
        () -> send(OscMessages.test(1, id, track)),
        0,
        OscProtocol.HEARTBEAT_MILLIS,
        java.util.concurrent.TimeUnit.MILLISECONDS);
  }

  private void listen() {
    byte[] buffer = new byte[65536];
    while (!socket.isClosed()) {
      try {
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        socket.receive(packet);
        OSCMessage m = codec.decode(packet.getData(), packet.getLength());
        if (!m.getAddress().equals(OscProtocol.NOTES)) continue;
        NotesChunk chunk = OscMessages.readNotesChunk(m);
        String payload = reassembler.offer(chunk, System.currentTimeMillis());
        if (payload == null) continue;
        JsonNode notes = Json.MAPPER.readTree(payload);
        send(OscMessages.action(
            0,
            OscProtocol.ACTION_NOTES_RECEIVED,
            "{\"push_id\":" + notes.get(OscProtocol.PUSH_ID_FIELD).asInt() + ",\"count\":"
                + notes.get("notes").size() + "}"));
        received.complete(notes);
      } catch (SocketException closed) {
        return;
      } catch (Exception e) {
        received.completeExceptionally(e);
      }
    }
  }

  private void send(OSCMessage message) {
    try {
      byte[] bytes = codec.encode(message);
      socket.send(new DatagramPacket(bytes, bytes.length, sidecar));
    } catch (Exception e) {
      received.completeExceptionally(e);
    }
  }

  @Override
  public void close() throws IOException {
    heartbeat.shutdownNow();
    socket.close();
  }
}
