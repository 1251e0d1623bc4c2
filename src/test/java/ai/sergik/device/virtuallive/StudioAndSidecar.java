package ai.sergik.device.virtuallive;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.data.DataDir;
import ai.sergik.io.FileTrees;
import ai.sergik.sidecar.Sidecar;
import ai.sergik.sidecar.SidecarConfig;
import com.cycling74.max.StandIn;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A virtual Live and the real sidecar (HTTP and OSC on loopback ports) over a data directory of its own, new for
 * each test of a journey through both; after the test no exception may have reached Max.
 * {@code @RegisterExtension final StudioAndSidecar journey = StudioAndSidecar.emptyData(9);}
 */
final class StudioAndSidecar implements BeforeEachCallback, AfterEachCallback {
  static final Path DEMO = Paths.get(System.getProperty("sergik.basedir", ".")).resolve("data");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final long seed;
  private final boolean demoData;
  private final HttpClient http = HttpClient.newHttpClient();
  private Path data;
  VirtualStudio studio;
  Sidecar sidecar;

  private StudioAndSidecar(long seed, boolean demoData) {
    this.seed = seed;
    this.demoData = demoData;
  }

  /** A sidecar on an empty data directory; {@code seed} drives Live's report jitter. */
  static StudioAndSidecar emptyData(long seed) {
    return new StudioAndSidecar(seed, false);
  }

  /** A sidecar on a copy of the demo data (its DNA profile and catalog). */
  static StudioAndSidecar demoData(long seed) {
    return new StudioAndSidecar(seed, true);
  }

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    data = Files.createTempDirectory("sergik-journey");
    if (demoData) {
      FileTrees.copy(DEMO, data);
    }
    studio = new VirtualStudio(seed, 10);
    sidecar = Sidecar.start(SidecarConfig.loopback(0, 0), new DataDir(data), "test");
  }

  @Override
  public void afterEach(ExtensionContext context) throws IOException {
    try {
      studio.close();
      sidecar.close();
    } finally {
      try (Stream<Path> files = Files.walk(data)) {
        for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
          Files.delete(p);
        }
      }
    }
    assertThat(StandIn.escaped()).isEmpty();
  }

  /** The device loaded from the patch on {@code track}, once it says it is connected to the sidecar. */
  PatchRunner connected(Track track) throws Exception {
    return studio.dropConnected(track, sidecar.oscPort());
  }

  /** ChatGPT's {@code POST /gpt/generate} of {@code prompt} with {@code send_to_live}; see {@link #call}. */
  JsonNode sendToLive(String prompt) throws Exception {
    return call("POST", "/gpt/generate", "{\"prompt\":\"" + prompt + "\",\"send_to_live\":true}");
  }

  /**
   * Sends the request on another thread while this one runs Max's main thread, as Live would; the answer's
   * JSON with its {@code http_status}.
   */
  JsonNode call(String method, String path, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(sidecar.httpUri() + path))
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json");
    b = body == null ? b.GET() : b.method(method, HttpRequest.BodyPublishers.ofString(body));
    CompletableFuture<HttpResponse<String>> f =
        http.sendAsync(b.build(), HttpResponse.BodyHandlers.ofString());
    f.whenComplete((r, e) -> StandIn.wake());
    assertThat(StandIn.runDeferred(f::isDone, 30_000))
        .as(method + " " + path + " answered")
        .isTrue();
    HttpResponse<String> r = f.get();
    JsonNode json = JSON.readTree(r.body());
    ((ObjectNode) json).put("http_status", r.statusCode());
    return json;
  }
}
