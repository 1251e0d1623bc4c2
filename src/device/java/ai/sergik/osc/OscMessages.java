package ai.sergik.osc;

import com.illposed.osc.OSCMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Builds and reads every message of {@link OscProtocol} (version 2, and the version-1 handshake). Builders validate their arguments;
 * readers check the address, the argument count and types, and throw {@link OscProtocolException}
 * with the expected signature, which the sidecar sends back verbatim in {@code /sergik/error}.
 *
 * <p>The notes payload (whole, before chunking) is a JSON object whose {@code notes} array holds
 * Live's note dictionaries {@code {pitch, start_time, duration, velocity, mute}} in beats; the sidecar
 * adds what was made ({@code part}, {@code chord_names}, {@code tonic}, {@code tempo},
 * {@code length_beats}) and, for pushes, where it goes ({@code track}, {@code play}) and a
 * {@code push_id} that the device echoes in {@link OscProtocol#ACTION_NOTES_RECEIVED} to confirm.
 *
 * <p>Replies go to the address and port the request came from, and pushes to the address and port of
 * the device's handshake: the device should send from the socket it listens on.
 */
public final class OscMessages {
  private OscMessages() {}

  /** Longest error text sent, so that an error always fits one datagram. */
  public static final int MAX_ERROR_CHARS = 2000;

  // ---- builders ----

  /** A version-1 handshake (nonce only). */
  public static OSCMessage test(int nonce) {
    return message(OscProtocol.TEST, Integer.valueOf(nonce));
  }

  /** A version-2 handshake and heartbeat: the device's id and the name of its track ("" while unknown). */
  public static OSCMessage test(int nonce, String deviceId, String track) {
    return handshake(Handshake.v2(nonce, deviceId, track));
  }

  public static OSCMessage handshake(Handshake h) {
    if (h.protocol() == OscProtocol.OLDEST_VERSION) {
      return test(h.nonce());
    }
    return message(OscProtocol.TEST, Integer.valueOf(h.nonce()), h.deviceId(), h.track());
  }

  /** The answer to a handshake made in the newest version. */
  public static OSCMessage ack(int nonce, String version) {
    return ack(nonce, version, OscProtocol.VERSION);
  }

  /** The answer to a handshake made in protocol version {@code protocol}. */
  public static OSCMessage ack(int nonce, String version, int protocol) {
    return message(
        OscProtocol.ACK,
        Integer.valueOf(nonce),
        nonNull(version, "version"),
        Integer.valueOf(protocol));
  }

  public static OSCMessage tempo(double bpm) {
    if (!(bpm > 0) || Double.isInfinite(bpm)) {
      throw new IllegalArgumentException("tempo must be a positive number of BPM, got " + bpm);
    }
    return message(OscProtocol.TEMPO, Float.valueOf((float) bpm));
  }

  public static OSCMessage transport(Transport transport) {
    return message(
        OscProtocol.TRANSPORT, transport.state(), Float.valueOf((float) transport.beats()));
  }

  public static OSCMessage track(TrackParameter parameter) {
    Object value = parameter.value();
    if (value instanceof Boolean) {
      value = Integer.valueOf(((Boolean) value) ? 1 : 0);
    } else if (value instanceof Double) {
      value = Float.valueOf(((Double) value).floatValue());
    }
    return message(OscProtocol.trackAddress(parameter.track(), parameter.param()), value);
  }

  public static OSCMessage generate(int request, String json) {
    return message(OscProtocol.GENERATE, Integer.valueOf(request), nonNull(json, "json"));
  }

  public static OSCMessage action(int request, String name, String json) {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("action name must not be empty");
    }
    return message(OscProtocol.ACTION, Integer.valueOf(request), name, nonNull(json, "json"));
  }

  /** The {@code /sergik/notes} datagrams carrying {@code json}, in order; see {@link NotesChunks}. */
  public static List<OSCMessage> notes(int request, String json) {
    return chunked(OscProtocol.NOTES, request, json);
  }

  /** {@code address i request, i chunk, i chunks, s json} datagrams carrying {@code json}; see {@link NotesChunks}. */
  private static List<OSCMessage> chunked(String address, int request, String json) {
    List<NotesChunk> chunks = NotesChunks.split(request, json);
    List<OSCMessage> messages = new ArrayList<OSCMessage>(chunks.size());
    for (NotesChunk c : chunks) {
      messages.add(message(
          address,
          Integer.valueOf(c.request()),
          Integer.valueOf(c.chunk()),
          Integer.valueOf(c.chunks()),
          c.json()));
    }
    return Collections.unmodifiableList(messages);
  }

  public static OSCMessage notesChunk(NotesChunk chunk) {
    return message(
        OscProtocol.NOTES,
        Integer.valueOf(chunk.request()),
        Integer.valueOf(chunk.chunk()),
        Integer.valueOf(chunk.chunks()),
        chunk.json());
  }

  /** {@code /ableton/set i request, s json}. */
  public static OSCMessage set(int request, String json) {
    return message(OscProtocol.SET, Integer.valueOf(request), nonNull(json, "json"));
  }

  /** {@code /ableton/read i request, s json}. */
  public static OSCMessage read(int request, String json) {
    return message(OscProtocol.READ, Integer.valueOf(request), nonNull(json, "json"));
  }

  /** {@code /sergik/suggest i request, s json}. */
  public static OSCMessage suggest(int request, String json) {
    return message(OscProtocol.SUGGEST, Integer.valueOf(request), nonNull(json, "json"));
  }

  /** The {@code /sergik/clip} datagrams carrying a clip read, in order; chunked like {@link #notes}. */
  public static List<OSCMessage> clip(int request, String json) {
    return chunked(OscProtocol.CLIP, request, json);
  }

  /** A {@code /sergik/clip} datagram as a chunk, for reassembly. */
  public static NotesChunk readClipChunk(OSCMessage m) throws OscProtocolException {
    return readChunk(OscProtocol.CLIP, m);
  }

  /** A {@code /ableton/set}, {@code /ableton/read} or {@code /sergik/suggest}: {@code i request, s json}. */
  public static OscReply readRequest(OSCMessage m) throws OscProtocolException {
    OscArgs a = OscArgs.expect(m, m.getAddress(), "i request, s json");
    return OscReply.result(a.intArg(0), a.stringArg(1));
  }

  public static OSCMessage result(int request, String json) {
    return message(OscProtocol.RESULT, Integer.valueOf(request), nonNull(json, "json"));
  }

  /** An error; text longer than {@link #MAX_ERROR_CHARS} is shortened with an ellipsis. */
  public static OSCMessage error(int request, String message) {
    String text = nonNull(message, "message");
    if (text.length() > MAX_ERROR_CHARS) {
      text = text.substring(0, MAX_ERROR_CHARS - 1) + "\u2026";
    }
    return message(OscProtocol.ERROR, Integer.valueOf(request), text);
  }

  // ---- readers ----

  /** The nonce of a {@code /sergik/test} of either version. */
  public static int readTest(OSCMessage m) throws OscProtocolException {
    return readHandshake(m).nonce();
  }

  /** A {@code /sergik/test}: {@code i nonce, s device_id, s track} (version 2) or {@code i nonce} (version 1). */
  public static Handshake readHandshake(OSCMessage m) throws OscProtocolException {
    String signature = "i nonce, s device_id, s track";
    if (!OscProtocol.TEST.equals(m.getAddress())) {
      throw new OscProtocolException("expected " + OscProtocol.TEST + ", got " + m.getAddress());
    }
    int count = m.getArguments().size();
    if (count != 1 && count != 3) {
      throw new OscProtocolException(OscProtocol.TEST + " expects (" + signature
          + ") or, version 1, (i nonce), got (" + OscArgs.typeTags(m.getArguments()) + ")");
    }
    if (count == 1) {
      return Handshake.v1(OscArgs.expect(m, OscProtocol.TEST, "i nonce").intArg(0));
    }
    OscArgs a = OscArgs.expect(m, OscProtocol.TEST, signature);
    try {
      return Handshake.v2(a.intArg(0), a.stringArg(1), a.stringArg(2));
    } catch (IllegalArgumentException e) {
      throw new OscProtocolException(OscProtocol.TEST + ": " + e.getMessage());
    }
  }

  public static Ack readAck(OSCMessage m) throws OscProtocolException {
    OscArgs a = OscArgs.expect(m, OscProtocol.ACK, "i nonce, s version, i protocol");
    return new Ack(a.intArg(0), a.stringArg(1), a.intArg(2));
  }

  /** The BPM of an {@code /ableton/tempo}; must be positive. */
  public static double readTempo(OSCMessage m) throws OscProtocolException {
    double bpm = OscArgs.expect(m, OscProtocol.TEMPO, "f bpm").floatArg(0);
    if (!(bpm > 0)) {
      throw new OscProtocolException(OscProtocol.TEMPO + " needs a positive BPM, got " + bpm);
    }
    return bpm;
  }

  public static Transport readTransport(OSCMessage m) throws OscProtocolException {
    OscArgs a = OscArgs.expect(m, OscProtocol.TRANSPORT, "s state, f beats");
    String state = a.stringArg(0);
    double beats = a.floatArg(1);
    try {
      return new Transport(state, beats);
    } catch (IllegalArgumentException e) {
      throw new OscProtocolException(OscProtocol.TRANSPORT + ": " + e.getMessage());
    }
  }

  /** Whether {@code address} is a track parameter, {@code /ableton/track/<n>/<param>}. */
  public static boolean isTrackAddress(String address) {
    return address != null && address.startsWith(OscProtocol.TRACK_PREFIX);
  }

  public static TrackParameter readTrack(OSCMessage m) throws OscProtocolException {
    String address = m.getAddress();
    String expected = OscProtocol.TRACK_PREFIX + "<n>/<param> with one value, param one of "
        + OscProtocol.TRACK_PARAMS;
    if (!isTrackAddress(address)) {
      throw new OscProtocolException("expected " + expected + ", got " + address);
    }
    String[] parts = address.substring(OscProtocol.TRACK_PREFIX.length()).split("/", -1);
    if (parts.length != 2 || !OscProtocol.isTrackParam(parts[1])) {
      throw new OscProtocolException("expected " + expected + ", got " + address);
    }
    int track;
    try {
      track = Integer.parseInt(parts[0]);
    } catch (NumberFormatException e) {
      throw new OscProtocolException("track number in " + address + " must be an integer >= 0");
    }
    if (track < 0) {
      throw new OscProtocolException("track number in " + address + " must be an integer >= 0");
    }
    String param = parts[1];
    OscArgs a = OscArgs.any(m, "name".equals(param) ? "s name" : "f " + param);
    if (a.size() != 1) {
      throw a.mismatch();
    }
    Object value = "name".equals(param) ? a.stringArg(0) : Double.valueOf(a.floatArg(0));
    return new TrackParameter(track, param, value);
  }

  public static OscRequest readGenerate(OSCMessage m) throws OscProtocolException {
    OscArgs a = OscArgs.expect(m, OscProtocol.GENERATE, "i request, s json");
    return new OscRequest(a.intArg(0), OscRequest.GENERATE, a.stringArg(1));
  }

  public static OscRequest readAction(OSCMessage m) throws OscProtocolException {
    OscArgs a = OscArgs.expect(m, OscProtocol.ACTION, "i request, s name, s json");
    String name = a.stringArg(1);
    if (name.isEmpty()) {
      throw new OscProtocolException(
          OscProtocol.ACTION + " needs an action name, got an empty string");
    }
    return new OscRequest(a.intArg(0), name, a.stringArg(2));
  }

  public static NotesChunk readNotesChunk(OSCMessage m) throws OscProtocolException {
    return readChunk(OscProtocol.NOTES, m);
  }

  private static NotesChunk readChunk(String address, OSCMessage m) throws OscProtocolException {
    OscArgs a = OscArgs.expect(m, address, "i request, i chunk, i chunks, s json");
    try {
      return new NotesChunk(a.intArg(0), a.intArg(1), a.intArg(2), a.stringArg(3));
    } catch (IllegalArgumentException e) {
      throw new OscProtocolException(address + ": " + e.getMessage());
    }
  }

  /** A {@code /sergik/result} or {@code /sergik/error}. */
  public static OscReply readReply(OSCMessage m) throws OscProtocolException {
    if (OscProtocol.ERROR.equals(m.getAddress())) {
      OscArgs a = OscArgs.expect(m, OscProtocol.ERROR, "i request, s message");
      return OscReply.error(a.intArg(0), a.stringArg(1));
    }
    OscArgs a = OscArgs.expect(m, OscProtocol.RESULT, "i request, s json");
    return OscReply.result(a.intArg(0), a.stringArg(1));
  }

  /**
   * The request id a message carries as its first int argument, or {@link OscProtocol#PUSH_REQUEST}
   * when it has none; used to address an error about a message that could not be read.
   */
  public static int requestIdOf(OSCMessage m) {
    List<Object> args = m.getArguments();
    if (!args.isEmpty()
        && args.get(0) instanceof Integer
        && (OscProtocol.GENERATE.equals(m.getAddress())
            || OscProtocol.ACTION.equals(m.getAddress()))) {
      return (Integer) args.get(0);
    }
    return OscProtocol.PUSH_REQUEST;
  }

  private static OSCMessage message(String address, Object... args) {
    return new OSCMessage(address, Arrays.asList(args));
  }

  private static String nonNull(String value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return value;
  }
}
