package ai.sergik.device;

/** The mxj object's inlets and outlets, in the order the patcher connects them. */
final class DevicePorts {
  private DevicePorts() {}

  static final int IN_CONTROL = 0;
  static final int IN_MIDI = 1;

  static final int OUT_MIDI = 0;
  static final int OUT_LIVE = 1;
  static final int OUT_PATH = 2;
  static final int OUT_DICT = 3;
  static final int OUT_STATUS = 4;
  static final int OUT_SIDECAR = 5;
  static final int OUT_BYPASS = 6;
  static final int OUT_DEVICE_ID = 7;
  /** The first of the three suggestion lines (8, 9, 10), each {@code set <text>} to its comment. */
  static final int OUT_SUGGESTION = 8;

  static final String[] INLET_ASSIST = {
    "messages: generate, write, play, stop, style, key, bars, ...; tempo/transport/beat/tick and answers from Live",
    "MIDI bytes from midiin (humanized through when enabled)",
  };

  static final String[] OUTLET_ASSIST = {
    "MIDI bytes to midiout (via iter)",
    "messages to live.object (call/set)",
    "messages to live.path (goto)",
    "messages to the notes dict (clear/parse/bang)",
    "status line text (set ...)",
    "sidecar state: connected or absent",
    "0 closes the MIDI path around the mxj (open while Java is missing)",
    "the device id to keep in the stored Device Id parameter (set n)",
    "suggestion line 1 (set ...)",
    "suggestion line 2 (set ...)",
    "suggestion line 3 (set ...)",
  };
}
