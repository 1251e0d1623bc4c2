package ai.sergik.prompt;

import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * What a phrase of the {@link PromptVocabulary} sets in a {@link Reading} when {@link PhraseRules} or
 * {@link FuzzyMatching} finds it. The first phrase of a kind wins, except where a later one refines it (a humanize
 * level after "humanized"). Arpeggio directions are settled by {@link PhraseRules} once the part is known.
 */
enum PhraseKind {
  PART((r, value, start, text, remark) -> {
    if (r.part == null && r.unsupportedPart == null) {
      Optional<ai.sergik.generate.Part> known = PromptVocabulary.part(value);
      if (known.isPresent()) {
        r.part = known.get();
        r.note(start, "part", r.part.id(), text, remark);
      } else {
        r.unsupportedPart = (String) value;
        r.note(start, "part", r.unsupportedPart, text, remark);
      }
    }
  }),
  STYLE(firstWins("style", r -> r.style, (r, v) -> r.style = (String) v)),
  VOICING(firstWins("voicing", r -> r.voicing, (r, v) -> r.voicing = (String) v)),
  PATTERN((r, value, start, text, remark) -> {}),
  SEVENTHS(firstWins("sevenths", r -> r.sevenths, (r, v) -> r.sevenths = (Boolean) v)),
  NINTHS(firstWins("ninths", r -> r.ninths, (r, v) -> r.ninths = (Boolean) v)),
  HUMANIZE((r, value, start, text, remark) -> {
    if (r.humanizeLevel == null) r.humanizeLevel = "normal";
    r.note(start, "humanize", "", text, remark);
  }),
  LEVEL((r, value, start, text, remark) -> {
    if (r.humanizeLevel == null || r.humanizeLevel.equals("normal"))
      r.humanizeLevel = (String) value;
    r.note(start, "humanize", "", text, remark);
  }),
  DENSITY(firstWins("density", r -> r.density, (r, v) -> r.density = (Double) v)),
  SWING((r, value, start, text, remark) -> {
    if (r.swing == null) r.swing = (Double) value;
    r.note(start, "humanize", "", text, remark);
  }),
  MOOD(firstWins("mood", r -> r.mood, (r, v) -> r.mood = (MoodHint) v));

  /** How a kind sets its value from a phrase read at {@code start}. */
  @FunctionalInterface
  interface Taker {
    void take(Reading r, Object value, int start, String text, String remark);
  }

  // Every taker is a stateless lambda or a firstWins closure over final functions: the enum stays
  // immutable, but
  // Error Prone cannot see that without an @Immutable annotation on Taker, which this build does
  // not depend on.
  @SuppressWarnings("ImmutableEnumChecker")
  private final Taker taker;

  PhraseKind(Taker taker) {
    this.taker = taker;
  }

  /** Sets this kind's value from a phrase read at {@code start}; {@code remark} says how (e.g. "read as techno"). */
  void take(Reading r, Object value, int start, String text, String remark) {
    taker.take(r, value, start, text, remark);
  }

  /** The first phrase of the kind sets {@code field} and is noted as read; later ones change nothing. */
  private static Taker firstWins(
      String field, Function<Reading, Object> current, BiConsumer<Reading, Object> set) {
    return (r, value, start, text, remark) -> {
      if (current.apply(r) == null) {
        set.accept(r, value);
        r.note(start, field, value instanceof MoodHint mood ? mood.word() : value, text, remark);
      }
    };
  }
}
