package ai.sergik.device;

import ai.sergik.osc.OscProtocol;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * What the producer sees of the device: the status line, the suggestion lines, the sidecar state and the Max
 * console. Once the device is closed, failures of work still under way show nowhere.
 */
final class Display {
  private final Outlets out;
  private final Console console;
  private boolean closed;

  Display(Outlets out, Console console) {
    this.out = out;
    this.console = console;
  }

  void status(String text) {
    out.message(DevicePorts.OUT_STATUS, "set", text);
  }

  /** Something the producer asked for failed: one console line and the status line say why. */
  void fail(String text) {
    if (closed) {
      return;
    }
    console.error("sergik: " + text);
    status(text);
  }

  /** Shows a failure of {@code what} as {@code "<what> failed: <reason>"}; see {@link #fail}. */
  Consumer<String> failure(String what) {
    return reason -> fail(what + " failed: " + reason);
  }

  /** One of the suggestion lines of the status area (0-based). */
  void suggestionLine(int line, String text) {
    out.message(DevicePorts.OUT_SUGGESTION + line, "set", text);
  }

  void sidecarState(boolean connected) {
    out.message(DevicePorts.OUT_SIDECAR, connected ? "connected" : "absent");
  }

  /** A line in the Max console only. */
  void post(String line) {
    console.post(line);
  }

  /** The sidecar reported an error, for one of the device's requests or by itself (a push that went wrong). */
  void sidecarError(int request, String message) {
    console.error("sergik: sidecar"
        + (request == OscProtocol.PUSH_REQUEST ? "" : " request " + request) + ": " + message);
    status("sidecar error: " + message);
  }

  void close() {
    closed = true;
  }

  /** A number as messages show it: whole numbers without a point, others with two decimals. */
  static String number(double value) {
    return value == Math.rint(value)
        ? Long.toString((long) value)
        : String.format(Locale.ROOT, "%.2f", value);
  }
}
