package ai.sergik.device;

import ai.sergik.osc.Ack;
import ai.sergik.osc.NotesChunk;
import ai.sergik.osc.NotesReassembler;
import ai.sergik.osc.OscCodec;
import ai.sergik.osc.OscMessages;
import ai.sergik.osc.OscProtocol;
import ai.sergik.osc.OscProtocolException;
import ai.sergik.osc.OscReply;
import ai.sergik.osc.Transport;
import com.illposed.osc.OSCMessage;
import java.io.IOException;
import java.net.BindException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

/**
 * The device's OSC connection to the sidecar, on its own thread so Max's scheduler and main thread never
 * wait for the network. It handshakes ({@code /sergik/test} → {@code /sergik/ack}) and repeats the handshake
 * as a heartbeat, reports connected/absent on change, streams tempo and transport on change at most once per
 * {@link Settings#streamIntervalMs} each (always ending on the latest value), sends generation requests with a
 * timeout, and reassembles chunked {@code /sergik/notes}.
 *
 * <p>{@link Listener} methods run on the link's thread; {@link #close()} stops the thread and closes the
 * socket, and returns once the thread has ended.
 */
final class SidecarLink {
  /** What the link reports; called on the link's thread. */
  interface Listener {
    void status(boolean connected, String detail);

    void notes(int request, String json);

    void error(int request, String message);

    void result(int request, String json);

    /**
     * A request the sidecar makes of Live ({@link OscProtocol#SET}, {@link OscProtocol#READ}) or its answer to
     * a suggestion request ({@link OscProtocol#SUGGEST}); only from the sidecar this link handshook with.
     */
    void request(String address, int request, String json);
  }

  /** Where the link reads the time: {@link #SYSTEM} in Max, a clock the test moves in tests. */
  interface Ticker {
    /** Nanoseconds from an arbitrary origin, as {@link System#nanoTime()}. */
    long nanos();

    /** The device's one reading of the system clock: the link's thread is not Max's, so it has no MaxClock. */
    Ticker SYSTEM = System::nanoTime;
  }

  /** Where the sidecar is, how often to talk to it, and which clock times the talking. */
  static final class Settings {
    static final long DEFAULT_HEARTBEAT_MS =
        OscProtocol.HEARTBEAT_MILLIS; // the window the sidecar counts on is 3 of these
    static final long DEFAULT_STREAM_INTERVAL_MS = 50;
    static final long DEFAULT_REQUEST_TIMEOUT_MS = 5000;

    final String host;
    final int port;
    final int listenPort;
    final long heartbeatMs;
    final long streamIntervalMs;
    final long requestTimeoutMs;
    final Ticker ticker;

    Settings(
        String host,
        int port,
        int listenPort,
        long heartbeatMs,
        long streamIntervalMs,
        long requestTimeoutMs) {
      this(host, port, listenPort, heartbeatMs, streamIntervalMs, requestTimeoutMs, Ticker.SYSTEM);
    }

    private Settings(
        String host,
        int port,
        int listenPort,
        long heartbeatMs,
        long streamIntervalMs,
        long requestTimeoutMs,
        Ticker ticker) {
      if (port < 1 || port > 65535) {
        throw new IllegalArgumentException("sidecar port must be 1..65535, got " + port);
      }
      if (listenPort < 0 || listenPort > 65535) {
        throw new IllegalArgumentException(
            "device port must be 0..65535 (0 = any free port), got " + listenPort);
      }
      this.host = host;
      this.port = port;
      this.listenPort = listenPort;
      this.heartbeatMs = heartbeatMs;
      this.streamIntervalMs = streamIntervalMs;
      this.requestTimeoutMs = requestTimeoutMs;
      this.ticker = ticker;
    }

    static Settings defaults() {
      return new Settings(
          OscProtocol.DEFAULT_HOST,
          OscProtocol.DEFAULT_SIDECAR_PORT,
          OscProtocol.DEFAULT_DEVICE_PORT,
          DEFAULT_HEARTBEAT_MS,
          DEFAULT_STREAM_INTERVAL_MS,
          DEFAULT_REQUEST_TIMEOUT_MS);
    }

    Settings withAddress(String newHost, int newPort) {
      return new Settings(
          newHost, newPort, listenPort, heartbeatMs, streamIntervalMs, requestTimeoutMs, ticker);
    }

    Settings withTicker(Ticker newTicker) {
      return new Settings(
          host, port, listenPort, heartbeatMs, streamIntervalMs, requestTimeoutMs, newTicker);
    }
  }

  /** Room for a burst of notes chunks (a 2,000-note clip is about 20 datagrams of 8 KiB). */
  private static final int RECEIVE_BUFFER_BYTES = 2 * 1024 * 1024;

  /** Longest the thread sleeps in receive before it looks at its timers. */
  private static final int POLL_MS = 10;

  private final Settings settings;
  private final Listener listener;
  private final InetSocketAddress sidecar;
  private final DatagramSocket socket;
  private final Thread thread;
  private final OscCodec codec = new OscCodec();
  private final NotesReassembler reassembler = new NotesReassembler();
  private final ConcurrentLinkedQueue<OSCMessage> outbox = new ConcurrentLinkedQueue<OSCMessage>();
  private final Map<Integer, Long> deadlines = new LinkedHashMap<Integer, Long>();
  private final Object lock = new Object();
  private final long started;
  private volatile boolean closed;
  private volatile boolean connected;
  private int nextRequest = 1;
  // Who this device is (protocol v2); written by Max's threads, read by the link thread under lock.
  private String deviceId = "";
  private String track = "";
  private boolean identityChanged;
  private int nonce;
  private int previousNonce;

  // Latest stream values (written by Max's threads, read by the link thread under lock).
  private Double tempo;
  private Transport transport;
  private Double sentTempo;
  private Transport sentTransport;
  private long tempoSentAt;
  private long transportSentAt;

  /** Opens the socket and starts the thread. */
  SidecarLink(Settings settings, Listener listener) throws IOException {
    this.settings = settings;
    this.listener = listener;
    this.started = settings.ticker.nanos();
    this.sidecar = new InetSocketAddress(InetAddress.getByName(settings.host), settings.port);
    this.socket = bind(settings.listenPort);
    this.socket.setSoTimeout(POLL_MS);
    // A pushed clip arrives as a burst of 8 KiB datagrams; the default buffer (about 200 KiB) would
    // drop some.
    this.socket.setReceiveBufferSize(RECEIVE_BUFFER_BYTES);
    // A random start, so that an ack meant for an earlier link of this device is not taken for this
    // one.
    this.nonce = new Random().nextInt(Integer.MAX_VALUE);
    this.thread = new Thread(this::loop, "sergik-osc-" + socket.getLocalPort());
    this.thread.setDaemon(true);
    this.thread.start();
  }

  /** Binds the device port, or any free port when it is taken (another SERGIK device in the same Live set). */
  private static DatagramSocket bind(int port) throws SocketException {
    try {
      return new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    } catch (BindException taken) {
      return new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    }
  }

  int localPort() {
    return socket.getLocalPort();
  }

  boolean connected() {
    return connected;
  }

  Settings settings() {
    return settings;
  }

  /**
   * The device id and the name of its track; a change is announced with a handshake at once (protocol v2:
   * {@code /sergik/test i nonce, s device_id, s track}).
   */
  void identity(String id, String trackName) {
    synchronized (lock) {
      if (!id.equals(deviceId) || !trackName.equals(track)) {
        deviceId = id;
        track = trackName;
        identityChanged = true;
      }
    }
  }

  /** Live's tempo changed; streamed on change, rate-limited. */
  void tempo(double bpm) {
    synchronized (lock) {
      tempo = bpm;
    }
  }

  /** Live's transport changed; streamed on change, rate-limited. */
  void transport(boolean playing, double beats) {
    synchronized (lock) {
      transport =
          new Transport(playing ? OscProtocol.STATE_PLAYING : OscProtocol.STATE_STOPPED, beats);
    }
  }

  /** Sends a generation request; returns its id. The answer arrives as notes or an error, or times out. */
  int generate(String json) {
    int request = awaitedRequest();
    outbox.add(OscMessages.generate(request, json));
    return request;
  }

  /** Sends an action whose answer comes back under its request id (e.g. suggestions); returns the id. */
  int ask(String name, String json) {
    int request = awaitedRequest();
    outbox.add(OscMessages.action(request, name, json));
    return request;
  }

  /** A new request id whose answer is awaited until the request timeout (then it is reported as an error). */
  private int awaitedRequest() {
    synchronized (lock) {
      int request = nextRequest++;
      deadlines.put(
          request,
          settings.ticker.nanos() + TimeUnit.MILLISECONDS.toNanos(settings.requestTimeoutMs));
      return request;
    }
  }

  /** Answers a request of the sidecar's: {@code /sergik/result}. */
  void reply(int request, String json) {
    outbox.add(OscMessages.result(request, json));
  }

  /** Answers a request of the sidecar's with an error: {@code /sergik/error}. */
  void replyError(int request, String message) {
    outbox.add(OscMessages.error(request, message));
  }

  /** Answers {@code /ableton/read} with the clip, chunked as {@code /sergik/clip}. */
  void replyClip(int request, String json) {
    outbox.addAll(OscMessages.clip(request, json));
  }

  /** Sends an action the sidecar needs no answer to (e.g. the confirmation of pushed notes). */
  void action(String name, String json) {
    outbox.add(OscMessages.action(OscProtocol.PUSH_REQUEST, name, json));
  }

  /** Stops the thread and closes the socket; returns when the thread has ended. */
  void close() {
    stop();
    awaitStopped();
  }

  /** Tells the thread to end and closes the socket, without waiting. */
  void stop() {
    closed = true;
    socket.close();
    thread.interrupt();
  }

  /**
   * Waits (up to 2 s) for the thread to end. The device calls it without holding its lock, since the thread may
   * be handing a last message over to Max's main thread.
   */
  void awaitStopped() {
    try {
      thread.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  boolean threadAlive() {
    return thread.isAlive();
  }

  private void loop() {
    byte[] buffer = new byte[OscProtocol.MAX_DATAGRAM_BYTES];
    DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
    long nextHandshake = settings.ticker.nanos();
    long lastAck = 0;
    boolean everReported = false;
    while (!closed) {
      try {
        long now = settings.ticker.nanos(); // once a turn: everything in the turn happens "now"
        boolean announce;
        synchronized (lock) {
          announce = identityChanged;
          identityChanged = false;
        }
        if (now - nextHandshake >= 0 || announce) {
          String id;
          String trackName;
          synchronized (lock) {
            previousNonce = nonce;
            nonce = (nonce + 1) & 0x7fffffff;
            id = deviceId;
            trackName = track;
          }
          send(OscMessages.test(nonce, id, trackName));
          nextHandshake = now + TimeUnit.MILLISECONDS.toNanos(settings.heartbeatMs);
          long silence = TimeUnit.MILLISECONDS.toNanos(settings.heartbeatMs * 2 + 500);
          if ((connected && now - lastAck > silence)
              || (!everReported && lastAck == 0 && now - started > silence)) {
            connected = false;
            everReported = true;
            listener.status(
                false,
                "no answer from the sidecar at " + describe()
                    + "; start it with scripts/sergik serve");
          }
        }
        sendStreams(now);
        OSCMessage out;
        while ((out = outbox.poll()) != null) {
          send(out);
        }
        expireRequests(now);
        packet.setLength(buffer.length);
        try {
          socket.receive(packet);
        } catch (SocketTimeoutException idle) {
          continue;
        }
        if (packet.getPort() != sidecar.getPort()
            || !packet.getAddress().equals(sidecar.getAddress())) {
          continue; // a stranger: only the sidecar this link talks to may speak to the device
        }
        OSCMessage message = codec.decode(packet.getData(), packet.getLength());
        long ack = handle(message, now);
        if (ack > 0) {
          lastAck = ack;
          everReported = true;
        }
      } catch (OscProtocolException e) {
        listener.error(
            OscProtocol.PUSH_REQUEST,
            "sidecar sent a message the device cannot read: " + e.getMessage());
      } catch (IOException e) {
        if (!closed) {
          listener.error(OscProtocol.PUSH_REQUEST, "OSC socket error: " + e.getMessage());
        }
      } catch (RuntimeException e) {
        if (!closed) {
          listener.error(OscProtocol.PUSH_REQUEST, "OSC link error: " + e);
        }
      }
    }
  }

  private String describe() {
    return settings.host + ":" + settings.port;
  }

  /** Handles one message received in the turn that began at {@code now}; returns {@code now} for a valid ack, else 0. */
  private long handle(OSCMessage message, long now) throws OscProtocolException {
    String address = message.getAddress();
    if (OscProtocol.ACK.equals(address)) {
      Ack ack = OscMessages.readAck(message);
      synchronized (lock) {
        if (ack.nonce() != nonce && ack.nonce() != previousNonce) {
          return 0;
        }
      }
      if (!ack.compatible()) {
        connected = false;
        listener.status(
            false,
            "the sidecar speaks OSC protocol " + ack.protocol() + ", this device speaks "
                + OscProtocol.VERSION + "; update one of them");
        return now;
      }
      if (!connected) {
        connected = true;
        listener.status(true, "sidecar " + ack.version() + " at " + describe());
      }
      return now;
    }
    if (OscProtocol.NOTES.equals(address)) {
      NotesChunk chunk = OscMessages.readNotesChunk(message);
      synchronized (lock) {
        deadlines.remove(chunk.request());
      }
      String json = reassembler.offer(chunk, TimeUnit.NANOSECONDS.toMillis(now));
      if (json != null) {
        listener.notes(chunk.request(), json);
      }
      return 0;
    }
    if (OscProtocol.RESULT.equals(address) || OscProtocol.ERROR.equals(address)) {
      OscReply reply = OscMessages.readReply(message);
      synchronized (lock) {
        deadlines.remove(reply.request());
      }
      if (reply.isError()) {
        listener.error(reply.request(), reply.text());
      } else {
        listener.result(reply.request(), reply.text());
      }
      return 0;
    }
    if (OscProtocol.SET.equals(address)
        || OscProtocol.READ.equals(address)
        || OscProtocol.SUGGEST.equals(address)) {
      OscReply request = OscMessages.readRequest(message);
      if (OscProtocol.SUGGEST.equals(address)) {
        synchronized (lock) {
          deadlines.remove(request.request());
        }
      } else if (!connected) {
        // Live is changed only by the sidecar this device handshook with, never before the
        // handshake.
        return 0;
      }
      listener.request(address, request.request(), request.text());
      return 0;
    }
    throw new OscProtocolException("unexpected address " + address + "; the device understands "
        + OscProtocol.ACK + ", " + OscProtocol.NOTES + ", " + OscProtocol.RESULT + ", "
        + OscProtocol.ERROR + ", "
        + OscProtocol.SET + ", " + OscProtocol.READ + " and " + OscProtocol.SUGGEST);
  }

  private void sendStreams(long now) throws IOException, OscProtocolException {
    long interval = TimeUnit.MILLISECONDS.toNanos(settings.streamIntervalMs);
    OSCMessage tempoMessage = null;
    OSCMessage transportMessage = null;
    synchronized (lock) {
      if (tempo != null && !tempo.equals(sentTempo) && now - tempoSentAt >= interval) {
        sentTempo = tempo;
        tempoSentAt = now;
        tempoMessage = OscMessages.tempo(tempo);
      }
      if (transport != null
          && !transport.equals(sentTransport)
          && now - transportSentAt >= interval) {
        sentTransport = transport;
        transportSentAt = now;
        transportMessage = OscMessages.transport(transport);
      }
    }
    if (tempoMessage != null) {
      send(tempoMessage);
    }
    if (transportMessage != null) {
      send(transportMessage);
    }
  }

  private void expireRequests(long now) {
    List<Integer> late = new ArrayList<Integer>();
    synchronized (lock) {
      Iterator<Map.Entry<Integer, Long>> it = deadlines.entrySet().iterator();
      while (it.hasNext()) {
        Map.Entry<Integer, Long> e = it.next();
        if (now - e.getValue() >= 0) {
          late.add(e.getKey());
          it.remove();
        }
      }
    }
    for (Integer request : late) {
      listener.error(
          request,
          "the sidecar did not answer request " + request + " within " + settings.requestTimeoutMs
              + " ms");
    }
    for (Integer request : reassembler.expire(TimeUnit.NANOSECONDS.toMillis(now))) {
      listener.error(
          request, "notes for request " + request + " arrived incomplete (chunks missing)");
    }
  }

  private void send(OSCMessage message) throws IOException, OscProtocolException {
    byte[] datagram = codec.encode(message);
    socket.send(new DatagramPacket(datagram, datagram.length, sidecar));
  }
}
