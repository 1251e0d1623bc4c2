package ai.sergik.sidecar;

import ai.sergik.osc.OscMessages;
import ai.sergik.osc.OscProtocol;
import ai.sergik.osc.OscProtocolException;
import ai.sergik.osc.TrackParameter;
import ai.sergik.osc.Transport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the sidecar knows about the device in Live (its address from the latest handshake, tempo,
 * transport, track parameters) and the way to push notes to it and hear whether it took them.
 */
public final class DeviceLink {

  /** A snapshot of the device's state; empty fields mean "never heard". */
  public record Status(
      Optional<Instant> lastHandshake,
      Optional<Instant> lastMessage,
      Optional<InetSocketAddress> address,
      Optional<Double> tempo,
      Optional<Transport> transport,
      Map<Integer, Map<String, Object>> tracks) {

    static final Status NONE = new Status(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Map.of());

    public boolean connected() {
      return lastHandshake.isPresent();
    }
  }

  /** The outcome of a push: where it went, how many datagrams, and whether the device confirmed in time. */
  public record PushResult(int pushId, InetSocketAddress sentTo, int chunks, boolean deviceKnown, boolean confirmed,
      Optional<JsonNode> confirmation) {}

  private final OscSender sender;
  private final InetSocketAddress defaultAddress;
  private final Clock clock;
  private final AtomicReference<Status> status = new AtomicReference<>(Status.NONE);
  private final AtomicInteger pushIds = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> awaiting = new ConcurrentHashMap<>();

  public DeviceLink(OscSender sender, InetSocketAddress defaultAddress, Clock clock) {
    this.sender = Objects.requireNonNull(sender, "sender");
    this.defaultAddress = Objects.requireNonNull(defaultAddress, "defaultAddress");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public Status status() {
    return status.get();
  }

  void handshake(InetSocketAddress from) {
    Instant now = clock.instant();
    status.updateAndGet(s -> new Status(Optional.of(now), Optional.of(now), Optional.of(from), s.tempo(), s.transport(), s.tracks()));
  }

  void heard() {
    Instant now = clock.instant();
    status.updateAndGet(s -> new Status(s.lastHandshake(), Optional.of(now), s.address(), s.tempo(), s.transport(), s.tracks()));
  }

  void tempo(double bpm) {
    status.updateAndGet(s -> new Status(s.lastHandshake(), s.lastMessage(), s.address(), Optional.of(bpm), s.transport(), s.tracks()));
  }

  void transport(Transport t) {
    status.updateAndGet(s -> new Status(s.lastHandshake(), s.lastMessage(), s.address(), s.tempo(), Optional.of(t), s.tracks()));
  }

  void track(TrackParameter p) {
    status.updateAndGet(s -> {
      Map<Integer, Map<String, Object>> tracks = new TreeMap<>();
      s.tracks().forEach((k, v) -> tracks.put(k, new TreeMap<>(v)));
      tracks.computeIfAbsent(p.track(), k -> new TreeMap<>()).put(p.param(), p.value());
      tracks.replaceAll((k, v) -> Map.copyOf(v));
      return new Status(s.lastHandshake(), s.lastMessage(), s.address(), s.tempo(), s.transport(), Map.copyOf(tracks));
    });
  }

  /** The device's {@code notes_received} for a push; unknown or late ids are ignored. */
  void confirmed(int pushId, JsonNode details) {
    CompletableFuture<JsonNode> waiting = awaiting.remove(pushId);
    if (waiting != null) {
      waiting.complete(details);
    }
  }

  /**
   * Sends {@code payload} (a notes payload) to the device as request 0 and waits up to {@code confirmWait}
   * for its {@code notes_received}. Without a handshake the notes go to the default device address.
   *
   * @throws IOException when the datagrams cannot be sent
   */
  public PushResult push(ObjectNode payload, Duration confirmWait) throws IOException, InterruptedException {
    int pushId = pushIds.incrementAndGet();
    ObjectNode sent = payload.deepCopy();
    sent.put(OscProtocol.PUSH_ID_FIELD, pushId);
    Status s = status.get();
    InetSocketAddress to = s.address().orElse(defaultAddress);
    CompletableFuture<JsonNode> confirmation = new CompletableFuture<>();
    awaiting.put(pushId, confirmation);
    int chunks;
    try {
      var messages = OscMessages.notes(OscProtocol.PUSH_REQUEST, sent.toString());
      chunks = messages.size();
      sender.sendAll(messages, to);
    } catch (OscProtocolException | IllegalArgumentException e) {
      awaiting.remove(pushId);
      throw new IOException("cannot push the notes to the device: " + e.getMessage(), e);
    } catch (IOException e) {
      awaiting.remove(pushId);
      throw e;
    }
    try {
      JsonNode details = confirmation.get(Math.max(1, confirmWait.toMillis()), TimeUnit.MILLISECONDS);
      // A device that could not write the notes answers with "written": false and the reason.
      boolean written = !details.path("written").isBoolean() || details.get("written").asBoolean();
      return new PushResult(pushId, to, chunks, s.connected(), written, Optional.of(details));
    } catch (TimeoutException e) {
      return new PushResult(pushId, to, chunks, s.connected(), false, Optional.empty());
    } catch (ExecutionException e) {
      return new PushResult(pushId, to, chunks, s.connected(), false, Optional.empty());
    } finally {
      awaiting.remove(pushId);
    }
  }
}
