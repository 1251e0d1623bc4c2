package ai.sergik.sidecar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.sergik.api.Json;
import ai.sergik.osc.OscMessages;
import ai.sergik.osc.OscProtocol;
import com.fasterxml.jackson.databind.JsonNode;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The MCP server at /mcp, driven by the official SDK's own client over streamable HTTP against the real server. */
class McpHttpTest {
  @RegisterExtension
  static final RunningSidecar server = RunningSidecar.perClass(SidecarConfig.loopback(0, 0)
      .withToken("mcp-token")
      .withPushConfirmTimeout(Duration.ofSeconds(5)));

  static McpSyncClient client(String token) {
    return client(server, token);
  }

  /** An MCP client of {@code sidecar}'s {@code /mcp}. */
  static McpSyncClient client(RunningSidecar sidecar, String token) {
    HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport.builder(
            sidecar.sidecar.httpUri().toString())
        .endpoint("/mcp")
        .requestBuilder(
            token == null
                ? HttpRequest.newBuilder()
                : HttpRequest.newBuilder().header("Authorization", "Bearer " + token))
        .build();
    return McpClient.sync(transport).requestTimeout(Duration.ofSeconds(30)).build();
  }

  static JsonNode json(McpSchema.CallToolResult result) throws Exception {
    return Json.MAPPER.readTree(((McpSchema.TextContent) result.content().get(0)).text());
  }

  @Test
  void theSdkClientListsTheStudiosToolsAndResources() {
    try (McpSyncClient client = client("mcp-token")) {
      McpSchema.InitializeResult init = client.initialize();
      assertThat(init.serverInfo().name()).isEqualTo("sergik");
      assertThat(client.listTools().tools())
          .extracting(McpSchema.Tool::name)
          .containsExactlyInAnyOrder(
              "generate",
              "transform",
              "analyze",
              "catalog_search",
              "dna_compare",
              "suggest",
              "list_devices",
              "live_control",
              "fit");
      assertThat(client.listResources().resources())
          .extracting(McpSchema.Resource::uri)
          .contains("sergik://profile", "sergik://catalog/projects", "sergik://catalog/tracks");
    }
  }

  @Test
  void generateMakesNotesAndSaysWhatItUnderstood() throws Exception {
    try (McpSyncClient client = client("mcp-token")) {
      client.initialize();
      McpSchema.CallToolResult result = client.callTool(new McpSchema.CallToolRequest(
          "generate", Map.of("prompt", "8 bars of deep house chords in 10B")));
      assertThat(result.isError()).isFalse();
      JsonNode body = json(result);
      assertThat(body.get("part").asText()).isEqualTo("chords");
      assertThat(body.get("key").asText()).isEqualTo("10B");
      assertThat(body.get("notes").size()).isEqualTo(body.get("count").asInt()).isPositive();
    }
  }

  @Test
  void generateSendsToTheDeviceInLive() throws Exception {
    try (FakeDevice live = new FakeDevice(server.oscPort());
        McpSyncClient client = client("mcp-token")) {
      live.hello("dev-mcp", "Bass");
      client.initialize();
      CompletableFuture<McpSchema.CallToolResult> answer =
          CompletableFuture.supplyAsync(() -> client.callTool(new McpSchema.CallToolRequest(
              "generate",
              Map.of("prompt", "techno bass in F#m", "send_to_live", true, "track", "bass"))));
      JsonNode pushed = Json.MAPPER.readTree(live.receiveNotes(OscProtocol.PUSH_REQUEST));
      live.send(OscMessages.action(
          0,
          OscProtocol.ACTION_NOTES_RECEIVED,
          "{\"push_id\":" + pushed.get(OscProtocol.PUSH_ID_FIELD).asInt() + ",\"count\":"
              + pushed.get("count").asInt() + "}"));
      McpSchema.CallToolResult result = answer.get(30, TimeUnit.SECONDS);
      assertThat(result.isError()).as(result.toString()).isFalse();
      JsonNode body = json(result);
      assertThat(body.at("/live/confirmed").asBoolean()).isTrue();
      assertThat(body.at("/live/track").asText()).isEqualTo("Bass");
      assertThat(body.get("notes")).isEqualTo(pushed.get("notes"));
    }
  }

  @Test
  void badInputIsAToolErrorWithTheSameMessageAsHttp() {
    try (McpSyncClient client = client("mcp-token")) {
      client.initialize();
      McpSchema.CallToolResult result = client.callTool(
          new McpSchema.CallToolRequest("generate", Map.of("prompt", "chords in 13C")));
      assertThat(result.isError()).isTrue();
      assertThat(((McpSchema.TextContent) result.content().get(0)).text())
          .startsWith("\"13C\" is not a key; use Camelot");
    }
  }

  @Test
  void transformHumanizesNotesAndNamesTheTransformsOnOffer() throws Exception {
    try (McpSyncClient client = client("mcp-token")) {
      client.initialize();
      List<Map<String, Object>> notes =
          List.of(Map.of("pitch", 60, "start_time", 0, "duration", 1, "velocity", 100));
      JsonNode body = json(client.callTool(new McpSchema.CallToolRequest(
          "transform",
          Map.of("notes", notes, "settings", Map.of("timing_variance_ms", 20, "seed", 3)))));
      assertThat(body.get("count").asInt()).isEqualTo(1);
      McpSchema.CallToolResult unknown = client.callTool(
          new McpSchema.CallToolRequest("transform", Map.of("name", "reverse", "notes", notes)));
      assertThat(unknown.isError()).isTrue();
      assertThat(((McpSchema.TextContent) unknown.content().get(0)).text())
          .startsWith("no transform \"reverse\"; the server offers connect, humanize, legato");
    }
  }

  @Test
  void catalogSearchDnaCompareAndDevicesAnswer() throws Exception {
    try (McpSyncClient client = client("mcp-token")) {
      client.initialize();
      JsonNode search = json(client.callTool(
          new McpSchema.CallToolRequest("catalog_search", Map.of("query", "house", "limit", 3))));
      assertThat(search.get("status").asText()).isEqualTo("ok");
      McpSchema.CallToolResult dna = client.callTool(
          new McpSchema.CallToolRequest("dna_compare", Map.of("bpm", 122, "key", "10B")));
      assertThat(dna.isError()).as(dna.toString()).isFalse();
      JsonNode devices =
          json(client.callTool(new McpSchema.CallToolRequest("list_devices", Map.of())));
      assertThat(devices.has("device")).isTrue();
    }
  }

  @Test
  void theProfileResourceIsTheProfileFile() throws Exception {
    try (McpSyncClient client = client("mcp-token")) {
      client.initialize();
      McpSchema.ReadResourceResult profile =
          client.readResource(new McpSchema.ReadResourceRequest("sergik://profile"));
      String text = ((McpSchema.TextResourceContents) profile.contents().get(0)).text();
      assertThat(text)
          .isEqualTo(java.nio.file.Files.readString(
              RunningSidecar.DEMO_DATA.resolve("profiles/master_profile.json")));
    }
  }

  @Test
  void mcpNeedsTheTokenAndIsNotAGptAction() throws Exception {
    try (McpSyncClient client = client(null)) {
      assertThatThrownBy(client::initialize).isInstanceOf(RuntimeException.class);
    }
    HttpResponse<String> raw = server.http.send(
        HttpRequest.newBuilder(server.uri("/mcp"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}"))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(raw.statusCode()).isEqualTo(401);
    assertThat(server.get("/openapi.yaml").body()).doesNotContain("/mcp");
  }
}
