package ai.sergik.sidecar;

import ai.sergik.api.BearerAuth;
import ai.sergik.api.HttpApi;
import ai.sergik.api.OpenApiDocument;
import ai.sergik.api.RouteModule;
import ai.sergik.api.Routes;
import ai.sergik.concurrent.DaemonThreads;
import ai.sergik.data.DataDir;
import ai.sergik.generation.DownloadRoutes;
import ai.sergik.generation.Downloads;
import ai.sergik.generation.GenerationRoutes;
import ai.sergik.generation.GenerationService;
import ai.sergik.link.DeviceLink;
import ai.sergik.osc.OscProtocol;
import ai.sergik.prompt.ChatFallback;
import ai.sergik.prompt.GptRoutes;
import ai.sergik.prompt.PromptParser;
import ai.sergik.prompt.PromptService;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The composition root of the background JVM: builds every part from the configuration, starts the
 * OSC and HTTP servers, and stops them in order. Features plug in by adding their
 * {@link RouteModule} to {@link #modules}; nothing else in the server needs to change.
 */
public final class Sidecar implements AutoCloseable {
  private final SidecarContext context;
  private final OscServer osc;
  private final HttpApi http;
  private final ExecutorService oscWorkers;
  private final OscDispatcher dispatcher;
  private final Services services;
  private final Routes routes;
  private Optional<Process> demoAudioRender = Optional.empty();

  private Sidecar(
      SidecarContext context,
      OscServer osc,
      HttpApi http,
      ExecutorService oscWorkers,
      OscDispatcher dispatcher,
      Services services,
      Routes routes) {
    this.services = services;
    this.routes = routes;
    this.context = context;
    this.osc = osc;
    this.http = http;
    this.oscWorkers = oscWorkers;
    this.dispatcher = dispatcher;
  }

  /**
   * The features the server offers. To add one, construct its module here from {@code context} (and,
   * where it shares them, from the services built in {@link #start}).
   */
  static List<RouteModule> modules(SidecarContext context, Services services) {
    List<RouteModule> modules = new ArrayList<>();
    ai.sergik.analysis.LibraryRoots roots = libraryRoots(context);
    modules.add(new GenerationRoutes(services.generation(), services.downloads()));
    modules.add(new ai.sergik.generation.FitRoutes(services.downloads()));
    modules.add(new GptRoutes(
        services.prompts(),
        context.device(),
        context.config().pushConfirmTimeout(),
        services.downloads(),
        services.live()));
    modules.add(new DownloadRoutes(services.downloads()));
    ai.sergik.catalog.CatalogSearchService catalog =
        new ai.sergik.catalog.CatalogSearchService(context.data());
    modules.add(new ai.sergik.catalog.CatalogRoutes(catalog));
    modules.add(new ai.sergik.dna.DnaRoutes(context.data()));
    ai.sergik.dna.DnaService dna =
        new ai.sergik.dna.DnaService(context.data(), ai.sergik.dna.AudioTraits.ANALYZER);
    modules.add(new ai.sergik.analysis.AnalysisRoutes(
        context.data(), roots, features -> dna.dnaPart(ai.sergik.dna.AudioTraits.of(features))));
    modules.add(
        new ai.sergik.live.LiveRoutes(context.device(), context.config().pushConfirmTimeout()));
    modules.add(new ai.sergik.live.LiveSetRoutes(
        services.live().control(), services.live().fit()));
    modules.add(new ai.sergik.studio.StudioRoutes(
        context.data(), roots, context.device(), context.clock()));
    modules.add(new ai.sergik.suggest.SuggestRoutes(context.data(), catalog));
    modules.add(new ai.sergik.mcp.McpRoutes(context.data(), context.version()));
    return modules;
  }

  /** Services shared between HTTP routes and OSC (built once in {@link #start}). */
  record Services(
      GenerationService generation,
      PromptService prompts,
      ChatFallback chat,
      Downloads downloads,
      ai.sergik.prompt.LivePrompts live) {
    /** @param baseUrl the URL download links start with, read when a link is made */
    static Services create(
        SidecarConfig config, Clock clock, Supplier<String> baseUrl, DeviceLink device) {
      GenerationService generation = new GenerationService();
      ChatFallback chat = new ChatFallback(config.chat());
      ai.sergik.prompt.LivePrompts live = new ai.sergik.prompt.LivePrompts(
          new ai.sergik.live.LiveControl(device.requests(), config.pushConfirmTimeout()),
          new ai.sergik.live.LiveFit(device, config.pushConfirmTimeout()));
      return new Services(
          generation,
          new PromptService(new PromptParser(), generation, chat),
          chat,
          new Downloads(clock, Downloads.DEFAULT_TTL, baseUrl),
          live);
    }

    /**
     * What {@code /sergik/generate} runs: {@code {"prompt": …}} through the prompt reader, otherwise the
     * same fields as the HTTP endpoints with {@code part} choosing one.
     */
    OscGenerator oscGenerator(DeviceLink device) {
      return fields -> {
        if (!fields.has("prompt")) {
          return generation.generate(fields).toNotesPayload();
        }
        Optional<ObjectNode> acted = live.answer(fields);
        return acted.isPresent()
            ? ai.sergik.prompt.LivePrompts.summary(acted.get())
            : prompts
                .make(
                    fields.string("prompt", "", "8 bars of deep house chords in 10B"),
                    device.status().tempo())
                .toNotesPayload();
      };
    }
  }

  /**
   * Binds both ports and starts answering.
   *
   * @throws IllegalStateException when the host is not loopback and no token is set
   * @throws IOException when a port cannot be bound
   */
  public static Sidecar start(SidecarConfig config, DataDir data, String version)
      throws IOException {
    return start(config, data, version, Clock.systemUTC());
  }

  /** {@link #start(SidecarConfig, DataDir, String)} with the clock that times heartbeats, uptime and the rest. */
  public static Sidecar start(SidecarConfig config, DataDir data, String version, Clock clock)
      throws IOException {
    config.requireSafeBinding();
    // OSC is for the device on this machine: loopback whatever --host says (HTTP may listen wider,
    // with a token).
    OscServer osc = OscServer.bind(OscProtocol.DEFAULT_HOST, config.oscPort());
    HttpApi http = null;
    ExecutorService oscWorkers = null;
    Services services = null;
    try {
      // an IP literal, never a name that could resolve to several addresses
      @SuppressWarnings("AddressSelection")
      InetSocketAddress deviceDefault =
          new InetSocketAddress(OscProtocol.DEFAULT_HOST, config.devicePort());
      DeviceLink device = new DeviceLink(osc.sender(), deviceDefault, clock);
      SidecarContext context =
          new SidecarContext(config, data, device, clock, clock.instant(), version);
      AtomicReference<String> localUrl = new AtomicReference<>("");
      services =
          Services.create(config, clock, () -> config.publicUrl().orElse(localUrl.get()), device);
      List<RouteModule> modules = new ArrayList<>();
      AtomicReference<Supplier<OpenApiDocument>> openApi = new AtomicReference<>();
      modules.add(new CoreRoutes(context, () -> openApi.get().get(), osc::port));
      modules.addAll(modules(context, services));
      Routes routes = new Routes();
      modules.forEach(m -> m.register(routes));
      oscWorkers = oscWorkers(OSC_WORKERS, OSC_QUEUE);
      OscDispatcher dispatcher = new OscDispatcher(
          osc.sender(),
          device,
          services.oscGenerator(device),
          routes.actions(),
          version,
          oscWorkers,
          config.pushConfirmTimeout(),
          clock);
      http = HttpApi.start(
          config.host(),
          config.httpPort(),
          routes,
          BearerAuth.of(config.token()),
          config.httpThreads(),
          HttpApi.Limits.DEFAULT,
          clock);
      Sidecar sidecar = new Sidecar(context, osc, http, oscWorkers, dispatcher, services, routes);
      localUrl.set(sidecar.httpUri().toString());
      openApi.set(OpenApiDocument.lazily(
          version, config.publicUrl().orElse(sidecar.httpUri().toString()), modules));
      osc.start(dispatcher);
      // the demo WAVs are rendered from their MIDI the first time a data dir is served: beside the
      // server, not before it answers
      sidecar.demoAudioRender = DemoAudioRender.startIfNeeded(data);
      return sidecar;
    } catch (IOException | RuntimeException e) {
      osc.close();
      if (http != null) {
        http.stop(0);
      }
      if (oscWorkers != null) {
        oscWorkers.shutdownNow();
      }
      if (services != null) {
        services.chat().close();
      }
      if (e instanceof java.net.BindException || e.getCause() instanceof java.net.BindException) {
        throw new IOException(
            "cannot listen for HTTP on " + config.host() + ":" + config.httpPort() + ": "
                + e.getMessage() + " (is another sidecar running? try --http-port)",
            e);
      }
      throw e;
    }
  }

  private static ai.sergik.analysis.LibraryRoots libraryRoots(SidecarContext context) {
    try {
      return ai.sergik.analysis.LibraryRoots.resolve(
          context.data(),
          context.config().file(),
          System.getenv(ai.sergik.analysis.LibraryRoots.ENVIRONMENT));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(
          "cannot read " + ai.sergik.analysis.LibraryRoots.PROPERTY
              + " from the sidecar configuration: " + e.getMessage(),
          e);
    }
  }

  /** Threads that run OSC generate and action requests. */
  static final int OSC_WORKERS = 4;

  /**
   * OSC requests that may wait for a worker; beyond them a request is shed with a short error, so a flood
   * cannot grow the heap (each waiting request holds at most one 8 KiB datagram's worth of text).
   */
  static final int OSC_QUEUE = 64;

  /** A fixed pool of daemon threads over a bounded queue that refuses (never blocks the receive thread) when full. */
  static ExecutorService oscWorkers(int threads, int queue) {
    return new ThreadPoolExecutor(
        threads,
        threads,
        0,
        TimeUnit.MILLISECONDS,
        new ArrayBlockingQueue<>(queue),
        DaemonThreads.named("osc-worker"),
        new ThreadPoolExecutor.AbortPolicy());
  }

  public SidecarContext context() {
    return context;
  }

  /** The process rendering the demo WAVs, started with the server when some were missing. */
  public Optional<Process> demoAudioRender() {
    return demoAudioRender;
  }

  /** Every route and OSC action this server answers. */
  public Routes routes() {
    return routes;
  }

  public DeviceLink device() {
    return context.device();
  }

  public int httpPort() {
    return http.port();
  }

  public int oscPort() {
    return osc.port();
  }

  /** Where the OSC socket listens: loopback, whatever the HTTP host is. */
  public InetSocketAddress oscAddress() {
    return osc.localAddress();
  }

  /** The local HTTP address, e.g. {@code http://127.0.0.1:8000}. */
  public URI httpUri() {
    String host = context.config().host();
    return URI.create(
        "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + http.port());
  }

  /** OSC datagrams received and answered with an error so far. */
  public long oscReceived() {
    return dispatcher.received();
  }

  public long oscErrors() {
    return dispatcher.errors();
  }

  /** OSC requests refused because the worker queue was full. */
  public long oscShed() {
    return dispatcher.shed();
  }

  /** Stops taking work, lets HTTP requests in flight finish (up to {@code graceMillis}), closes both ports. */
  public void stop(long graceMillis) {
    http.stop(graceMillis);
    osc.close();
    oscWorkers.shutdown();
    try {
      oscWorkers.awaitTermination(Math.max(1, graceMillis), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    services.chat().close();
  }

  @Override
  public void close() {
    stop(10_000);
  }
}
