package ai.sergik.suggest;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What pressing a suggestion does in Live: set the tempo ({@code {"label":"Apply tempo","set":{"tempo":124}}}) or
 * transpose the clip ({@code {"label":"Transpose","transpose":-3}}). {@code line} is the status line it belongs to.
 */
public record SuggestAction(int line, String label, Kind kind, int value) {

  /** The two things a suggestion can do. */
  public enum Kind {
    SET_TEMPO,
    TRANSPOSE
  }

  public SuggestAction {
    if (line < 0 || line >= Suggestions.MAX_LINES) {
      throw new IllegalArgumentException(
          "line must be 0.." + (Suggestions.MAX_LINES - 1) + ", got " + line);
    }
    if (kind == Kind.TRANSPOSE && (value < -11 || value > 11 || value == 0)) {
      throw new IllegalArgumentException(
          "transpose must be -11..11 semitones and not 0, got " + value);
    }
  }

  static SuggestAction applyTempo(int line, int bpm) {
    return new SuggestAction(line, "Apply tempo", Kind.SET_TEMPO, bpm);
  }

  static SuggestAction transpose(int line, int semitones) {
    return new SuggestAction(line, "Transpose", Kind.TRANSPOSE, semitones);
  }

  public ObjectNode toJson() {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("line", line);
    node.put("label", label);
    if (kind == Kind.SET_TEMPO) {
      node.putObject("set").put("tempo", value);
    } else {
      node.put("transpose", value);
    }
    return node;
  }
}
