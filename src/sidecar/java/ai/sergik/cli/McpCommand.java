package ai.sergik.cli;

import ai.sergik.data.DataDir;
import ai.sergik.mcp.McpServers;
import ai.sergik.mcp.StudioTools;
import ai.sergik.options.DataOptions;
import ai.sergik.options.OscPortOptions;
import ai.sergik.sidecar.Sidecar;
import ai.sergik.sidecar.SidecarConfig;
import io.modelcontextprotocol.server.McpSyncServer;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code sergik mcp}: the MCP server over standard input and output, for desktop AI clients that start it as a
 * subprocess (Claude Desktop, ChatGPT's desktop connectors). It runs the same studio as {@code serve}, with OSC for
 * the device; stdout carries only MCP messages, and everything else goes to stderr.
 */
@Command(
    name = "mcp",
    mixinStandardHelpOptions = true,
    description = {
      "Run the MCP server on stdin/stdout for a desktop AI client (see docs/server.md for the Claude Desktop config).",
      "Tools: generate (send_to_live, track), transform, analyze, catalog_search, dna_compare, list_devices;"
          + " resources: the DNA profile and the catalogs. Ends when the client closes stdin.",
      "With `sergik serve` already running, the OSC port is taken: this server then uses another one, and pushes to"
          + " Live go unconfirmed; point the client at the server's /mcp instead."
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:the client closed the connection", "1:could not start", "2:usage error"})
public final class McpCommand implements Callable<Integer> {

  @Mixin
  DataOptions data;

  @Spec
  CommandSpec spec;

  @Mixin
  OscPortOptions oscPorts;

  @Override
  public Integer call() throws Exception {
    DataDir dir = data.servedDataDir();
    PrintWriter err = spec.commandLine().getErr();
    Map<String, String> flags = new LinkedHashMap<>();
    flags.put("host", SidecarConfig.DEFAULT_HOST);
    flags.put(
        "http.port",
        "0"); // the studio's routes run in-process; its HTTP port is only a side effect
    oscPorts.putInto(flags);
    SidecarConfig config = SidecarConfig.resolve(flags, System.getenv(), dir.config());
    Sidecar sidecar;
    try {
      sidecar = Sidecar.start(config, dir, Version.VALUE);
    } catch (IOException taken) {
      flags.put("osc.port", "0");
      sidecar = Sidecar.start(
          SidecarConfig.resolve(flags, System.getenv(), dir.config()), dir, Version.VALUE);
      err.printf(
          Locale.ROOT,
          "sergik mcp: OSC port %d is in use (is `sergik serve` running?); using %d, so pushes to Live go"
              + " unconfirmed. Point the client at the server's /mcp for those.%n",
          config.oscPort(),
          sidecar.oscPort());
    }
    CountDownLatch closed = new CountDownLatch(1);
    InputStream in = new FilterInputStream(System.in) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b < 0) closed.countDown();
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n < 0) closed.countDown();
        return n;
      }
    };
    McpSyncServer server =
        McpServers.stdio(in, System.out, new StudioTools(sidecar.routes(), dir), Version.VALUE);
    err.printf(
        Locale.ROOT,
        "sergik mcp %s on stdin/stdout, data dir %s, OSC udp://127.0.0.1:%d%n",
        Version.VALUE,
        dir.root(),
        sidecar.oscPort());
    err.flush();
    closed.await();
    server.closeGracefully();
    sidecar.stop(2000);
    return 0;
  }
}
