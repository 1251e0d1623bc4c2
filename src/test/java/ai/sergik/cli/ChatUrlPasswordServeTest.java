package ai.sergik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A password inside {@code chat.url} was echoed in the 502 body sent to HTTP callers (so into ChatGPT chats), in the
 * startup banner and in the log. {@code sergik serve} runs as a real process with such a URL.
 */
@Timeout(120) // a guard against hangs, not a speed check
class ChatUrlPasswordServeTest {
  static final String PASSWORD = "hunter2-s3cr3t";

  @TempDir
  Path data;

  @Test
  void passwordInChatUrlReachesNeitherThe502BodyNorTheBannerNorTheLog() throws Exception {
    try (MockWebServer chat = new MockWebServer()) {
      chat.start();
      chat.enqueue(
          new MockResponse.Builder().code(500).body("upstream exploded").build());
      String url = "http://sergik:" + PASSWORD + "@127.0.0.1:" + chat.getPort() + "/v1";
      ProcessBuilder pb =
          new ProcessBuilder(ChildJvm.sergik(List.of("-Xmx256m"), ChildJvm.serve(data)));
      pb.environment().put("SERGIK_CHAT_URL", url);
      pb.environment().remove("SERGIK_TOKEN");
      pb.redirectErrorStream(true);
      Process process = pb.start();
      StringBuffer output = new StringBuffer();
      CountDownLatch ready = new CountDownLatch(1);
      Thread reader = new Thread(() -> {
        try (BufferedReader in = new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
          String line;
          while ((line = in.readLine()) != null) {
            output.append(line).append('\n');
            if (line.startsWith("Press Ctrl-C")) ready.countDown();
          }
        } catch (java.io.IOException ended) {
          // the process was stopped
        }
      });
      reader.start();
      try {
        assertThat(ready.await(60, TimeUnit.SECONDS)).as(output.toString()).isTrue();
        assertThat(output.toString())
            .contains("chat  fallback http://***@127.0.0.1:" + chat.getPort() + "/v1");
        Matcher http =
            Pattern.compile("HTTP  listening on (http://127\\.0\\.0\\.1:\\d+)").matcher(output);
        assertThat(http.find()).isTrue();

        HttpResponse<String> answer = HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(http.group(1) + "/gpt/generate"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"prompt\":\"xyzzy plugh\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(502);
        assertThat(answer.body())
            .contains("the chat endpoint http://***@127.0.0.1:" + chat.getPort()
                + "/v1/chat/completions answered HTTP 500: upstream exploded");
        assertThat(chat.takeRequest(10, TimeUnit.SECONDS).getHeaders().get("Authorization"))
            .as("the credentials were used")
            .isEqualTo(okhttp3.Credentials.basic("sergik", PASSWORD));
      } finally {
        process.destroy();
        process.waitFor(30, TimeUnit.SECONDS);
        process.destroyForcibly();
        reader.join(10_000);
      }
      assertThat(output.toString())
          .as("banner and log")
          .doesNotContain(PASSWORD)
          .doesNotContain("sergik:");
    }
  }
}
