package ai.sergik.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The route table the server answers from: exact paths (no path parameters) by method, each with the
 * OpenAPI operationId it is documented under, plus the named OSC actions. Filled by each
 * {@link RouteModule#register} before the server starts; a path, operationId or action registered
 * twice fails at startup naming it.
 */
public final class Routes {

  /**
   * One registered route. {@code open} routes need no token (only {@code /health}). {@code blocking} routes may
   * wait (on audio decoding, a remote model, the device's confirmation) and run on their own pool, so that the
   * quick routes never queue behind them.
   */
  public record Route(
      String method,
      String path,
      String operationId,
      boolean open,
      boolean takesJson,
      boolean blocking,
      Handler handler) {
    public Route {
      Objects.requireNonNull(handler, "handler");
      if (!path.startsWith("/")) {
        throw new IllegalArgumentException("route path must start with /, got " + path);
      }
    }
  }

  private final Map<String, Map<String, Route>> byPath = new LinkedHashMap<>();
  private final Map<String, ActionHandler> actions = new LinkedHashMap<>();
  private final Set<String> operationIds = new TreeSet<>();
  private final List<NamedRoute> named = new ArrayList<>();

  private record NamedRoute(String prefix, String suffix, String template) {
    boolean matches(String path) {
      if (!path.startsWith(prefix)
          || !path.endsWith(suffix)
          || path.length() <= prefix.length() + suffix.length()) {
        return false;
      }
      String name = path.substring(prefix.length(), path.length() - suffix.length());
      return name.indexOf('/') < 0;
    }
  }

  private final Set<Route> unpublished = new java.util.HashSet<>();

  /** A GET route (query parameters only). */
  public Routes get(String path, String operationId, Handler handler) {
    return add(new Route("GET", path, operationId, false, false, false, handler));
  }

  /** A POST route whose body, when present, must be JSON ({@code Content-Type: application/json}). */
  public Routes post(String path, String operationId, Handler handler) {
    return add(new Route("POST", path, operationId, false, true, false, handler));
  }

  /**
   * A POST route, as {@link #post}, whose handler may wait for seconds: it runs on the server's blocking pool
   * instead of the small pool sized to the cores that answers the quick routes.
   */
  public Routes postBlocking(String path, String operationId, Handler handler) {
    return add(new Route("POST", path, operationId, false, true, true, handler));
  }

  /**
   * A GET route that answers without a token: health checks, the spec ChatGPT imports by URL, and nothing that
   * reads or changes the producer's data.
   */
  public Routes openGet(String path, String operationId, Handler handler) {
    return add(new Route("GET", path, operationId, true, false, false, handler));
  }

  /**
   * A GET route for every path {@code prefix + <name> + suffix}, registered (and documented) under the template
   * {@code prefix + "{" + parameter + "}" + suffix}, e.g. {@code /files/{id}.mid}. The handler reads the name from
   * {@link ApiRequest#path()}. {@code open} routes need no token: the name itself must then be unguessable.
   */
  public Routes getByName(
      String prefix,
      String parameter,
      String suffix,
      String operationId,
      boolean open,
      Handler handler) {
    if (!prefix.endsWith("/")) {
      throw new IllegalArgumentException("name route prefix must end with /, got " + prefix);
    }
    Route route = new Route(
        "GET", prefix + "{" + parameter + "}" + suffix, operationId, open, false, false, handler);
    add(route);
    named.add(new NamedRoute(prefix, suffix, route.path()));
    return this;
  }

  /** An OSC action the device can call with {@code /sergik/action i request, s name, s json}. */
  public Routes action(String name, ActionHandler handler) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("action name must not be blank");
    }
    if (actions.putIfAbsent(name, Objects.requireNonNull(handler, "handler")) != null) {
      throw new IllegalStateException("OSC action " + name + " is registered twice");
    }
    return this;
  }

  public Routes add(Route route) {
    if (!operationIds.add(route.operationId())) {
      throw new IllegalStateException(
          "operationId " + route.operationId() + " is registered twice");
    }
    Map<String, Route> methods = byPath.computeIfAbsent(route.path(), p -> new LinkedHashMap<>());
    if (methods.putIfAbsent(route.method(), route) != null) {
      throw new IllegalStateException(route.method() + " " + route.path() + " is registered twice");
    }
    return this;
  }

  /**
   * A route answered like every other (same auth rules) but left out of the OpenAPI document, which describes the
   * API for ChatGPT Actions (Actions allow 30 operations): the web studio's page, and MCP's own JSON-RPC endpoint.
   */
  public Routes unpublished(Route route) {
    add(route);
    unpublished.add(route);
    return this;
  }

  /** The routes for {@code path} by method (exact paths first, then {@link #getByName} templates), or an empty map. */
  public Map<String, Route> at(String path) {
    Map<String, Route> methods = byPath.get(path);
    if (methods == null) {
      for (NamedRoute n : named) {
        if (n.matches(path)) {
          methods = byPath.get(n.template());
          break;
        }
      }
    }
    return methods == null ? Map.of() : Collections.unmodifiableMap(methods);
  }

  public List<Route> all() {
    List<Route> all = new ArrayList<>();
    byPath.values().forEach(m -> all.addAll(m.values()));
    return Collections.unmodifiableList(all);
  }

  /** The routes the OpenAPI document describes: all but the {@link #unpublished} ones. */
  public List<Route> published() {
    List<Route> published = new ArrayList<>(all());
    published.removeAll(unpublished);
    return Collections.unmodifiableList(published);
  }

  public Map<String, ActionHandler> actions() {
    return Collections.unmodifiableMap(actions);
  }

  // ---- static resources ----

  /** Files under the classpath folder {@code classpathRoot} answered at {@code prefix + "/" + relative path}. */
  public record StaticMount(String prefix, String classpathRoot) {}

  private final List<StaticMount> staticMounts = new ArrayList<>();

  /**
   * Answers {@code GET} and {@code HEAD} for every path under {@code prefix} (e.g. {@code /studio}) from the
   * classpath folder {@code classpathRoot} (e.g. {@code /web/studio}), {@code index.html} for the folder itself, with
   * a content type from the file name. Without a token: these are the pages and scripts of a browser UI, which then
   * call the API routes with one; never mount the producer's data. Exact routes win over a mount.
   */
  public Routes staticResources(String prefix, String classpathRoot) {
    if (!prefix.startsWith("/") || prefix.length() < 2 || prefix.endsWith("/")) {
      throw new IllegalArgumentException("static prefix must look like /name, got " + prefix);
    }
    if (!classpathRoot.startsWith("/") || classpathRoot.endsWith("/")) {
      throw new IllegalArgumentException(
          "static classpath root must look like /folder, got " + classpathRoot);
    }
    for (StaticMount m : staticMounts) {
      if (m.prefix().equals(prefix)) {
        throw new IllegalStateException("static prefix " + prefix + " is registered twice");
      }
    }
    staticMounts.add(new StaticMount(prefix, classpathRoot));
    return this;
  }

  /** The mount that answers {@code path}, if any. */
  public java.util.Optional<StaticMount> staticMountFor(String path) {
    for (StaticMount m : staticMounts) {
      if (path.equals(m.prefix()) || path.startsWith(m.prefix() + "/")) {
        return java.util.Optional.of(m);
      }
    }
    return java.util.Optional.empty();
  }
}
