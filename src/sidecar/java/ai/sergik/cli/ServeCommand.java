package ai.sergik.cli;

import ai.sergik.data.DataDir;
import ai.sergik.io.Redaction;
import ai.sergik.options.DataOptions;
import ai.sergik.options.OscPortOptions;
import ai.sergik.sidecar.Sidecar;
import ai.sergik.sidecar.SidecarConfig;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sergik serve}: runs the sidecar until SIGINT/SIGTERM. Settings come from the flags, then
 * {@code SERGIK_*} environment variables, then {@code sergik.properties} in the data dir.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Run the sidecar: OSC for the Live device and the HTTP API for ChatGPT Actions and curl.",
      "Settings: flags, then SERGIK_HOST/SERGIK_HTTP_PORT/SERGIK_OSC_PORT/SERGIK_TOKEN..., then sergik.properties"
          + " in the data dir. Stops cleanly on Ctrl-C or SIGTERM: requests in flight finish first."
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "1:could not start (port taken, unsafe host, bad setting)",
      "2:usage error",
      "130:stopped with Ctrl-C (SIGINT)",
      "143:stopped with SIGTERM"
    })
public final class ServeCommand implements Callable<Integer> {

  @Mixin
  DataOptions data;

  @Spec
  CommandSpec spec;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      description =
          "Address HTTP listens on (default 127.0.0.1; anything else needs a token). OSC stays on 127.0.0.1.")
  String host;

  @Option(
      names = "--http-port",
      paramLabel = "PORT",
      description = "HTTP port (default 8000; 0 = any free port).")
  Integer httpPort;

  @Mixin
  OscPortOptions oscPorts;

  @Option(
      names = "--token",
      paramLabel = "TOKEN",
      description =
          "Bearer token every route but /health requires (prefer SERGIK_TOKEN, so it stays out of the process list).")
  String token;

  @Override
  public Integer call() throws Exception {
    DataDir dir = data.servedDataDir();
    Map<String, String> flags = new LinkedHashMap<>();
    if (host != null) flags.put("host", host);
    if (httpPort != null) flags.put("http.port", httpPort.toString());
    oscPorts.putInto(flags);
    if (token != null) flags.put("token", token);
    SidecarConfig config = SidecarConfig.resolve(flags, System.getenv(), dir.config());
    Sidecar sidecar = Sidecar.start(config, dir, Version.VALUE);
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "sergik %s serving data dir %s%n", Version.VALUE, dir.root());
    out.printf(
        Locale.ROOT,
        "HTTP  listening on %s  (GET /health, GET /openapi.yaml)%n",
        sidecar.httpUri());
    out.printf(
        Locale.ROOT,
        "OSC   listening on udp://%s:%d  (loopback only; device port %d)%n",
        sidecar.oscAddress().getAddress().getHostAddress(),
        sidecar.oscPort(),
        config.devicePort());
    out.printf(
        Locale.ROOT,
        "auth  %s%n",
        config.token().isPresent() ? "bearer token required" : "none (loopback only)");
    out.printf(
        Locale.ROOT,
        "chat  %s%n",
        config.chat().enabled()
            ? "fallback " + Redaction.url(config.chat().url().get())
            : "fallback off");
    config.file().ifPresent(f -> out.printf(Locale.ROOT, "config %s%n", f));
    out.println("Press Ctrl-C to stop.");
    out.flush();

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(new Thread(
            () -> {
              sidecar.close();
              out.println("sergik stopped: requests finished, ports closed.");
              out.flush();
              stopped.countDown();
            },
            "sergik-shutdown"));
    System.setProperty(Main.KEEP_RUNNING, "true");
    stopped.await();
    return 0;
  }
}
