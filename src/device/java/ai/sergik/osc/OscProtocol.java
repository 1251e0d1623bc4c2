package ai.sergik.osc;

/**
 * Version 1 of the OSC protocol between the device (inside Live) and the sidecar: addresses, ports and
 * size limits. Both sides build and read their messages through {@link OscMessages} and
 * {@link OscCodec}, so these constants are the single definition of the wire format.
 *
 * <p>Every datagram is at most {@link #MAX_DATAGRAM_BYTES}; JSON payloads travel as one OSC string
 * argument (UTF-8). Replies go to the address and port a request came from; pushes (request
 * {@link #PUSH_REQUEST}) go to the device address learned from its latest handshake.
 */
public final class OscProtocol {
  private OscProtocol() {}

  /** The protocol version sent in every {@code /sergik/ack}. */
  public static final int VERSION = 1;

  /** Largest datagram either side sends or accepts: 8 KiB. */
  public static final int MAX_DATAGRAM_BYTES = 8192;

  /** Where the sidecar listens by default. */
  public static final int DEFAULT_SIDECAR_PORT = 9000;

  /** Where the device listens by default. */
  public static final int DEFAULT_DEVICE_PORT = 9001;

  /** Both sides talk over loopback unless configured otherwise. */
  public static final String DEFAULT_HOST = "127.0.0.1";

  /** The request id of notes and results the sidecar pushes unasked (e.g. from ChatGPT). */
  public static final int PUSH_REQUEST = 0;

  // ---- device -> sidecar ----

  /** {@code i nonce}: handshake; answered by {@link #ACK}. */
  public static final String TEST = "/sergik/test";

  /** {@code f bpm}: Live's tempo changed. */
  public static final String TEMPO = "/ableton/tempo";

  /** {@code s state, f beats}: {@code playing}, {@code stopped} or {@code recording}, and the song position. */
  public static final String TRANSPORT = "/ableton/transport";

  /** Prefix of {@code /ableton/track/<n>/<param>} with one value argument; see {@link #trackAddress}. */
  public static final String TRACK_PREFIX = "/ableton/track/";

  /** {@code i request, s json}: generate notes (HTTP body fields, or {@code {"prompt": ...}}). */
  public static final String GENERATE = "/sergik/generate";

  /** {@code i request, s name, s json}: any other request (analyze, catalog search, dna compare ...). */
  public static final String ACTION = "/sergik/action";

  // ---- sidecar -> device ----

  /** {@code i nonce, s version, i protocol}: the answer to {@link #TEST}. */
  public static final String ACK = "/sergik/ack";

  /** {@code i request, i chunk, i chunks, s json}: notes, chunked; see {@link NotesChunks}. */
  public static final String NOTES = "/sergik/notes";

  /** {@code i request, s json}: the answer to an action. */
  public static final String RESULT = "/sergik/result";

  /** {@code i request, s message}: a clear error for that request (request 0 when none is known). */
  public static final String ERROR = "/sergik/error";

  /**
   * The action the device sends after it has taken a pushed notes payload:
   * {@code /sergik/action 0 "notes_received" {"push_id": <id from the payload>, "count": <notes>}}. The
   * sidecar waits for it briefly and tells the HTTP client whether the device confirmed.
   */
  public static final String ACTION_NOTES_RECEIVED = "notes_received";

  /** The field of a pushed notes payload that {@link #ACTION_NOTES_RECEIVED} echoes back. */
  public static final String PUSH_ID_FIELD = "push_id";

  /** Transport states {@link #TRANSPORT} may carry. */
  public static final String STATE_PLAYING = "playing";
  public static final String STATE_STOPPED = "stopped";
  public static final String STATE_RECORDING = "recording";

  /** Track parameters {@code /ableton/track/<n>/<param>} may carry. */
  public static final String[] TRACK_PARAMS = {"name", "volume", "pan", "mute", "solo", "arm"};

  /** {@code /ableton/track/<track>/<param>}; track numbers start at 0, as in Live's API. */
  public static String trackAddress(int track, String param) {
    if (track < 0) {
      throw new IllegalArgumentException("track must be >= 0, got " + track);
    }
    if (!isTrackParam(param)) {
      throw new IllegalArgumentException(
          "track parameter must be one of name, volume, pan, mute, solo, arm; got " + param);
    }
    return TRACK_PREFIX + track + "/" + param;
  }

  static boolean isTrackParam(String param) {
    for (String p : TRACK_PARAMS) {
      if (p.equals(param)) {
        return true;
      }
    }
    return false;
  }
}
