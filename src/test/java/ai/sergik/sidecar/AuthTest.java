package ai.sergik.sidecar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** With a token configured, every route but /health needs it. */
class AuthTest {
  @RegisterExtension
  static final RunningSidecar server =
      RunningSidecar.perClass(SidecarConfig.loopback(0, 0).withToken("s3cret-token"));

  HttpResponse<String> post(String path, String authorization) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(server.uri(path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{}"));
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return server.http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void healthNeedsNoToken() throws Exception {
    HttpResponse<String> r = server.http.send(
        HttpRequest.newBuilder(server.uri("/health")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(RunningSidecar.json(r).get("auth").asBoolean()).isTrue();
  }

  @Test
  void everyOtherRouteNeedsTheToken() throws Exception {
    for (var route : server.sidecar.routes().all()) {
      if (route.open()) {
        // health, the spec ChatGPT imports by URL, download links (the id is the key), and the web
        // studio's page,
        // which holds no data, answer without a token
        assertThat(route.path())
            .as("an open route")
            .matches("/health|/openapi\\.yaml|/files/\\{id}\\.mid|/");
        continue;
      }
      HttpRequest.Builder b = HttpRequest.newBuilder(server.uri(route.path()));
      b = route.method().equals("GET")
          ? b.GET()
          : b.header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString("{}"));
      HttpResponse<String> r = server.http.send(b.build(), HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as(route.method() + " " + route.path()).isEqualTo(401);
      assertThat(r.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    }
  }

  @Test
  void missingWrongAndRightTokens() throws Exception {
    HttpResponse<String> r = post("/generate/chord_progression", null);
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.body())
        .isEqualTo(
            "{\"status\":\"error\",\"error\":\"unauthorized\",\"message\":\"this server needs a token:"
                + " send the header Authorization: Bearer <token> (the token is in sergik.properties or SERGIK_TOKEN)\"}");
    r = post("/generate/chord_progression", "Bearer wrong");
    assertThat(RunningSidecar.json(r).get("message").asText())
        .isEqualTo("the bearer token is not the one this server was started with");
    r = post("/generate/chord_progression", "Basic czNjcmV0");
    assertThat(RunningSidecar.json(r).get("message").asText())
        .isEqualTo("Authorization must be \"Bearer <token>\"");
    r = post("/generate/chord_progression", "Bearer s3cret-token");
    assertThat(r.statusCode()).isEqualTo(200);
    r = post("/generate/nothing", null);
    assertThat(r.statusCode())
        .as("unknown routes do not reveal themselves without a token")
        .isEqualTo(401);
  }

  @Test
  void listeningBeyondLoopbackWithoutATokenIsRefused() {
    SidecarConfig open = SidecarConfig.loopback(0, 0).withHost("0.0.0.0");
    assertThatThrownBy(open::requireSafeBinding)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(
            "refusing to listen on 0.0.0.0 without a token: anyone who can reach this address could call the API.");
    assertThatThrownBy(
            () -> Sidecar.start(open, new ai.sergik.data.DataDir(RunningSidecar.DEMO_DATA), "test"))
        .isInstanceOf(IllegalStateException.class);
    open.withToken("t").requireSafeBinding();
    SidecarConfig.loopback(0, 0).withHost("localhost").requireSafeBinding();
  }
}
