package ai.sergik.device.virtuallive;

/**
 * DeviceParameter: {@code value} within {@code min}..{@code max} (Live refuses a value outside), and
 * {@code str_for_value(value)}, the text Live shows for a value. For the track volume that is dB: Live's fader
 * has 0 dB at 0.85 and +6 dB at 1.0, about 0.025 per dB below, -inf at 0 (Live documents no formula; the
 * model uses this approximation).
 */
public final class DeviceParameter extends LomObject {
  final String name;
  final double min;
  final double max;
  double value;
  final boolean decibels;

  DeviceParameter(
      VirtualLive live, String name, double min, double max, double value, boolean decibels) {
    super(live, "DeviceParameter");
    this.name = name;
    this.min = min;
    this.max = max;
    this.value = value;
    this.decibels = decibels;
    property("value", () -> atoms(this.value), v -> {
      double x = v[0].toDouble();
      if (x < min || x > max) {
        throw new LiveError("value " + x + " out of range " + min + ".." + max + " for " + name);
      }
      this.value = x;
      live.edited();
      changed("value");
    });
    property("min", () -> atoms(min));
    property("max", () -> atoms(max));
    property("name", () -> atoms(name));
    function(
        "str_for_value", args -> atoms(display(args.length > 0 ? args[0].toDouble() : this.value)));
  }

  public double value() {
    return value;
  }

  public void value(double v) {
    value = v;
  }

  /** The dB Live shows for the volume now. */
  public double decibels() {
    return value <= 0 ? Double.NEGATIVE_INFINITY : Math.round((value - 0.85) / 0.025 * 10) / 10.0;
  }

  String display(double v) {
    if (decibels) {
      return v <= 0
          ? "-inf dB"
          : String.format(
              java.util.Locale.ROOT, "%.1f dB", Math.round((v - 0.85) / 0.025 * 10) / 10.0);
    }
    long pan = Math.round(v * 50);
    return pan == 0 ? "C" : Math.abs(pan) + (pan < 0 ? "L" : "R");
  }
}
