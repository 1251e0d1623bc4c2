package ai.sergik.prompt;

import ai.sergik.prompt.PromptText.Token;
import ai.sergik.prompt.PromptVocabulary.FuzzyEntry;
import java.util.List;
import java.util.Optional;

/**
 * Styles and parts with one typo (two in names of seven letters or more), in single words or two words run together
 * ("tecno", "deep hous", "hiphpo"). Runs last, on what no other rule read; the understood value says what the word
 * was read as.
 */
final class FuzzyMatching implements PromptRule {

  @Override
  public void read(Reading r) {
    PromptText text = r.text();
    List<Token> tokens = text.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      String one = text.word(tokens.get(i));
      if (PromptVocabulary.FILLER.contains(one) || !one.chars().allMatch(Character::isLetter)) {
        continue;
      }
      if (i + 1 < tokens.size()) {
        String next = text.word(tokens.get(i + 1));
        Optional<FuzzyEntry> hit = PromptVocabulary.FILLER.contains(next)
                || (PromptVocabulary.isKnownWord(one) && PromptVocabulary.isKnownWord(next))
            ? Optional.empty()
            : closest(one + next);
        if (hit.isPresent()) {
          int start = tokens.get(i).start();
          int end = tokens.get(i + 1).end();
          take(r, hit.get(), start, text.work(start, end));
          r.blank(start, end);
          i++;
          continue;
        }
      }
      Optional<FuzzyEntry> hit =
          PromptVocabulary.isKnownWord(one) || one.length() < 4 ? Optional.empty() : closest(one);
      if (hit.isPresent()) {
        Token t = tokens.get(i);
        take(r, hit.get(), t.start(), one);
        r.blank(t.start(), t.end());
      }
    }
  }

  private static Optional<FuzzyEntry> closest(String word) {
    int allowed = word.length() >= 7 ? 2 : 1;
    FuzzyEntry best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (FuzzyEntry e : PromptVocabulary.fuzzyEntries()) {
      String candidate = e.spelling();
      if (Math.abs(candidate.length() - word.length()) > allowed) continue;
      int d = distance(word, candidate);
      if (d <= allowed && d < bestDistance) {
        bestDistance = d;
        best = e;
      }
    }
    return Optional.ofNullable(best);
  }

  private static void take(Reading r, FuzzyEntry meant, int start, String text) {
    meant.kind().take(r, meant.value(), start, text, "read as " + meant.spelling());
  }

  /** Optimal string alignment distance: edits plus adjacent transpositions ("hiphpo" is one from "hiphop"). */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) d[i][0] = i;
    for (int j = 0; j <= b.length(); j++) d[0][j] = j;
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
