package ai.sergik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar sergik-sidecar.jar serve} as a user starts it: the server runs with the small-JVM settings. */
class ServeJarIT {
  static final Path BASE = Paths.get(System.getProperty("sergik.basedir", "."));

  @TempDir
  Path data;

  @Test
  void javaDashJarServeRunsTheServerWithTheHeapCapAndSerialCollector() throws Exception {
    List<String> command = new ArrayList<>(List.of(
        ChildJvm.java(), "-jar", BASE.resolve("target/sergik-sidecar.jar").toString()));
    command.addAll(List.of(ChildJvm.serve(data)));
    Process launcher = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      String url = null;
      BufferedReader out = new BufferedReader(
          new InputStreamReader(launcher.getInputStream(), StandardCharsets.UTF_8));
      Pattern http = Pattern.compile("HTTP +listening on (http://\\S+)");
      for (String line; url == null && (line = out.readLine()) != null; ) {
        Matcher m = http.matcher(line);
        if (m.find()) url = m.group(1);
      }
      assertThat(url).as("the server printed its address").isNotNull();
      HttpResponse<String> health = HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(URI.create(url + "/health"))
                  .timeout(Duration.ofSeconds(10))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(200);

      List<ProcessHandle> servers = launcher.toHandle().children().toList();
      assertThat(servers).as("one server JVM under the launcher").hasSize(1);
      String[] arguments = servers.get(0).info().arguments().orElseThrow();
      assertThat(arguments).containsSubsequence(ServerJvm.OPTIONS.toArray(String[]::new));
      if (Files.isReadable(Paths.get("/proc", String.valueOf(servers.get(0).pid()), "environ"))) {
        String environment = Files.readString(
            Paths.get("/proc", String.valueOf(servers.get(0).pid()), "environ"),
            StandardCharsets.ISO_8859_1);
        assertThat(environment).contains("MALLOC_ARENA_MAX=");
      }

      ProcessHandle server = servers.get(0);
      launcher.destroy(); // SIGTERM to the launcher stops the server too
      assertThat(launcher.waitFor(20, TimeUnit.SECONDS)).isTrue();
      assertThat(server.onExit().get(20, TimeUnit.SECONDS).isAlive()).isFalse();
    } finally {
      launcher.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
      launcher.destroyForcibly();
    }
  }

  @Test
  void theScriptPassesTheSameSettingsAsTheJar() throws Exception {
    String script = Files.readString(BASE.resolve("scripts/sergik"));
    assertThat(script).contains("server_opts=\"" + String.join(" ", ServerJvm.OPTIONS) + "\"");
    ServerJvm.ENVIRONMENT
        .keySet()
        .forEach(name -> assertThat(script).contains("export " + name + "="));
  }
}
