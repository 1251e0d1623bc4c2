package ai.sergik.osc;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The OSC protocol between the device (inside Live) and the sidecar, version 2 (which keeps version-1
 * devices working): addresses, ports, size limits and the heartbeat. Both sides build and read their messages through {@link OscMessages} and
 * {@link OscCodec}, so these constants are the single definition of the wire format.
 *
 * <p>Every datagram is at most {@link #MAX_DATAGRAM_BYTES}; JSON payloads travel as one OSC string
 * argument (UTF-8). Replies go to the address and port a request came from; pushes (request
 * {@link #PUSH_REQUEST}) go to the device address learned from its latest handshake.
 */
public final class OscProtocol {
  private OscProtocol() {}

  /**
   * The newest protocol version. Version 2 adds the device id and track name to {@link #TEST}; the sidecar
   * answers each handshake with the version it was made in, so a version-1 device keeps working.
   */
  public static final int VERSION = 2;

  /** The oldest version either side still speaks. */
  public static final int OLDEST_VERSION = 1;

  /**
   * How often a device repeats its handshake while it runs. The handshake is the heartbeat: the sidecar counts
   * a device as connected while it has heard from it within {@link #HEARTBEAT_WINDOW_MILLIS}.
   */
  public static final long HEARTBEAT_MILLIS = 2000;

  /** A device unheard for longer than this (three heartbeats) is absent, no longer connected. */
  public static final long HEARTBEAT_WINDOW_MILLIS = 3 * HEARTBEAT_MILLIS;

  /** Longest device id a version-2 handshake may carry. */
  public static final int MAX_DEVICE_ID_CHARS = 64;

  /** Longest track name a version-2 handshake may carry. */
  public static final int MAX_TRACK_NAME_CHARS = 256;

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

  /**
   * Handshake and heartbeat, answered by {@link #ACK}. Version 2: {@code i nonce, s device_id, s track} (an id
   * stable for the device instance, saved with the Live set, and the name of the track it sits on, sent again
   * when the track is renamed). Version 1: {@code i nonce}.
   */
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

  /**
   * The field of a {@link #ACTION_NOTES_RECEIVED} that says the device got the notes but could not write or play
   * them (its text says why, e.g. {@code "no clip slot is selected"}). The sidecar reports such a push as not
   * confirmed and passes the reason on. A confirmation is only sent once the write really happened.
   */
  public static final String PUSH_ERROR_FIELD = "error";

  /** The field of a {@link #ACTION_NOTES_RECEIVED} that says whether the notes were written; false is a failure too. */
  public static final String PUSH_WRITTEN_FIELD = "written";

  // ---- Live control and clip reading (protocol v2 additions) ----

  /**
   * {@code i request, s json} (sidecar → device): change Live — {@code {"tempo":122}},
   * {@code {"transport":"play"|"stop"|"continue"}}, {@code {"track":"Bass","param":"volume","value":-3}} (dB; or
   * {@code "delta_db"}), pan/mute/solo/arm, {@code {"fire":{"track":"Bass","slot":2}}}, {@code {"scene":3}} (slots
   * and scenes 1-based). Answered with {@link #RESULT} (the new state as Live reports it) or {@link #ERROR}.
   */
  public static final String SET = "/ableton/set";

  /**
   * {@code i request, s json} (sidecar → device): read a clip — {@code {"clip":"highlighted"}},
   * {@code {"track":"Keys"}} or {@code {"track":"Keys","slot":2}}. Answered with {@link #CLIP} or {@link #ERROR}.
   */
  public static final String READ = "/ableton/read";

  /**
   * {@code i request, i chunk, i chunks, s json} (device → sidecar): a clip read for {@link #READ}, chunked like
   * {@link #NOTES}: {@code {"track","slot","clip","length","loop_start","loop_end","signature","notes":[…]}}.
   */
  public static final String CLIP = "/sergik/clip";

  /** The {@link #ACTION} a device sends for suggestions: {@code {"track","tempo","key","notes":[…]}}. */
  public static final String ACTION_SUGGEST = "suggest";

  /**
   * {@code i request, s json} (sidecar → device): the answer to {@link #ACTION_SUGGEST},
   * {@code {"lines":[…≤3],"actions":[{"line":0,"label":"Apply tempo","set":{"tempo":124}},
   * {"line":1,"label":"Transpose","transpose":2}],"key":"10B","key_from":"given"}}: at most 3 lines of at most 40
   * characters; {@code transpose} is in semitones.
   */
  public static final String SUGGEST = "/sergik/suggest";

  /** Transport states {@link #TRANSPORT} may carry. */
  public static final String STATE_PLAYING = "playing";

  public static final String STATE_STOPPED = "stopped";
  public static final String STATE_RECORDING = "recording";

  /** Track parameters {@code /ableton/track/<n>/<param>} may carry. */
  public static final List<String> TRACK_PARAMS =
      Collections.unmodifiableList(Arrays.asList("name", "volume", "pan", "mute", "solo", "arm"));

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
    return TRACK_PARAMS.contains(param);
  }
}
