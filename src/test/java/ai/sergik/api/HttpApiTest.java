package ai.sergik.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP core on its own, with routes made for the test: failures inside handlers and draining on stop. */
class HttpApiTest {
  final CountDownLatch slowStarted = new CountDownLatch(1);
  HttpApi api;
  final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @BeforeEach
  void start() throws Exception {
    Routes routes = new Routes()
        .get("/boom", "boom", request -> {
          throw new NullPointerException("secret internal detail");
        })
        .post("/illegal", "illegal", request -> {
          throw new IllegalArgumentException("tempo must be 20..999 BPM, got 5000.0");
        })
        .get("/slow", "slow", request -> {
          slowStarted.countDown();
          Thread.sleep(700);
          return ApiResponse.ok(Map.of("status", "ok"));
        });
    api = HttpApi.start("127.0.0.1", 0, routes, BearerAuth.NONE, 4);
  }

  @AfterEach
  void stop() {
    api.stop(100);
  }

  HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + api.port() + path);
  }

  @Test
  void anUnexpectedFailureIs500WithoutDetailsOrStackTrace() throws Exception {
    HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/boom")));
    assertThat(r.statusCode()).isEqualTo(500);
    assertThat(r.body())
        .isEqualTo(
            "{\"status\":\"error\",\"error\":\"internal_error\",\"message\":\"the server failed while"
                + " answering GET /boom (NullPointerException); the details are in the server log\"}");
    assertThat(r.body()).doesNotContain("secret internal detail");
  }

  @Test
  void anIllegalArgumentFromTheEngineIs400WithItsMessage() throws Exception {
    HttpResponse<String> r =
        send(HttpRequest.newBuilder(uri("/illegal")).POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body())
        .isEqualTo(
            "{\"status\":\"error\",\"error\":\"bad_request\",\"message\":\"tempo must be 20..999 BPM, got 5000.0\"}");
  }

  @Test
  void aGetWithABodyIs400() throws Exception {
    HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/slow"))
        .method("GET", HttpRequest.BodyPublishers.ofString("{}")));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("GET /slow takes no request body");
  }

  @Test
  void stoppingLetsTheRequestInFlightFinishThenClosesThePort() throws Exception {
    CompletableFuture<HttpResponse<String>> inFlight = client.sendAsync(
        HttpRequest.newBuilder(uri("/slow")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(slowStarted.await(10, TimeUnit.SECONDS)).isTrue();
    URI later = uri("/slow");
    api.stop(5000);
    assertThat(inFlight.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    assertThat(api.inFlight()).isZero();
    assertThatThrownBy(() -> client.send(
            HttpRequest.newBuilder(later).build(), HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(java.io.IOException.class);
  }

  @Test
  void blockingRoutesWaitOnTheirOwnPoolWhileQuickRoutesKeepAnswering() throws Exception {
    int waiting = 3;
    CountDownLatch allWaiting = new CountDownLatch(waiting);
    CountDownLatch release = new CountDownLatch(1);
    Routes routes = new Routes()
        .get(
            "/quick",
            "quick",
            request -> ApiResponse.ok(Map.of("thread", Thread.currentThread().getName())))
        .postBlocking("/wait", "wait", request -> {
          allWaiting.countDown();
          release.await(10, TimeUnit.SECONDS);
          return ApiResponse.ok(Map.of("thread", Thread.currentThread().getName()));
        });
    HttpApi oneThread = HttpApi.start("127.0.0.1", 0, routes, BearerAuth.NONE, 1);
    try {
      URI base = URI.create("http://127.0.0.1:" + oneThread.port());
      var waits = new java.util.ArrayList<CompletableFuture<HttpResponse<String>>>();
      for (int i = 0; i < waiting; i++) {
        waits.add(client.sendAsync(
            HttpRequest.newBuilder(base.resolve("/wait"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString()));
      }
      assertThat(allWaiting.await(10, TimeUnit.SECONDS))
          .as("all blocking requests run at once beside the single quick thread")
          .isTrue();

      HttpResponse<String> quick = send(HttpRequest.newBuilder(base.resolve("/quick")));
      assertThat(quick.statusCode()).isEqualTo(200);
      assertThat(quick.body()).containsPattern("\"thread\":\"http-\\d+\"");
      // the quick request counts as in flight until its exchange is closed, just after the client
      // has its answer
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (oneThread.inFlight() > waiting && System.nanoTime() < deadline) Thread.sleep(1);
      assertThat(oneThread.inFlight())
          .as("the blocking requests are still waiting")
          .isEqualTo(waiting);

      release.countDown();
      for (var wait : waits) {
        HttpResponse<String> r = wait.get(10, TimeUnit.SECONDS);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("http-blocking-");
      }
    } finally {
      release.countDown();
      oneThread.stop(1000);
    }
    assertThat(oneThread.inFlight()).isZero();
  }

  @Test
  void serverSentEventsReachTheClientAsTheyAreSent() throws Exception {
    CountDownLatch firstSeen = new CountDownLatch(1);
    Routes routes = new Routes()
        .get(
            "/events",
            "events",
            request -> ApiResponse.events(events -> {
              events.send("tick", "1");
              assertThat(firstSeen.await(10, TimeUnit.SECONDS))
                  .as("the client saw the first event while the stream was open")
                  .isTrue();
              events.comment("still here");
              events.send("two\nlines");
            }));
    HttpApi sse = HttpApi.start("127.0.0.1", 0, routes, BearerAuth.NONE, 2);
    try {
      HttpResponse<java.util.stream.Stream<String>> r = client.send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + sse.port() + "/events"))
              .build(),
          HttpResponse.BodyHandlers.ofLines());
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type"))
          .hasValue("text/event-stream; charset=utf-8");
      assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-cache");
      var lines = new java.util.ArrayList<String>();
      java.util.Iterator<String> it = r.body().iterator();
      while (it.hasNext()) {
        String line = it.next();
        lines.add(line);
        if (line.equals("data: 1")) {
          firstSeen.countDown();
        }
      }
      assertThat(lines)
          .containsExactly(
              "event: tick", "data: 1", "", ": still here", "", "data: two", "data: lines", "");
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
      while (sse.inFlight() > 0 && System.nanoTime() < deadline) Thread.onSpinWait();
      assertThat(sse.inFlight()).isZero();
    } finally {
      firstSeen.countDown();
      sse.stop(1000);
    }
  }

  @Test
  void staticResourcesAreServedFromTheirFolderOnlyAndWithoutAToken() throws Exception {
    Routes routes = new Routes().staticResources("/ui", "/web/test");
    HttpApi ui =
        HttpApi.start("127.0.0.1", 0, routes, BearerAuth.of(java.util.Optional.of("secret")), 2);
    try {
      String base = "http://127.0.0.1:" + ui.port();
      HttpResponse<String> index = send(HttpRequest.newBuilder(URI.create(base + "/ui")));
      assertThat(index.statusCode()).isEqualTo(200);
      assertThat(index.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
      assertThat(index.body()).contains("<script src=\"app.js\">");
      HttpResponse<String> script = send(HttpRequest.newBuilder(URI.create(base + "/ui/app.js")));
      assertThat(script.headers().firstValue("Content-Type"))
          .hasValue("text/javascript; charset=utf-8");
      assertThat(script.body()).isEqualTo("console.log(\"sergik\");\n");
      HttpResponse<String> head = send(HttpRequest.newBuilder(URI.create(base + "/ui/app.js"))
          .method("HEAD", HttpRequest.BodyPublishers.noBody()));
      assertThat(head.statusCode()).isEqualTo(200);
      assertThat(head.body()).isEmpty();
      assertThat(
              send(HttpRequest.newBuilder(URI.create(base + "/ui/missing.js"))).statusCode())
          .isEqualTo(404);
      for (String escape : new String[] {
        "/ui/%2e%2e/%2e%2e/ai/sergik/api/HttpApiTest.class", "/ui/..%2fsecret", "/ui//app.js"
      }) {
        assertThat(send(HttpRequest.newBuilder(URI.create(base + escape))).statusCode())
            .as(escape)
            .isIn(400, 404);
      }
      assertThat(send(HttpRequest.newBuilder(URI.create(base + "/ui/app.js"))
                  .POST(HttpRequest.BodyPublishers.noBody()))
              .statusCode())
          .isEqualTo(405);
    } finally {
      ui.stop(100);
    }
  }
}
