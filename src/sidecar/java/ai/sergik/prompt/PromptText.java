package ai.sergik.prompt;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prompt as the rules read it: {@link #original} (with typographic apostrophes made plain) and a lower-case
 * working copy in which every word a rule has read is blanked out. Both have the same length, so a position in
 * one is the same character in the other, until {@link #switchToDigits()}.
 */
final class PromptText {
  private static final Pattern WORD = Pattern.compile("[a-z0-9#&']+");

  /** A word of the working text: its start and end. */
  record Token(int start, int end) {}

  final String original;
  private StringBuilder work;

  PromptText(String prompt) {
    // lower case char by char so that positions match the prompt (no locale-dependent length
    // changes)
    char[] chars = prompt.replace('\u2019', '\'').toCharArray();
    this.original = new String(chars);
    for (int i = 0; i < chars.length; i++) {
      chars[i] = Character.toLowerCase(chars[i]);
      if (Character.isWhitespace(chars[i])) {
        chars[i] = ' ';
      }
    }
    this.work = new StringBuilder(new String(chars));
  }

  /** The working text: lower case, with what was read blanked out. */
  StringBuilder work() {
    return work;
  }

  String work(int start, int end) {
    return work.substring(start, end);
  }

  void blank(int start, int end) {
    for (int i = start; i < end; i++) {
      work.setCharAt(i, ' ');
    }
  }

  /** From here on the text has digits for number words; positions are those of the new text. */
  void switchToDigits() {
    work = new StringBuilder(NumberWords.toDigits(work.toString()));
  }

  /** The words still unread. */
  List<Token> tokens() {
    List<Token> tokens = new ArrayList<>();
    Matcher m = WORD.matcher(work);
    while (m.find()) {
      tokens.add(new Token(m.start(), m.end()));
    }
    return tokens;
  }

  String word(Token token) {
    return work.substring(token.start(), token.end());
  }
}
