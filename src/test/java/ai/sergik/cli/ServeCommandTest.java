package ai.sergik.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sergik serve} as a real process: banner, config file, and a clean stop on SIGTERM with a request in flight. */
class ServeCommandTest {
  @TempDir
  Path data;

  @Test
  void servesUntilSigtermAndLetsTheRequestInFlightFinish() throws Exception {
    Files.writeString(
        data.resolve("sergik.properties"), "http.port=0\nosc.port=0\nchat.timeout_seconds=10\n");
    try (MockWebServer chat = new MockWebServer()) {
      chat.start();
      // a slow chat endpoint keeps one request in flight while the process is told to stop
      String content = "{\\\"part\\\":\\\"chords\\\",\\\"key\\\":\\\"8A\\\",\\\"bars\\\":1}";
      chat.enqueue(new MockResponse.Builder()
          .code(200)
          .headersDelay(1500, TimeUnit.MILLISECONDS)
          .body("{\"choices\":[{\"message\":{\"content\":\"" + content + "\"}}]}")
          .build());
      ProcessBuilder pb =
          new ProcessBuilder(ChildJvm.sergik(List.of(), "serve", "--data", data.toString()));
      pb.environment().put("SERGIK_CHAT_URL", chat.url("/v1").toString());
      pb.environment().remove("SERGIK_TOKEN");
      pb.redirectErrorStream(true);
      Path log = data.resolve("serve.log");
      pb.redirectOutput(log.toFile());
      Process process = pb.start();
      try {
        String text = "";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!text.contains("Press Ctrl-C")
            && System.nanoTime() < deadline
            && process.isAlive()) {
          Thread.sleep(100);
          text = Files.readString(log);
        }
        assertThat(text).contains("serving data dir " + data.toAbsolutePath().normalize());
        assertThat(text).contains("config " + data.resolve("sergik.properties"));
        assertThat(text).contains("chat  fallback " + chat.url("/v1"));
        Matcher http =
            Pattern.compile("HTTP  listening on (http://127\\.0\\.0\\.1:\\d+)").matcher(text);
        assertThat(http.find()).as(text).isTrue();
        assertThat(Pattern.compile("OSC   listening on udp://127\\.0\\.0\\.1:\\d+")
                .matcher(text)
                .find())
            .isTrue();
        URI base = URI.create(http.group(1));

        HttpClient client =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        assertThat(client
                .send(
                    HttpRequest.newBuilder(base.resolve("/health")).build(),
                    HttpResponse.BodyHandlers.ofString())
                .statusCode())
            .isEqualTo(200);
        CompletableFuture<HttpResponse<String>> inFlight = client.sendAsync(
            HttpRequest.newBuilder(base.resolve("/gpt/generate"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                    "{\"prompt\":\"something like a rainy afternoon\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(chat.takeRequest(30, TimeUnit.SECONDS))
            .as("the request reached the chat endpoint")
            .isNotNull();

        process.destroy(); // SIGTERM
        HttpResponse<String> answer = inFlight.get(30, TimeUnit.SECONDS);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"parsed_by\":\"chat\"");
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue())
            .as("exit code of a JVM stopped by SIGTERM")
            .isEqualTo(143);
        assertThat(Files.readString(log))
            .as("output (exit %d)", process.exitValue())
            .contains("sergik stopped: requests finished, ports closed.");
        assertThatThrownBy(() -> client.send(
                HttpRequest.newBuilder(base.resolve("/health"))
                    .timeout(Duration.ofSeconds(5))
                    .build(),
                HttpResponse.BodyHandlers.ofString()))
            .isInstanceOf(ConnectException.class);
      } finally {
        process.destroyForcibly();
      }
    }
  }

  @Test
  void refusesToListenBeyondLoopbackWithoutAToken() {
    CliRun r = CliRun.of(
        "serve",
        "--data",
        data.toString(),
        "--host",
        "0.0.0.0",
        "--http-port",
        "0",
        "--osc-port",
        "0");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("error: refusing to listen on 0.0.0.0 without a token");
  }

  @Test
  void helpListsTheFlagsWithoutNulls() {
    CliRun r = CliRun.of("serve", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("--host", "--http-port", "--osc-port", "--token", "--data")
        .doesNotContain("null");
  }
}
