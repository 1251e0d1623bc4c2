package ai.sergik.api;

/**
 * One feature's part of the sidecar's API: its HTTP routes, its OSC actions, and its section of the
 * OpenAPI document. A feature writes one class implementing this, takes what it needs (data dir,
 * device link …) in its constructor, and is added to the list in {@code ai.sergik.sidecar.Sidecar}.
 * See docs/server.md, "Adding an endpoint".
 */
public interface RouteModule {

  /** Adds this feature's routes and actions; called once, before the server starts. */
  void register(Routes routes);

  /**
   * Classpath resource (e.g. {@code /openapi/generation.yaml}) holding this feature's OpenAPI
   * {@code paths:} and optional {@code components: schemas:}; empty when the feature has no HTTP routes.
   * The document served at {@code /openapi.yaml} merges these, and a test checks it against the routes.
   */
  default String openApiResource() {
    return "";
  }
}
