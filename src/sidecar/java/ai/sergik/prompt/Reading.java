package ai.sergik.prompt;

import ai.sergik.generate.Part;
import ai.sergik.music.Key;
import ai.sergik.prompt.ParsedPrompt.Understood;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The state of one parse: the text with what was read blanked out, the values the rules found so far (null where
 * none yet), and the mentions that become "understood". Each value is taken once: a rule leaves a value that is set.
 */
final class Reading {
  final String prompt;
  private final PromptText text;
  private final List<Mention> mentions = new ArrayList<>();
  private final Set<String> noted = new LinkedHashSet<>();

  Part part;
  Key key;
  String style;
  Integer bars;
  Double tempo;
  String voicing;
  Boolean sevenths;
  Boolean ninths;
  String progression;
  String pattern;
  String rate;
  Integer octaves;
  Double density;
  Integer variations;
  Long seed;
  String humanizeLevel;
  Double timingMs;
  Integer velocity;
  Double swing;
  Double driftMs;
  boolean triplets;
  String unsupportedPart;
  String unsupportedKey;
  String invalidKey;
  MoodHint mood;

  Reading(String prompt) {
    this.prompt = prompt;
    this.text = new PromptText(prompt);
  }

  PromptText text() {
    return text;
  }

  /** Records that {@code field} was read from {@code text} at {@code position}; a field is listed once, humanize each time. */
  void note(int position, String field, Object value, String text, String remark) {
    if (noted.add(field) || field.equals("humanize")) {
      mentions.add(new Mention(
          position, mentions.size(), field, new Understood(value, text.trim(), remark)));
    }
  }

  void replaceUnderstood(String field, Understood u) {
    mentions.replaceAll(m -> m.field().equals(field) ? m.withUnderstood(u) : m);
  }

  /** What was read, in prompt order. */
  List<Mention> mentions() {
    List<Mention> inOrder = new ArrayList<>(mentions);
    inOrder.sort(Mention.IN_PROMPT_ORDER);
    return inOrder;
  }

  void blank(int start, int end) {
    text.blank(start, end);
  }
}
