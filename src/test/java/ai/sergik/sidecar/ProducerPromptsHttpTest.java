package ai.sergik.sidecar;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.music.Key;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The prompts of the producer's report, typed into POST /gpt/generate as ChatGPT sends them. */
class ProducerPromptsHttpTest {
  @RegisterExtension
  static final RunningSidecar server = RunningSidecar.perClass();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      give me a trap hi-hat pattern     | drums  | trap
      kick pattern for techno           | drums  | techno
      give me hats                      | drums  | house
      deep house 122                    | chords | deep-house
      """)
  void drumWordsAndBareTempoAreRead(String prompt, String part, String style) throws Exception {
    HttpResponse<String> r = server.postJson("/gpt/generate", "{\"prompt\":\"" + prompt + "\"}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode body = RunningSidecar.json(r);
    assertThat(body.get("part").asText()).isEqualTo(part);
    assertThat(body.get("style").asText()).isEqualTo(style);
    assertThat(body.get("unread")).isEmpty();
    if (prompt.endsWith("122")) {
      assertThat(body.get("tempo").asDouble()).isEqualTo(122.0);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      chords in 13C | 13C
      key of H      | H
      """)
  void aKeyThatIsNoneIsA400NamingIt(String prompt, String key) throws Exception {
    HttpResponse<String> r = server.postJson("/gpt/generate", "{\"prompt\":\"" + prompt + "\"}");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(RunningSidecar.json(r).get("message").asText())
        .isEqualTo("\"" + key + "\" is not a key; use " + Key.ACCEPTED_FORMS);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      D dorian                  | D dorian |
      a melody in A minor       |          | melody
      """)
  void modesAndMelodiesAreReadAndEitherMadeOrRefusedClearly(String prompt, String mode, String part)
      throws Exception {
    HttpResponse<String> r = server.postJson("/gpt/generate", "{\"prompt\":\"" + prompt + "\"}");
    JsonNode body = RunningSidecar.json(r);
    if (r.statusCode() == 200) {
      if (mode != null) {
        assertThat(body.get("key").asText()).isEqualTo(Key.parse(mode).camelot());
      } else {
        assertThat(body.get("part").asText()).isEqualTo(part);
      }
    } else {
      assertThat(r.statusCode()).isEqualTo(400);
      assertThat(body.get("message").asText())
          .startsWith("\"" + (mode != null ? mode : part) + "\"");
    }
  }
}
