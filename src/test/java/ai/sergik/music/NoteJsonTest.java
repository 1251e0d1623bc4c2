package ai.sergik.music;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NoteJsonTest {
  @Test
  void writesLivesNoteDictionary() {
    List<Note> notes =
        Arrays.asList(new Note(60, 0, 1, 100, false), new Note(64, 0.5, 0.25, 90, true));
    assertThat(NoteJson.toJson(notes))
        .isEqualTo(
            "{\"notes\":[{\"pitch\":60,\"start_time\":0.0,\"duration\":1.0,\"velocity\":100,\"mute\":0},"
                + "{\"pitch\":64,\"start_time\":0.5,\"duration\":0.25,\"velocity\":90,\"mute\":1}]}");
    assertThat(NoteJson.toJsonArray(notes)).startsWith("[{\"pitch\":60,").endsWith("\"mute\":1}]");
  }

  @Test
  void gridPositionsAreWrittenAsJavaWritesTheDouble() {
    for (int step = 0; step < 64 * 70; step += 7) {
      double beats = step / 64.0;
      Note n = new Note(60, beats, beats + 1.0 / 64, 100, false);
      assertThat(NoteJson.toJsonArray(Arrays.asList(n)))
          .isEqualTo("[{\"pitch\":60,\"start_time\":" + Double.toString(beats) + ",\"duration\":"
              + Double.toString(beats + 1.0 / 64) + ",\"velocity\":100,\"mute\":0}]");
    }
  }

  @Test
  void readsWhatItWritesExactly() {
    List<Note> notes = Arrays.asList(
        new Note(60, 1.0 / 3, 0.1, 1, false), new Note(127, 123.456789, 7e-5, 127, true));
    assertThat(NoteJson.parse(NoteJson.toJson(notes))).isEqualTo(notes);
    assertThat(NoteJson.parse(NoteJson.toJsonArray(notes))).isEqualTo(notes);
  }

  @Test
  void acceptsMuteAsBooleanAndDefaultsVelocity() {
    List<Note> notes = NoteJson.parse(
        " {\"notes\": [ {\"pitch\": 62, \"start_time\": 2, \"duration\": 0.5e0, \"mute\": true},"
            + " {\"pitch\": 63, \"start_time\": 0, \"duration\": 1, \"velocity\": 7, \"mute\": false, \"extra\": [null, {}]} ] } ");
    assertThat(notes)
        .containsExactly(new Note(62, 2, 0.5, 100, true), new Note(63, 0, 1, 7, false));
  }

  @Test
  void errorsNameTheNoteAndField() {
    assertThatThrownBy(
            () -> NoteJson.parse(
                "{\"notes\":[{\"pitch\":60,\"start_time\":0,\"duration\":1},{\"pitch\":60,\"duration\":1}]}"))
        .hasMessage("notes[1] has no \"start_time\" field");
    assertThatThrownBy(() ->
            NoteJson.parse("{\"notes\":[{\"pitch\":\"C4\",\"start_time\":0,\"duration\":1}]}"))
        .hasMessage("notes[0].pitch must be a number, got string \"C4\"");
    assertThatThrownBy(
            () -> NoteJson.parse("{\"notes\":[{\"pitch\":128,\"start_time\":0,\"duration\":1}]}"))
        .hasMessage("notes[0]: pitch must be a MIDI note 0..127, got 128");
    assertThatThrownBy(() -> NoteJson.parse(
            "{\"notes\":[{\"pitch\":60,\"start_time\":0,\"duration\":1,\"mute\":2}]}"))
        .hasMessage("notes[0].mute must be 0, 1, true or false, got number");
    assertThatThrownBy(() -> NoteJson.parse("{\"clips\":[]}"))
        .hasMessage("expected {\"notes\":[...]} but the object has no \"notes\" field");
    assertThatThrownBy(() -> NoteJson.parse("{\"notes\":[}"))
        .hasMessage(
            "invalid JSON at character 10: expected a value (object, array, string, number, true, false or null), found '}'");
    assertThatThrownBy(() -> NoteJson.parse("[1,2"))
        .hasMessage("invalid JSON at character 4: expected ',' or ']', found end of input");
    assertThatThrownBy(() -> NoteJson.parse("")).hasMessage("JSON text is empty");
  }

  @Test
  void readerHandlesEscapesAndRefusesDeepNesting() {
    assertThat(JsonReader.parse("\"a\\u00e9\\n\\\"\"")).isEqualTo("a\u00e9\n\"");
    StringBuilder deep = new StringBuilder();
    for (int i = 0; i < 100; i++) deep.append('[');
    assertThatThrownBy(() -> JsonReader.parse(deep.toString()))
        .hasMessageContaining("at most 64 nested");
  }

  @Test
  void noteValidatesEveryField() {
    assertThatThrownBy(() -> new Note(-1, 0, 1, 100, false))
        .hasMessage("pitch must be a MIDI note 0..127, got -1");
    assertThatThrownBy(() -> new Note(60, -0.1, 1, 100, false))
        .hasMessage("start must be >= 0 beats, got -0.1");
    assertThatThrownBy(() -> new Note(60, 0, 0, 100, false))
        .hasMessage("duration must be > 0 beats, got 0.0");
    assertThatThrownBy(() -> new Note(60, 0, 1, 0, false))
        .hasMessage("velocity must be 1..127, got 0");
    assertThatThrownBy(() -> new Note(60, Double.NaN, 1, 1, false))
        .hasMessageStartingWith("start must be >= 0");
    Note n = new Note(60, 1, 2, 3, false);
    assertThat(n.withStart(2).start()).isEqualTo(2.0);
    assertThat(n.withVelocity(9)).isEqualTo(new Note(60, 1, 2, 9, false)).isNotEqualTo(n);
    assertThat(n.withDuration(4).hashCode()).isEqualTo(new Note(60, 1, 4, 3, false).hashCode());
  }
}
