package ai.sergik.sidecar;

import ai.sergik.api.Json;
import ai.sergik.data.DataDir;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real sidecar on ephemeral loopback ports plus a real HTTP client, for tests.
 *
 * <p>Either started at once ({@link #start}, closed by the test), or registered for a whole test class:
 * {@code @RegisterExtension static final RunningSidecar server = RunningSidecar.perClass();} starts it
 * before the class's {@code @BeforeAll} methods and stops it after its {@code @AfterAll} methods.
 */
final class RunningSidecar implements AutoCloseable, BeforeAllCallback, AfterAllCallback {
  static final Path DEMO_DATA =
      Paths.get(System.getProperty("sergik.basedir", ".")).resolve("data");

  /** Starts the sidecar itself; the ways differ only in data directory and clock. */
  private interface Starter {
    Sidecar start() throws IOException;
  }

  private final Starter starter;
  /** Set once started: by {@link #start} at once, or by {@link #beforeAll} for a registered one. */
  Sidecar sidecar;

  final HttpClient http = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5))
      .build();
  String token;

  private RunningSidecar(Starter starter, SidecarConfig config) {
    this.starter = starter;
    this.token = config.token().orElse(null);
  }

  /** One on the demo data and loopback ports, for the whole test class. */
  static RunningSidecar perClass() {
    return perClass(SidecarConfig.loopback(0, 0));
  }

  static RunningSidecar perClass(SidecarConfig config) {
    return new RunningSidecar(() -> Sidecar.start(config, new DataDir(DEMO_DATA), "test"), config);
  }

  /** One whose heartbeats and uptime follow {@code clock}, for the whole test class. */
  static RunningSidecar perClass(SidecarConfig config, TestClock clock) {
    return new RunningSidecar(
        () -> Sidecar.start(config, new DataDir(DEMO_DATA), "test", clock), config);
  }

  static RunningSidecar start() throws IOException {
    return perClass().started();
  }

  static RunningSidecar start(SidecarConfig config) throws IOException {
    return perClass(config).started();
  }

  /** A sidecar serving another data directory (one without a profile, a copy to change). */
  static RunningSidecar start(SidecarConfig config, DataDir data) throws IOException {
    return new RunningSidecar(() -> Sidecar.start(config, data, "test"), config).started();
  }

  /** A sidecar whose heartbeats and uptime follow {@code clock}. */
  static RunningSidecar start(SidecarConfig config, TestClock clock) throws IOException {
    return perClass(config, clock).started();
  }

  private RunningSidecar started() throws IOException {
    sidecar = starter.start();
    return this;
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    started();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    close();
  }

  URI uri(String pathAndQuery) {
    return URI.create(sidecar.httpUri() + pathAndQuery);
  }

  /** A request with the bearer token when one is configured. */
  HttpRequest.Builder request(String pathAndQuery) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(30));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return b;
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
    return http.send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** {@link #postJson} without waiting, for a request whose answer waits on something the test then does. */
  java.util.concurrent.CompletableFuture<HttpResponse<String>> postJsonAsync(
      String path, String json) {
    return http.sendAsync(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<byte[]> postJsonBytes(String path, String json)
      throws IOException, InterruptedException {
    return http.send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  static JsonNode json(HttpResponse<String> response) throws IOException {
    return Json.MAPPER.readTree(response.body());
  }

  int oscPort() {
    return sidecar.oscPort();
  }

  @Override
  public void close() {
    if (sidecar != null) {
      sidecar.stop(2000);
    }
  }
}
