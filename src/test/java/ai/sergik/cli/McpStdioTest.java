package ai.sergik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.api.Json;
import com.fasterxml.jackson.databind.JsonNode;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code sergik mcp} as a desktop client starts it: a subprocess spoken to over stdin/stdout by the SDK's own client. */
class McpStdioTest {
  static final Path DEMO_DATA =
      Paths.get(System.getProperty("sergik.basedir", ".")).resolve("data");

  @Test
  void aDesktopClientListsAndCallsTheToolsOverStdio() throws Exception {
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    ServerParameters params = ServerParameters.builder(java)
        .args(
            "-cp",
            System.getProperty("java.class.path"),
            Main.class.getName(),
            "mcp",
            "--data",
            DEMO_DATA.toString(),
            "--osc-port",
            "0")
        .build();
    StdioClientTransport transport = new StdioClientTransport(params, McpJsonDefaults.getMapper());
    StringBuilder stderr = new StringBuilder();
    transport.setStdErrorHandler(line -> stderr.append(line).append('\n'));
    try (McpSyncClient client =
        McpClient.sync(transport).requestTimeout(Duration.ofSeconds(60)).build()) {
      McpSchema.InitializeResult init = client.initialize();
      assertThat(init.serverInfo().name()).isEqualTo("sergik");
      assertThat(client.listTools().tools())
          .extracting(McpSchema.Tool::name)
          .contains(
              "generate",
              "transform",
              "analyze",
              "catalog_search",
              "dna_compare",
              "list_devices",
              "live_control",
              "fit");
      McpSchema.CallToolResult result = client.callTool(new McpSchema.CallToolRequest(
          "generate", Map.of("prompt", "give me a trap hi-hat pattern")));
      assertThat(result.isError()).as(result.toString()).isFalse();
      JsonNode body =
          Json.MAPPER.readTree(((McpSchema.TextContent) result.content().get(0)).text());
      assertThat(body.get("part").asText()).isEqualTo("drums");
      assertThat(body.get("style").asText()).isEqualTo("trap");
      McpSchema.ReadResourceResult profile =
          client.readResource(new McpSchema.ReadResourceRequest("sergik://profile"));
      assertThat(((McpSchema.TextResourceContents) profile.contents().get(0)).text())
          .contains("bpm_zones");
    }
    assertThat(stderr.toString()).as("the server's own line goes to stderr").contains("sergik mcp");
  }
}
