package ai.sergik.prompt;

import java.util.List;

/**
 * The deterministic natural-language reader behind {@code /gpt/generate} and {@code /sergik/generate
 * {"prompt": …}}. It finds, anywhere in the sentence: the key in any notation (Camelot {@code 10B},
 * Open Key {@code 3d}, {@code D major}, {@code F#m}, {@code Bbmin}, {@code C sharp minor}), the part,
 * the style (with typos: {@code tecno}, {@code deep hous}), bars and tempo in digits or words,
 * voicing, sevenths/ninths, a Roman-numeral progression, arpeggio pattern/rate/octaves, drum density
 * and variations, a seed, and humanize amounts (timing ms, velocity, swing, drift, or words such as
 * "slightly humanized").
 *
 * <p>Each value is taken from the text once: what a rule has read is blanked out, so "8 bars" is never
 * also Camelot 8B and the "b" of "10B" is never a note name. The rules run in the order of {@link #RULES};
 * {@link PromptRule} says where a new one goes. Stateless and thread-safe.
 */
public final class PromptParser {

  /** Longest prompt read. */
  public static final int MAX_PROMPT_CHARS = 2000;

  /**
   * The reading steps, in order: progressions first (their letters are no keys), then keys (before numbers, so
   * "8A" is a key and not 8 of something), number words to digits, numbers with units, phrases, typos last.
   */
  static final List<PromptRule> RULES = List.of(
      new ProgressionMentions(),
      new KeyMentions(),
      reading -> reading.text().switchToDigits(),
      new NumberRules(),
      new PhraseRules(),
      new FuzzyMatching());

  /**
   * Reads {@code prompt}.
   *
   * @throws IllegalArgumentException for an empty or overlong prompt, or a value outside its range
   *     (the message names the field, e.g. "bars must be 1..64, got 100")
   */
  public ParsedPrompt parse(String prompt) {
    if (prompt == null || prompt.isBlank()) {
      throw new IllegalArgumentException(
          "prompt is empty; say what to make, e.g. \"8 bars of deep house chords in 10B\"");
    }
    if (prompt.length() > MAX_PROMPT_CHARS) {
      throw new IllegalArgumentException(
          "prompt must be at most " + MAX_PROMPT_CHARS + " characters, got " + prompt.length());
    }
    Reading reading = new Reading(prompt);
    for (PromptRule rule : RULES) {
      rule.read(reading);
    }
    return RequestAssembly.of(reading);
  }
}
