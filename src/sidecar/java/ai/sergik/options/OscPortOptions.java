package ai.sergik.options;

import java.util.Map;
import picocli.CommandLine.Option;

/** The OSC ports of the commands that start a sidecar ({@code serve}, {@code mcp}), as a picocli mixin. */
public final class OscPortOptions {
  @Option(
      names = "--osc-port",
      paramLabel = "PORT",
      description = "OSC (UDP) port the device talks to (default 9000; 0 = any free port).")
  Integer oscPort;

  @Option(
      names = "--device-port",
      paramLabel = "PORT",
      description = "Where the device listens before its first handshake (default 9001).")
  Integer devicePort;

  /** Adds the ports given on the command line to {@code flags}, by the configuration's property names. */
  public void putInto(Map<String, String> flags) {
    if (oscPort != null) flags.put("osc.port", oscPort.toString());
    if (devicePort != null) flags.put("device.port", devicePort.toString());
  }
}
