package ai.sergik.prompt;

import ai.sergik.generate.Part;
import ai.sergik.prompt.PromptText.Token;
import ai.sergik.prompt.PromptVocabulary.Phrase;
import java.util.ArrayList;
import java.util.List;

/**
 * The phrases of the {@link PromptVocabulary}, longest first at each word, each setting its {@link PhraseKind}.
 * Arpeggio directions are settled last: "up" and "down" are patterns only when an arpeggio was asked for.
 */
final class PhraseRules implements PromptRule {

  /** An arpeggio pattern found at {@code start}, kept until the part is known. */
  private record PatternMention(int start, String value, String text) {}

  @Override
  public void read(Reading r) {
    PromptText text = r.text();
    List<Token> tokens = text.tokens();
    String[] words = new String[tokens.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = text.word(tokens.get(i));
    }
    boolean[] used = new boolean[words.length];
    List<PatternMention> patterns = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      if (used[i]) continue;
      for (Phrase p : PromptVocabulary.phrases()) {
        int n = p.length();
        if (i + n > words.length || !matches(words, used, i, p.words())) continue;
        int start = tokens.get(i).start();
        int end = tokens.get(i + n - 1).end();
        String found = text.work(start, end);
        if (p.kind() == PhraseKind.PATTERN) {
          patterns.add(new PatternMention(start, (String) p.value(), found));
        } else {
          p.kind().take(r, p.value(), start, found, "");
        }
        for (int k = i; k < i + n; k++) used[k] = true;
        r.blank(start, end);
        break;
      }
    }
    // "up"/"down" are arpeggio patterns only when an arpeggio was asked for
    for (PatternMention p : patterns) {
      boolean plainDirection = p.value().equals("up") || p.value().equals("down");
      if (r.pattern == null && (r.part == Part.ARP || !plainDirection)) {
        r.pattern = p.value();
        r.note(p.start(), "pattern", p.value(), p.text(), "");
      }
    }
  }

  private static boolean matches(String[] words, boolean[] used, int at, List<String> phrase) {
    for (int k = 0; k < phrase.size(); k++) {
      if (used[at + k] || !words[at + k].equals(phrase.get(k))) return false;
    }
    return true;
  }
}
