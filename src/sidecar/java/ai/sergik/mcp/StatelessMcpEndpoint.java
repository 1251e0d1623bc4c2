package ai.sergik.mcp;

import ai.sergik.api.ApiException;
import ai.sergik.api.ApiResponse;
import ai.sergik.api.Routes;
import ai.sergik.data.DataDir;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpStatelessServerHandler;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpStatelessServerTransport;
import java.io.IOException;
import java.util.Map;
import reactor.core.publisher.Mono;

/** The SDK's stateless MCP server behind {@code POST /mcp}: one JSON-RPC message in, one JSON answer out. */
final class StatelessMcpEndpoint implements McpStatelessServerTransport {
  private final McpJsonMapper json = McpJsonDefaults.getMapper();
  private volatile McpStatelessServerHandler handler;
  private volatile boolean closing;

  /** Builds the server; the SDK hands this transport its handler while doing so. */
  StatelessMcpEndpoint(Routes routes, DataDir data, String version) {
    McpServers.stateless(this, new StudioTools(routes, data), version);
  }

  ApiResponse answer(String body) {
    if (closing || handler == null) {
      throw ApiException.unavailable("the MCP server is shutting down; retry in a moment");
    }
    McpSchema.JSONRPCMessage message;
    try {
      message = McpSchema.deserializeJsonRpcMessage(json, body);
    } catch (IOException | IllegalArgumentException e) {
      throw ApiException.badRequest(
          "POST /mcp takes one JSON-RPC 2.0 message (MCP), got: " + e.getMessage());
    }
    McpTransportContext context = McpTransportContext.create(Map.of());
    if (message instanceof McpSchema.JSONRPCRequest request) {
      McpSchema.JSONRPCResponse response = handler
          .handleRequest(context, request)
          .contextWrite(ctx -> ctx.put(McpTransportContext.KEY, context))
          .block();
      try {
        return ApiResponse.bytes(200, ApiResponse.JSON, json.writeValueAsBytes(response));
      } catch (IOException e) {
        throw new IllegalStateException("cannot write the MCP answer: " + e.getMessage(), e);
      }
    }
    if (message instanceof McpSchema.JSONRPCNotification notification) {
      handler
          .handleNotification(context, notification)
          .contextWrite(ctx -> ctx.put(McpTransportContext.KEY, context))
          .block();
      return ApiResponse.bytes(202, ApiResponse.JSON, new byte[0]);
    }
    throw ApiException.badRequest(
        "POST /mcp takes JSON-RPC requests and notifications, not responses");
  }

  @Override
  public void setMcpHandler(McpStatelessServerHandler mcpHandler) {
    this.handler = mcpHandler;
  }

  @Override
  public Mono<Void> closeGracefully() {
    return Mono.fromRunnable(() -> closing = true);
  }
}
