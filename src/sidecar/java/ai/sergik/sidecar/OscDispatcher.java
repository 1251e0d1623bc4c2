package ai.sergik.sidecar;

import ai.sergik.api.ActionHandler;
import ai.sergik.api.ActionReply;
import ai.sergik.api.ApiException;
import ai.sergik.api.ErrorMapper;
import ai.sergik.api.Json;
import ai.sergik.api.JsonFields;
import ai.sergik.link.DeviceLink;
import ai.sergik.link.OscSender;
import ai.sergik.osc.Handshake;
import ai.sergik.osc.OscCodec;
import ai.sergik.osc.OscMessages;
import ai.sergik.osc.OscProtocol;
import ai.sergik.osc.OscProtocolException;
import ai.sergik.osc.OscRequest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.illposed.osc.OSCMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads each datagram the OSC socket receives and answers it: handshake, tempo, transport and track
 * updates inline; generate and action requests on the worker pool. Anything it cannot read is answered
 * with {@code /sergik/error} to the sender and logged (rate-limited); nothing it receives can stop it.
 *
 * <p>Only a connected device (one whose handshake the {@link DeviceLink} holds) is served. A stranger's
 * datagram earns at most an ack to its handshake or an error no larger than the datagram itself, and
 * nothing at all when even the shortest error would be larger: the sidecar is never a UDP amplifier.
 */
final class OscDispatcher {
  private static final Logger log = LoggerFactory.getLogger(OscDispatcher.class);

  /** What a stranger is told, cut to the size of its datagram. */
  static final String HANDSHAKE_FIRST = "send " + OscProtocol.TEST + " first";

  private final OscCodec codec = new OscCodec();
  private final OscSender sender;
  private final DeviceLink link;
  private final OscGenerator generator;
  private final Map<String, ActionHandler> actions;
  private final String version;
  private final Executor workers;
  private final Duration confirmWait;
  private final RateLimitedLog badPackets;
  private final AtomicLong received = new AtomicLong();
  private final AtomicLong errors = new AtomicLong();
  private final AtomicLong shed = new AtomicLong();

  OscDispatcher(
      OscSender sender,
      DeviceLink link,
      OscGenerator generator,
      Map<String, ActionHandler> actions,
      String version,
      Executor workers,
      Duration confirmWait,
      Clock clock) {
    this.sender = sender;
    this.link = link;
    this.generator = generator;
    this.actions = Map.copyOf(actions);
    this.version = version;
    this.workers = workers;
    this.confirmWait = confirmWait;
    this.badPackets = new RateLimitedLog(log, 1000, clock);
  }

  long received() {
    return received.get();
  }

  long errors() {
    return errors.get();
  }

  /** Requests refused because the worker queue was full. */
  long shed() {
    return shed.get();
  }

  /** Called by the receive thread for every datagram; never throws. */
  void onDatagram(byte[] data, int length, InetSocketAddress from) {
    received.incrementAndGet();
    Peer peer = new Peer(from, link.connectedAt(from).isPresent(), length);
    OSCMessage message;
    try {
      message = codec.decode(data, length);
    } catch (OscProtocolException e) {
      reject(OscProtocol.PUSH_REQUEST, e.getMessage(), peer);
      return;
    }
    if (!peer.known() && !OscProtocol.TEST.equals(message.getAddress())) {
      reject(OscMessages.requestIdOf(message), HANDSHAKE_FIRST, peer);
      return;
    }
    try {
      dispatch(message, peer);
    } catch (OscProtocolException e) {
      reject(OscMessages.requestIdOf(message), e.getMessage(), peer);
    } catch (RuntimeException e) {
      log.error("OSC {} from {} failed", message.getAddress(), from, e);
      reject(
          OscMessages.requestIdOf(message),
          "the sidecar failed on " + message.getAddress() + "; see its log",
          peer);
    }
  }

  /** Who sent a datagram: whether it is a connected device, and how large the datagram was. */
  record Peer(InetSocketAddress address, boolean known, int datagramBytes) {}

  private void dispatch(OSCMessage m, Peer peer) throws OscProtocolException {
    String address = m.getAddress();
    InetSocketAddress from = peer.address();
    switch (address) {
      case OscProtocol.TEST -> {
        Handshake hello = OscMessages.readHandshake(m);
        try {
          link.handshake(hello, from);
        } catch (DeviceLink.RefusedException e) {
          badPackets.warn(
              "OSC handshake from {} for device {} refused: {}",
              from,
              hello.deviceId(),
              e.getMessage());
          reject(OscProtocol.PUSH_REQUEST, e.getMessage(), peer);
          return;
        }
        send(OscMessages.ack(hello.nonce(), version, hello.protocol()), from);
      }
      case OscProtocol.TEMPO -> {
        double bpm = OscMessages.readTempo(m);
        link.heard(from);
        link.tempo(bpm);
      }
      case OscProtocol.TRANSPORT -> {
        var transport = OscMessages.readTransport(m);
        link.heard(from);
        link.transport(transport);
      }
      case OscProtocol.GENERATE -> {
        OscRequest request = OscMessages.readGenerate(m);
        link.used(from);
        submit(request, peer, () -> generate(request, peer));
      }
      case OscProtocol.ACTION -> {
        OscRequest request = OscMessages.readAction(m);
        link.used(from);
        if (OscProtocol.ACTION_NOTES_RECEIVED.equals(request.name())) {
          confirm(request, from);
        } else {
          submit(request, peer, () -> action(request, peer));
        }
      }
      case OscProtocol.RESULT, OscProtocol.ERROR -> {
        // The device's answer to an /ableton/set or /ableton/read; never answered back (no error
        // ping-pong).
        var reply = OscMessages.readReply(m);
        link.heard(from);
        boolean expected = reply.isError()
            ? link.requests().error(reply.request(), from, reply.text())
            : link.requests().result(reply.request(), from, reply.text());
        if (!expected) {
          badPackets.warn(
              "OSC {} {} from {} answers no request sent there; ignored{}",
              address,
              reply.request(),
              from,
              reply.isError() ? ": " + reply.text() : "");
        }
      }
      case OscProtocol.CLIP -> {
        var chunk = OscMessages.readClipChunk(m);
        link.heard(from);
        if (!link.requests().clipChunk(chunk, from)) {
          badPackets.warn(
              "OSC {} {} from {} answers no read sent there; ignored",
              address,
              chunk.request(),
              from);
        }
      }
      default -> {
        if (OscMessages.isTrackAddress(address)) {
          var parameter = OscMessages.readTrack(m);
          link.heard(from);
          link.track(parameter);
        } else {
          throw new OscProtocolException(
              "unknown address " + address + "; protocol v" + OscProtocol.VERSION
                  + " accepts " + OscProtocol.TEST + ", " + OscProtocol.TEMPO + ", "
                  + OscProtocol.TRANSPORT + ", "
                  + OscProtocol.TRACK_PREFIX + "<n>/<param>, " + OscProtocol.GENERATE + ", "
                  + OscProtocol.ACTION + " and the answers "
                  + OscProtocol.RESULT + ", " + OscProtocol.CLIP + ", " + OscProtocol.ERROR);
        }
      }
    }
  }

  /** Runs {@code work} on the bounded worker queue; when it is full, the request is shed with a short error. */
  private void submit(OscRequest request, Peer peer, Runnable work) {
    try {
      workers.execute(work);
    } catch (RejectedExecutionException e) {
      shed.incrementAndGet();
      String why =
          workers instanceof ExecutorService pool && pool.isShutdown() ? "shutting down" : "busy";
      reject(
          request.request(),
          "sidecar " + why + "; " + request.name() + " not run, try again",
          peer);
    }
  }

  /**
   * Answers {@code /sergik/generate} with the notes, or with {@code "send_to_live": true} pushes them to the
   * device on {@code track} (or the device active last) and answers {@code /sergik/result {"live": …}}.
   */
  private void generate(OscRequest request, Peer peer) {
    try {
      JsonFields fields = fields(request);
      ObjectNode payload = generator.generate(fields);
      if (!payload.has("notes")) {
        // A prompt that changed Live or wrote a fitted part: what happened, not notes to write
        // here.
        send(OscMessages.result(request.request(), payload.toString()), peer.address());
      } else if (fields.bool("send_to_live", false)) {
        Optional<String> track = fields
            .get("track")
            .filter(t -> !t.isNull())
            .map(t -> t.isTextual() ? t.asText() : t.toString());
        payload.put("play", fields.bool("play", false));
        ObjectNode answer = Json.MAPPER.createObjectNode();
        answer.set("live", link.push(payload, track, confirmWait).toJson(confirmWait));
        send(OscMessages.result(request.request(), answer.toString()), peer.address());
      } else {
        sender.sendAll(OscMessages.notes(request.request(), payload.toString()), peer.address());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      reject(request.request(), "sidecar shutting down; generate not finished", peer);
    } catch (Exception e) {
      reject(request.request(), message(e, "generate"), peer);
    }
  }

  private void action(OscRequest request, Peer peer) {
    ActionHandler handler = actions.get(request.name());
    if (handler == null) {
      reject(
          request.request(),
          "unknown action " + request.name() + "; known actions: "
              + String.join(", ", new TreeSet<>(actions.keySet())),
          peer);
      return;
    }
    try {
      Object result = handler.handle(fields(request));
      if (result instanceof ActionReply reply && OscProtocol.SUGGEST.equals(reply.address())) {
        send(
            OscMessages.suggest(request.request(), Json.MAPPER.writeValueAsString(reply.body())),
            peer.address());
      } else {
        send(
            OscMessages.result(
                request.request(),
                Json.MAPPER.writeValueAsString(
                    result instanceof ActionReply reply ? reply.body() : result)),
            peer.address());
      }
    } catch (Exception e) {
      reject(request.request(), message(e, request.name()), peer);
    }
  }

  private void confirm(OscRequest request, InetSocketAddress from) throws OscProtocolException {
    ObjectNode body = fields(request).node();
    JsonNode id = body.get(OscProtocol.PUSH_ID_FIELD);
    if (id == null || !id.canConvertToInt()) {
      throw new OscProtocolException(OscProtocol.ACTION_NOTES_RECEIVED + " needs {\""
          + OscProtocol.PUSH_ID_FIELD + "\": <the push_id of the notes payload>}");
    }
    if (!link.confirmed(id.intValue(), from, body)) {
      badPackets.warn(
          "OSC {} for push {} from {} matches no push sent there; ignored",
          request.name(),
          id,
          from);
    }
  }

  private static JsonFields fields(OscRequest request) throws OscProtocolException {
    String json = request.json().isBlank() ? "{}" : request.json();
    JsonNode node;
    try {
      node = Json.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new OscProtocolException(request.name() + " request " + request.request()
          + ": JSON is not valid: " + Json.describe(e));
    }
    if (node == null || !node.isObject()) {
      throw new OscProtocolException(request.name() + " request " + request.request()
          + ": JSON must be an object such as {\"part\":\"chords\",\"key\":\"10B\"}");
    }
    return new JsonFields((ObjectNode) node);
  }

  private static String message(Exception e, String what) {
    if (e instanceof OscProtocolException) {
      return e.getMessage();
    }
    if (e instanceof IOException) {
      return what + " could not be sent: " + e.getMessage();
    }
    ApiException api = ErrorMapper.toApiException(e, "OSC " + what);
    return api.getMessage();
  }

  private void send(OSCMessage message, InetSocketAddress to) {
    try {
      sender.send(message, to);
    } catch (OscProtocolException | IOException e) {
      badPackets.warn("could not answer {} at {}: {}", message.getAddress(), to, e.getMessage());
    }
  }

  /**
   * Answers with {@code /sergik/error}: in full to a connected device; to a stranger cut to fit the size of its
   * datagram, or not at all when even an empty error would be larger.
   */
  private void reject(int request, String message, Peer peer) {
    errors.incrementAndGet();
    badPackets.warn(
        "OSC from {}{}: {}", peer.address(), peer.known() ? "" : " (no handshake)", message);
    if (peer.known()) {
      send(OscMessages.error(request, message), peer.address());
      return;
    }
    shortError(request, message, peer.datagramBytes()).ifPresent(e -> send(e, peer.address()));
  }

  /** Bytes of an {@code /sergik/error} around its text: address 16, type tags 4, request 4, string padding 1..4. */
  private static final int ERROR_OVERHEAD_BYTES = 24;

  /** An error of at most {@code maxBytes} on the wire, its text shortened as needed; empty when none fits. */
  static Optional<OSCMessage> shortError(int request, String message, int maxBytes) {
    // An OSC string of n bytes takes 4 * (n / 4 + 1) bytes (terminator and padding included).
    int room = maxBytes - ERROR_OVERHEAD_BYTES;
    if (room < 4) {
      return Optional.empty();
    }
    int maxChars = 4 * (room / 4) - 1;
    String ascii = message.replaceAll("[^\\x20-\\x7e]", "?");
    return Optional.of(OscMessages.error(
        request, ascii.length() <= maxChars ? ascii : ascii.substring(0, maxChars)));
  }
}
