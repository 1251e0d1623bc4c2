package ai.sergik.sidecar;

import ai.sergik.api.ActionHandler;
import ai.sergik.api.ApiException;
import ai.sergik.api.ErrorMapper;
import ai.sergik.api.Json;
import ai.sergik.api.JsonFields;
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
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads each datagram the OSC socket receives and answers it: handshake, tempo, transport and track
 * updates inline; generate and action requests on the worker pool. Anything it cannot read is answered
 * with {@code /sergik/error} to the sender and logged (rate-limited); nothing it receives can stop it.
 */
final class OscDispatcher {
  private static final Logger log = LoggerFactory.getLogger(OscDispatcher.class);

  private final OscCodec codec = new OscCodec();
  private final OscSender sender;
  private final DeviceLink link;
  private final OscGenerator generator;
  private final Map<String, ActionHandler> actions;
  private final String version;
  private final Executor workers;
  private final RateLimitedLog badPackets = new RateLimitedLog(log, 1000);
  private final AtomicLong received = new AtomicLong();
  private final AtomicLong errors = new AtomicLong();

  OscDispatcher(OscSender sender, DeviceLink link, OscGenerator generator, Map<String, ActionHandler> actions,
      String version, Executor workers) {
    this.sender = sender;
    this.link = link;
    this.generator = generator;
    this.actions = Map.copyOf(actions);
    this.version = version;
    this.workers = workers;
  }

  long received() { return received.get(); }

  long errors() { return errors.get(); }

  /** Called by the receive thread for every datagram; never throws. */
  void onDatagram(byte[] data, int length, InetSocketAddress from) {
    received.incrementAndGet();
    OSCMessage message;
    try {
      message = codec.decode(data, length);
    } catch (OscProtocolException e) {
      reject(OscProtocol.PUSH_REQUEST, e.getMessage(), from);
      return;
    }
    try {
      dispatch(message, from);
    } catch (OscProtocolException e) {
      reject(OscMessages.requestIdOf(message), e.getMessage(), from);
    } catch (RuntimeException e) {
      log.error("OSC {} from {} failed", message.getAddress(), from, e);
      reject(OscMessages.requestIdOf(message), "the sidecar failed on " + message.getAddress() + "; see its log", from);
    }
  }

  private void dispatch(OSCMessage m, InetSocketAddress from) throws OscProtocolException {
    String address = m.getAddress();
    switch (address) {
      case OscProtocol.TEST -> {
        int nonce = OscMessages.readTest(m);
        link.handshake(from);
        send(OscMessages.ack(nonce, version), from);
      }
      case OscProtocol.TEMPO -> {
        double bpm = OscMessages.readTempo(m);
        link.heard();
        link.tempo(bpm);
      }
      case OscProtocol.TRANSPORT -> {
        var transport = OscMessages.readTransport(m);
        link.heard();
        link.transport(transport);
      }
      case OscProtocol.GENERATE -> {
        OscRequest request = OscMessages.readGenerate(m);
        link.heard();
        submit(request, from, () -> generate(request, from));
      }
      case OscProtocol.ACTION -> {
        OscRequest request = OscMessages.readAction(m);
        link.heard();
        if (OscProtocol.ACTION_NOTES_RECEIVED.equals(request.name())) {
          confirm(request, from);
        } else {
          submit(request, from, () -> action(request, from));
        }
      }
      default -> {
        if (OscMessages.isTrackAddress(address)) {
          var parameter = OscMessages.readTrack(m);
          link.heard();
          link.track(parameter);
        } else {
          throw new OscProtocolException("unknown address " + address + "; protocol v" + OscProtocol.VERSION
              + " accepts " + OscProtocol.TEST + ", " + OscProtocol.TEMPO + ", " + OscProtocol.TRANSPORT + ", "
              + OscProtocol.TRACK_PREFIX + "<n>/<param>, " + OscProtocol.GENERATE + " and " + OscProtocol.ACTION);
        }
      }
    }
  }

  private void submit(OscRequest request, InetSocketAddress from, Runnable work) {
    try {
      workers.execute(work);
    } catch (RejectedExecutionException e) {
      reject(request.request(), "the sidecar is shutting down; " + request.name() + " was not run", from);
    }
  }

  private void generate(OscRequest request, InetSocketAddress from) {
    try {
      ObjectNode payload = generator.generate(fields(request));
      sender.sendAll(OscMessages.notes(request.request(), payload.toString()), from);
    } catch (Exception e) {
      reject(request.request(), message(e, "generate"), from);
    }
  }

  private void action(OscRequest request, InetSocketAddress from) {
    ActionHandler handler = actions.get(request.name());
    if (handler == null) {
      reject(request.request(), "unknown action " + request.name() + "; known actions: "
          + String.join(", ", new TreeSet<>(actions.keySet())), from);
      return;
    }
    try {
      Object result = handler.handle(fields(request));
      send(OscMessages.result(request.request(), Json.MAPPER.writeValueAsString(result)), from);
    } catch (Exception e) {
      reject(request.request(), message(e, request.name()), from);
    }
  }

  private void confirm(OscRequest request, InetSocketAddress from) throws OscProtocolException {
    ObjectNode body = fields(request).node();
    JsonNode id = body.get(OscProtocol.PUSH_ID_FIELD);
    if (id == null || !id.canConvertToInt()) {
      throw new OscProtocolException(OscProtocol.ACTION_NOTES_RECEIVED + " needs {\"" + OscProtocol.PUSH_ID_FIELD
          + "\": <the push_id of the notes payload>}");
    }
    link.confirmed(id.intValue(), body);
  }

  private static JsonFields fields(OscRequest request) throws OscProtocolException {
    String json = request.json().isBlank() ? "{}" : request.json();
    JsonNode node;
    try {
      node = Json.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new OscProtocolException(request.name() + " request " + request.request() + ": JSON is not valid: "
          + Json.describe(e));
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

  private void reject(int request, String message, InetSocketAddress from) {
    errors.incrementAndGet();
    badPackets.warn("OSC from {}: {}", from, message);
    send(OscMessages.error(request, message), from);
  }
}
