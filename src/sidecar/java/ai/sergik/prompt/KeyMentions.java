package ai.sergik.prompt;

import ai.sergik.music.Key;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The key, in any notation: Camelot ({@code 10B}), Open Key ({@code 3d}) or a note name ({@code D major},
 * {@code F#m}, {@code Bbmin}, {@code C sharp minor}, {@code D dorian}). The first mention in the prompt wins; every
 * mention is blanked. Bare note letters count only with a quality ("a minor", "Dm") or after "in"/"key", so "a bass
 * line" or "I am" are not keys. Something meant as a key that is none ("13C", "key of H") is kept for a clear error.
 */
final class KeyMentions implements PromptRule {
  private static final Pattern CAMELOT =
      Pattern.compile("(?<![\\w/.])(1[0-2]|0?[1-9])([ab])(?![\\w])");
  private static final Pattern OPEN_KEY =
      Pattern.compile("(?<![\\w/.])(1[0-2]|0?[1-9])([dm])(?![\\w])");
  private static final Pattern KEY_NAME = Pattern.compile(
      "(?<![a-z0-9#\u266f\u266d'])([a-g])(?:\\s?(#|\u266f|\u266d|sharp|flat)|(b))?(?:[ -]?(major|minor|maj|min|dur|moll|ionian|dorian|phrygian|lydian|mixolydian|aeolian|locrian|m))?"
          + "(?![a-z0-9#\u266f\u266d])");
  private static final Pattern KEY_CONTEXT =
      Pattern.compile("(?:\\bin(?: the)?(?: key(?: of)?)?|\\bkey(?: of)?:?|\\broot(?: of)?)\\s*$");

  private static final Set<String> MODES =
      Set.of("ionian", "dorian", "phrygian", "lydian", "mixolydian", "aeolian", "locrian");
  /** A number and a letter written as a Camelot or Open Key code, valid or not ("10B", "13C", "0A"). */
  private static final Pattern NOT_CAMELOT =
      Pattern.compile("(?<![\\w/.#])(\\d{1,2})([a-g])(?![\\w#])");
  /** A letter that is no note name, said as a key ("key of H", "in the key of X", "H minor"). */
  private static final Pattern NOT_A_NOTE = Pattern.compile(
      "(?:\\bkey(?: of)?:?\\s+|(?<![\\w'])(?=[h-z]\\s?(?:#|sharp|flat)?\\s?(?:major|minor|maj|min|dorian|phrygian|lydian|mixolydian)\\b))"
          + "([h-z](?:\\s?(?:#|sharp|flat))?(?:\\s?(?:major|minor|maj|min|m|dorian|phrygian|lydian|mixolydian))?)(?![\\w#])");

  /** A key as named: a key of the engine, or a mode it does not take (then {@code key} is null). */
  private record Named(Key key, String unsupportedMode) {
    static Named of(Key key) {
      return new Named(key, null);
    }
  }

  /** A key mention at {@code start..end}: what it names, the words, and the notation ("Camelot", "name"). */
  private record Candidate(int start, int end, Named named, String text, String notation) {}

  @Override
  public void read(Reading r) {
    PromptText text = r.text();
    List<Candidate> candidates = new ArrayList<>();
    String w = text.work().toString();
    Matcher m = CAMELOT.matcher(w);
    while (m.find()) {
      Key k = Key.camelot(Integer.parseInt(m.group(1)), m.group(2).equals("a"));
      candidates.add(new Candidate(
          m.start(), m.end(), Named.of(k), text.original.substring(m.start(), m.end()), "Camelot"));
    }
    m = OPEN_KEY.matcher(w);
    while (m.find()) {
      Key k = Key.parse(m.group(1) + m.group(2));
      candidates.add(new Candidate(
          m.start(),
          m.end(),
          Named.of(k),
          text.original.substring(m.start(), m.end()),
          "Open Key"));
    }
    m = KEY_NAME.matcher(w);
    while (m.find()) {
      Optional<Named> k = keyName(text, m);
      if (k.isPresent()) {
        candidates.add(new Candidate(
            m.start(), m.end(), k.get(), text.original.substring(m.start(), m.end()), "name"));
      }
    }
    candidates.sort(Comparator.comparingInt(Candidate::start));
    for (Candidate c : candidates) {
      if (text.work(c.start(), c.end()).isBlank()) {
        continue;
      }
      if (r.key == null && r.unsupportedKey == null) {
        if (c.named().key() != null) {
          r.key = c.named().key();
          r.note(c.start(), "key", r.key.camelot(), c.text(), r.key.name());
        } else {
          r.unsupportedKey = c.named().unsupportedMode();
          r.note(c.start(), "key", r.unsupportedKey, c.text(), "a mode");
        }
      }
      r.blank(c.start(), c.end());
    }
    if (r.key == null && r.unsupportedKey == null) {
      readInvalidKey(r);
    }
  }

  /**
   * A note-name key if the match is one: with a quality, an accidental, a capital letter before "m", or after
   * "in"/"key". A mode ("D dorian") the engine does not take as a key comes back as its text, for a clear error.
   */
  private static Optional<Named> keyName(PromptText text, Matcher m) {
    String letter = m.group(1);
    String accidental = m.group(2) != null ? m.group(2) : m.group(3);
    String quality = m.group(4);
    boolean context = KEY_CONTEXT.matcher(text.work(0, m.start())).find();
    boolean capital = Character.isUpperCase(text.original.charAt(m.start()));
    boolean wordQuality = quality != null && !quality.equals("m");
    boolean symbolAccidental = m.group(2) != null;
    boolean accept;
    if (wordQuality || symbolAccidental) {
      accept = true;
    } else if (quality != null || accidental != null) {
      // "am", "bb", "eb", "dm": capitalised ("Am", "Eb") or after "in"/"key"
      accept = capital || context;
    } else {
      // "in a dnb style": a lower-case "a" with a word after it is the article
      boolean article = letter.equals("a")
          && !capital
          && text.original.substring(m.end()).matches("(?s)\\s+[a-zA-Z].*");
      accept = context && !article;
    }
    if (!accept) {
      return Optional.empty();
    }
    String acc = "";
    if (accidental != null) {
      acc = accidental.equals("#") || accidental.equals("\u266f") || accidental.equals("sharp")
          ? "#"
          : "b";
    }
    String tonic = letter.toUpperCase(Locale.ROOT) + acc;
    if (quality != null && MODES.contains(quality)) {
      String named = tonic + " " + quality;
      try {
        return Optional.of(Named.of(Key.parse(named)));
      } catch (IllegalArgumentException engineHasNoModes) {
        if (quality.equals("ionian") || quality.equals("aeolian")) {
          return Optional.of(
              Named.of(Key.parse(tonic + (quality.equals("aeolian") ? " minor" : " major"))));
        }
        return Optional.of(new Named(null, named));
      }
    }
    boolean minor = quality != null
        && (quality.startsWith("min") || quality.equals("m") || quality.equals("moll"));
    try {
      return Optional.of(Named.of(Key.parse(tonic + (minor ? " minor" : " major"))));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * After no key was found: something meant as one that is none ("13C", "0A", "key of H", "H minor") fails the
   * prompt, since notes in another key than the one asked for are worse than an error.
   */
  private static void readInvalidKey(Reading r) {
    PromptText text = r.text();
    Matcher m = NOT_CAMELOT.matcher(text.work());
    while (m.find()) {
      int n = Integer.parseInt(m.group(1));
      char letter = m.group(2).charAt(0);
      boolean valid = n >= 1 && n <= 12 && "abdm".indexOf(letter) >= 0;
      if (!valid) {
        r.invalidKey = text.original.substring(m.start(), m.end());
        return;
      }
    }
    m = NOT_A_NOTE.matcher(text.work());
    if (m.find()) {
      r.invalidKey = text.original.substring(m.start(1), m.end()).trim();
    }
  }
}
