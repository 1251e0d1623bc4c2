package ai.sergik.prompt;

import ai.sergik.music.Progression;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Roman-numeral progression ("ii-V-I", "i – bVII – IV – i"), read first and from the original text because its
 * case matters; the first one the engine can play is taken, and every one is blanked so that its letters are never
 * read as keys.
 */
final class ProgressionMentions implements PromptRule {
  private static final String NUMERAL =
      "(?:b|#|\u266d|\u266f)?(?:vii|iii|vi|iv|ii|v|i|VII|III|VI|IV|II|V|I)"
          + "(?:maj7|maj9|m7b5|m7|m9|7|9|\u00f87|\u00b07|\u00b0|dim7|dim|\\+|sus4|sus2)?";
  private static final Pattern PROGRESSION = Pattern.compile("(?<![\\w#\u266f\u266d])" + NUMERAL
      + "(?:\\s?[-\u2013\u2014,]\\s?" + NUMERAL + ")+(?![\\w#\u266f\u266d])");

  @Override
  public void read(Reading r) {
    PromptText text = r.text();
    Matcher m = PROGRESSION.matcher(text.original);
    while (m.find()) {
      if (text.work().charAt(m.start()) == ' ') {
        continue;
      }
      String progression = m.group().replaceAll("\\s?[-\u2013\u2014,]\\s?", "-");
      try {
        Progression.parse(progression);
      } catch (IllegalArgumentException e) {
        continue;
      }
      if (r.progression == null) {
        r.progression = progression;
        r.note(m.start(), "progression", progression, m.group(), "");
      }
      r.blank(m.start(), m.end());
    }
  }
}
