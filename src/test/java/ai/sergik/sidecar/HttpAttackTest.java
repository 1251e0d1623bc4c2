package ai.sergik.sidecar;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.api.ApiResponse;
import ai.sergik.api.BearerAuth;
import ai.sergik.api.HttpApi;
import ai.sergik.api.Routes;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/**
 * What a hostile or careless client on the same machine tried against the HTTP server, each on real sockets against
 * the real sidecar (or, where a limit must be short for the test to be quick, the real server with that limit).
 */
class HttpAttackTest {
  @RegisterExtension
  static final RunningSidecar server = RunningSidecar.perClass();

  final ListAppender<ILoggingEvent> log = new ListAppender<>();
  final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

  @BeforeEach
  void captureLog() {
    log.start();
    root.addAppender(log);
  }

  @AfterEach
  void releaseLog() {
    root.detachAppender(log);
  }

  @Test
  void idleConnectionsThatEachSendOneByteDoNotFreezeHealth() throws Exception {
    List<Socket> idle = new ArrayList<>();
    try {
      for (int i = 0; i < 16; i++) {
        Socket s = connect(server.sidecar.httpPort());
        s.getOutputStream().write('G');
        s.getOutputStream().flush();
        idle.add(s);
      }
      HttpResponse<String> health = server.http.send(
          server.request("/health").timeout(Duration.ofSeconds(5)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(200);
      HttpResponse<String> chords = server.postJson("/generate/chord_progression", "{}");
      assertThat(chords.statusCode()).isEqualTo(200);
    } finally {
      for (Socket s : idle) s.close();
    }
  }

  @Test
  void abandonedRequestsLeakNoFileDescriptors() throws Exception {
    // warm up: the first requests load classes and open jars, which holds descriptors for good
    for (int i = 0; i < 5; i++) abandon(i);
    assertThat(server.get("/health").statusCode()).isEqualTo(200);
    long before = openDescriptors();
    for (int i = 0; i < 200; i++) abandon(i);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    long after = openDescriptors();
    while (after > before + 5 && System.nanoTime() < deadline) {
      Thread.onSpinWait();
      after = openDescriptors();
    }
    assertThat(after)
        .as("open descriptors after 200 abandoned requests (before: %d)", before)
        .isLessThanOrEqualTo(before + 5);
    assertThat(server.get("/health").statusCode()).isEqualTo(200);
  }

  /** A request whose client hangs up before the answer: half with the body cut short, half reset right after sending. */
  private static void abandon(int i) throws IOException {
    try (Socket s = connect(server.sidecar.httpPort())) {
      String body = "{\"key\":\"8A\",\"bars\":64,\"seed\":" + i + "}";
      int announced = i % 2 == 0 ? body.length() + 100 : body.length();
      s.getOutputStream()
          .write(
              ("POST /generate/walking_bass HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                      + "Content-Length: " + announced + "\r\n\r\n" + body)
                  .getBytes(StandardCharsets.UTF_8));
      s.getOutputStream().flush();
      s.setSoLinger(true, 0); // close with a reset, as a client process that is killed does
    }
  }

  private static long openDescriptors() throws IOException {
    Path fds = Files.isDirectory(Paths.get("/proc/self/fd"))
        ? Paths.get("/proc/self/fd")
        : Paths.get("/dev/fd");
    try (Stream<Path> list = Files.list(fds)) {
      return list.count();
    }
  }

  @Test
  void slowlorisHeadersTimeOut() throws Exception {
    Routes routes = new Routes()
        .openGet("/health", "health", request -> ApiResponse.ok(Map.of("status", "ok")));
    HttpApi.Limits limits =
        HttpApi.Limits.DEFAULT.withTimeouts(Duration.ofSeconds(30), Duration.ofMillis(400));
    TestClock clock = new TestClock();
    Instant started = clock.instant();
    HttpApi api = HttpApi.start("127.0.0.1", 0, routes, BearerAuth.NONE, 2, limits, clock);
    try (Socket s = connect(api.port())) {
      OutputStream out = s.getOutputStream();
      out.write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      Thread trickle = new Thread(
          () -> {
            // a header line every 50 ms of the server's clock: never idle long enough for the 30 s
            // idle timeout; the pause only paces the client, the deadline is read on the clock
            try {
              for (int i = 0; i < 2000; i++) {
                out.write(("X-" + i + ": y\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                clock.advance(Duration.ofMillis(50));
                Thread.sleep(10);
              }
            } catch (IOException | InterruptedException closedByTheServer) {
              // expected
            }
          },
          "slowloris");
      trickle.setDaemon(true);
      trickle.start();
      s.setSoTimeout(15_000);
      assertThat(readToEnd(s.getInputStream()))
          .as("the server closes without answering, long before the idle timeout")
          .isEmpty();
      assertThat(Duration.between(started, clock.instant()))
          .as("closed only after the header deadline on the server's clock")
          .isGreaterThanOrEqualTo(Duration.ofMillis(400));
      trickle.interrupt();
      trickle.join(5000);
      // and a well-behaved client is still answered
      try (Socket good = connect(api.port())) {
        good.getOutputStream()
            .write("GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII));
        assertThat(readToEnd(good.getInputStream())).startsWith("HTTP/1.1 200");
      }
    } finally {
      api.stop(0);
    }
  }

  @Test
  void connectionsBeyondTheLimitWaitInsteadOfTakingDescriptors() throws Exception {
    Routes routes = new Routes()
        .openGet("/health", "health", request -> ApiResponse.ok(Map.of("status", "ok")));
    HttpApi api = HttpApi.start(
        "127.0.0.1",
        0,
        routes,
        BearerAuth.NONE,
        2,
        HttpApi.Limits.DEFAULT.withMaxConnections(4),
        Clock.systemUTC());
    List<Socket> idle = new ArrayList<>();
    try {
      for (int i = 0; i < 12; i++) idle.add(connect(api.port()));
      // each connect returns once the kernel has queued it; the server takes at most 4 of them
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (api.connections() < 4 && System.nanoTime() < deadline) Thread.onSpinWait();
      assertThat(api.connections()).isEqualTo(4);
      Socket last = idle.get(11);
      last.getOutputStream()
          .write("GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
              .getBytes(StandardCharsets.US_ASCII));
      for (Socket s : idle.subList(0, 11)) s.close();
      last.setSoTimeout(10_000);
      assertThat(readToEnd(last.getInputStream()))
          .as("a waiting connection is served once the others close")
          .startsWith("HTTP/1.1 200");
      assertThat(api.connections()).isLessThanOrEqualTo(4);
    } finally {
      for (Socket s : idle) s.close();
      api.stop(0);
    }
  }

  @Test
  void oversizeHeadersAre431() throws Exception {
    String big = "x".repeat(HttpApi.Limits.DEFAULT.maxHeaderBytes() + 1);
    String answer =
        exchange("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + big + "\r\n\r\n");
    assertThat(answer).startsWith("HTTP/1.1 431");
    JsonNode body = jsonBody(answer);
    assertThat(body.get("status").asText()).isEqualTo("error");
    assertThat(body.get("error").asText()).isEqualTo("request_header_fields_too_large");
    assertThat(body.get("message").asText()).contains("16 KiB");
    assertNoStackTraceLogged();
  }

  @Test
  void aShortBodyIs400WithNoStackTraceInTheLog() throws Exception {
    try (Socket s = connect(server.sidecar.httpPort())) {
      s.getOutputStream()
          .write(
              ("POST /generate/chord_progression HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                      + "Content-Length: 100\r\n\r\n{\"bars\":4}")
                  .getBytes(StandardCharsets.US_ASCII));
      s.shutdownOutput();
      String answer = readToEnd(s.getInputStream());
      assertThat(answer).startsWith("HTTP/1.1 400");
      assertThat(jsonBody(answer).get("message").asText())
          .isEqualTo(
              "the request body ended early: the connection closed after 10 bytes of the 100 announced");
    }
    assertNoStackTraceLogged();
  }

  @Test
  void aBadChunkSizeIs400WithNoStackTraceInTheLog() throws Exception {
    String answer = exchange(
        "POST /generate/chord_progression HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            + "Transfer-Encoding: chunked\r\n\r\nZZ\r\n{}\r\n0\r\n\r\n");
    assertThat(answer).startsWith("HTTP/1.1 400");
    JsonNode body = jsonBody(answer);
    assertThat(body.get("error").asText()).isEqualTo("bad_request");
    assertThat(body.get("message").asText()).doesNotContain("Exception", "\tat ");
    assertNoStackTraceLogged();
  }

  @Test
  void aMalformedRequestLineIs400AsJson() throws Exception {
    String answer = exchange("GARBAGE\r\n\r\n");
    assertThat(answer).startsWith("HTTP/1.1 400");
    assertThat(jsonBody(answer).get("error").asText()).isEqualTo("bad_request");
    assertNoStackTraceLogged();
  }

  @Test
  void headOfHealthIs200WithoutABody() throws Exception {
    HttpResponse<String> r = server.http.send(
        server
            .request("/health")
            .method("HEAD", HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEmpty();
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
  }

  @Test
  void healthWithoutTheTokenShowsNoDataDirDeviceAddressOrTrackNames() throws Exception {
    try (RunningSidecar guarded =
        RunningSidecar.start(SidecarConfig.loopback(0, 0).withToken("s3cret-token"))) {
      String dataDir = RunningSidecar.DEMO_DATA.toAbsolutePath().normalize().toString();
      HttpResponse<String> stranger = guarded.http.send(
          java.net.http.HttpRequest.newBuilder(guarded.uri("/health")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(stranger.statusCode()).isEqualTo(200);
      JsonNode body = RunningSidecar.json(stranger);
      assertThat(body.fieldNames()).toIterable().containsExactly("status", "version", "auth");
      assertThat(stranger.body()).doesNotContain(dataDir, "127.0.0.1", "tracks", "address");
      HttpResponse<String> owner = guarded.get("/health");
      assertThat(RunningSidecar.json(owner).get("data_dir").asText()).isEqualTo(dataDir);
    }
  }

  @Test
  void analyzeIsNotAnExistenceOracleForFilesOutsideTheRoots() throws Exception {
    Path basedir =
        Paths.get(System.getProperty("sergik.basedir", ".")).toAbsolutePath().normalize();
    Path exists = basedir.resolve("pom.xml");
    Path missing = basedir.resolve("no-such-file-" + System.nanoTime() + ".xml");
    assertThat(exists).exists();
    HttpResponse<String> a = server.postJson(
        "/gpt/analyze",
        "{\"path\":" + ai.sergik.api.Json.MAPPER.writeValueAsString(exists.toString()) + "}");
    HttpResponse<String> b = server.postJson(
        "/gpt/analyze",
        "{\"path\":" + ai.sergik.api.Json.MAPPER.writeValueAsString(missing.toString()) + "}");
    assertThat(a.statusCode()).isEqualTo(b.statusCode()).isEqualTo(400);
    assertThat(a.body().replace(exists.toString(), "P"))
        .isEqualTo(b.body().replace(missing.toString(), "P"));
    // the same through a relative path that climbs out of the roots
    HttpResponse<String> c = server.postJson("/gpt/analyze", "{\"path\":\"../../pom.xml\"}");
    HttpResponse<String> d =
        server.postJson("/gpt/analyze", "{\"path\":\"../../no-such-file.xml\"}");
    assertThat(c.statusCode()).isEqualTo(d.statusCode()).isEqualTo(400);
    assertThat(c.body().replace("../../pom.xml", "P"))
        .isEqualTo(d.body().replace("../../no-such-file.xml", "P"));
  }

  @Test
  void aBodyOverTheLimitSentInChunksIs413AndTheClientHearsIt() throws Exception {
    StringBuilder request =
        new StringBuilder("POST /generate/chord_progression HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
    String chunk = " ".repeat(64 * 1024);
    for (int i = 0; i < 17; i++)
      request
          .append(Integer.toHexString(chunk.length()))
          .append("\r\n")
          .append(chunk)
          .append("\r\n");
    request.append("0\r\n\r\n");
    String answer = exchange(request.toString());
    assertThat(answer).startsWith("HTTP/1.1 413");
    assertThat(jsonBody(answer).get("message").asText())
        .isEqualTo("request body of 1114112 bytes is over the limit of 1048576 bytes (1 MiB)");
  }

  @Test
  void aLargeBodySentWithoutTheTokenHearsThe401InsteadOfAReset() throws Exception {
    Routes routes = new Routes()
        .post("/echo", "echo", request -> ApiResponse.ok(Map.of("bytes", request.body().length)));
    HttpApi api =
        HttpApi.start("127.0.0.1", 0, routes, BearerAuth.of(java.util.Optional.of("secret")), 2);
    try {
      String big = "{\"pad\":\"" + "x".repeat(6_000_000) + "\"}";
      for (int i = 0; i < 3; i++) {
        HttpResponse<String> r = server.http.send(
            HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + api.port() + "/echo"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(big))
                .build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.body()).contains("\"error\":\"unauthorized\"");
      }
      HttpResponse<String> wrongPath = server.http.send(
          HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + api.port() + "/echo"))
              .header("Authorization", "Bearer secret")
              .method("PUT", HttpRequest.BodyPublishers.ofString(big))
              .build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(wrongPath.statusCode()).isEqualTo(405);
    } finally {
      api.stop(0);
    }
  }

  // ---- helpers ----

  private void assertNoStackTraceLogged() {
    assertThat(log.list)
        .filteredOn(
            e -> e.getThrowableProxy() != null || e.getLevel().isGreaterOrEqual(Level.ERROR))
        .as("log events with a stack trace or at ERROR")
        .isEmpty();
  }

  private static Socket connect(int port) throws IOException {
    Socket s = new Socket();
    s.connect(new InetSocketAddress("127.0.0.1", port), 5000);
    return s;
  }

  /** Sends {@code request} on a new connection, then reads the answer until the server closes or 10 s pass. */
  private static String exchange(String request) throws IOException {
    try (Socket s = connect(server.sidecar.httpPort())) {
      s.setSoTimeout(10_000);
      s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      s.getOutputStream().flush();
      return readAnswer(s.getInputStream());
    }
  }

  /** One answer: the headers, then Content-Length bytes of body (or up to the end of the stream). */
  private static String readAnswer(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) >= 0) {
      head.write(b);
      byte[] h = head.toByteArray();
      int n = h.length;
      if (n >= 4 && h[n - 4] == '\r' && h[n - 3] == '\n' && h[n - 2] == '\r' && h[n - 1] == '\n')
        break;
    }
    String headers = head.toString(StandardCharsets.ISO_8859_1);
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(headers);
    byte[] body = m.find() ? in.readNBytes(Integer.parseInt(m.group(1))) : readAll(in);
    return headers + new String(body, StandardCharsets.UTF_8);
  }

  private static String readToEnd(InputStream in) throws IOException {
    return new String(readAll(in), StandardCharsets.ISO_8859_1);
  }

  private static byte[] readAll(InputStream in) throws IOException {
    try {
      return in.readAllBytes();
    } catch (SocketException reset) {
      return new byte[0];
    }
  }

  private static JsonNode jsonBody(String answer) throws IOException {
    return ai.sergik.api.Json.MAPPER.readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
  }
}
