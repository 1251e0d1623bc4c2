package ai.sergik.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The one auth check in front of every route but the open ones: with a token configured, a request
 * needs {@code Authorization: Bearer <token>}. Without a token every request passes (the server then
 * refuses to bind beyond loopback, see {@code SidecarConfig}).
 */
public final class BearerAuth {
  private final byte[] token;

  private BearerAuth(byte[] token) {
    this.token = token;
  }

  /** No token: everything passes. */
  public static final BearerAuth NONE = new BearerAuth(null);

  public static BearerAuth of(Optional<String> token) {
    return token
        .filter(t -> !t.isBlank())
        .map(t -> new BearerAuth(t.getBytes(StandardCharsets.UTF_8)))
        .orElse(NONE);
  }

  public boolean enabled() {
    return token != null;
  }

  /**
   * Lets a request through when no token is set or it carries the right one.
   *
   * @throws ApiException 401 naming what is missing or wrong
   */
  public void check(Optional<String> authorization) {
    if (token == null) {
      return;
    }
    String header = authorization.orElse("").trim();
    if (header.isEmpty()) {
      throw ApiException.unauthorized(
          "this server needs a token: send the header Authorization: Bearer <token>"
              + " (the token is in sergik.properties or SERGIK_TOKEN)");
    }
    if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw ApiException.unauthorized("Authorization must be \"Bearer <token>\"");
    }
    byte[] given = header.substring(7).trim().getBytes(StandardCharsets.UTF_8);
    if (!MessageDigest.isEqual(given, token)) {
      throw ApiException.unauthorized(
          "the bearer token is not the one this server was started with");
    }
  }
}
