package ai.sergik.sidecar;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.osc.OscCodec;
import ai.sergik.osc.OscMessages;
import ai.sergik.osc.OscProtocol;
import com.fasterxml.jackson.databind.JsonNode;
import com.illposed.osc.OSCMessage;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 10,000 random and mutated inputs at the running server: 8,000 OSC datagrams and 2,000 HTTP bodies
 * (from four concurrent clients).
 * Every one gets an answer (a result or an error), never a 500, and the server keeps serving. The OSC sender has
 * done the handshake; the server's clock stands still, so it stays connected however long the run takes.
 */
class FuzzTest {
  static final int OSC_PACKETS = 8_000;
  static final int HTTP_BODIES = 2_000;
  static final int HTTP_CLIENTS = 4;

  @RegisterExtension
  static final RunningSidecar server =
      RunningSidecar.perClass(SidecarConfig.loopback(0, 0), new TestClock());

  static final String[] SEEDS_JSON = {
    "{\"part\":\"chords\",\"key\":\"10B\",\"bars\":2,\"voicing\":\"pads\"}",
    "{\"part\":\"bass\",\"key\":\"F#m\",\"bars\":1,\"style\":\"jazz\"}",
    "{\"part\":\"arp\",\"key\":\"3d\",\"bars\":1,\"pattern\":\"updown\",\"octaves\":2}",
    "{\"part\":\"drums\",\"genre\":\"techno\",\"bars\":1,\"swing\":20}",
    "{\"prompt\":\"2 bars of deep house chords in 8A, slightly humanized\"}",
    "{\"notes\":[{\"pitch\":60,\"start_time\":0,\"duration\":1,\"velocity\":90}],\"timing_variance_ms\":10}",
  };

  static byte[] mutate(byte[] seed, Random random) {
    byte[] out = seed.clone();
    switch (random.nextInt(4)) {
      case 0 -> { // flip a few bytes
        for (int k = 0; k < 1 + random.nextInt(4); k++)
          out[random.nextInt(out.length)] = (byte) random.nextInt(256);
      }
      case 1 -> out = java.util.Arrays.copyOf(out, random.nextInt(out.length + 1)); // truncate
      case 2 -> { // duplicate a slice
        int from = random.nextInt(out.length);
        int len = Math.min(out.length - from, 1 + random.nextInt(16));
        byte[] longer = new byte[out.length + len];
        System.arraycopy(out, 0, longer, 0, from + len);
        System.arraycopy(out, from, longer, from + len, out.length - from);
        out = longer;
      }
      default -> { // replace a digit or a letter with another
        int i = random.nextInt(out.length);
        String alphabet = "0123456789abcdefgxyz-.#\"{}[]:, ";
        out[i] = (byte) alphabet.charAt(random.nextInt(alphabet.length()));
      }
    }
    return out;
  }

  @Test
  void everyOscPacketIsAnsweredAndTheServerKeepsServing() throws Exception {
    OscCodec codec = new OscCodec();
    Random random = new Random(20261125);
    List<OSCMessage> seeds = List.of(
        OscMessages.test(7),
        OscMessages.generate(3, SEEDS_JSON[0]),
        OscMessages.generate(4, SEEDS_JSON[3]),
        OscMessages.generate(5, SEEDS_JSON[4]),
        OscMessages.action(6, "catalog_search", "{\"q\":\"house\"}"));
    long errorsBefore = server.sidecar.oscErrors();
    int errors = 0;
    int results = 0;
    try (FakeDevice device = new FakeDevice(server.oscPort())) {
      device.setTimeout(5000);
      device.hello(
          "fuzzing-device",
          "Fuzz"); // a connected device gets every error in full (strangers: OscHardeningTest)
      for (int i = 0; i < OSC_PACKETS; i++) {
        byte[] packet;
        if (i % 5 == 0) {
          packet = new byte[random.nextInt(64)];
          random.nextBytes(packet);
        } else {
          packet = mutate(codec.encode(seeds.get(random.nextInt(seeds.size()))), random);
        }
        device.sendRaw(packet);
        OSCMessage reply = device.receive();
        switch (reply.getAddress()) {
          case OscProtocol.ERROR -> errors++;
          case OscProtocol.ACK, OscProtocol.RESULT -> results++;
          case OscProtocol.NOTES -> {
            results++;
            int chunks = (Integer) reply.getArguments().get(2);
            for (int k = 1; k < chunks; k++) device.receive();
          }
          default ->
            throw new AssertionError("unexpected reply " + reply.getAddress() + " to packet " + i);
        }
      }
      device.send(OscMessages.test(99));
      assertThat(OscMessages.readAck(device.receive()).nonce()).isEqualTo(99);
    }
    assertThat(errors + results).isEqualTo(OSC_PACKETS);
    assertThat(errors).isPositive();
    assertThat(results).isPositive();
    assertThat(server.sidecar.oscErrors() - errorsBefore).isEqualTo(errors);
  }

  @Test
  void everyHttpBodyIsAnsweredWithAResultOrAClientErrorNever500() throws Exception {
    String[] paths = {
      "/generate/chord_progression",
      "/generate/walking_bass",
      "/generate/arpeggios",
      "/generate/drums",
      "/generate/drum_variations",
      "/transform/humanize",
      "/gpt/generate"
    };
    AtomicInteger ok = new AtomicInteger();
    AtomicInteger rejected = new AtomicInteger();
    ExecutorService clients = Executors.newFixedThreadPool(HTTP_CLIENTS);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < HTTP_BODIES; i++) {
        int index = i;
        done.add(clients.submit(() -> {
          Random random = new Random(7L * 1_000_003 + index);
          String path = paths[random.nextInt(paths.length)];
          byte[] body;
          if (index % 5 == 0) {
            body = new byte[random.nextInt(128)];
            random.nextBytes(body);
          } else {
            body = mutate(
                SEEDS_JSON[random.nextInt(SEEDS_JSON.length)].getBytes(StandardCharsets.UTF_8),
                random);
          }
          HttpResponse<String> r =
              server.postJson(path, new String(body, StandardCharsets.ISO_8859_1));
          assertThat(r.statusCode())
              .as("answer to body %d for %s: %s", index, path, r.body())
              .isIn(200, 400, 413, 415);
          JsonNode json = RunningSidecar.json(r);
          if (r.statusCode() == 200) {
            assertThat(json.get("status").asText()).isEqualTo("ok");
            ok.incrementAndGet();
          } else {
            assertThat(json.get("status").asText()).isEqualTo("error");
            assertThat(json.get("message").asText()).isNotBlank();
            rejected.incrementAndGet();
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      clients.shutdownNow();
    }
    assertThat(ok.get() + rejected.get()).isEqualTo(HTTP_BODIES);
    assertThat(ok.get()).isPositive();
    assertThat(rejected.get()).isPositive();
    assertThat(server.get("/health").statusCode()).isEqualTo(200);
  }
}
