package ai.sergik.mcp;

import ai.sergik.api.RouteModule;
import ai.sergik.api.Routes;
import ai.sergik.data.DataDir;
import java.nio.charset.StandardCharsets;

/**
 * {@code POST /mcp}: the Model Context Protocol's streamable HTTP transport in its stateless form (each JSON-RPC
 * request gets one JSON answer, notifications get 202, {@code GET} is 405 as the protocol allows), behind the same
 * bearer token as every other route. Left out of the Custom GPT Actions spec: it is for MCP clients.
 *
 * <p>The MCP server is built on the first request, not at startup: the SDK, Reactor and the JSON-schema validator
 * are about a thousand classes (some 8 MB of a server that idles at 60), and most sidecars never see an MCP client.
 * This class names none of their types, so loading it loads none of them.
 */
public final class McpRoutes implements RouteModule {
  public static final String PATH = "/mcp";

  private final DataDir data;
  private final String version;
  private volatile StatelessMcpEndpoint endpoint;

  public McpRoutes(DataDir data, String version) {
    this.data = data;
    this.version = version;
  }

  @Override
  public void register(Routes routes) {
    routes.unpublished(new Routes.Route(
        "POST",
        PATH,
        "mcp",
        false,
        true,
        true,
        request -> endpoint(routes).answer(new String(request.body(), StandardCharsets.UTF_8))));
  }

  private StatelessMcpEndpoint endpoint(Routes routes) {
    StatelessMcpEndpoint built = endpoint;
    if (built == null) {
      synchronized (this) {
        built = endpoint;
        if (built == null) {
          built = new StatelessMcpEndpoint(routes, data, version);
          endpoint = built;
        }
      }
    }
    return built;
  }
}
