package ai.sergik.sidecar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The MCP tools {@code live_control} and {@code fit}, called with the SDK's own client over {@code /mcp}, reach a
 * device in Live over UDP and come back with what Live reports.
 */
class LiveMcpTest {
  @RegisterExtension
  static final LiveSidecar sidecar = new LiveSidecar(c -> c.withToken("mcp-token"));

  static McpSchema.CallToolResult call(
      McpSyncClient client, String tool, Map<String, Object> args) {
    return client.callTool(new McpSchema.CallToolRequest(tool, args));
  }

  @Test
  void liveControlSetsTheTempoThenPlaysAndSaysWhatLiveReports() throws Exception {
    FakeLive live = new FakeLive(8, "Drums", "Bass");
    try (FakeDevice d = sidecar.device("dev-bass", "Bass", live);
        McpSyncClient client = McpHttpTest.client(sidecar.server, "mcp-token")) {
      client.initialize();
      McpSchema.CallToolResult result = call(
          client,
          "live_control",
          Map.of("controls", List.of(Map.of("tempo", 126), Map.of("transport", "play"))));
      assertThat(result.isError()).as(result.toString()).isFalse();
      JsonNode body = McpHttpTest.json(result);
      assertThat(live.tempo).isEqualTo(126.0);
      assertThat(live.transport).isEqualTo("playing");
      assertThat(body.get("message").asText())
          .isEqualTo(
              "Done: tempo 126, transport play. Live now reports tempo 126 BPM;" + " playing.");
      McpSchema.CallToolResult muted =
          call(client, "live_control", Map.of("track", "Drums", "param", "mute", "value", true));
      assertThat(McpHttpTest.json(muted).at("/live/mute").asBoolean()).isTrue();
      assertThat(live.track("Drums").mute).isTrue();

      McpSchema.CallToolResult refused =
          call(client, "live_control", Map.of("fire", Map.of("track", "Pads", "slot", 1)));
      assertThat(refused.isError()).isTrue();
      assertThat(((McpSchema.TextContent) refused.content().get(0)).text())
          .isEqualTo("Live refused it: no track 'Pads'; tracks: Drums, Bass");
    }
  }

  @Test
  void withoutADeviceLiveControlIsAToolErrorSayingWhatWouldHelp() {
    try (McpSyncClient client = McpHttpTest.client(sidecar.server, "mcp-token")) {
      client.initialize();
      McpSchema.CallToolResult result = call(client, "live_control", Map.of("transport", "stop"));
      assertThat(result.isError()).isTrue();
      assertThat(((McpSchema.TextContent) result.content().get(0)).text())
          .contains("add the SERGIK device to a track");
    }
  }

  @Test
  void fitReadsTheKeysClipThroughTheDeviceAndWritesBassOnTheBassTrack() throws Exception {
    FakeLive live = FakeLive.withChordsOnKeys();
    try (FakeDevice keys = sidecar.device("dev-keys", "Keys", live);
        FakeDevice bass = sidecar.device("dev-bass", "Bass", live);
        McpSyncClient client = McpHttpTest.client(sidecar.server, "mcp-token")) {
      client.initialize();
      McpSchema.CallToolResult result =
          call(client, "fit", Map.of("from_track", "Keys", "part", "bass", "track", "Bass"));
      assertThat(result.isError()).as(result.toString()).isFalse();
      JsonNode body = McpHttpTest.json(result);
      assertThat(body.at("/live/confirmed").asBoolean()).isTrue();
      assertThat(live.written).hasSize(1);
      assertThat(live.written.get(0).get("track").asText()).isEqualTo("Bass");
      assertThat(body.get("message").asText())
          .startsWith("Heard Keys slot 1 (\"Chords A\"): key "
              + body.at("/heard/camelot").asText());

      McpSchema.CallToolResult given = call(
          client,
          "fit",
          Map.of(
              "part",
              "chords",
              "notes",
              List.of(
                  Map.of("pitch", 69, "start_time", 0, "duration", 1, "velocity", 100),
                  Map.of("pitch", 72, "start_time", 1, "duration", 1, "velocity", 100),
                  Map.of("pitch", 76, "start_time", 2, "duration", 2, "velocity", 100))));
      JsonNode harmonised = McpHttpTest.json(given);
      assertThat(harmonised.get("message").asText()).startsWith("Heard the notes given: key ");
      assertThat(harmonised.has("live"))
          .as("given notes are not written unless asked")
          .isFalse();
    }
  }
}
