package ai.sergik.generation;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sergik.api.Json;
import ai.sergik.generate.Part;
import ai.sergik.music.Note;
import ai.sergik.music.NoteJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MadeTest {

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void streamedNotesAreTheEngineNoteJsonTextExactly(long seed) throws Exception {
    Random r = new Random(seed);
    List<Note> notes = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      double start = r.nextBoolean() ? r.nextInt(4096) / 64.0 : r.nextDouble() * 64;
      double duration = r.nextBoolean() ? (1 + r.nextInt(256)) / 64.0 : 0.001 + r.nextDouble() * 4;
      notes.add(new Note(r.nextInt(128), start, duration, 1 + r.nextInt(127), r.nextInt(10) == 0));
    }
    Made made = new Made(
        Optional.of(Part.CHORDS),
        notes,
        125,
        16,
        Optional.empty(),
        Map.of("humanized", true, "swing", List.of(0.5, 0.56)),
        "test");
    JsonNode body = Json.MAPPER.readTree(made.toJsonBytes());
    assertThat(new String(made.toJsonBytes(), StandardCharsets.UTF_8))
        .as("the answer's bytes are the tree's, field for field")
        .isEqualTo(new String(Json.bytes(made.toJson()), StandardCharsets.UTF_8));
    assertThat(NoteJson.parse(body.toString())).isEqualTo(notes);
  }
}
