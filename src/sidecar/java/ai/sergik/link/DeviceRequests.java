package ai.sergik.link;

import ai.sergik.api.ApiException;
import ai.sergik.api.Json;
import ai.sergik.osc.NotesChunk;
import ai.sergik.osc.NotesReassembler;
import ai.sergik.osc.OscMessages;
import ai.sergik.osc.OscProtocol;
import ai.sergik.osc.OscProtocolException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.illposed.osc.OSCMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Requests the sidecar makes of a device in Live, protocol v2: {@code /ableton/set} (change Live) and
 * {@code /ableton/read} (a clip's notes), each waiting for the device's answer ({@code /sergik/result} or the
 * chunked {@code /sergik/clip}, or {@code /sergik/error}) under a request id of its own.
 *
 * <p>Only the handshaken device link is used: a request goes to a connected device only, and an answer counts only
 * when it comes from the address the request went to with that request's id (anything else is dropped). Clip chunks
 * are only held for a read that is waiting for them, in a bounded {@link NotesReassembler}. Requests are
 * rate-limited by a token bucket ({@link #RATE_PER_SECOND}, burst {@link #BURST}) on the injected clock, so a
 * looping client cannot flood Live with changes.
 */
public final class DeviceRequests {
  /** Requests per second refilled into the bucket. */
  public static final int RATE_PER_SECOND = 20;

  /** Requests that may go out at once. */
  public static final int BURST = 40;

  /** What the device answered, and which device that was. */
  public record Answer(DeviceLink.Device device, JsonNode json) {}

  private record Waiting(
      InetSocketAddress from, boolean clip, CompletableFuture<JsonNode> answer) {}

  /** The device's {@code /sergik/error} for a request, carried to the waiting caller. */
  private static final class DeviceError extends Exception {
    private static final long serialVersionUID = 1L;

    DeviceError(String message) {
      super(message, null, false, false);
    }
  }

  private final DeviceLink link;
  private final OscSender sender;
  private final Clock clock;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, Waiting> waiting = new ConcurrentHashMap<>();
  private final NotesReassembler clips = new NotesReassembler();
  private double tokens = BURST;
  private long refilledAtNanos = Long.MIN_VALUE;

  DeviceRequests(DeviceLink link, OscSender sender, Clock clock) {
    this.link = Objects.requireNonNull(link, "link");
    this.sender = Objects.requireNonNull(sender, "sender");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Sends {@code /ableton/set} with {@code change} to the device on {@code track} (or, when no connected device sits
   * on it, the connected device active last) and waits up to {@code wait} for the new state Live reports.
   *
   * @throws ApiException 409 when no device is connected, 429 over the rate, 400 with the device's message when it
   *     refused the change, 504 when it did not answer in time, 503 when the datagram cannot be sent
   */
  public Answer set(ObjectNode change, Optional<String> track, Duration wait)
      throws InterruptedException {
    return ask(OscProtocol.SET, change, track, wait);
  }

  /**
   * Sends {@code /ableton/read} with {@code what} ({@code {"clip":"highlighted"}}, {@code {"track":"Keys"}},
   * {@code {"track":"Keys","slot":2}}) through the device on that track or the device active last, and waits for the
   * whole clip. Errors as for {@link #set}.
   */
  public Answer read(ObjectNode what, Optional<String> track, Duration wait)
      throws InterruptedException {
    return ask(OscProtocol.READ, what, track, wait);
  }

  private Answer ask(String address, ObjectNode json, Optional<String> track, Duration wait)
      throws InterruptedException {
    DeviceLink.Device device = link.requestTarget(track)
        .orElseThrow(() -> new ApiException(
            409,
            "no_device",
            "no SERGIK device is connected to Live, so nothing in Live can be "
                + (address.equals(OscProtocol.SET) ? "changed" : "read")
                + "; add the SERGIK device to a track in Live (any track; it connects to this"
                + " sidecar by itself) and try again"));
    takeToken();
    int id = nextId();
    boolean clip = address.equals(OscProtocol.READ);
    Waiting w = new Waiting(device.address(), clip, new CompletableFuture<>());
    waiting.put(id, w);
    try {
      OSCMessage message =
          clip ? OscMessages.read(id, json.toString()) : OscMessages.set(id, json.toString());
      sender.send(message, device.address());
      return new Answer(
          device, w.answer().get(Math.max(1, wait.toMillis()), TimeUnit.MILLISECONDS));
    } catch (OscProtocolException | IOException e) {
      throw ApiException.unavailable(
          "could not send " + address + " to " + device.describe() + ": " + e.getMessage());
    } catch (TimeoutException e) {
      throw ApiException.upstreamTimeout(
          device.describe().substring(0, 1).toUpperCase(java.util.Locale.ROOT)
              + device.describe().substring(1) + " did not answer " + address + " within "
              + wait.toMillis()
              + " ms; is Live busy, or is the device an older version without " + address + "?");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof DeviceError refused) {
        throw ApiException.badRequest("Live refused it: " + refused.getMessage());
      }
      throw ApiException.upstream("the answer of " + device.describe() + " could not be read: "
          + e.getCause().getMessage());
    } finally {
      waiting.remove(id);
    }
  }

  private int nextId() {
    // Positive ids only: 0 is the request of unasked pushes, and errors about unreadable datagrams.
    return ids.updateAndGet(i -> i == Integer.MAX_VALUE ? 1 : i + 1);
  }

  private synchronized void takeToken() {
    long now = clock.millis() * 1_000_000L;
    if (refilledAtNanos != Long.MIN_VALUE && now > refilledAtNanos) {
      tokens = Math.min(BURST, tokens + (now - refilledAtNanos) / 1e9 * RATE_PER_SECOND);
    }
    refilledAtNanos = refilledAtNanos == Long.MIN_VALUE ? now : Math.max(refilledAtNanos, now);
    if (tokens < 1) {
      throw new ApiException(
          429,
          "too_many_requests",
          "too many requests to Live: at most " + RATE_PER_SECOND + " a second (bursts of " + BURST
              + "); wait a moment and send it again");
    }
    tokens -= 1;
  }

  // ---- answers, from the OSC receive thread ----

  /** A {@code /sergik/result} from {@code from}; returns whether a request was waiting for it. */
  public boolean result(int request, InetSocketAddress from, String json) {
    Waiting w = waitingFor(request, from, false);
    if (w == null) {
      return false;
    }
    complete(w, json);
    return true;
  }

  /** A {@code /sergik/error} from {@code from}; returns whether a request was waiting for it. */
  public boolean error(int request, InetSocketAddress from, String message) {
    Waiting w = waiting.get(request);
    if (w == null || !w.from().equals(from)) {
      return false;
    }
    w.answer().completeExceptionally(new DeviceError(message));
    return true;
  }

  /** One {@code /sergik/clip} chunk from {@code from}; held only while a read waits for it. */
  public boolean clipChunk(NotesChunk chunk, InetSocketAddress from) {
    Waiting w = waitingFor(chunk.request(), from, true);
    if (w == null) {
      return false;
    }
    long now = clock.millis();
    String whole = clips.offer(chunk, now);
    List<Integer> givenUp = clips.expire(now);
    for (Integer id : givenUp) {
      Waiting lost = waiting.get(id);
      if (lost != null) {
        lost.answer()
            .completeExceptionally(new IOException("the clip's datagrams did not all arrive"));
      }
    }
    if (whole != null) {
      complete(w, whole);
    }
    return true;
  }

  /** Characters of clip chunks held for reads still waiting for the rest. */
  public long clipCharsHeld() {
    return clips.pendingChars();
  }

  private Waiting waitingFor(int request, InetSocketAddress from, boolean clip) {
    Waiting w = waiting.get(request);
    return w != null && w.from().equals(from) && w.clip() == clip ? w : null;
  }

  private static void complete(Waiting w, String json) {
    try {
      JsonNode node = Json.MAPPER.readTree(json);
      if (node == null || !node.isObject()) {
        throw new IOException("expected a JSON object, got "
            + (json.length() > 80 ? json.substring(0, 80) + "…" : json));
      }
      w.answer().complete(node);
    } catch (JsonProcessingException e) {
      w.answer()
          .completeExceptionally(new IOException("its JSON is not valid: " + Json.describe(e), e));
    } catch (IOException e) {
      w.answer().completeExceptionally(e);
    }
  }
}
