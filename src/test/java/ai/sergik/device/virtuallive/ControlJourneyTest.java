package ai.sergik.device.virtuallive;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.device.UdpSidecarPeer;
import ai.sergik.osc.NotesChunk;
import ai.sergik.osc.NotesReassembler;
import ai.sergik.osc.OscMessages;
import ai.sergik.osc.OscProtocol;
import com.cycling74.max.StandIn;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.illposed.osc.OSCMessage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sidecar drives Live through the device (protocol v2 {@code /ableton/set}, {@code /ableton/read}, pushes
 * with {@code slot} or {@code arrangement_bar}, suggestions): a real UDP peer on loopback stands in for the
 * sidecar, the device runs from the patch in the virtual Live. Each control changes the model and the answer
 * reports what Live says now; bad requests are answered with errors naming what exists.
 */
class ControlJourneyTest {
  static final ObjectMapper JSON = new ObjectMapper();
  VirtualStudio studio;
  UdpSidecarPeer sidecar;
  Track kick;
  Track bass;
  Track keys;
  PatchRunner device;
  int nextRequest = 100;

  @BeforeEach
  void start() throws Exception {
    studio = new VirtualStudio(5, 10);
    sidecar = new UdpSidecarPeer();
    sidecar.onMessage = StandIn::wake;
    kick = studio.live.song.addMidiTrack("Kick", 8);
    bass = studio.live.song.addMidiTrack("Bass", 8);
    keys = studio.live.song.addMidiTrack("Keys", 8);
    device = studio.dropLinked(keys, sidecar.port());
    // the link's "connected" news sets the status line once, whenever Max's main thread gets to it:
    // wait for it,
    // so that it does not overwrite what a test looks at later
    assertThat(StandIn.runDeferred(
            () -> device.sidecarState().equals("sidecar: connected")
                && device.status().startsWith("sidecar "),
            10_000))
        .as("connected; the device says " + device.status())
        .isTrue();
  }

  @AfterEach
  void stop() throws Exception {
    studio.close();
    sidecar.close();
    assertThat(StandIn.escaped()).isEmpty();
  }

  /** The device's answer to a request: {"result": …} or {"error": "…"}. */
  JsonNode ask(OSCMessage request) throws Exception {
    int id = (Integer) request.getArguments().get(0);
    sidecar.sendToDevice(request);
    JsonNode[] answer = new JsonNode[1];
    boolean answered = StandIn.runDeferred(
        () -> {
          for (UdpSidecarPeer.Received r : sidecar.drain(OscProtocol.RESULT)) {
            if (r.message().getArguments().get(0).equals(id))
              answer[0] = read("result", r.message());
          }
          for (UdpSidecarPeer.Received r : sidecar.drain(OscProtocol.ERROR)) {
            if (r.message().getArguments().get(0).equals(id))
              answer[0] = JSON.createObjectNode()
                  .put("error", (String) r.message().getArguments().get(1));
          }
          return answer[0] != null;
        },
        10_000);
    assertThat(answered).as("an answer to request " + id).isTrue();
    return answer[0];
  }

  static JsonNode read(String field, OSCMessage m) {
    try {
      return JSON.createObjectNode()
          .set(field, JSON.readTree((String) m.getArguments().get(1)));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  JsonNode set(String json) throws Exception {
    return ask(OscMessages.set(nextRequest++, json));
  }

  @Test
  void tempoIsSetAndTheAnswerIsWhatLiveSays() throws Exception {
    JsonNode a = set("{\"tempo\":122}");
    assertThat(studio.live.tempo()).isEqualTo(122.0);
    assertThat(a.path("result").path("tempo").asDouble()).isEqualTo(122.0);
  }

  @Test
  void tempoAndPlayInOneRequestThenStopAndContinue() throws Exception {
    JsonNode a = set("{\"tempo\":124.5,\"transport\":\"play\"}");
    assertThat(studio.live.playing()).isTrue();
    assertThat(a.get("result").toString()).isEqualTo("{\"tempo\":124.5,\"is_playing\":true}");
    assertThat(set("{\"transport\":\"stop\"}").get("result").toString())
        .isEqualTo("{\"is_playing\":false}");
    assertThat(studio.live.playing()).isFalse();
    assertThat(set("{\"transport\":\"continue\"}")
            .path("result")
            .path("is_playing")
            .asBoolean())
        .isTrue();
    assertThat(studio.live.playing()).isTrue();
  }

  @Test
  void bringTheBassDown3DbThenSetItAndPanMuteSoloArm() throws Exception {
    JsonNode down = set("{\"track\":\"bass\",\"param\":\"volume\",\"delta_db\":-3}");
    assertThat(bass.mixer.volume.decibels()).isEqualTo(-3.0);
    JsonNode r = down.get("result");
    assertThat(r.fieldNames())
        .toIterable()
        .containsExactly("track", "volume_db", "volume", "pan", "mute", "solo", "arm");
    assertThat(r.get("track").asText()).isEqualTo("Bass");
    assertThat(r.get("volume_db").asDouble()).isEqualTo(-3.0);
    assertThat(r.get("volume").asDouble())
        .isCloseTo(bass.mixer.volume.value(), org.assertj.core.data.Offset.offset(1e-6))
        .isLessThan(0.85);
    assertThat(r.get("pan").asDouble()).isEqualTo(0.0);
    assertThat(r.get("mute").asBoolean()
            || r.get("solo").asBoolean()
            || r.get("arm").asBoolean())
        .isFalse();
    assertThat(kick.mixer.volume.decibels()).as("other tracks untouched").isEqualTo(0.0);

    assertThat(set("{\"track\":\"Bass\",\"param\":\"volume\",\"value\":-12}")
            .path("result")
            .path("volume_db")
            .asDouble())
        .isEqualTo(-12.0);
    assertThat(bass.mixer.volume.decibels()).isEqualTo(-12.0);
    assertThat(set("{\"track\":\"Bass\",\"param\":\"pan\",\"value\":-0.5}")
            .path("result")
            .path("pan")
            .asDouble())
        .isEqualTo(-0.5);
    assertThat(bass.mixer.panning.value()).isEqualTo(-0.5);
    assertThat(set("{\"track\":\"Kick\",\"param\":\"mute\",\"value\":true}")
            .path("result")
            .path("mute")
            .asBoolean())
        .isTrue();
    assertThat(kick.mute).isTrue();
    assertThat(set("{\"track\":\"Keys\",\"param\":\"solo\",\"value\":1}")
            .path("result")
            .path("solo")
            .asBoolean())
        .isTrue();
    assertThat(keys.solo).isTrue();
    assertThat(set("{\"track\":\"Bass\",\"param\":\"arm\",\"value\":true}")
            .path("result")
            .path("arm")
            .asBoolean())
        .isTrue();
    assertThat(bass.arm).isTrue();
  }

  @Test
  void fireAClipSlotAndAScene() throws Exception {
    bass.slot(1)
        .putClip(
            8, List.of(Map.of("pitch", 40, "start_time", 0.0, "duration", 1.0, "velocity", 100)));
    JsonNode fired = set("{\"fire\":{\"track\":\"Bass\",\"slot\":2}}");
    assertThat(bass.playingSlot).isEqualTo(1);
    assertThat(studio.live.playing()).isTrue();
    assertThat(fired.get("result").toString())
        .isEqualTo(
            "{\"fired\":{\"track\":\"Bass\",\"slot\":2,\"has_clip\":true},\"is_playing\":true}");

    keys.slot(2)
        .putClip(
            8, List.of(Map.of("pitch", 60, "start_time", 0.0, "duration", 1.0, "velocity", 100)));
    studio.live.song.scenes().get(2).name = "Drop";
    JsonNode scene = set("{\"scene\":3}");
    assertThat(keys.playingSlot).isEqualTo(2);
    assertThat(scene.get("result").toString())
        .isEqualTo("{\"scene\":3,\"scene_name\":\"Drop\",\"is_playing\":true}");
  }

  @Test
  void errorsNameWhatExistsAndChangeNothing() throws Exception {
    assertThat(set("{\"track\":\"Drums\",\"param\":\"mute\",\"value\":true}")
            .path("error")
            .asText())
        .isEqualTo("no track 'Drums'; tracks: Kick, Bass, Keys");
    assertThat(set("{\"fire\":{\"track\":\"Bass\",\"slot\":9}}").path("error").asText())
        .isEqualTo("slot 9 out of range 1..8 on track 'Bass'");
    assertThat(set("{\"scene\":12}").path("error").asText())
        .isEqualTo("scene 12 out of range 1..8");
    assertThat(set("{\"tempo\":1000}").path("error").asText())
        .isEqualTo("tempo 1000 outside 20..999");
    assertThat(set("{\"tempo\":122,\"transport\":\"rewind\"}").path("error").asText())
        .isEqualTo("transport \"rewind\" unknown; use play, stop or continue");
    assertThat(set("{\"track\":\"Bass\",\"param\":\"volume\",\"value\":9}")
            .path("error")
            .asText())
        .isEqualTo("volume 9 dB outside -70..6 dB (or \"-inf\")");
    assertThat(set("{\"track\":\"Bass\",\"param\":\"reverb\",\"value\":1}")
            .path("error")
            .asText())
        .isEqualTo("param \"reverb\" unknown; use volume, pan, mute, solo or arm");
    assertThat(set("{\"bpm\":120}").path("error").asText()).startsWith("unknown field \"bpm\"");
    assertThat(studio.live.tempo()).isEqualTo(120.0);
    assertThat(studio.live.playing()).isFalse();
    assertThat(bass.mixer.volume.decibels()).isEqualTo(0.0);
    assertThat(studio.live.undoSteps()).isZero();
  }

  @Test
  void aControlFromAStrangerPortIsIgnored() throws Exception {
    java.net.SocketAddress devicePort = sidecar.device();
    try (UdpSidecarPeer stranger = new UdpSidecarPeer()) {
      stranger.send(OscMessages.set(1, "{\"tempo\":200,\"transport\":\"play\"}"), devicePort);
    }
    // the sidecar's own request, sent after the stranger's: once it is answered, the stranger's has
    // arrived too
    assertThat(set("{\"track\":\"Kick\",\"param\":\"mute\",\"value\":true}").has("result"))
        .isTrue();
    assertThat(studio.live.tempo()).isEqualTo(120.0);
    assertThat(studio.live.playing()).isFalse();
  }

  @Test
  void aFloodOfControlsIsRateLimited() throws Exception {
    for (int i = 0; i < 45; i++) {
      sidecar.sendToDevice(OscMessages.set(500 + i, "{\"tempo\":" + (100 + i) + "}"));
    }
    int[] answers = new int[2];
    assertThat(StandIn.runDeferred(
            () -> {
              answers[0] += sidecar.drain(OscProtocol.RESULT).size();
              sidecar.drain(OscProtocol.ERROR).forEach(r -> {
                answers[1]++;
                assertThat((String) r.message().getArguments().get(1))
                    .startsWith("too many requests: the device takes at most 20 a second");
              });
              return answers[0] + answers[1] == 45;
            },
            10_000))
        .isTrue();
    assertThat(answers[0]).as("the burst").isBetween(40, 44);
    assertThat(answers[1]).isPositive();
  }

  @Test
  void readTheHighlightedClipAndATracksClipBySlot() throws Exception {
    keys.slot(1)
        .putClip(
            16,
            List.of(
                Map.of("pitch", 60, "start_time", 0.0, "duration", 1.0, "velocity", 100),
                Map.of("pitch", 64, "start_time", 4.0, "duration", 2.5, "velocity", 90)))
        .named("Chords A");
    studio.live.song.view.select(keys, 1);
    JsonNode clip = readClip("{\"clip\":\"highlighted\"}");
    assertThat(clip.toString())
        .isEqualTo(
            "{\"track\":\"Keys\",\"slot\":2,\"clip\":\"Chords A\",\"length\":16.0,"
                + "\"loop_start\":0.0,\"loop_end\":16.0,\"signature\":\"4/4\",\"notes\":[{\"pitch\":60,\"start\":0.0,"
                + "\"duration\":1.0,\"velocity\":100},{\"pitch\":64,\"start\":4.0,\"duration\":2.5,\"velocity\":90}]}");
    assertThat(readClip("{\"track\":\"keys\",\"slot\":2}")).isEqualTo(clip);
    assertThat(readClip("{\"track\":\"Keys\"}"))
        .as("the highlighted scene's clip")
        .isEqualTo(clip);
    studio.live.song.view.select(kick, 5);
    assertThat(readClip("{\"track\":\"Keys\"}")).as("else its first clip").isEqualTo(clip);
    assertThat(ask(OscMessages.read(nextRequest++, "{\"track\":\"Keys\",\"slot\":3}"))
            .path("error")
            .asText())
        .isEqualTo("slot 3 on track 'Keys' has no clip");
    assertThat(ask(OscMessages.read(nextRequest++, "{\"track\":\"Pads\"}"))
            .path("error")
            .asText())
        .isEqualTo("no track 'Pads'; tracks: Kick, Bass, Keys");
  }

  @Test
  void aLongClipIsReadInChunks() throws Exception {
    List<Map<String, Object>> notes = new java.util.ArrayList<>();
    for (int i = 0; i < 600; i++) {
      notes.add(Map.of(
          "pitch", 40 + i % 40, "start_time", i * 0.25, "duration", 0.25, "velocity", 64 + i % 60));
    }
    bass.slot(0).putClip(150, notes);
    JsonNode clip = readClip("{\"track\":\"Bass\",\"slot\":1}");
    assertThat(clip.get("notes")).hasSize(600);
    assertThat(clip.at("/notes/599/start").asDouble()).isEqualTo(149.75);
  }

  /** Sends /ableton/read and reassembles the /sergik/clip chunks of its answer. */
  JsonNode readClip(String json) throws Exception {
    int id = nextRequest++;
    sidecar.sendToDevice(OscMessages.read(id, json));
    NotesReassembler reassembler = new NotesReassembler();
    String[] whole = new String[1];
    assertThat(StandIn.runDeferred(
            () -> {
              for (UdpSidecarPeer.Received r : sidecar.drain(OscProtocol.CLIP)) {
                try {
                  NotesChunk chunk = OscMessages.readClipChunk(r.message());
                  String done = reassembler.offer(chunk, 0);
                  if (done != null && chunk.request() == id) whole[0] = done;
                } catch (Exception e) {
                  throw new AssertionError(e);
                }
              }
              sidecar
                  .drain(OscProtocol.ERROR)
                  .forEach(
                      r -> whole[0] = "error: " + r.message().getArguments().get(1));
              return whole[0] != null;
            },
            10_000))
        .isTrue();
    assertThat(whole[0]).doesNotStartWith("error");
    return JSON.readTree(whole[0]);
  }

  /** A push from the sidecar (request 0), answered with notes_received once written. */
  JsonNode push(String json) throws Exception {
    for (OSCMessage m : OscMessages.notes(OscProtocol.PUSH_REQUEST, json)) {
      sidecar.sendToDevice(m);
    }
    JsonNode[] answer = new JsonNode[1];
    assertThat(StandIn.runDeferred(
            () -> {
              for (UdpSidecarPeer.Received r : sidecar.drain(OscProtocol.ACTION)) {
                if (OscProtocol.ACTION_NOTES_RECEIVED.equals(
                    r.message().getArguments().get(1))) {
                  try {
                    answer[0] =
                        JSON.readTree((String) r.message().getArguments().get(2));
                  } catch (Exception e) {
                    throw new AssertionError(e);
                  }
                }
              }
              return answer[0] != null;
            },
            10_000))
        .isTrue();
    return answer[0];
  }

  static final String TWO_NOTES =
      "\"notes\":[{\"pitch\":48,\"start_time\":0.0,\"duration\":1.0,\"velocity\":100},"
          + "{\"pitch\":55,\"start_time\":2.0,\"duration\":1.0,\"velocity\":90}],\"length_beats\":8";

  @Test
  void aPushWithArrangementBarLandsInTheArrangementAsOneUndoStep() throws Exception {
    int undo = studio.live.undoSteps();
    JsonNode confirmed = push("{" + TWO_NOTES + ",\"push_id\":\"p1\",\"arrangement_bar\":9}");
    assertThat(confirmed.toString()).isEqualTo("{\"push_id\":\"p1\",\"count\":2,\"written\":true}");
    assertThat(keys.arrangementClips).hasSize(1);
    assertThat(keys.arrangementClips.get(0).startTime()).isEqualTo(32.0);
    assertThat(keys.arrangementClips.get(0).length()).isEqualTo(8.0);
    assertThat(keys.arrangementClips.get(0).notes()).hasSize(2);
    assertThat(studio.live.undoSteps()).isEqualTo(undo + 1);
    assertThat(device.status())
        .isEqualTo("wrote 2 notes, 8 beats into the arrangement at bar 9 (beat 32)");
  }

  @Test
  void aPushWithASlotLandsInThatSceneRowOfTheDevicesTrack() throws Exception {
    studio.live.song.view.select(kick, 0);
    JsonNode confirmed = push("{" + TWO_NOTES + ",\"push_id\":7,\"slot\":4}");
    assertThat(confirmed.path("written").asBoolean()).as(confirmed.toString()).isTrue();
    assertThat(keys.slot(3).clip()).isNotNull();
    assertThat(keys.slot(3).clip().notes()).hasSize(2);
    assertThat(kick.slot(0).clip()).isNull();
    JsonNode refused = push("{" + TWO_NOTES + ",\"push_id\":8,\"slot\":9}");
    assertThat(refused.toString())
        .isEqualTo(
            "{\"push_id\":8,\"count\":0,\"written\":false,\"error\":\"this track has no clip slot 9\"}");
  }

  @Test
  void suggestSendsTheClipAndTheThreeLinesComeBackWithTheirActions() throws Exception {
    keys.slot(0)
        .putClip(
            16,
            List.of(
                Map.of("pitch", 57, "start_time", 0.0, "duration", 4.0, "velocity", 100),
                Map.of("pitch", 60, "start_time", 0.0, "duration", 4.0, "velocity", 100),
                Map.of("pitch", 64, "start_time", 0.0, "duration", 4.0, "velocity", 100),
                Map.of("pitch", 53, "start_time", 4.0, "duration", 4.0, "velocity", 100),
                Map.of("pitch", 57, "start_time", 4.0, "duration", 4.0, "velocity", 100),
                Map.of("pitch", 60, "start_time", 4.0, "duration", 4.0, "velocity", 100)));
    studio.live.song.view.select(keys, 0);
    sidecar.drain(OscProtocol.ACTION);
    device.click("Suggest");
    UdpSidecarPeer.Received asked = awaitSuggest();
    int request = (Integer) asked.message().getArguments().get(0);
    JsonNode what = JSON.readTree((String) asked.message().getArguments().get(2));
    assertThat(what.get("track").asText()).isEqualTo("Keys");
    assertThat(what.get("tempo").asDouble()).isEqualTo(120.0);
    assertThat(what.get("key").asText()).isEqualTo("8A");
    assertThat(what.get("notes")).hasSize(6);

    sidecar.sendToDevice(OscMessages.suggest(
        request,
        "{\"lines\":[\"Tempo 124: your house home zone\","
            + "\"Next part in 9A or 8B\",\"Sounds like: Night Drive (2019)\"],\"actions\":["
            + "{\"line\":0,\"label\":\"Apply tempo\",\"set\":{\"tempo\":124}},"
            + "{\"line\":1,\"label\":\"Transpose\",\"transpose\":-3}]}"));
    assertThat(StandIn.runDeferred(() -> !device.suggestions().get(0).isEmpty(), 10_000))
        .isTrue();
    assertThat(device.suggestions())
        .containsExactly(
            "Tempo 124: your house home zone  [Apply tempo]",
            "Next part in 9A or 8B  [Transpose]",
            "Sounds like: Night Drive (2019)");

    device.click("Suggestion 1");
    assertThat(studio.live.tempo()).isEqualTo(124.0);
    assertThat(device.status()).isEqualTo("tempo set: Live now says {\"tempo\":124.0}");

    device.click("Suggestion 2");
    assertThat(keys.slot(0).clip().notes())
        .extracting(n -> n.get("pitch").asInt())
        .containsExactlyInAnyOrder(54, 57, 61, 50, 54, 57);
    assertThat(device.status())
        .isEqualTo("transpose on Keys · slot 1: transposed 6 notes down 3 semitones · 6 notes "
            + "replaced by 6 (one undo step)");

    device.click("Suggestion 3");
    assertThat(StandIn.errors()).anyMatch(l -> l.contains("suggestion line 3 has no action"));
  }

  @Test
  void aNewlyHighlightedClipAsksForSuggestionsOnceItStaysPut() throws Exception {
    keys.slot(0)
        .putClip(
            4, List.of(Map.of("pitch", 60, "start_time", 0.0, "duration", 1.0, "velocity", 100)));
    keys.slot(1)
        .putClip(
            4, List.of(Map.of("pitch", 62, "start_time", 0.0, "duration", 1.0, "velocity", 100)));
    studio.advance(2000);
    sidecar.drain(OscProtocol.ACTION);
    studio.live.song.view.select(keys, 0);
    studio.advance(500);
    studio.live.song.view.select(keys, 1);
    studio.advance(1000);
    barrier();
    assertThat(sidecar.drain(OscProtocol.ACTION))
        .as("nothing while the producer clicks around")
        .isEmpty();
    studio.advance(600);
    JsonNode what =
        JSON.readTree((String) awaitSuggest().message().getArguments().get(2));
    assertThat(what.at("/notes/0/pitch").asInt())
        .as("the clip that stayed highlighted")
        .isEqualTo(62);
    barrier();
    assertThat(sidecar.drain(OscProtocol.ACTION)).as("asked once").isEmpty();
  }

  /**
   * A request the device answers without changing Live: what the device sent before its answer has arrived by
   * the time the answer has (one socket, in order, over loopback).
   */
  void barrier() throws Exception {
    assertThat(ask(OscMessages.read(nextRequest++, "{\"track\":\"Nowhere\"}")).has("error"))
        .isTrue();
  }

  @Test
  void
      aSidecarWithoutSuggestionsLeavesTheStatusLineAloneWhenAskedByItselfAndSaysSoWhenAskedByClick()
          throws Exception {
    keys.slot(0)
        .putClip(
            4, List.of(Map.of("pitch", 60, "start_time", 0.0, "duration", 1.0, "velocity", 100)));
    studio.live.song.view.select(keys, 0);
    studio.advance(1600);
    int asked = (Integer) awaitSuggest().message().getArguments().get(0);
    sidecar.sendToDevice(OscMessages.error(asked, "unknown action suggest"));
    barrier();
    // the link's own news (connected …) may change the status line meanwhile; the suggestion's
    // error may not
    assertThat(device.status()).doesNotContain("suggest");
    assertThat(StandIn.console())
        .anyMatch(l -> l.text.equals("sergik: suggestions: unknown action suggest"));
    device.click("Suggest");
    int clicked = (Integer) awaitSuggest().message().getArguments().get(0);
    sidecar.sendToDevice(OscMessages.error(clicked, "unknown action suggest"));
    assertThat(StandIn.runDeferred(() -> device.status().startsWith("suggestions failed"), 10_000))
        .isTrue();
    assertThat(device.status()).isEqualTo("suggestions failed: unknown action suggest");
  }

  UdpSidecarPeer.Received awaitSuggest() {
    UdpSidecarPeer.Received[] got = new UdpSidecarPeer.Received[1];
    assertThat(StandIn.runDeferred(
            () -> {
              for (UdpSidecarPeer.Received r : sidecar.drain(OscProtocol.ACTION)) {
                if (OscProtocol.ACTION_SUGGEST.equals(r.message().getArguments().get(1)))
                  got[0] = r;
              }
              return got[0] != null;
            },
            10_000))
        .as("a suggest action")
        .isTrue();
    return got[0];
  }
}
