package ai.sergik.prompt;

import ai.sergik.prompt.ParsedPrompt.Understood;
import java.util.Comparator;

/**
 * One value read from a prompt, with where it was read: {@code position} in the text and {@code order} among the
 * mentions, so that "understood" lists values in prompt order, and those at one spot in the order they were read.
 */
record Mention(int position, int order, String field, Understood understood) {
  static final Comparator<Mention> IN_PROMPT_ORDER =
      Comparator.comparingInt(Mention::position).thenComparingInt(Mention::order);

  Mention withUnderstood(Understood replacement) {
    return new Mention(position, order, field, replacement);
  }
}
