package ai.sergik.link;

import ai.sergik.api.ApiException;
import ai.sergik.api.Json;
import ai.sergik.osc.Handshake;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
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
import java.util.stream.Collectors;

/**
 * The devices in Live the sidecar knows (one entry per device id, protocol v2; one per address for version-1
 * devices), what they report (tempo, transport, track parameters), and the way to push notes to one of them
 * and hear whether it wrote them.
 *
 * <p>A device is connected while it has been heard within {@link OscProtocol#HEARTBEAT_WINDOW_MILLIS} (it
 * repeats its handshake every {@link OscProtocol#HEARTBEAT_MILLIS}). The rules that keep another local
 * program from stealing a device's pushes: an entry's address only changes once the entry is absent (a live
 * device cannot be re-pointed by a handshake from another port); a confirmation only counts when it comes from
 * the address the push went to; and every push answer names the device and track it went to.
 *
 * <p>Features read and push through it; the OSC receiver ({@code ai.sergik.sidecar.OscDispatcher}) feeds it what
 * the devices send (handshakes, heartbeats, streams, confirmations). It lives in a package of its own so that every
 * feature can use it without depending on the composition root that builds it.
 */
public final class DeviceLink {
  /** Entries kept at most; beyond it the longest-unseen absent entry is forgotten, and a full set of live ones refuses more. */
  public static final int MAX_DEVICES = 64;

  /** How long a device counts as connected after it was last heard. */
  public static final Duration HEARTBEAT_WINDOW =
      Duration.ofMillis(OscProtocol.HEARTBEAT_WINDOW_MILLIS);

  /**
   * One device as last heard. {@code track} is "" when unknown (always for version 1); {@code lastActive} is the
   * last time it asked for something or appeared or moved to another track, not its heartbeats or streams (which
   * every device sends), so "the device active last" is the one the producer last used.
   */
  public record Device(
      String id,
      int protocol,
      String track,
      InetSocketAddress address,
      Instant firstSeen,
      Instant lastSeen,
      Optional<Instant> lastActive) {

    public boolean connected(Instant now) {
      return !lastSeen.plus(HEARTBEAT_WINDOW).isBefore(now);
    }

    public String addressText() {
      return address.getHostString() + ":" + address.getPort();
    }

    /** How the device is named in answers: its track, or its id when the track is not known. */
    public String describe() {
      return track.isEmpty() ? "device " + id : "the device on track \"" + track + "\"";
    }

    Device seen(Instant now) {
      return new Device(id, protocol, track, address, firstSeen, now, lastActive);
    }

    Device active(Instant now) {
      return new Device(id, protocol, track, address, firstSeen, now, Optional.of(now));
    }
  }

  /** A snapshot: every known device (connected or not) as of {@code at}, and what Live reported. */
  public record Status(
      Instant at,
      List<Device> devices,
      Optional<Double> tempo,
      Optional<Transport> transport,
      Map<Integer, Map<String, Object>> tracks) {

    /** Whether any device is connected. */
    public boolean connected() {
      return devices.stream().anyMatch(d -> d.connected(at));
    }

    public List<Device> connectedDevices() {
      return devices.stream().filter(d -> d.connected(at)).toList();
    }
  }

  /** A handshake that was not accepted; the reason is short enough for a reply to a stranger. */
  public static final class RefusedException extends Exception {
    private static final long serialVersionUID = 1L;

    RefusedException(String reason) {
      super(reason, null, false, false);
    }
  }

  /**
   * The outcome of a push: where it went, in how many datagrams, and whether the device confirmed the write in
   * time ({@code deviceError} when it answered that it could not write).
   */
  public record PushResult(
      int pushId,
      InetSocketAddress sentTo,
      Optional<Device> device,
      boolean deviceConnected,
      int chunks,
      boolean confirmed,
      Optional<JsonNode> confirmation,
      Optional<String> deviceError) {

    /** The {@code live} part of an HTTP or OSC answer. */
    public ObjectNode toJson(Duration confirmWait) {
      ObjectNode live = Json.MAPPER.createObjectNode();
      String to = sentTo.getHostString() + ":" + sentTo.getPort();
      live.put("sent", true);
      live.put("confirmed", confirmed);
      live.put("device_connected", deviceConnected);
      live.put("device_id", device.map(Device::id).orElse(null));
      live.put("track", device.map(Device::track).filter(t -> !t.isEmpty()).orElse(null));
      live.put("sent_to", to);
      live.put("push_id", pushId);
      live.put("datagrams", chunks);
      confirmation.ifPresent(c -> live.set("device_reply", c));
      String where = device.map(Device::describe).orElse("the default device address " + to);
      String message;
      if (confirmed) {
        message = "The device in Live confirmed it wrote the notes (" + where + ").";
      } else if (deviceError.isPresent()) {
        message =
            "The notes reached " + where + ", but it could not write them: " + deviceError.get();
      } else {
        message =
            "Sent to " + where + ", but it did not confirm within " + confirmWait.toMillis() + " ms"
                + (deviceConnected
                    ? "."
                    : "; no device is connected - load the SERGIK device in Live.");
      }
      live.put("message", message);
      return live;
    }
  }

  private record Awaiting(InetSocketAddress from, CompletableFuture<JsonNode> reply) {}

  private final OscSender sender;
  private final InetSocketAddress defaultAddress;
  private final Clock clock;
  private final Map<String, Device> devices = new LinkedHashMap<>();
  private Optional<Double> tempo = Optional.empty();
  private Optional<Transport> transport = Optional.empty();
  private final Map<Integer, Map<String, Object>> tracks = new TreeMap<>();
  private final AtomicInteger pushIds = new AtomicInteger();
  private final Map<Integer, Awaiting> awaiting = new ConcurrentHashMap<>();
  private final DeviceRequests requests;

  public DeviceLink(OscSender sender, InetSocketAddress defaultAddress, Clock clock) {
    this.sender = Objects.requireNonNull(sender, "sender");
    this.defaultAddress = Objects.requireNonNull(defaultAddress, "defaultAddress");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.requests = new DeviceRequests(this, sender, clock);
  }

  /** Changes and reads in Live through a connected device ({@code /ableton/set}, {@code /ableton/read}). */
  public DeviceRequests requests() {
    return requests;
  }

  /**
   * The connected device a request about {@code track} goes through: the one on that track (names compared ignoring
   * case), else the connected device active last, which can reach every track of the set; empty when none is connected.
   */
  synchronized Optional<Device> requestTarget(Optional<String> track) {
    Instant now = clock.instant();
    List<Device> live =
        byRecentUse(devices.values()).stream().filter(d -> d.connected(now)).toList();
    Optional<Device> onTrack = track
        .map(String::strip)
        .flatMap(t ->
            live.stream().filter(d -> d.track().strip().equalsIgnoreCase(t)).findFirst());
    return onTrack.or(() -> live.stream().findFirst());
  }

  public synchronized Status status() {
    Map<Integer, Map<String, Object>> copy = new TreeMap<>();
    tracks.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
    return new Status(
        clock.instant(), byRecentUse(devices.values()), tempo, transport, Map.copyOf(copy));
  }

  /**
   * Registers or refreshes the device that sent {@code hello} from {@code from}.
   *
   * @throws RefusedException when the id belongs to a connected device at another address, or the registry is
   *     full of connected devices
   */
  public synchronized Device handshake(Handshake hello, InetSocketAddress from)
      throws RefusedException {
    Instant now = clock.instant();
    // Without an id of its own (version 1, or a device that has not read its id yet) a device is
    // its address.
    String id = hello.deviceId().isEmpty()
        ? "v" + hello.protocol() + "@" + from.getHostString() + ":" + from.getPort()
        : hello.deviceId();
    Device known = devices.get(id);
    if (known != null && !known.address().equals(from) && known.connected(now)) {
      throw new RefusedException("device id in use");
    }
    // One socket is one device: another id heard from this address was an earlier device (deleted,
    // reloaded).
    devices.values().removeIf(d -> d.address().equals(from) && !d.id().equals(id));
    if (known == null && devices.size() >= MAX_DEVICES && !forgetOneAbsent(now)) {
      throw new RefusedException("too many devices");
    }
    boolean appeared =
        known == null || !known.address().equals(from) || !known.track().equals(hello.track());
    Optional<Instant> active = hello.protocol() >= 2 && appeared
        ? Optional.of(now)
        : known == null ? Optional.empty() : known.lastActive();
    Device device = new Device(
        id,
        hello.protocol(),
        hello.track(),
        from,
        known == null ? now : known.firstSeen(),
        now,
        active);
    devices.put(id, device);
    return device;
  }

  private boolean forgetOneAbsent(Instant now) {
    Optional<Device> oldest = devices.values().stream()
        .filter(d -> !d.connected(now))
        .min(Comparator.comparing(Device::lastSeen));
    oldest.ifPresent(d -> devices.remove(d.id()));
    return oldest.isPresent();
  }

  /** The connected device at {@code from}, if any: only such a sender gets more back than an ack or a short error. */
  public synchronized Optional<Device> connectedAt(InetSocketAddress from) {
    Instant now = clock.instant();
    return devices.values().stream()
        .filter(d -> d.address().equals(from) && d.connected(now))
        .findFirst();
  }

  /** A message from the device at {@code from} (a stream or a heartbeat): it is still there. */
  public synchronized void heard(InetSocketAddress from) {
    update(from, d -> d.seen(clock.instant()));
  }

  /** A request from the device at {@code from}: it becomes the device active last. */
  public synchronized void used(InetSocketAddress from) {
    update(from, d -> d.active(clock.instant()));
  }

  private void update(InetSocketAddress from, java.util.function.UnaryOperator<Device> change) {
    devices.replaceAll((id, d) -> d.address().equals(from) ? change.apply(d) : d);
  }

  public synchronized void tempo(double bpm) {
    tempo = Optional.of(bpm);
  }

  public synchronized void transport(Transport t) {
    transport = Optional.of(t);
  }

  public synchronized void track(TrackParameter p) {
    tracks.computeIfAbsent(p.track(), k -> new TreeMap<>()).put(p.param(), p.value());
  }

  /**
   * The device's {@code notes_received} for a push. Counts only when it comes from the address the push went
   * to; unknown, late or misdirected ids are ignored.
   *
   * @return whether it answered a push waiting for it
   */
  public boolean confirmed(int pushId, InetSocketAddress from, JsonNode details) {
    Awaiting waiting = awaiting.get(pushId);
    if (waiting == null || !waiting.from().equals(from) || !awaiting.remove(pushId, waiting)) {
      return false;
    }
    waiting.reply().complete(details);
    return true;
  }

  /** {@link #push(ObjectNode, Optional, Duration)} to the device used last. */
  public PushResult push(ObjectNode payload, Duration confirmWait)
      throws IOException, InterruptedException {
    return push(payload, Optional.empty(), confirmWait);
  }

  /**
   * Sends {@code payload} (a notes payload) as request 0 to the device on {@code track} (names compared
   * ignoring case), or without a track to the connected device active last, and waits up to
   * {@code confirmWait} for its {@code notes_received}. With no device connected the notes go to the device
   * seen last, or to the default device address.
   *
   * @throws ApiException 400 when no connected device is on {@code track}, naming the tracks that are connected
   * @throws IOException when the datagrams cannot be sent
   */
  public PushResult push(ObjectNode payload, Optional<String> track, Duration confirmWait)
      throws IOException, InterruptedException {
    Optional<Device> target;
    boolean connected;
    synchronized (this) {
      Instant now = clock.instant();
      List<Device> byUse = byRecentUse(devices.values());
      List<Device> live = byUse.stream().filter(d -> d.connected(now)).toList();
      if (track.isPresent()) {
        String wanted = track.get().strip();
        target = live.stream()
            .filter(d -> d.track().strip().equalsIgnoreCase(wanted))
            .findFirst();
        if (target.isEmpty()) {
          throw unknownTrack(wanted, live);
        }
      } else {
        target = live.stream()
            .findFirst()
            .or(() -> devices.values().stream().max(Comparator.comparing(Device::lastSeen)));
      }
      connected = target.isPresent() && target.get().connected(now);
    }
    InetSocketAddress to = target.map(Device::address).orElse(defaultAddress);
    int pushId = pushIds.incrementAndGet();
    ObjectNode sent = payload.deepCopy();
    sent.put(OscProtocol.PUSH_ID_FIELD, pushId);
    target.filter(d -> !d.track().isEmpty()).ifPresent(d -> sent.put("track", d.track()));
    Awaiting waiting = new Awaiting(to, new CompletableFuture<>());
    awaiting.put(pushId, waiting);
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
      JsonNode reply =
          waiting.reply().get(Math.max(1, confirmWait.toMillis()), TimeUnit.MILLISECONDS);
      Optional<String> failed = Optional.ofNullable(reply.get(OscProtocol.PUSH_ERROR_FIELD))
          .filter(e -> !e.isNull())
          .map(e -> e.isTextual() ? e.asText() : e.toString())
          .or(() -> reply.path(OscProtocol.PUSH_WRITTEN_FIELD).isBoolean()
                  && !reply.get(OscProtocol.PUSH_WRITTEN_FIELD).asBoolean()
              ? Optional.of("the device says the notes were not written")
              : Optional.empty());
      return new PushResult(
          pushId, to, target, connected, chunks, failed.isEmpty(), Optional.of(reply), failed);
    } catch (TimeoutException | ExecutionException e) {
      return new PushResult(
          pushId, to, target, connected, chunks, false, Optional.empty(), Optional.empty());
    } finally {
      awaiting.remove(pushId);
    }
  }

  private static ApiException unknownTrack(String wanted, List<Device> live) {
    List<String> named = live.stream()
        .map(Device::track)
        .filter(t -> !t.isEmpty())
        .distinct()
        .sorted(String.CASE_INSENSITIVE_ORDER)
        .map(t -> "\"" + t + "\"")
        .collect(Collectors.toList());
    String connected = named.isEmpty()
        ? (live.isEmpty()
            ? "no SERGIK device is connected; load it on that track in Live"
            : "no connected device has told its track name yet (update the device)")
        : "connected tracks: " + String.join(", ", named);
    return ApiException.badRequest("track \"" + wanted + "\" has no connected SERGIK device; "
        + connected + " (or leave track out to use the device active last)");
  }

  /** Most recently used first (active, then heard), so the first connected one is "the device active last". */
  private static List<Device> byRecentUse(java.util.Collection<Device> all) {
    List<Device> sorted = new ArrayList<>(all);
    sorted.sort(Comparator.comparing((Device d) -> d.lastActive().orElse(Instant.MIN))
        .reversed()
        .thenComparing(Comparator.comparing(Device::lastSeen).reversed()));
    return List.copyOf(sorted);
  }
}
