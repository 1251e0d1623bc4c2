package ai.sergik.prompt;

import ai.sergik.api.JsonFields;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * Prompts that act on the set open in Live instead of making new notes ("set the tempo to 122 and start playback", "a
 * bassline for the chords on the Keys track"), asked before the prompt reader. Empty when the prompt is not one of
 * them, so it is read as a generation prompt.
 */
@FunctionalInterface
public interface LiveIntents {
  /** Reads no prompt as a Live action. */
  LiveIntents NONE = request -> Optional.empty();

  /**
   * Acts on Live when the prompt asks for an action there, and says what Live now reports.
   *
   * @param request the {@code /gpt/generate} body ({@code prompt}, and {@code track}, {@code send_to_live},
   *     {@code play}, {@code notes} where given)
   * @return the answer, with {@code message} saying what Live now reports; empty when the prompt makes notes instead
   */
  Optional<ObjectNode> answer(JsonFields request) throws InterruptedException;
}
