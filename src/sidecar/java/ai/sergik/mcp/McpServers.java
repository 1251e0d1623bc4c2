package ai.sergik.mcp;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.server.McpStatelessServerFeatures;
import io.modelcontextprotocol.server.McpStatelessSyncServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpStatelessServerTransport;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/** Builds the MCP server (the SDK's) over the studio's tools and resources, for either transport. */
public final class McpServers {
  static final String NAME = "sergik";
  static final String INSTRUCTIONS =
      "SERGIK AI, a studio assistant for Ableton Live: generate notes from a sentence and"
          + " send them to the SERGIK device on a track, humanize notes, analyse audio, search the producer's catalog and"
          + " compare a track with the producer's DNA profile. Results too big for one answer come with a download link.";

  private McpServers() {}

  private static McpSchema.ServerCapabilities capabilities() {
    return McpSchema.ServerCapabilities.builder()
        .tools(false)
        .resources(false, false)
        .build();
  }

  /** A stateless server (one JSON answer per POST), as {@code /mcp} serves it. */
  public static McpStatelessSyncServer stateless(
      McpStatelessServerTransport transport, StudioTools studio, String version) {
    List<McpStatelessServerFeatures.SyncToolSpecification> tools = studio.tools().stream()
        .map(t -> new McpStatelessServerFeatures.SyncToolSpecification(
            t.tool(), (ctx, request) -> t.call().apply(request.arguments())))
        .toList();
    List<McpStatelessServerFeatures.SyncResourceSpecification> resources =
        studio.resources().stream()
            .map(r -> new McpStatelessServerFeatures.SyncResourceSpecification(
                r.resource(), (ctx, request) -> read(r)))
            .toList();
    return McpServer.sync(transport)
        .serverInfo(NAME, version)
        .instructions(INSTRUCTIONS)
        .capabilities(capabilities())
        .jsonMapper(McpJsonDefaults.getMapper())
        .tools(tools)
        .resources(resources)
        .build();
  }

  /** A server on a byte stream pair: standard input and output for {@code sergik mcp}. */
  public static McpSyncServer stdio(
      InputStream in, OutputStream out, StudioTools studio, String version) {
    List<McpServerFeatures.SyncToolSpecification> tools = studio.tools().stream()
        .map(t -> new McpServerFeatures.SyncToolSpecification(
            t.tool(), (exchange, request) -> t.call().apply(request.arguments())))
        .toList();
    List<McpServerFeatures.SyncResourceSpecification> resources = studio.resources().stream()
        .map(r -> new McpServerFeatures.SyncResourceSpecification(
            r.resource(), (exchange, request) -> read(r)))
        .toList();
    StdioServerTransportProvider transport =
        new StdioServerTransportProvider(McpJsonDefaults.getMapper(), in, out);
    return McpServer.sync(transport)
        .serverInfo(NAME, version)
        .instructions(INSTRUCTIONS)
        .capabilities(capabilities())
        .jsonMapper(McpJsonDefaults.getMapper())
        .tools(tools)
        .resources(resources)
        .build();
  }

  private static McpSchema.ReadResourceResult read(StudioTools.Resource r) {
    return McpSchema.ReadResourceResult.builder(List.of(
            McpSchema.TextResourceContents.builder(r.resource().uri(), r.read().get())
                .mimeType(r.resource().mimeType())
                .build()))
        .build();
  }
}
