package ai.sergik.sidecar;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.music.Key;
import ai.sergik.music.Note;
import ai.sergik.music.NoteJson;
import ai.sergik.transform.TransformSettings;
import ai.sergik.transform.Transforms;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Melodies, modal keys and clip transforms through the sidecar's real HTTP socket. */
class NewMusicHttpTest {
  @RegisterExtension
  static final RunningSidecar server = RunningSidecar.perClass();

  @Test
  void aMelodyInADorianKeyUsesOnlyTheModesNotesAndSaysItsModeAndCamelot() throws Exception {
    HttpResponse<String> r = server.postJson(
        "/generate/melody",
        "{\"key\":\"D dorian\",\"style\":\"house\",\"seed\":5,\"instrument\":\"pluck\"}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode body = RunningSidecar.json(r);
    assertThat(body.get("part").asText()).isEqualTo("melody");
    assertThat(body.get("key").asText()).isEqualTo("8A");
    assertThat(body.get("mode").asText()).isEqualTo("dorian");
    assertThat(body.get("tonic").asText()).isEqualTo("D dorian");
    assertThat(body.get("instrument").asText()).isEqualTo("pluck");
    assertThat(body.get("phrase_bars").asInt()).isEqualTo(4);
    assertThat(body.get("progression").asText()).isEqualTo("i-IV-i-IV");
    Key dorian = Key.parse("D dorian");
    List<Note> notes = NoteJson.parse(body.get("notes").toString());
    assertThat(notes).isNotEmpty().allSatisfy(n -> {
      assertThat(dorian.contains(n.pitch())).as(n.toString()).isTrue();
      assertThat(n.pitch()).isBetween(64, 88);
    });
  }

  @Test
  void chordsInAModalKeyWithTheDefaultProgressionPlayTheModesPreset() throws Exception {
    JsonNode body = RunningSidecar.json(
        server.postJson("/generate/chord_progression", "{\"key\":\"G mixolydian\"}"));
    assertThat(body.get("chord_names").toString()).isEqualTo("[\"G7\",\"Fmaj7\",\"Cmaj7\",\"G7\"]");
    JsonNode bad =
        RunningSidecar.json(server.postJson("/generate/melody", "{\"instrument\":\"kazoo\"}"));
    assertThat(bad.get("status").asText()).isEqualTo("error");
    assertThat(bad.toString())
        .contains("melody instrument \\\"kazoo\\\" is unknown; use one of lead, pluck");
  }

  @Test
  void gptGenerateMakesAMelodyWhenTheSentenceAsksForOne() throws Exception {
    JsonNode body = RunningSidecar.json(
        server.postJson("/gpt/generate", "{\"prompt\":\"a melody in A minor\"}"));
    assertThat(body.get("part").asText()).as(body.toString()).isEqualTo("melody");
  }

  @ParameterizedTest
  @MethodSource("ai.sergik.transform.TransformMenu#names")
  void everyTransformAnswersWhatTheEngineMakes(String name) throws Exception {
    String notes = "[{\"pitch\":60,\"start_time\":0.02,\"duration\":0.9,\"velocity\":90},"
        + "{\"pitch\":64,\"start_time\":0.02,\"duration\":0.9,\"velocity\":80},"
        + "{\"pitch\":67,\"start_time\":1.1,\"duration\":0.4,\"velocity\":100},"
        + "{\"pitch\":72,\"start_time\":2.9,\"duration\":1.0,\"velocity\":70}]";
    HttpResponse<String> r =
        server.postJson("/transform/" + name, "{\"seed\":4,\"notes\":" + notes + "}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode body = RunningSidecar.json(r);
    assertThat(body.get("transform").asText()).isEqualTo(name);
    List<Note> expected =
        Transforms.apply(name, NoteJson.parse(notes), TransformSettings.NONE, 4).notes();
    assertThat(NoteJson.parse(body.get("notes").toString())).isEqualTo(expected);
    assertThat(body.get("summary").asText())
        .isEqualTo(Transforms.apply(name, NoteJson.parse(notes), TransformSettings.NONE, 4)
            .summary());
  }

  @Test
  void transformSettingsAreTheBodysOtherFieldsAndBadOnesAreNamed() throws Exception {
    String notes =
        "[{\"pitch\":60,\"start_time\":0.1,\"duration\":1},{\"pitch\":62,\"start_time\":1.13,\"duration\":1}]";
    JsonNode q = RunningSidecar.json(server.postJson(
        "/transform/quantize", "{\"grid\":\"1/8\",\"strength\":100,\"notes\":" + notes + "}"));
    assertThat(q.get("notes").get(0).get("start_time").asDouble()).isEqualTo(0.0);
    assertThat(q.get("notes").get(1).get("start_time").asDouble()).isEqualTo(1.0);
    HttpResponse<String> bad =
        server.postJson("/transform/quantize", "{\"strength\":150,\"notes\":" + notes + "}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("quantize strength must be a number 0..100, got \\\"150\\\"");
    HttpResponse<String> unknown =
        server.postJson("/transform/strum", "{\"speed\":2,\"notes\":" + notes + "}");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body())
        .contains("strum has no setting \\\"speed\\\"; it reads direction, time, variation");
    HttpResponse<String> none = server.postJson("/transform/strum", "{}");
    assertThat(none.statusCode()).isEqualTo(400);
    assertThat(none.body()).contains("notes");
  }
}
