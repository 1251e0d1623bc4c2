package ai.sergik.sidecar;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.api.Json;
import ai.sergik.data.DataDir;
import ai.sergik.generate.GenerationRequest;
import ai.sergik.generate.Generators;
import ai.sergik.generate.Part;
import ai.sergik.music.Note;
import ai.sergik.osc.OscCodec;
import ai.sergik.osc.OscMessages;
import ai.sergik.osc.OscProtocol;
import ai.sergik.osc.OscReply;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.illposed.osc.OSCMessage;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Suggest button's round trip over real UDP against the running sidecar on the demo data
 * ({@code /sergik/action "suggest"} → {@code /sergik/suggest}), and the same request through {@code POST /live/suggest}
 * and the MCP tool {@code suggest}: the same lines and actions on every face.
 */
class SuggestTest {
  static final String TOKEN = "suggest-token";
  static final OscCodec CODEC = new OscCodec();

  @RegisterExtension
  static final RunningSidecar server =
      RunningSidecar.perClass(SidecarConfig.loopback(0, 0).withToken(TOKEN));
  /** The device on the Keys track, connected once for every request. */
  static FakeDevice keys;

  @TempDir
  static Path empty;

  @BeforeAll
  static void start() throws Exception {
    keys = new FakeDevice(server.oscPort());
    keys.hello("dev-suggest", "Keys");
  }

  @AfterAll
  static void stop() {
    keys.close();
  }

  static Stream<String> requests() {
    List<String> all = new ArrayList<>();
    all.add("{\"track\":\"Keys\",\"tempo\":126,\"key\":\"10B\"}");
    all.add("{\"track\":\"Keys\",\"tempo\":105,\"key\":\"F minor\"}");
    all.add("{\"track\":\"Keys\"}");
    all.add("{\"tempo\":172.5,\"key\":\"5B\"}");
    all.add("{\"track\":\"Bass\",\"tempo\":92,\"key\":\"8A\",\"notes\":[]}");
    for (String key : List.of("7A", "4A", "11B", "1B")) {
      all.add("{\"track\":\"Keys\",\"tempo\":124,\"notes\":" + deviceNotes(key) + "}");
    }
    return all.stream();
  }

  /** The engine's chords in {@code key} as the device reads a clip: Live's fields with {@code start} for the time. */
  static String deviceNotes(String key) {
    ArrayNode notes = Json.MAPPER.createArrayNode();
    for (Note n : Generators.generate(GenerationRequest.builder()
            .part(Part.CHORDS)
            .key(key)
            .style("house")
            .bars(2)
            .seed(3)
            .build())
        .notes()) {
      notes
          .addObject()
          .put("pitch", n.pitch())
          .put("start", n.start())
          .put("duration", n.duration())
          .put("velocity", n.velocity());
    }
    return notes.toString();
  }

  @ParameterizedTest
  @MethodSource("requests")
  void theDeviceAndHttpGetTheSameLinesAndActions(String request) throws Exception {
    keys.send(OscMessages.action(41, OscProtocol.ACTION_SUGGEST, request));
    OSCMessage reply = keys.receive();
    assertThat(reply.getAddress())
        .as(reply.getArguments().toString())
        .isEqualTo(OscProtocol.SUGGEST);
    OscReply suggest = OscMessages.readRequest(reply);
    assertThat(suggest.request()).isEqualTo(41);
    JsonNode osc = Json.MAPPER.readTree(suggest.text());
    HttpResponse<String> http = server.postJson("/live/suggest", request);
    assertThat(http.statusCode()).as(http.body()).isEqualTo(200);
    JsonNode body = RunningSidecar.json(http);

    assertThat(osc.get("lines"))
        .hasSize(3)
        .allSatisfy(line -> assertThat(line.asText()).hasSizeLessThanOrEqualTo(40));
    assertThat(body.get("lines")).isEqualTo(osc.get("lines"));
    assertThat(body.get("actions")).isEqualTo(osc.get("actions"));
    assertThat(body.get("key_from")).isEqualTo(osc.get("key_from"));
    assertThat(body.get("details")).hasSize(3);
    if (request.contains("\"notes\":[{")) {
      assertThat(osc.get("key_from").asText()).isEqualTo("notes");
    }
  }

  @Test
  void theDemoAnswerOverOsc() throws Exception {
    keys.send(OscMessages.action(
        7, OscProtocol.ACTION_SUGGEST, "{\"track\":\"Keys\",\"tempo\":126,\"key\":\"10B\"}"));
    OSCMessage answer = keys.receive();
    assertThat(answer.getAddress()).isEqualTo(OscProtocol.SUGGEST);
    OscReply reply = OscMessages.readRequest(answer);
    assertThat(reply.request()).isEqualTo(7);
    assertThat(Json.MAPPER.readTree(reply.text())).isEqualTo(Json.MAPPER.readTree("""
        {"lines":["Tempo 126 → your house zone 124","Next part: 11B or 10A (Camelot)","Like 'Hand Claps', 126 BPM 10B"],
         "actions":[{"line":0,"label":"Apply tempo","set":{"tempo":124}}],"key":"10B","key_from":"given"}"""));
  }

  @Test
  void aBadKeyIsAnErrorNamingItOnBothFaces() throws Exception {
    String request = "{\"tempo\":124,\"key\":\"13C\"}";
    keys.send(OscMessages.action(9, OscProtocol.ACTION_SUGGEST, request));
    OscReply reply = OscMessages.readReply(keys.receive());
    assertThat(reply.isError()).isTrue();
    assertThat(reply.request()).isEqualTo(9);
    assertThat(reply.text()).contains("key").contains("13C").contains("10B");
    HttpResponse<String> http = server.postJson("/live/suggest", request);
    assertThat(http.statusCode()).isEqualTo(400);
    assertThat(RunningSidecar.json(http).get("message").asText())
        .contains("key")
        .contains("13C");
    HttpResponse<String> tempo = server.postJson("/live/suggest", "{\"tempo\":\"fast\"}");
    assertThat(tempo.statusCode()).isEqualTo(400);
    assertThat(RunningSidecar.json(tempo).get("message").asText())
        .contains("tempo")
        .contains("fast");
    HttpResponse<String> notes = server.postJson("/live/suggest", "{\"notes\":[{\"pitch\":60}]}");
    assertThat(notes.statusCode()).isEqualTo(400);
    assertThat(RunningSidecar.json(notes).get("message").asText()).contains("notes");
  }

  /** A sender without a handshake earns only an error no larger than its datagram, however large the answer would be. */
  @Test
  void aStrangersSuggestEarnsNoMoreThanItSent() throws Exception {
    for (String request :
        List.of("{}", "{\"tempo\":126,\"key\":\"10B\"}", "{\"notes\":" + deviceNotes("7A") + "}")) {
      byte[] datagram = CODEC.encode(OscMessages.action(3, OscProtocol.ACTION_SUGGEST, request));
      try (FakeDevice stranger = new FakeDevice(server.oscPort())) {
        stranger.sendRaw(datagram);
        stranger.send(OscMessages.test(5150));
        while (true) {
          byte[] reply = stranger.receiveBytes();
          OSCMessage m = CODEC.decode(reply, reply.length);
          if (m.getAddress().equals(OscProtocol.ACK)) break;
          assertThat(m.getAddress()).isEqualTo(OscProtocol.ERROR);
          assertThat(reply.length)
              .as("reply to a %d-byte suggest", datagram.length)
              .isLessThanOrEqualTo(datagram.length);
        }
      }
    }
  }

  @Test
  void theMcpToolGivesTheSameLines() throws Exception {
    String request = "{\"track\":\"Keys\",\"tempo\":105,\"key\":\"4A\"}";
    JsonNode http = RunningSidecar.json(server.postJson("/live/suggest", request));
    HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport.builder(
            server.sidecar.httpUri().toString())
        .endpoint("/mcp")
        .requestBuilder(HttpRequest.newBuilder().header("Authorization", "Bearer " + TOKEN))
        .build();
    try (McpSyncClient client =
        McpClient.sync(transport).requestTimeout(Duration.ofSeconds(30)).build()) {
      client.initialize();
      McpSchema.CallToolResult result = client.callTool(new McpSchema.CallToolRequest(
          "suggest", Map.of("track", "Keys", "tempo", 105, "key", "4A")));
      assertThat(result.isError()).isFalse();
      JsonNode body =
          Json.MAPPER.readTree(((McpSchema.TextContent) result.content().get(0)).text());
      assertThat(body.get("lines")).isEqualTo(http.get("lines"));
      assertThat(body.get("actions")).isEqualTo(http.get("actions"));
      assertThat(body.get("lines").get(1).asText()).isEqualTo("Key 4A → your 7A: transpose -3");
    }
  }

  @Test
  void withoutAProfileTheAnswerSaysToBuildIt() throws Exception {
    try (RunningSidecar bare =
            RunningSidecar.start(SidecarConfig.loopback(0, 0), new DataDir(empty));
        FakeDevice device = new FakeDevice(bare.oscPort())) {
      HttpResponse<String> http = bare.postJson("/live/suggest", "{\"tempo\":124}");
      assertThat(http.statusCode()).isEqualTo(404);
      assertThat(RunningSidecar.json(http).get("message").asText())
          .contains("sergik dna build")
          .doesNotContain(empty.toString());
      device.hello("dev-suggest-bare", "Keys");
      device.send(OscMessages.action(4, OscProtocol.ACTION_SUGGEST, "{\"tempo\":124}"));
      OscReply reply = OscMessages.readReply(device.receive());
      assertThat(reply.isError()).isTrue();
      assertThat(reply.text()).contains("sergik dna build");
    }
  }
}
