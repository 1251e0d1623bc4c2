package ai.sergik.prompt;

import ai.sergik.generate.DrumOptions;
import ai.sergik.humanize.HumanizeSettings;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers with their unit or cue, read after number words became digits: tempo ("128 bpm", "at 122"), bars,
 * octaves, drum variations, seed, humanize amounts (ms of timing or drift, velocity, swing %, "humanize 40%"),
 * arpeggio rate ("1/16", "sixteenth notes", "triplets"), and last a bare number that can only be a tempo.
 */
final class NumberRules implements PromptRule {
  /** A bare number that can only be a tempo ("deep house 122"). */
  private static final Pattern BARE_TEMPO =
      Pattern.compile("(?<![\\w./#\u00b1+-])(\\d{2,3}(?:\\.\\d+)?)(?![\\w.%/#])");

  private static final Pattern TEMPO_BPM =
      Pattern.compile("(?<![\\w.])(\\d{2,3}(?:\\.\\d+)?)\\s?-?(?:bpm|beats per minute)\\b");
  private static final Pattern TEMPO_WORD = Pattern.compile(
      "\\b(?:tempo|at)\\s?(?:of\\s|=\\s?|:\\s?)?(\\d{2,3}(?:\\.\\d+)?)(?![\\w.%])(?!\\s?(?:bars?|measures?|ms|%|octaves?|variations?|velocity))");
  private static final Pattern BARS =
      Pattern.compile("(?<![\\w.])(\\d{1,3})\\s?-?\\s?(?:bars?|measures?)\\b");
  private static final Pattern OCTAVES =
      Pattern.compile("(?<![\\w.])(\\d{1,2})\\s?-?\\s?octaves?\\b");
  private static final Pattern VARIATIONS =
      Pattern.compile("(?<![\\w.])(\\d{1,2})\\s?(?:drum\\s)?variations?\\b");
  private static final Pattern VARIATIONS_WORD = Pattern.compile("\\bvariations?\\b");
  private static final Pattern SEED =
      Pattern.compile("\\bseed\\s?(?:of\\s|=\\s?|:\\s?|#)?(\\d{1,9})\\b");
  private static final Pattern MS = Pattern.compile(
      "(?:\\b(drift)\\s?(?:of\\s)?)?(?:\\+/-|\u00b1)?\\s?(\\d{1,3}(?:\\.\\d+)?)\\s?(?:ms|milliseconds?)\\b(?:\\s?(?:of\\s)?(drift))?");
  private static final Pattern VELOCITY = Pattern.compile(
      "\\bvel(?:ocity|ocities)?\\s?(?:variance|variation|spread|range|jitter|randomness)?\\s?(?:of\\s|by\\s|\\+/-\\s?|\u00b1\\s?|=\\s?|:\\s?)?(\\d{1,2})\\b(?!\\s?(?:bars?|ms|%))"
          + "|(?:\\+/-|\u00b1)?\\s?\\b(\\d{1,2})\\s?(?:velocity|vel)\\b");
  private static final Pattern SWING_NUMBER = Pattern.compile(
      "(?<![\\w.])(\\d{1,3}(?:\\.\\d+)?)\\s?%\\s?(?:of\\s)?(?:swing|shuffle)\\b|\\b(?:swing|shuffle)\\s?(?:of\\s|at\\s|=\\s?|:\\s?)?(\\d{1,3}(?:\\.\\d+)?)\\s?%?");
  private static final Pattern HUMANIZE_NUMBER = Pattern.compile(
      "\\bhumani[sz](?:e|ed|ing)?\\s?(?:by\\s|at\\s|=\\s?|:\\s?)?(\\d{1,3})\\s?%?(?!\\s?(?:ms|bars?))|(?<![\\w.])(\\d{1,3})\\s?%\\s?humani[sz]");
  private static final Pattern RATE = Pattern.compile("(?<![\\w/])1/(4|8|16|32)(t)?(?![\\w/])");
  private static final Pattern RATE_WORD = Pattern.compile(
      "\\b(quarter|8th|eighth|16th|sixteenth|32nd|thirty[- ]second)(?:[- ]?notes?|s)?\\b(?:\\s?(triplets?))?");
  private static final Pattern TRIPLETS = Pattern.compile("\\btriplets?\\b");

  @Override
  public void read(Reading r) {
    StringBuilder work = r.text().work();
    readTempo(r, work);
    readCounts(r, work);
    readHumanizeAmounts(r, work);
    readRate(r, work);
    readBareTempo(r, work);
  }

  private static void readTempo(Reading r, StringBuilder work) {
    Matcher m = TEMPO_BPM.matcher(work);
    if (m.find()) {
      r.tempo = Double.parseDouble(m.group(1));
      take(r, m, "tempo", r.tempo);
    }
    m = TEMPO_WORD.matcher(work);
    if (r.tempo == null && m.find()) {
      r.tempo = Double.parseDouble(m.group(1));
      take(r, m, "tempo", r.tempo);
    }
  }

  private static void readCounts(Reading r, StringBuilder work) {
    Matcher m = BARS.matcher(work);
    if (m.find()) {
      r.bars = Integer.parseInt(m.group(1));
      take(r, m, "bars", r.bars);
    }
    m = OCTAVES.matcher(work);
    if (m.find()) {
      r.octaves = Integer.parseInt(m.group(1));
      take(r, m, "octaves", r.octaves);
    }
    m = VARIATIONS.matcher(work);
    if (m.find()) {
      r.variations = Integer.parseInt(m.group(1));
      take(r, m, "variations", r.variations);
    } else {
      m = VARIATIONS_WORD.matcher(work);
      if (m.find()) {
        r.variations = DrumOptions.DEFAULT_VARIATIONS;
        r.note(m.start(), "variations", r.variations, m.group(), "no count given");
        r.blank(m.start(), m.end());
      }
    }
    m = SEED.matcher(work);
    if (m.find()) {
      r.seed = Long.parseLong(m.group(1));
      take(r, m, "seed", r.seed);
    }
  }

  private static void readHumanizeAmounts(Reading r, StringBuilder work) {
    Matcher m = MS.matcher(work);
    while (m.find()) {
      double ms = Double.parseDouble(m.group(2));
      if (m.group(1) != null || m.group(3) != null) {
        r.driftMs = ms;
      } else if (r.timingMs == null) {
        r.timingMs = ms;
      }
      take(r, m, "humanize", "");
    }
    m = VELOCITY.matcher(work);
    if (m.find()) {
      r.velocity = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
      take(r, m, "humanize", "");
    }
    m = SWING_NUMBER.matcher(work);
    if (m.find()) {
      double amount = Double.parseDouble(m.group(1) != null ? m.group(1) : m.group(2));
      // 50..75 is the swing percentage itself; other values are an amount 0..100 of the way to 75 %
      r.swing = amount >= HumanizeSettings.MIN_SWING && amount <= HumanizeSettings.MAX_SWING
          ? amount
          : HumanizeSettings.MIN_SWING + Math.min(amount, 100) * 0.25;
      take(r, m, "humanize", "");
    }
    m = HUMANIZE_NUMBER.matcher(work);
    if (m.find()) {
      double amount =
          Math.min(100, Double.parseDouble(m.group(1) != null ? m.group(1) : m.group(2)));
      if (r.timingMs == null) r.timingMs = amount * 0.3;
      if (r.velocity == null) r.velocity = (int) Math.round(amount * 0.2);
      r.humanizeLevel = "amount";
      take(r, m, "humanize", "");
    }
  }

  private static void readRate(Reading r, StringBuilder work) {
    boolean tripletWord = TRIPLETS.matcher(work).find();
    Matcher m = RATE.matcher(work);
    if (m.find()) {
      r.rate = "1/" + m.group(1) + (m.group(2) != null || tripletWord ? "t" : "");
      take(r, m, "rate", r.rate);
    } else {
      m = RATE_WORD.matcher(work);
      if (m.find()) {
        String base = switch (m.group(1).replace(' ', '-')) {
          case "quarter" -> "1/4";
          case "8th", "eighth" -> "1/8";
          case "16th", "sixteenth" -> "1/16";
          default -> "1/32";
        };
        r.rate = base + (m.group(2) != null || tripletWord ? "t" : "");
        take(r, m, "rate", r.rate);
      }
    }
    if (tripletWord) {
      m = TRIPLETS.matcher(work);
      while (m.find()) {
        r.blank(m.start(), m.end());
      }
      r.triplets = true;
    }
  }

  /** A number left over that can only be a tempo: 60..200, not a drum machine ("808", "909"). */
  private static void readBareTempo(Reading r, StringBuilder work) {
    if (r.tempo != null) {
      return;
    }
    Matcher m = BARE_TEMPO.matcher(work);
    while (m.find()) {
      double value = Double.parseDouble(m.group(1));
      if (value >= 60 && value <= 200) {
        r.tempo = value;
        r.note(m.start(), "tempo", r.tempo, m.group(), "a bare number, read as the tempo in BPM");
        r.blank(m.start(), m.end());
        return;
      }
    }
  }

  /** Notes the match as {@code field} and blanks it. */
  private static void take(Reading r, Matcher m, String field, Object value) {
    r.note(m.start(), field, value, m.group(), "");
    r.blank(m.start(), m.end());
  }
}
