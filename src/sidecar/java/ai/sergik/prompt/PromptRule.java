package ai.sergik.prompt;

/**
 * One step of reading a prompt: it finds what it knows in {@link Reading#text()}, records the values, and blanks
 * out the words it used so that later steps do not read them again. {@link PromptParser#RULES} runs the steps in
 * order; earlier steps take precedence.
 *
 * <p>Where a new reading goes:
 * <ul>
 *   <li>a word or phrase with a fixed meaning of an existing kind ("stabby" is a voicing): one line in
 *       {@link PromptVocabulary};
 *   <li>a new kind of phrase meaning: a constant in {@link PhraseKind} saying what it sets in the {@link Reading},
 *       and its phrases in {@link PromptVocabulary};
 *   <li>anything that needs a pattern, a number or a named target ("fire scene 3", "bring the bass down 3 dB"): a
 *       class implementing this interface, listed in {@link PromptParser#RULES} before the rules that would
 *       otherwise read its words.
 * </ul>
 */
@FunctionalInterface
interface PromptRule {
  void read(Reading reading);
}
